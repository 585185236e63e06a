//! `idctl doctor`: what an operator checks before a 3 a.m. rotation, in one command that changes
//! nothing.
//!
//! Each check yields findings with a severity and, where there is one, the fix. The checks are the
//! questions operators actually ask before they start: can I reach the database and is its schema
//! current; does it have what the registry describes; is every key version's file here, private,
//! mine, and the one its row expects; is there a key file nobody knows, or a version somebody left
//! pending; is a job marked running that nobody runs any more; may the operator do the work; and is
//! anything on the server going to make the rotation hurt (no lock timeout on the application's
//! role, a replica far behind). A check that cannot run (a table missing) says so rather than
//! failing the others: one unreachable answer must not hide the rest.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use serde::Serialize;

use crate::authz::{Actor, Permission};
use crate::crypto::Algorithm;
use crate::crypto::keyfile;
use crate::db::Database;
use crate::db::migrate::{self, State};
use crate::db::requirements;
use crate::error::{Error, Result};
use crate::keystore::{self, KeyStatus, Keyring};
use crate::registry::Registry;
use crate::store::{self, health};

/// How much a finding matters. `error` and `warning` make `doctor` exit 65.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The check passed.
    Ok,
    /// Worth knowing; nothing to fix.
    Info,
    /// Not blocking today, but fix it (it will bite, or it hides something).
    Warning,
    /// A rotation or another command would fail, or data is at risk.
    Error,
}

/// Which check a finding comes from (`check` in docs/OUTPUT.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// The database answers.
    Database,
    /// idctl's migrations: all applied, none changed.
    Migrations,
    /// The live schema has what idctl and the registry need (as `db check`).
    Schema,
    /// The keyring directory: present and private.
    Keyring,
    /// A key version's file: present, private (0600), owned by this user, matching its row.
    KeyFile,
    /// A file in the keyring that no crypto_keys row knows.
    OrphanKeyFile,
    /// A version generated and never activated, with no job to activate it.
    PendingVersion,
    /// A job marked running that no live worker works on.
    StaleJob,
    /// The audit chain's trigger is installed and enabled.
    AuditTrigger,
    /// The operator (--actor) and what they may do.
    Actor,
    /// A key-version column without an index.
    KeyVersionIndex,
    /// The application's roles wait for row locks without a limit.
    LockTimeout,
    /// A streaming replica replays far behind.
    ReplicationLag,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub check: Check,
    pub severity: Severity,
    /// What the finding is about: a key version, a file, a job, a table, a role.
    pub subject: String,
    pub message: String,
    /// What to do about it (None when nothing needs doing).
    pub fix: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DoctorReport {
    pub database: Option<String>,
    pub keyring: String,
    pub actor: Option<String>,
    /// No error and no warning.
    pub ok: bool,
    pub errors: usize,
    pub warnings: usize,
    /// Worst first, then in the order checked.
    pub findings: Vec<Finding>,
}

/// The permissions a key operator's nightly work needs.
const OPERATOR_WORK: &[Permission] = &[
    Permission::KeysRotate,
    Permission::KeysVerify,
    Permission::KeysGenerate,
    Permission::JobsRun,
];

/// A replica further behind than this is worth a warning before a rotation (which writes every
/// protected row, and `--max-replica-lag` would then throttle it).
const REPLICA_LAG_WARNING_SECONDS: f64 = 30.0;

/// A version pending for longer than this with no job for it was left behind, not staged.
const PENDING_GRACE_SECONDS: f64 = 3600.0;

struct Findings(Vec<Finding>);

impl Findings {
    fn add(
        &mut self,
        check: Check,
        severity: Severity,
        subject: impl Into<String>,
        message: impl Into<String>,
        fix: Option<String>,
    ) {
        self.0.push(Finding {
            check,
            severity,
            subject: subject.into(),
            message: message.into(),
            fix,
        });
    }

    /// A check that could not run: an error finding with the reason, so the others still run.
    fn failed(&mut self, check: Check, e: &Error) {
        self.add(
            check,
            Severity::Error,
            "",
            format!("could not check: {}", e.message()),
            e.hint().map(str::to_string),
        );
    }
}

/// What the command gives the checks: the connection (or why there is none), and the actor as
/// resolved (None: no --actor given).
pub struct DoctorInput<'a> {
    pub db: std::result::Result<&'a Database, &'a Error>,
    pub registry: &'a Registry,
    pub keyring: &'a Keyring,
    pub actor: Option<(String, Result<Actor>)>,
}

/// The command that installs what is missing: the bookkeeping schema where the registry has one.
fn migrate_command(registry: &Registry) -> &'static str {
    match registry.bookkeeping {
        Some(_) => "idctl db migrate --bookkeeping",
        None => "idctl db migrate",
    }
}

pub async fn run(input: DoctorInput<'_>) -> DoctorReport {
    let mut f = Findings(Vec::new());
    let mut database = None;
    match &input.db {
        Err(e) => {
            f.add(
                Check::Database,
                Severity::Error,
                "",
                e.message().to_string(),
                e.hint().map(str::to_string),
            );
        }
        Ok(db) => {
            database = Some(db.target());
            if let Err(e) = database_checks(db, &input, &mut f).await {
                f.failed(Check::Database, &e);
            }
        }
    }
    keyring_dir_check(input.keyring, &mut f);
    let mut findings = f.0;
    // Worst first; the sort is stable, so each severity keeps the order of the checks.
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let errors = findings
        .iter()
        .filter(|x| x.severity == Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|x| x.severity == Severity::Warning)
        .count();
    DoctorReport {
        database,
        keyring: input.keyring.dir().display().to_string(),
        actor: input.actor.as_ref().map(|(given, _)| given.clone()),
        ok: errors == 0 && warnings == 0,
        errors,
        warnings,
        findings,
    }
}

async fn database_checks(db: &Database, input: &DoctorInput<'_>, f: &mut Findings) -> Result<()> {
    let client = db.client().await?;
    let info = store::server::session_info(&**client).await?;
    f.add(
        Check::Database,
        Severity::Ok,
        &info.database,
        format!(
            "connected to {} (PostgreSQL {}) as {}",
            db.target(),
            info.server_version,
            info.user
        ),
        None,
    );
    // Migrations first: without idctl's tables most other checks have nothing to read.
    let set = migrate::MigrationSet::of(input.registry);
    let states = migrate::status(&**client, &set).await?;
    let applied = states.iter().filter(|s| s.state != State::Pending).count();
    let pending: Vec<_> = states
        .iter()
        .filter(|s| s.state == State::Pending)
        .collect();
    if let Err(e) = migrate::check_history(&states, &set) {
        f.add(
            Check::Migrations,
            Severity::Error,
            "",
            e.message().to_string(),
            e.hint().map(str::to_string),
        );
    } else if applied == 0 {
        f.add(
            Check::Migrations,
            Severity::Error,
            "",
            "idctl's schema is not installed in this database",
            Some(migrate_command(input.registry).into()),
        );
        return Ok(());
    } else if !pending.is_empty() {
        f.add(
            Check::Migrations,
            Severity::Warning,
            pending
                .iter()
                .map(|s| format!("{:04}", s.version))
                .collect::<Vec<_>>()
                .join(", "),
            format!(
                "{} not applied yet",
                crate::text::count(pending.len() as i64, "migration", "migrations")
            ),
            Some(migrate_command(input.registry).into()),
        );
    } else {
        f.add(
            Check::Migrations,
            Severity::Ok,
            "",
            format!("all {applied} migrations applied"),
            None,
        );
    }

    let live = requirements::live_columns(&**client).await?;
    let mut problems = requirements::check_columns(&live, requirements::REQUIRED_COLUMNS);
    match crate::store::catalogue::check(input.registry, &**client).await {
        Ok(p) => problems.extend(p),
        Err(e) => f.failed(Check::Schema, &e),
    }
    if problems.is_empty() {
        f.add(
            Check::Schema,
            Severity::Ok,
            "",
            "the schema has every column idctl and the registry need",
            None,
        );
    }
    for p in &problems {
        f.add(
            Check::Schema,
            Severity::Error,
            match &p.column {
                Some(c) => format!("{}.{c}", p.table),
                None => p.table.clone(),
            },
            p.problem.clone(),
            Some(format!(
                "idctl db check explains; run `{}`, or fix the registry",
                migrate_command(input.registry)
            )),
        );
    }
    if !problems.is_empty() {
        // Queries of the tables below could fail on a schema this far off.
        return Ok(());
    }

    input.keyring.bind(&**client).await?;
    key_file_checks(&**client, input.keyring, f).await?;
    for (key, age) in health::abandoned_pending_versions(&**client).await? {
        if age >= PENDING_GRACE_SECONDS {
            f.add(
                Check::PendingVersion,
                Severity::Warning,
                &key,
                format!(
                    "pending for {} with no job to activate it (generated and never activated)",
                    seconds(age)
                ),
                Some(format!(
                    "activate it when it is meant to be used (`idctl keys activate {key}`); the next `keys rotate` of its basename generates a new version otherwise"
                )),
            );
        }
    }

    let stale = health::stale_jobs(&**client).await?;
    if stale.is_empty() {
        f.add(
            Check::StaleJob,
            Severity::Ok,
            "",
            "no job is marked running without a live worker",
            None,
        );
    }
    for j in stale {
        let what = if j.basename.is_empty() {
            format!("{} job {}", j.kind, j.id)
        } else {
            format!("{} job {} ({})", j.kind, j.id, j.basename)
        };
        let ranges = if j.stale_ranges > 0 {
            format!(
                ", {} leased by workers that are gone",
                crate::text::count(j.stale_ranges, "range", "ranges")
            )
        } else {
            String::new()
        };
        f.add(
            Check::StaleJob,
            Severity::Warning,
            what,
            format!(
                "marked running, but no worker is alive{ranges}; idle for {}",
                j.idle_seconds.map(seconds).unwrap_or_else(|| "?".into())
            ),
            Some(if j.kind == "key_rotation" {
                format!(
                    "resume it (`idctl jobs resume {}`), or cancel it (`idctl jobs cancel {}`)",
                    j.id, j.id
                )
            } else {
                "resume it (`idctl jobs run-due`)".to_string()
            }),
        );
    }

    if store::audit::trigger_enabled(&**client).await? {
        f.add(
            Check::AuditTrigger,
            Severity::Ok,
            "audit_log",
            "every audit_log row is chained as it commits",
            None,
        );
    } else {
        f.add(
            Check::AuditTrigger,
            Severity::Error,
            "audit_log",
            "the chaining trigger tr_audit_log_chain is missing or disabled: rows written now are not chained, and `audit verify` reports them as inserted",
            Some("ALTER TABLE audit_log ENABLE TRIGGER tr_audit_log_chain".into()),
        );
    }

    if let Some((given, actor)) = &input.actor {
        match actor {
            Err(e) => f.add(
                Check::Actor,
                Severity::Error,
                given,
                e.message().to_string(),
                e.hint().map(str::to_string),
            ),
            Ok(actor) => {
                let granted = store::rbac::effective_permissions(
                    &**client,
                    &input.registry.operators(),
                    actor.id,
                )
                .await?;
                let missing: Vec<&str> = OPERATOR_WORK
                    .iter()
                    .map(|p| p.name())
                    .filter(|p| !granted.iter().any(|g| g == p))
                    .collect();
                if missing.is_empty() {
                    f.add(
                        Check::Actor,
                        Severity::Ok,
                        given,
                        format!(
                            "user {} may rotate, verify, generate keys and run due jobs",
                            actor.id
                        ),
                        None,
                    );
                } else {
                    f.add(
                        Check::Actor,
                        Severity::Warning,
                        given,
                        format!("user {} lacks {}", actor.id, missing.join(", ")),
                        Some(format!(
                            "an operator with users.manage grants it: `idctl users grant {} key_operator`",
                            actor.id
                        )),
                    );
                }
            }
        }
    } else {
        f.add(
            Check::Actor,
            Severity::Info,
            "",
            "no --actor (IDCTL_ACTOR) given: permissions not checked",
            None,
        );
    }

    server_checks(&**client, input.registry, f).await
}

/// Every key version's file against its row, then the files no row knows.
async fn key_file_checks(
    client: &impl tokio_postgres::GenericClient,
    keyring: &Keyring,
    f: &mut Findings,
) -> Result<()> {
    let records = keystore::list(client, None).await?;
    let policy_recipients: Vec<String> = store::pq::policies(client)
        .await?
        .into_iter()
        .flat_map(|p| p.layers.into_iter().map(|l| l.recipient))
        .collect();
    let uid = current_uid();
    let mut good = 0;
    for rec in &records {
        if rec.status == KeyStatus::Destroyed {
            continue;
        }
        let id = rec.id()?;
        let path = keyring.path_of(&id);
        let recipient = matches!(
            rec.algorithm.parse::<Algorithm>(),
            Ok(Algorithm::X25519 | Algorithm::XWing | Algorithm::MlKem768)
        );
        if recipient
            && !policy_recipients.contains(&rec.basename)
            && std::fs::symlink_metadata(&path).is_err()
        {
            f.add(
                Check::KeyFile,
                Severity::Info,
                &rec.key_id,
                "no key file here: a recipient no policy uses (a backup recipient) may be kept offline",
                None,
            );
            continue;
        }
        match keyring.load(rec) {
            Err(e) => {
                // Versions that decrypt data (or are about to) must load; a retired one only
                // matters to a restore.
                let severity = if rec.status == KeyStatus::Retired {
                    Severity::Warning
                } else {
                    Severity::Error
                };
                f.add(
                    Check::KeyFile,
                    severity,
                    &rec.key_id,
                    e.message().to_string(),
                    e.hint().map(str::to_string),
                );
            }
            Ok(_) => match std::fs::metadata(&path) {
                Ok(meta) if meta.uid() != uid => f.add(
                    Check::KeyFile,
                    Severity::Warning,
                    &rec.key_id,
                    format!(
                        "{} is owned by uid {}, not by this user (uid {uid})",
                        path.display(),
                        meta.uid()
                    ),
                    Some(format!(
                        "chown it to the user that runs idctl: chown {uid} {}",
                        path.display()
                    )),
                ),
                _ => good += 1,
            },
        }
    }
    if good > 0 {
        f.add(
            Check::KeyFile,
            Severity::Ok,
            "",
            format!(
                "{} present, private and matching {}",
                crate::text::count(good as i64, "key file", "key files"),
                if good == 1 { "its row" } else { "their rows" }
            ),
            None,
        );
    }

    // Files no row knows: in this database's directory, and directly in the keyring (files written
    // before key files were bound to a database).
    let mut dirs = vec![keyring.dir()];
    if keyring.root() != keyring.dir() {
        dirs.push(keyring.root().to_path_buf());
    }
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        names.sort();
        for name in names {
            let path = dir.join(&name);
            if let Some(id) = keyfile::parse_file_name(&name) {
                let known = records
                    .iter()
                    .any(|r| r.basename == id.basename() && r.version as u32 == id.version());
                if !known && !belongs_elsewhere(&path, keyring) {
                    f.add(
                        Check::OrphanKeyFile,
                        Severity::Warning,
                        path.display().to_string(),
                        format!("a key file for {id} that no crypto_keys row knows (left by an interrupted `keys generate`, or copied here by hand)"),
                        Some(format!(
                            "if no backup or other database needs it, move it out of the keyring: mv {} <somewhere safe>",
                            path.display()
                        )),
                    );
                }
            } else if name.contains(".orphaned-") {
                f.add(
                    Check::OrphanKeyFile,
                    Severity::Info,
                    path.display().to_string(),
                    "set aside by `keys generate` (an earlier generate was interrupted); no value is under it",
                    Some("remove it once you are sure no backup procedure expects it".into()),
                );
            }
        }
    }
    Ok(())
}

/// A key file directly in the keyring bound to another database is that database's, not an orphan
/// of this one.
fn belongs_elsewhere(path: &Path, keyring: &Keyring) -> bool {
    let (Ok((_, Some(bound))), Some(ours)) = (keyfile::read_bound(path), keyring.binding()) else {
        return false;
    };
    bound != ours.line()
}

fn keyring_dir_check(keyring: &Keyring, f: &mut Findings) {
    let dir = keyring.dir();
    match std::fs::metadata(&dir) {
        Err(_) => f.add(
            Check::Keyring,
            Severity::Info,
            dir.display().to_string(),
            "the keyring directory does not exist yet (`keys generate` creates it, mode 0700)",
            None,
        ),
        Ok(meta) if meta.permissions().mode() & 0o077 != 0 => f.add(
            Check::Keyring,
            Severity::Warning,
            dir.display().to_string(),
            format!(
                "the keyring directory has mode {:04o}: group or others can list it",
                meta.permissions().mode() & 0o7777
            ),
            Some(format!("chmod 700 {}", dir.display())),
        ),
        Ok(_) => f.add(
            Check::Keyring,
            Severity::Ok,
            dir.display().to_string(),
            "the keyring directory is private",
            None,
        ),
    }
}

/// Settings on the server that make a rotation hurt the application, or be throttled.
async fn server_checks(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
    f: &mut Findings,
) -> Result<()> {
    let mut seen = Vec::new();
    for col in &registry.protected {
        let Some(kv) = &col.key_version_column else {
            continue;
        };
        if seen.contains(&(&col.table, kv)) {
            continue;
        }
        seen.push((&col.table, kv));
        if !health::has_leading_index(client, &col.table, kv).await? {
            f.add(
                Check::KeyVersionIndex,
                Severity::Info,
                format!("{}.{kv}", col.table),
                "no index starts with this key-version column: `keys status` and each rotation's census read the whole table",
                Some(format!(
                    "if the table is large: CREATE INDEX CONCURRENTLY ON {} ({kv})",
                    store::ident(&col.table)
                )),
            );
        }
    }

    let mut tables: Vec<String> = registry.protected.iter().map(|c| c.table.clone()).collect();
    tables.sort();
    tables.dedup();
    for role in health::writer_roles(client, &tables).await? {
        if role.lock_timeout.is_none() {
            f.add(
                Check::LockTimeout,
                Severity::Warning,
                &role.role,
                "this role writes protected tables and waits for row locks without a limit: a transaction of it that waits behind a long lock piles up connections",
                Some(format!(
                    "ALTER ROLE {} SET lock_timeout = '5s' (the application then retries)",
                    store::ident(&role.role)
                )),
            );
        }
    }

    for r in health::replicas(client).await? {
        match r.replay_lag_seconds {
            Some(lag) if lag > REPLICA_LAG_WARNING_SECONDS => f.add(
                Check::ReplicationLag,
                Severity::Warning,
                &r.name,
                format!("replays {} behind", seconds(lag)),
                Some(
                    "find out why before a rotation (it writes every protected row); `--max-replica-lag` throttles a rotation to it"
                        .into(),
                ),
            ),
            _ => f.add(
                Check::ReplicationLag,
                Severity::Ok,
                &r.name,
                format!(
                    "replays {} behind",
                    r.replay_lag_seconds
                        .map(seconds)
                        .unwrap_or_else(|| "0s".into())
                ),
                None,
            ),
        }
    }
    Ok(())
}

fn current_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// `45s`, `12m`, `3h`, `5d`.
fn seconds(s: f64) -> String {
    crate::text::span(s as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_order_worst_last_so_a_reverse_sort_puts_them_first() {
        let mut v = vec![
            Severity::Info,
            Severity::Error,
            Severity::Ok,
            Severity::Warning,
        ];
        v.sort_by(|a, b| b.cmp(a));
        assert_eq!(
            v,
            [
                Severity::Error,
                Severity::Warning,
                Severity::Info,
                Severity::Ok
            ]
        );
    }

    #[test]
    fn durations_read_in_the_largest_sensible_unit() {
        assert_eq!(seconds(5.4), "5s");
        assert_eq!(seconds(600.0), "10m");
        assert_eq!(seconds(3.0 * 3600.0), "3h");
        assert_eq!(seconds(3.0 * 86_400.0), "3d");
        assert_eq!(seconds(-1.0), "0s");
    }
}
