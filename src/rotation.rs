//! `keys rotate`: moving every value protected by a basename's key to a new key version.
//!
//! A rotation runs in phases, each with a typed result:
//!
//! 1. **Preconditions** (`preconditions`), before anything is written: the basename is one the
//!    registry declares; the registry's tables and columns of this basename exist in the live
//!    database with the expected types; every key file the run will read is present, private and
//!    matches its `crypto_keys` row; every table's primary key can be read. A failure here leaves
//!    the database exactly as it was.
//! 2. **Decision** (`decide`), under the basename's rotation lock (a session advisory lock on a
//!    dedicated connection, which is also this process's liveness beacon for range leases): resume
//!    the unfinished job; or finish moving rows onto the active version when rows remain on older
//!    ones (after a cancelled job, a manual `keys activate`, or application writes under a cached
//!    old key); or rotate to an explicit (`--to`), pending, or new version; or nothing to do. The
//!    same function answers `keys plan` and `--dry-run`, so the dry run names the target the real
//!    run will use.
//! 3. **Start**: the target version (generated if new), the job row and the activation commit in
//!    one transaction.
//! 4. **Run**: the engine rewrites the columns range by range; rows the application wrote meanwhile
//!    under an old key get another pass (at most three); rows that cannot be decrypted are recorded
//!    (quarantined) and left as they were.
//! 5. **Finish**: the old versions that no row references any more are scheduled for retirement
//!    after a grace period (`--retire-after`, default 1h: application instances that cached the old
//!    active key must not find it retired), or retired at once with `--retire-after 0s`, or kept
//!    (`--keep-old`); `jobs run-due` retires them when the time has come and the census is still
//!    zero. The job ends `completed`, `completed_with_errors` (quarantined rows: exit 65), or
//!    `waiting_for_application` in the report when blind indexes without a plaintext source remain
//!    on the old version (only the application can rehash them).
//!
//! A failure after the start phase says what had already been done (version generated and
//! activated, job created) and how to continue. Re-running a finished rotation does nothing; a
//! re-run after `completed_with_errors` reports the quarantined rows and does nothing else unless
//! `--retry-quarantined` or `--new-version`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::census;
use crate::crypto::{Algorithm, KeyId};
use crate::db::Database;
use crate::engine::Observer;
use crate::engine::codec::ColumnCodec;
use crate::engine::jobs::{self, JobStatus, KIND_ROTATION, RotationJob, WorkerIdentity};
use crate::engine::scan::ColumnTable;
use crate::engine::worker::{ColumnStats, ColumnWork, Engine, EngineSettings, StopSignal};
use crate::error::{Error, Result};
use crate::keystore::{self, KeyEvent, KeyRecord, KeyStatus, Keyring};
use crate::registry::{ProtectedColumn, ProtectedKind, Registry};

/// The default grace period between the end of a rotation and the old version's retirement.
pub const DEFAULT_RETIRE_AFTER: Duration = Duration::from_secs(3600);

/// What the operator asked for.
#[derive(Debug, Clone)]
pub struct RotateRequest {
    pub basename: String,
    /// Rotate again even though the last rotation completed.
    pub new_version: bool,
    /// Rotate to this existing version (pending, active or decrypt-only) instead of choosing one.
    pub to: Option<KeyId>,
    /// Try quarantined rows again.
    pub retry_quarantined: bool,
    /// Resume an unfinished job although a newer version was activated since it started.
    pub force: bool,
    /// Leave the old versions decrypt-only instead of retiring them.
    pub keep_old: bool,
    /// Grace period before the old versions are retired (zero: at once).
    pub retire_after: Duration,
    pub settings: EngineSettings,
    /// Ranges per column (work units others can join with `jobs work`).
    pub ranges_per_column: usize,
    pub stop: Arc<StopSignal>,
}

impl RotateRequest {
    /// A request with the defaults `keys rotate <basename>` has.
    pub fn new(basename: &str, settings: EngineSettings, stop: Arc<StopSignal>) -> Self {
        RotateRequest {
            basename: basename.to_string(),
            new_version: false,
            to: None,
            retry_quarantined: false,
            force: false,
            keep_old: false,
            retire_after: DEFAULT_RETIRE_AFTER,
            settings,
            ranges_per_column: 4,
            stop,
        }
    }
}

/// How a rotation ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RotationStatus {
    /// Every value idctl can rewrite is under the target.
    Completed,
    /// Some rows could not be rewrapped; they are quarantined (`jobs show`).
    CompletedWithErrors,
    /// idctl's part is done; blind indexes without a plaintext source still wait for the
    /// application to rehash them.
    WaitingForApplication,
    /// Stopped (signal or deadline); checkpointed, resumes when run again.
    Interrupted,
    /// An operator cancelled the job while it ran.
    Cancelled,
    /// Nothing to rewrite.
    NothingToDo,
}

impl RotationStatus {
    /// The status recorded in `key_rotation_jobs.status` for a finished job.
    fn job_status(self) -> JobStatus {
        match self {
            RotationStatus::CompletedWithErrors => JobStatus::CompletedWithErrors,
            _ => JobStatus::Completed,
        }
    }
}

/// Why a target was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetReason {
    /// An unfinished job (crashed, killed, interrupted, scheduled) is resumed.
    ResumeJob,
    /// `--to` named it.
    Explicit,
    /// A pending version was waiting (generated beforehand, or by `--schedule`).
    Pending,
    /// Rows remain on versions older than the active one: finish moving them onto it.
    FinishMoveOntoActive,
    /// A new version is generated.
    NewVersion,
}

/// The target of a rotation that will run.
#[derive(Debug, Clone, Serialize)]
pub struct Target {
    /// `basename:vN`.
    pub key_id: String,
    pub version: i32,
    /// Generated by this run (it does not exist yet).
    pub new: bool,
    pub reason: TargetReason,
    /// The job resumed, if any.
    pub job_id: Option<i64>,
}

/// What a rotation of a basename would do now.
#[derive(Debug, Clone)]
pub enum Decision {
    Resume(RotationJob),
    Start {
        existing: Option<KeyRecord>,
        version: i32,
        reason: TargetReason,
    },
    NothingToDo(Idle),
}

/// Why there is nothing to do, with what remains that idctl will not touch on its own.
#[derive(Debug, Clone, Serialize)]
pub struct Idle {
    pub active: Option<String>,
    /// Rows quarantined by earlier jobs that remain on older versions.
    pub quarantined_rows: i64,
    /// The job that quarantined them (the latest one targeting the active version).
    pub quarantined_by_job: Option<i64>,
    /// Values of blind indexes without a source still on older versions.
    pub waiting_for_application: i64,
}

impl Decision {
    pub fn target(&self, basename: &str) -> Option<Target> {
        match self {
            Decision::Resume(job) => Some(Target {
                key_id: job.target_key_id(),
                version: job.target_version,
                new: false,
                reason: TargetReason::ResumeJob,
                job_id: Some(job.id),
            }),
            Decision::Start {
                existing,
                version,
                reason,
            } => Some(Target {
                key_id: format!("{basename}:v{version}"),
                version: *version,
                new: existing.is_none(),
                reason: *reason,
                job_id: None,
            }),
            Decision::NothingToDo(_) => None,
        }
    }
}

/// Per column result.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnResult {
    pub table: String,
    pub column: String,
    pub kind: &'static str,
    /// Rows rewritten by this process in this run.
    pub rewritten: u64,
    pub failed: u64,
    pub retried: u64,
    /// Rows still under other versions after the run.
    pub remaining_on_old_versions: i64,
    pub note: Option<String>,
}

/// A version whose retirement waits for its grace period.
#[derive(Debug, Clone, Serialize)]
pub struct ScheduledRetirement {
    pub key: String,
    pub retire_after: chrono::DateTime<chrono::Utc>,
}

/// What `keys rotate` did.
#[derive(Debug, Clone, Serialize)]
pub struct RotationReport {
    pub job_id: Option<i64>,
    pub basename: String,
    pub target: Option<String>,
    pub status: RotationStatus,
    pub resumed: bool,
    pub attempts: i32,
    pub message: String,
    /// Rows rewritten by the job, over every attempt and every worker.
    pub rows_rewritten: u64,
    /// Rows rewritten by this process in this run.
    pub rows_rewritten_this_run: u64,
    pub rows_failed: u64,
    /// Rows quarantined by this or earlier jobs that remain on older versions.
    pub quarantined_rows: i64,
    /// Values of blind indexes without a plaintext source still on older versions (the
    /// application rehashes them).
    pub waiting_for_application: i64,
    pub elapsed_seconds: f64,
    /// This run's rows per second.
    pub rows_per_second: f64,
    /// This process's peak resident memory (VmHWM), MiB.
    pub peak_rss_mib: f64,
    pub retired: Vec<String>,
    pub retire_scheduled: Vec<ScheduledRetirement>,
    pub kept: Vec<String>,
    pub columns: Vec<ColumnResult>,
}

impl RotationReport {
    fn idle(basename: &str, idle: &Idle, retired: Vec<String>, started: Instant) -> Self {
        let mut message = format!(
            "nothing to do: {basename} is rotated to {} and no rewritable row remains on an older version (use --new-version to rotate again)",
            idle.active.as_deref().unwrap_or("(no active version)")
        );
        if idle.quarantined_rows > 0 {
            message = format!(
                "nothing done: {} on older versions of {basename} (see `idctl jobs show {}`); fix them, then `idctl keys rotate {basename} --retry-quarantined`",
                crate::text::count(
                    idle.quarantined_rows,
                    "quarantined row remains",
                    "quarantined rows remain"
                ),
                idle.quarantined_by_job.unwrap_or_default()
            );
        } else if idle.waiting_for_application > 0 {
            message.push_str(&format!(
                "; {} for the application to rehash them",
                crate::text::count(
                    idle.waiting_for_application,
                    "blind-index value waits",
                    "blind-index values wait"
                )
            ));
        }
        RotationReport {
            job_id: None,
            basename: basename.to_string(),
            target: idle.active.clone(),
            status: if idle.quarantined_rows > 0 {
                RotationStatus::CompletedWithErrors
            } else {
                RotationStatus::NothingToDo
            },
            resumed: false,
            attempts: 0,
            message,
            rows_rewritten: 0,
            rows_rewritten_this_run: 0,
            rows_failed: 0,
            quarantined_rows: idle.quarantined_rows,
            waiting_for_application: idle.waiting_for_application,
            elapsed_seconds: started.elapsed().as_secs_f64(),
            rows_per_second: 0.0,
            peak_rss_mib: peak_rss_mib(),
            retired,
            retire_scheduled: vec![],
            kept: vec![],
            columns: vec![],
        }
    }
}

/// A dedicated connection that identifies this worker; its backend pid is the lease liveness beacon.
pub async fn liveness(db: &Database) -> Result<(tokio_postgres::Client, WorkerIdentity)> {
    let client = db.dedicated().await?;
    let pid = crate::store::server::backend_pid(&client).await?;
    let host = std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "localhost".into());
    let name = format!("{host}:{}:{pid}", std::process::id());
    Ok((
        client,
        WorkerIdentity {
            name,
            backend_pid: pid,
        },
    ))
}

/// What the preconditions established.
pub struct Checked {
    pub columns: Vec<ProtectedColumn>,
}

/// Everything that must hold before a rotation of `basename` writes anything: the registry knows
/// the basename, the live schema has its tables and columns, every key file the run reads is
/// present, private and matches its row, and every rewritable table's key can be read.
pub async fn preconditions(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    basename: &str,
) -> Result<Checked> {
    let columns = columns_of(registry, basename)?;
    check_live_schema(db, registry, &columns).await?;
    preflight_keys(db, registry, keyring, &columns).await?;
    let client = db.client().await?;
    for col in columns.iter().filter(|c| c.idctl_can_rewrite()) {
        ColumnTable::load(&**client, col).await?;
    }
    Ok(Checked { columns })
}

/// The registry's entries for the tables these columns live in must match the live database
/// (what `db check` checks, for these tables only): a registry naming a column that does not
/// exist, or a table that is not the application's, stops the command with exit 78.
pub async fn check_live_schema(
    db: &Database,
    registry: &Registry,
    columns: &[ProtectedColumn],
) -> Result<()> {
    let client = db.client().await?;
    let tables: std::collections::BTreeSet<&str> =
        columns.iter().map(|c| c.table.as_str()).collect();
    let problems: Vec<_> = crate::store::catalogue::check(registry, &**client)
        .await?
        .into_iter()
        .filter(|p| tables.contains(p.table.as_str()))
        .filter(|p| {
            // Only the problems of the entries these columns come from: a personal-data
            // classification problem of the same table does not stop a key rotation.
            p.column.as_deref().is_none_or(|c| {
                columns.iter().any(|col| {
                    col.table == p.table
                        && (col.column == c
                            || col.key_version_column.as_deref() == Some(c)
                            || col.row_version_column.as_deref() == Some(c)
                            || col.source.as_ref().is_some_and(|s| s.column == c))
                })
            })
        })
        .collect();
    if problems.is_empty() {
        return Ok(());
    }
    let list = problems
        .iter()
        .map(|p| match &p.column {
            Some(c) => format!("{}.{c}: {}", p.table, p.problem),
            None => format!("{}: {}", p.table, p.problem),
        })
        .collect::<Vec<_>>()
        .join("; ");
    Err(Error::config(format!(
        "the registry does not match the database: {list}; nothing was changed"
    ))
    .with_hint("`idctl db check` lists every difference; fix the registry (--registry) or migrate the database"))
}

/// Decides what a rotation of `basename` does now. `client` should hold the basename's lock for a
/// real run; `keys plan` calls it without.
pub async fn decide(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
    basename: &str,
    req: &RotateRequest,
) -> Result<Decision> {
    let versions = keystore::list(client, Some(basename)).await?;
    let active = versions
        .iter()
        .find(|k| k.status == KeyStatus::Active)
        .cloned();
    if let Some(job) = jobs::unfinished_for(client, basename).await? {
        if let Some(to) = &req.to {
            if to.version() as i32 != job.target_version {
                return Err(Error::data(format!(
                    "job {} of {basename} is unfinished and targets {}, not {to}",
                    job.id,
                    job.target_key_id()
                ))
                .with_hint(format!(
                    "resume it (`idctl keys rotate {basename}`), or cancel it first (`idctl jobs cancel {}`)",
                    job.id
                )));
            }
        }
        if let Some(a) = &active {
            if a.version > job.target_version && !req.force {
                return Err(Error::data(format!(
                    "job {} targets {} but {} was activated since it started; resuming it would make {} active again and demote {}",
                    job.id,
                    job.target_key_id(),
                    a.key_id,
                    job.target_key_id(),
                    a.key_id
                ))
                .with_hint(format!(
                    "`idctl jobs cancel {}` then `idctl keys rotate {basename}` moves the rows onto {}; or add --force to resume job {} as it is",
                    job.id, a.key_id, job.id
                )));
            }
        }
        return Ok(Decision::Resume(job));
    }
    if let Some(to) = &req.to {
        let rec = versions
            .iter()
            .find(|k| k.version == to.version() as i32)
            .cloned()
            .ok_or_else(|| {
                Error::data(format!("{to} does not exist")).with_hint(format!(
                    "versions of {basename}: {}",
                    versions
                        .iter()
                        .map(|v| format!("{} ({})", v.key_id, v.status.as_str()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?;
        if !matches!(
            rec.status,
            KeyStatus::Pending | KeyStatus::Active | KeyStatus::DecryptOnly
        ) {
            return Err(Error::data(format!(
                "{to} is {}; a rotation can only target a pending, active or decrypt-only version",
                rec.status.as_str()
            )));
        }
        return Ok(Decision::Start {
            version: rec.version,
            existing: Some(rec),
            reason: TargetReason::Explicit,
        });
    }
    let next_version = versions.iter().map(|k| k.version).max().unwrap_or(0) + 1;
    if req.new_version {
        return Ok(Decision::Start {
            existing: None,
            version: next_version,
            reason: TargetReason::NewVersion,
        });
    }
    // A pending version newer than the active one was prepared for this (a pending version older
    // than the active one was superseded by a manual activation and is not chosen).
    let active_version = active.as_ref().map_or(0, |a| a.version);
    if let Some(p) = versions
        .iter()
        .filter(|k| k.status == KeyStatus::Pending && k.version > active_version)
        .max_by_key(|k| k.version)
    {
        return Ok(Decision::Start {
            existing: Some(p.clone()),
            version: p.version,
            reason: TargetReason::Pending,
        });
    }
    let Some(active) = active else {
        return Ok(Decision::Start {
            existing: None,
            version: next_version,
            reason: TargetReason::NewVersion,
        });
    };
    let off = rows_off(client, registry, basename, &active.key_id).await?;
    let last = jobs::latest_targeting(client, basename, active.version).await?;
    let quarantined = match &last {
        Some(_) if !req.retry_quarantined => {
            jobs::quarantined_rows(client, basename, active.version).await?
        }
        _ => 0,
    };
    // Rows on older versions that no job has quarantined yet: finish moving them. (Values that are
    // no valid envelope at all are not "behind": a new version's job tries and quarantines them.)
    if off.behind > 0 && off.not_under > quarantined {
        return Ok(Decision::Start {
            version: active.version,
            existing: Some(active),
            reason: TargetReason::FinishMoveOntoActive,
        });
    }
    if last.is_none() {
        // The active version was never a rotation's target (the first rotation, or a version
        // activated by hand whose rows are all on it): rotate to a new one.
        return Ok(Decision::Start {
            existing: None,
            version: next_version,
            reason: TargetReason::NewVersion,
        });
    }
    Ok(Decision::NothingToDo(Idle {
        active: Some(active.key_id.clone()),
        quarantined_rows: off.not_under.min(quarantined),
        quarantined_by_job: last.map(|j| j.id),
        waiting_for_application: off.waiting,
    }))
}

/// Where the rows of `basename` stand against `key_id`.
struct Off {
    /// Values under other real versions of the basename, in columns idctl rewrites.
    behind: i64,
    /// Values not under `key_id` in any way (other versions, malformed, not an envelope), in
    /// columns idctl rewrites.
    not_under: i64,
    /// Values of blind indexes without a source not under `key_id`.
    waiting: i64,
}

async fn rows_off(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
    basename: &str,
    key_id: &str,
) -> Result<Off> {
    let mut off = Off {
        behind: 0,
        not_under: 0,
        waiting: 0,
    };
    let prefix = format!("{basename}:v");
    for col in registry.protected_columns_for(basename) {
        let versions = census::off_target(client, col, key_id).await?;
        let not_under: i64 = versions.values().sum();
        if col.idctl_can_rewrite() {
            off.not_under += not_under;
            off.behind += versions
                .iter()
                .filter(|(k, _)| k.starts_with(&prefix))
                .map(|(_, n)| n)
                .sum::<i64>();
        } else {
            off.waiting += not_under;
        }
    }
    Ok(off)
}

/// Takes the basename's rotation lock on `live`, or says who holds it (exit 75).
async fn take_rotation_lock(
    live: &tokio_postgres::Client,
    db: &Database,
    basename: &str,
) -> Result<()> {
    let got = crate::db::locks::try_rotation(live, basename).await?;
    if got {
        return Ok(());
    }
    let client = db.client().await?;
    let running = jobs::unfinished_for(&**client, basename).await?;
    let what = match running {
        Some(j) => format!(
            "job {} (target {}, attempt {}, operator {})",
            j.id,
            j.target_key_id(),
            j.attempts,
            j.executed_by
                .map(|a| a.to_string())
                .unwrap_or_else(|| "?".into())
        ),
        None => "a job that is starting".into(),
    };
    Err(Error::temp_fail(format!(
        "a rotation of {basename} is already running: {what}"
    ))
    .with_hint("wait for it, or add workers with `idctl jobs work <job id>`"))
}

pub async fn rotate(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    req: &RotateRequest,
    ui: &dyn Observer,
) -> Result<RotationReport> {
    let started = Instant::now();
    let mut req = req.clone();
    let basename = req.basename.clone();
    let basename = basename.as_str();
    let checked = preconditions(db, registry, keyring, basename).await?;
    let (live, worker) = liveness(db).await?;
    take_rotation_lock(&live, db, basename).await?;

    // Retirements whose grace period has passed since the last run.
    let retired_now = retire_due(db, registry, Some(basename), actor)
        .await?
        .retired;

    let decision = {
        let client = db.client().await?;
        decide(&**client, registry, basename, &req).await?
    };
    let (job, resumed) = match decision {
        Decision::NothingToDo(idle) => {
            return Ok(RotationReport::idle(basename, &idle, retired_now, started));
        }
        Decision::Resume(job) => {
            let client = db.client().await?;
            if let Some(stored) = jobs::options(&**client, job.id).await? {
                if let Ok(o) = serde_json::from_value::<JobOptions>(stored) {
                    o.apply(&mut req);
                }
            }
            jobs::start_attempt(&**client, job.id, actor).await?;
            // A scheduled job (never started) starts here; anything else resumes.
            ui.note(&if job.attempts == 0 {
                format!(
                    "Starting scheduled job {} ({basename} → {}).",
                    job.id,
                    job.target_key_id()
                )
            } else {
                format!(
                    "Resuming job {} ({basename} → {}), attempt {}.",
                    job.id,
                    job.target_key_id(),
                    job.attempts + 1
                )
            });
            (jobs::get(&**client, job.id).await?, true)
        }
        Decision::Start {
            existing, reason, ..
        } => {
            let job = start(db, registry, keyring, actor, &req, existing, reason).await?;
            ui.note(&format!(
                "Started job {} ({basename} → {}).",
                job.id,
                job.target_key_id()
            ));
            (job, false)
        }
    };
    let outcome = run_job(
        db, registry, keyring, actor, &req, ui, &checked, &job, resumed, worker, started,
    )
    .await;
    drop(live);
    match outcome {
        Ok(mut report) => {
            let mut all = retired_now;
            all.append(&mut report.retired);
            report.retired = all;
            Ok(report)
        }
        Err(e) => Err(with_partial_state(e, basename, &job, resumed)),
    }
}

/// Adds to an error what the rotation had already done, and how to continue.
fn with_partial_state(e: Error, basename: &str, job: &RotationJob, resumed: bool) -> Error {
    let done = if resumed {
        format!(
            "job {} ({basename} → {}) was resumed before this failure and stays unfinished",
            job.id,
            job.target_key_id()
        )
    } else {
        format!(
            "job {} was created and {} activated before this failure (the application now writes under it)",
            job.id,
            job.target_key_id()
        )
    };
    let next = format!(
        "`idctl keys rotate {basename}` resumes job {} where it stopped; `idctl jobs cancel {}` abandons it ({} stays active)",
        job.id,
        job.id,
        job.target_key_id()
    );
    let hint = match e.hint() {
        Some(h) => format!("{h}. {done}: {next}"),
        None => format!("{done}: {next}"),
    };
    e.with_hint(hint)
}

/// Runs a started or resumed job to its end: engine passes, verification, retirement, result.
#[allow(clippy::too_many_arguments)]
async fn run_job(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    req: &RotateRequest,
    ui: &dyn Observer,
    checked: &Checked,
    job: &RotationJob,
    resumed: bool,
    worker: WorkerIdentity,
    started: Instant,
) -> Result<RotationReport> {
    let basename = req.basename.as_str();
    let target = KeyId::new(basename, job.target_version as u32)
        .map_err(|e| Error::data(format!("job {}: {e}", job.id)))?;
    {
        // A scheduled or reopened job's target may not be active yet: activate it now.
        let mut c = db.client().await?;
        let tx = c.transaction().await?;
        let rec = keystore::get(&*tx, &target).await?;
        if rec.status != KeyStatus::Active {
            keystore::activate_version(&*tx, &rec, Some(actor)).await?;
        }
        tx.commit().await?;
    }

    let (work, notes) = prepare_columns(db, registry, keyring, &checked.columns, &target).await?;
    let stats: Vec<Arc<ColumnStats>> = work.values().map(|w| Arc::clone(&w.stats)).collect();
    let tables: Vec<ColumnTable> = work.values().map(|w| w.table.clone()).collect();
    {
        let client = db.client().await?;
        jobs::plan_ranges(
            &**client,
            KIND_ROTATION,
            job.id,
            &tables,
            req.ranges_per_column,
        )
        .await?;
    }

    let engine = Arc::new(Engine::new(
        db.clone(),
        KIND_ROTATION,
        job.id,
        Some(actor),
        basename.to_string(),
        work,
        req.settings.clone(),
        worker,
        Arc::clone(&req.stop),
    ));
    let title = format!("job {}: {basename} → {}", job.id, job.target_key_id());
    let display = ui.progress(job.id, &title, stats.clone());
    let mut result = engine.run_until_no_range_is_open().await;
    crate::failpoint::hit("rotation.before_verify");
    // Verification passes: rows written meanwhile under an old key, or missed by compare-and-swap.
    // The check that finds nothing left is also the report's census (`off_target`): right after a
    // rewrite each such check reads the old row versions once (until VACUUM removes them), so it is
    // made once, not twice.
    let mut off_target: Option<Vec<BTreeMap<String, i64>>> = None;
    for pass in 2..=4 {
        if result.as_ref().map_or(true, |o| o.interrupted) {
            break;
        }
        let now = columns_off_target(db, registry, basename, target.as_str()).await?;
        let behind = rows_behind(db, registry, basename, &engine, &now, job.id).await?;
        if behind.is_empty() {
            off_target = Some(now);
            break;
        }
        let client = db.client().await?;
        for (t, c) in &behind {
            tracing::info!("pass {pass}: {t}.{c} still has rows on older versions");
            jobs::add_range(&**client, KIND_ROTATION, job.id, t, c).await?;
        }
        drop(client);
        result = engine.run_until_no_range_is_open().await;
    }
    if result.as_ref().is_ok_and(|o| !o.interrupted) {
        settle_totals(&stats);
    }
    display.finish().await;
    let client = db.client().await?;
    let job_now = jobs::get(&**client, job.id).await?;
    if job_now.status == JobStatus::Cancelled {
        let rewritten_total = jobs::rows_done_total(&**client, KIND_ROTATION, job.id).await?;
        let this_run: u64 = stats.iter().map(|s| s.done.load(Ordering::Relaxed)).sum();
        return Ok(RotationReport {
            job_id: Some(job.id),
            basename: basename.to_string(),
            target: Some(target.to_string()),
            status: RotationStatus::Cancelled,
            resumed,
            attempts: job_now.attempts,
            message: format!(
                "job {} was cancelled by {} while it ran; {} stays active, {rewritten_total} row(s) were moved onto it (`idctl jobs resume {}` or `idctl keys rotate {basename}` finishes the move)",
                job.id,
                job_now
                    .result
                    .as_ref()
                    .and_then(|r| r.get("cancelled_by"))
                    .and_then(serde_json::Value::as_i64)
                    .map_or_else(|| "an operator".to_string(), |id| format!("operator {id}")),
                target,
                job.id
            ),
            rows_rewritten: rewritten_total.max(0) as u64,
            rows_rewritten_this_run: this_run,
            rows_failed: 0,
            quarantined_rows: 0,
            waiting_for_application: 0,
            elapsed_seconds: started.elapsed().as_secs_f64(),
            rows_per_second: 0.0,
            peak_rss_mib: peak_rss_mib(),
            retired: vec![],
            retire_scheduled: vec![],
            kept: vec![],
            columns: vec![],
        });
    }
    let outcome = result?;
    // A fresh connection: the one taken before the run may have been lost (a restart ridden out).
    let client = db.client().await?;
    let elapsed = started.elapsed().as_secs_f64();
    let this_run: u64 = stats.iter().map(|s| s.done.load(Ordering::Relaxed)).sum();
    let rewritten_total = jobs::rows_done_total(&**client, KIND_ROTATION, job.id).await?;

    let mut column_results = Vec::new();
    let off_target = match off_target {
        Some(off) => off,
        None => columns_off_target(db, registry, basename, target.as_str()).await?,
    };
    let in_use = |key_id: &str| -> i64 { off_target.iter().filter_map(|v| v.get(key_id)).sum() };
    let mut waiting = 0i64;
    for (c, versions) in registry
        .protected_columns_for(basename)
        .into_iter()
        .zip(&off_target)
    {
        let s = stats
            .iter()
            .find(|s| s.table == c.table && s.column == c.column);
        let remaining: i64 = versions.values().sum();
        if !c.idctl_can_rewrite() {
            waiting += remaining;
        }
        column_results.push(ColumnResult {
            table: c.table.clone(),
            column: c.column.clone(),
            kind: c.kind.as_str(),
            rewritten: s.map_or(0, |s| s.done.load(Ordering::Relaxed)),
            failed: s.map_or(0, |s| s.failed.load(Ordering::Relaxed)),
            retried: s.map_or(0, |s| s.retried.load(Ordering::Relaxed)),
            remaining_on_old_versions: remaining,
            note: notes.get(&(c.table.clone(), c.column.clone())).cloned(),
        });
    }
    let failed_total: i64 = jobs::failed_row_count(&**client, job.id).await?;
    drop(client);
    let mut report = RotationReport {
        job_id: Some(job.id),
        basename: basename.to_string(),
        target: Some(target.to_string()),
        status: RotationStatus::Interrupted,
        resumed,
        attempts: job_now.attempts,
        message: String::new(),
        rows_rewritten: rewritten_total.max(0) as u64,
        rows_rewritten_this_run: this_run,
        rows_failed: failed_total.max(0) as u64,
        quarantined_rows: failed_total,
        waiting_for_application: waiting,
        elapsed_seconds: elapsed,
        rows_per_second: if elapsed > 0.0 {
            this_run as f64 / elapsed
        } else {
            0.0
        },
        peak_rss_mib: peak_rss_mib(),
        retired: vec![],
        retire_scheduled: vec![],
        kept: vec![],
        columns: column_results,
    };
    if outcome.interrupted {
        report.message = format!(
            "stopped; job {} is checkpointed: run the same command again to resume",
            job.id
        );
        return Ok(report);
    }

    crate::failpoint::hit("rotation.before_retire");
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    keystore::lock_basename(&*tx, basename).await?;
    let retire_at = chrono::Utc::now()
        + chrono::Duration::from_std(req.retire_after).unwrap_or(chrono::Duration::MAX);
    for old in keystore::list(&*tx, Some(basename)).await? {
        if old.key_id == target.as_str() || !matches!(old.status, KeyStatus::DecryptOnly) {
            continue;
        }
        if req.keep_old || in_use(&old.key_id) > 0 {
            report.kept.push(old.key_id.clone());
            continue;
        }
        if req.retire_after.is_zero() {
            keystore::retire_version(
                &*tx,
                &old,
                Some(actor),
                Some(job.id),
                format!("retired {} after rotation to {target}", old.key_id),
                serde_json::json!({}),
            )
            .await?;
            report.retired.push(old.key_id.clone());
        } else {
            keystore::schedule_retirement(&*tx, &old, retire_at, Some(actor), Some(job.id)).await?;
            report.retire_scheduled.push(ScheduledRetirement {
                key: old.key_id.clone(),
                retire_after: retire_at,
            });
        }
    }
    report.status = if failed_total > 0 {
        RotationStatus::CompletedWithErrors
    } else if waiting > 0 {
        RotationStatus::WaitingForApplication
    } else {
        RotationStatus::Completed
    };
    report.message = match report.status {
        RotationStatus::CompletedWithErrors => format!(
            "{} could not be rewrapped and were quarantined (left as they were): see `idctl jobs show {}`",
            crate::text::count(failed_total, "row", "rows"),
            job.id
        ),
        RotationStatus::WaitingForApplication => format!(
            "every value idctl can rewrite is under {target}; {} without a plaintext source stay on older versions until the application rehashes them",
            crate::text::count(waiting, "blind-index value", "blind-index values")
        ),
        _ => format!("every rewritable value of {basename} is under {target}"),
    };
    if !report.retire_scheduled.is_empty() {
        report.message.push_str(&format!(
            "; {} {} after {} (`idctl jobs run-due` retires {} once no row uses {})",
            report
                .retire_scheduled
                .iter()
                .map(|r| r.key.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            if report.retire_scheduled.len() == 1 {
                "retires"
            } else {
                "retire"
            },
            retire_at.format("%Y-%m-%d %H:%M:%S UTC"),
            if report.retire_scheduled.len() == 1 {
                "it"
            } else {
                "them"
            },
            if report.retire_scheduled.len() == 1 {
                "it"
            } else {
                "them"
            }
        ));
    }
    let result_doc = serde_json::to_value(&report)?;
    jobs::finish(&*tx, job.id, report.status.job_status(), &result_doc).await?;
    let target_rec = keystore::get(&*tx, &target).await?;
    keystore::record_event(
        &*tx,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::RotationCompleted,
            key_row_id: Some(target_rec.row_id),
            basename,
            actor: Some(actor),
            job_id: Some(job.id),
            note: Some(report.message.clone()),
            meta: serde_json::json!({"status": report.status, "rows_rewritten": rewritten_total, "rows_failed": failed_total, "waiting_for_application": waiting}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(report)
}

/// What `retire_due` did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RetirementReport {
    pub retired: Vec<String>,
    /// Versions whose grace period passed but which rows still use (application writes under a
    /// cached old key): `keys rotate <basename>` moves them, then they retire.
    pub still_used: Vec<String>,
}

/// Retires every decrypt-only version (of `basename`, or all) whose grace period has passed and
/// that no row uses any more.
pub async fn retire_due(
    db: &Database,
    registry: &Registry,
    basename: Option<&str>,
    actor: i64,
) -> Result<RetirementReport> {
    let mut report = RetirementReport::default();
    let due = {
        let client = db.client().await?;
        keystore::retirements_due(&**client, basename).await?
    };
    for rec in due {
        let mut c = db.client().await?;
        let tx = c.transaction().await?;
        keystore::lock_basename(&*tx, &rec.basename).await?;
        let current = keystore::get(&*tx, &rec.id()?).await?;
        if current.status != KeyStatus::DecryptOnly {
            continue;
        }
        let mut in_use = 0;
        for col in registry.protected_columns_for(&rec.basename) {
            in_use += census::rows_under(&*tx, col, &rec.key_id).await?;
        }
        if in_use > 0 {
            report.still_used.push(rec.key_id.clone());
            continue;
        }
        keystore::retire_version(
            &*tx,
            &current,
            Some(actor),
            None,
            format!(
                "retired {} after its grace period (no row uses it)",
                rec.key_id
            ),
            serde_json::json!({}),
        )
        .await?;
        tx.commit().await?;
        report.retired.push(rec.key_id.clone());
    }
    Ok(report)
}

/// Creates the target version (unless it exists), the job, and activates the target, in one
/// transaction.
async fn start(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    req: &RotateRequest,
    existing: Option<KeyRecord>,
    reason: TargetReason,
) -> Result<RotationJob> {
    let basename = req.basename.as_str();
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    keystore::lock_basename(&*tx, basename).await?;
    let previous_active = keystore::list(&*tx, Some(basename))
        .await?
        .into_iter()
        .find(|k| k.status == KeyStatus::Active);
    let target = match existing {
        Some(rec) => {
            keyring.load(&rec)?;
            rec
        }
        None => {
            keystore::generate(
                &*tx,
                keyring,
                basename,
                algorithm_for(registry, basename),
                Some(actor),
                false,
            )
            .await?
        }
    };
    let job = jobs::create(&*tx, basename, target.version, actor, None).await?;
    jobs::set_options(&*tx, job.id, &JobOptions::of(req)).await?;
    if target.status != KeyStatus::Active {
        keystore::activate_version(&*tx, &target, Some(actor)).await?;
    }
    keystore::record_event(
        &*tx,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::RotationStarted,
            key_row_id: Some(target.row_id),
            basename,
            actor: Some(actor),
            job_id: Some(job.id),
            note: Some(format!(
                "rotation of {basename} to {} started",
                target.key_id
            )),
            meta: serde_json::json!({
                "previous_active": previous_active.map(|a| a.key_id),
                "reason": reason,
            }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(job)
}

/// Schedules a rotation of `basename` at `at`: the target is chosen as `keys rotate` would choose
/// it now (a new version is generated now, pending), and the job waits, `pending`, for `jobs
/// run-due` (or `keys rotate`, which runs it at once). The request's retirement options are
/// stored with the job, so that whoever runs it honours them.
pub async fn schedule(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    req: &RotateRequest,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<RotationJob> {
    let basename = req.basename.as_str();
    preconditions(db, registry, keyring, basename).await?;
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    keystore::lock_basename(&*tx, basename).await?;
    let (existing, reason) = match decide(&*tx, registry, basename, req).await? {
        Decision::Resume(job) => {
            return Err(Error::temp_fail(format!(
                "{basename} already has an unfinished rotation: job {} ({}, target {})",
                job.id,
                job.status,
                job.target_key_id()
            ))
            .with_hint(format!(
                "`idctl keys rotate {basename}` resumes it; `idctl jobs cancel {}` abandons it",
                job.id
            )));
        }
        Decision::NothingToDo(idle) => {
            return Err(Error::data(format!(
                "nothing to schedule: {}",
                RotationReport::idle(basename, &idle, vec![], Instant::now()).message
            )));
        }
        Decision::Start {
            existing, reason, ..
        } => (existing, reason),
    };
    let target = match existing {
        Some(rec) => {
            keyring.load(&rec)?;
            rec
        }
        None => {
            keystore::generate(
                &*tx,
                keyring,
                basename,
                algorithm_for(registry, basename),
                Some(actor),
                false,
            )
            .await?
        }
    };
    let job = jobs::create(&*tx, basename, target.version, actor, Some(at)).await?;
    jobs::set_options(&*tx, job.id, &JobOptions::of(req)).await?;
    keystore::record_event(
        &*tx,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::RotationScheduled,
            key_row_id: Some(target.row_id),
            basename,
            actor: Some(actor),
            job_id: Some(job.id),
            note: Some(format!(
                "rotation of {basename} to {} scheduled for {}",
                target.key_id,
                at.format("%Y-%m-%d %H:%M:%S UTC")
            )),
            meta: serde_json::json!({"reason": reason}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(job)
}

/// The options of a job that whoever resumes it (`jobs resume`, `jobs run-due`, `keys rotate`)
/// must honour: stored with the job when it is created.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct JobOptions {
    pub keep_old: bool,
    pub retire_after_seconds: u64,
}

impl JobOptions {
    pub fn of(req: &RotateRequest) -> Self {
        JobOptions {
            keep_old: req.keep_old,
            retire_after_seconds: req.retire_after.as_secs(),
        }
    }
    /// Applies stored options to a request that resumes the job.
    pub fn apply(&self, req: &mut RotateRequest) {
        req.keep_old |= self.keep_old;
        req.retire_after = Duration::from_secs(self.retire_after_seconds);
    }
}

/// Loads and checks (file present, private, matching its row) every key version the run will read,
/// so that a bad key file stops the command before anything is written.
async fn preflight_keys(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    columns: &[crate::registry::ProtectedColumn],
) -> Result<()> {
    let client = db.client().await?;
    let mut basenames: Vec<&str> = Vec::new();
    for col in columns {
        basenames.push(&col.basename);
        if let Some(src) = &col.source {
            if let Some(source_col) = registry.protected_column(&col.table, &src.column) {
                basenames.push(&source_col.basename);
            }
        }
    }
    basenames.sort();
    basenames.dedup();
    for b in basenames {
        for rec in keystore::list(&**client, Some(b)).await? {
            if rec.status.decrypts() || rec.status == KeyStatus::Pending {
                keyring.load(&rec)?;
            }
        }
    }
    Ok(())
}

/// The registry's columns of `basename`; an unknown basename is a usage error.
fn columns_of(
    registry: &Registry,
    basename: &str,
) -> Result<Vec<crate::registry::ProtectedColumn>> {
    registry.require_basename(basename)?;
    let columns: Vec<_> = registry
        .protected_columns_for(basename)
        .into_iter()
        .cloned()
        .collect();
    if columns.is_empty() {
        return Err(Error::usage(format!(
            "the registry has no protected column with basename {basename:?}"
        ))
        .with_hint("see `idctl registry show`"));
    }
    Ok(columns)
}

/// The key algorithm a basename's columns need: AES-256-GCM-SIV for encrypted columns (and unknown
/// basenames), HMAC-SHA256 for blind indexes and peppers.
pub fn algorithm_for(registry: &Registry, basename: &str) -> Algorithm {
    match registry.basename_kind(basename) {
        Some(ProtectedKind::Aead) | None => Algorithm::Aes256GcmSiv,
        Some(_) => Algorithm::HmacSha256,
    }
}

type Notes = HashMap<(String, String), String>;

/// Loads tables and codecs of the basename's columns; the ones idctl cannot rewrite get a note.
pub async fn prepare_columns(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    columns: &[crate::registry::ProtectedColumn],
    target: &KeyId,
) -> Result<(HashMap<(String, String), ColumnWork>, Notes)> {
    let client = db.client().await?;
    let mut work = HashMap::new();
    let mut notes = HashMap::new();
    for col in columns {
        let key = (col.table.clone(), col.column.clone());
        if !col.idctl_can_rewrite() {
            notes.insert(
                key,
                match col.kind {
                    ProtectedKind::PasswordPepper => "password hashes are re-peppered by the application at next login".into(),
                    _ => "blind index without a plaintext source: the application rehashes it on next use; lookups try every usable version".into(),
                },
            );
            continue;
        }
        let table = ColumnTable::load(&**client, col).await?;
        let codec = ColumnCodec::load(&**client, keyring, registry, col).await?;
        let behind = census::estimate_not_under(&**client, col, target.as_str()).await?;
        let stats = Arc::new(ColumnStats {
            table: col.table.clone(),
            column: col.column.clone(),
            ..Default::default()
        });
        stats.total.store(behind.max(0) as u64, Ordering::Relaxed);
        work.insert(
            key,
            ColumnWork {
                table,
                transform: Arc::new(crate::engine::transform::RewrapUnderKey {
                    codec: Arc::new(codec),
                    target: target.clone(),
                }),
                stats,
            },
        );
    }
    Ok((work, notes))
}

/// What is off `target` in each protected column of `basename` (registry order), by key id.
async fn columns_off_target(
    db: &Database,
    registry: &Registry,
    basename: &str,
    target: &str,
) -> Result<Vec<BTreeMap<String, i64>>> {
    let client = db.client().await?;
    let mut out = Vec::new();
    for col in registry.protected_columns_for(basename) {
        out.push(census::off_target(&**client, col, target).await?);
    }
    Ok(out)
}

/// Columns of the engine that still have rows not under the target (`off_target`, from
/// [`columns_off_target`]), beyond the rows recorded as failed in this job.
async fn rows_behind(
    db: &Database,
    registry: &Registry,
    basename: &str,
    engine: &Engine,
    off_target: &[BTreeMap<String, i64>],
    job_id: i64,
) -> Result<Vec<(String, String)>> {
    let client = db.client().await?;
    let mut behind = Vec::new();
    for (col, versions) in registry
        .protected_columns_for(basename)
        .into_iter()
        .zip(off_target)
    {
        if !engine
            .columns
            .contains_key(&(col.table.clone(), col.column.clone()))
        {
            continue;
        }
        let remaining: i64 = versions.values().sum();
        let failed = jobs::failed_rows_in(&**client, job_id, &col.table, &col.column).await?;
        if remaining > failed {
            behind.push((col.table.clone(), col.column.clone()));
        }
    }
    Ok(behind)
}

/// `jobs work` / `keys rotate --join`: adds this process's workers to a running job.
pub async fn join(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    job_id: i64,
    settings: EngineSettings,
    stop: Arc<StopSignal>,
    ui: &dyn Observer,
) -> Result<u64> {
    let job = {
        let client = db.client().await?;
        jobs::get(&**client, job_id).await?
    };
    preconditions(db, registry, keyring, &job.basename).await?;
    if job.status != JobStatus::Running {
        return Err(Error::data(format!(
            "job {job_id} is {}; only running jobs can be joined",
            job.status
        )));
    }
    let target = KeyId::new(&job.basename, job.target_version as u32)
        .map_err(|e| Error::data(e.to_string()))?;
    let columns: Vec<_> = registry
        .protected_columns_for(&job.basename)
        .into_iter()
        .cloned()
        .collect();
    let (work, _) = prepare_columns(db, registry, keyring, &columns, &target).await?;
    let stats: Vec<Arc<ColumnStats>> = work.values().map(|w| Arc::clone(&w.stats)).collect();
    let (_live, worker) = liveness(db).await?;
    let engine = Arc::new(Engine::new(
        db.clone(),
        KIND_ROTATION,
        job_id,
        job.executed_by,
        job.basename.clone(),
        work,
        settings,
        worker,
        stop,
    ));
    let title = format!(
        "job {job_id}: {} → {} (joined)",
        job.basename,
        job.target_key_id()
    );
    let display = ui.progress(job_id, &title, stats.clone());
    let outcome = engine.run().await;
    if outcome.as_ref().is_ok_and(|o| !o.interrupted) {
        settle_totals(&stats);
    }
    display.finish().await;
    outcome?;
    Ok(stats.iter().map(|s| s.done.load(Ordering::Relaxed)).sum())
}

/// A run that ended with no range left to claim: the progress total, which started as the
/// planner's estimate, becomes what this process did, so that the last frame reads 100 % and not
/// the estimate's error.
fn settle_totals(stats: &[Arc<ColumnStats>]) {
    for s in stats {
        // Rows that failed are reported beside the bar ("N failed"), not as work left.
        s.total
            .store(s.done.load(Ordering::Relaxed), Ordering::Relaxed);
    }
}

/// Peak resident memory of this process so far (Linux `VmHWM`), in MiB; 0 where unknown.
pub fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kib| (kib / 1024.0 * 10.0).round() / 10.0)
        .unwrap_or(0.0)
}

/// A lease long enough for slow batches; renewed at every checkpoint.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(60);

/// One column in a rotation plan.
#[derive(Debug, Clone, Serialize)]
pub struct PlanColumn {
    pub table: String,
    pub column: String,
    pub kind: &'static str,
    pub rewritable: bool,
    pub versions: std::collections::BTreeMap<String, i64>,
    pub rows_to_rewrite: i64,
    pub note: Option<&'static str>,
}

/// What `keys rotate` would do now: `keys plan` and `keys rotate --dry-run`.
#[derive(Debug, Clone, Serialize)]
pub struct RotationPlan {
    pub basename: String,
    pub active: Option<String>,
    /// The version the run would move rows onto (None: nothing to do).
    pub target: Option<String>,
    /// The run would generate the target (it does not exist yet).
    pub target_is_new: bool,
    pub reason: Option<TargetReason>,
    /// The unfinished job the run would resume.
    pub resume_job: Option<i64>,
    pub rows_to_rewrite: i64,
    pub quarantined_rows: i64,
    pub waiting_for_application: i64,
    pub assumed_rows_per_second: f64,
    pub estimate_basis: String,
    pub estimated_seconds: f64,
    pub message: String,
    pub columns: Vec<PlanColumn>,
}

const ASSUMED_RATE: f64 = 20_000.0;

/// Plans a rotation as the real run would: the same preconditions (registry against the live
/// schema, key files) and the same choice of target. Changes nothing.
pub async fn plan(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    req: &RotateRequest,
) -> Result<RotationPlan> {
    let basename = req.basename.as_str();
    preconditions(db, registry, keyring, basename).await?;
    let client = db.client().await?;
    let decision = decide(&**client, registry, basename, req).await?;
    let target = decision.target(basename);
    let active = keystore::list(&**client, Some(basename))
        .await?
        .into_iter()
        .find(|k| k.status == KeyStatus::Active)
        .map(|k| k.key_id);
    let mut columns = Vec::new();
    for c in census::census(&**client, registry, Some(basename)).await? {
        let rewritable = registry
            .protected_column(&c.table, &c.column)
            .is_some_and(|p| p.idctl_can_rewrite());
        let to_rewrite = match &target {
            Some(t) if rewritable => c.rows_not_under(&t.key_id),
            _ => 0,
        };
        columns.push(PlanColumn {
            rows_to_rewrite: to_rewrite,
            note: (!rewritable)
                .then_some("not rewritten by idctl (rehashed by the application on next use)"),
            table: c.table,
            column: c.column,
            kind: c.kind,
            rewritable,
            versions: c.versions,
        });
    }
    let rows: i64 = columns.iter().map(|c| c.rows_to_rewrite).sum();
    let last_rate = jobs::latest_for(&**client, basename)
        .await?
        .and_then(|j| j.result)
        .and_then(|r| r.get("rows_per_second").and_then(|v| v.as_f64()))
        .filter(|r| *r > 0.0);
    let (rate, basis) = match last_rate {
        Some(r) => (
            r,
            "rows/s of the last rotation of this basename".to_string(),
        ),
        None => (
            ASSUMED_RATE,
            "assumed (no previous rotation of this basename)".to_string(),
        ),
    };
    let (quarantined, waiting, message) = match &decision {
        Decision::NothingToDo(idle) => (
            idle.quarantined_rows,
            idle.waiting_for_application,
            RotationReport::idle(basename, idle, vec![], Instant::now()).message,
        ),
        _ => {
            let t = target
                .as_ref()
                .map(|t| t.key_id.clone())
                .unwrap_or_default();
            let waiting: i64 = columns
                .iter()
                .filter(|c| !c.rewritable)
                .map(|c| {
                    c.versions
                        .iter()
                        .filter(|(k, _)| k.as_str() != t && !k.starts_with('('))
                        .map(|(_, n)| n)
                        .sum::<i64>()
                })
                .sum();
            let what = match &decision {
                Decision::Resume(job) => format!("resume job {} ({basename} → {t})", job.id),
                Decision::Start { existing: None, .. } => {
                    format!(
                        "generate {t}, activate it, and move {} onto it",
                        crate::text::count(rows, "row", "rows")
                    )
                }
                _ => format!("move {} onto {t}", crate::text::count(rows, "row", "rows")),
            };
            (0, waiting, what)
        }
    };
    Ok(RotationPlan {
        basename: basename.to_string(),
        active,
        target: target.as_ref().map(|t| t.key_id.clone()),
        target_is_new: target.as_ref().is_some_and(|t| t.new),
        reason: target.as_ref().map(|t| t.reason),
        resume_job: target.as_ref().and_then(|t| t.job_id),
        rows_to_rewrite: rows,
        quarantined_rows: quarantined,
        waiting_for_application: waiting,
        assumed_rows_per_second: rate.round(),
        estimate_basis: basis,
        estimated_seconds: (rows as f64 / rate * 10.0).round() / 10.0,
        message,
        columns,
    })
}
