//! Schema migrations: embedded in the binary, checksummed, one runner at a time, each in its own
//! transaction.
//!
//! The files in `migrations/` are compiled in (see `build.rs`), so the binary that runs
//! `db migrate` is the only thing a host needs. Applied migrations are recorded in
//! `idctl_schema_migrations` with the SHA-256 of their text: a migration edited after it was applied
//! is refused (the database would silently differ from what the file says), and so is a database
//! migrated by a newer idctl than this one. The runner holds a session advisory lock on a dedicated
//! connection; a second runner does not wait but exits 75 naming the first.

use std::time::Instant;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::locks;
use crate::db::row::RowExt;
use crate::error::{Error, Result};

/// A migration compiled into the binary.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedMigration {
    pub version: i32,
    pub name: &'static str,
    pub sql: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

impl EmbeddedMigration {
    /// Lower-case hex SHA-256 of the migration's text.
    pub fn checksum(&self) -> String {
        hex::encode(Sha256::digest(self.sql.as_bytes()))
    }
    pub fn label(&self) -> String {
        format!("{:04}_{}", self.version, self.name)
    }
}

pub fn embedded() -> &'static [EmbeddedMigration] {
    EMBEDDED_MIGRATIONS
}

/// Which migrations a database gets: the full identity schema (migrations/), or only idctl's own
/// tables in a schema of their own (migrations/bookkeeping/), as the registry's `[bookkeeping]`
/// section says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrationSet {
    Full,
    /// The bookkeeping tables, in `schema` (a valid identifier: the registry checked it).
    Bookkeeping {
        schema: String,
    },
}

impl MigrationSet {
    /// The set the registry calls for.
    pub fn of(registry: &crate::registry::Registry) -> MigrationSet {
        match &registry.bookkeeping {
            Some(b) => MigrationSet::Bookkeeping {
                schema: b.schema.clone(),
            },
            None => MigrationSet::Full,
        }
    }

    pub fn migrations(&self) -> &'static [EmbeddedMigration] {
        match self {
            MigrationSet::Full => EMBEDDED_MIGRATIONS,
            MigrationSet::Bookkeeping { .. } => BOOKKEEPING_MIGRATIONS,
        }
    }

    /// The history table, qualified with the bookkeeping schema (never found elsewhere on the
    /// search path by accident).
    fn history_table(&self) -> String {
        match self {
            MigrationSet::Full => "idctl_schema_migrations".into(),
            MigrationSet::Bookkeeping { schema } => {
                format!("{}.idctl_schema_migrations", crate::census::ident(schema))
            }
        }
    }

    /// `full` or `bookkeeping`, as reports name it.
    pub fn name(&self) -> &'static str {
        match self {
            MigrationSet::Full => "full",
            MigrationSet::Bookkeeping { .. } => "bookkeeping",
        }
    }
}

const CREATE_HISTORY_TABLE: &str = "
CREATE TABLE IF NOT EXISTS idctl_schema_migrations (
    version          integer PRIMARY KEY,
    name             text NOT NULL,
    checksum         char(64) NOT NULL,
    applied_at       timestamptz NOT NULL DEFAULT now(),
    applied_by       text NOT NULL DEFAULT current_user,
    application_name text NOT NULL DEFAULT current_setting('application_name'),
    execution_ms     integer NOT NULL
);
COMMENT ON TABLE idctl_schema_migrations IS 'Designed by idctl: the schema migrations applied by idctl db migrate.';
";

/// Where one migration stands in a database (`state` in `db status` and `db migrate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Applied, with the text compiled into this idctl.
    Applied,
    /// Compiled into this idctl, not applied yet.
    Pending,
    /// Applied, but the file differs now.
    Changed,
    /// Applied by a newer idctl: not compiled into this one.
    Unknown,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Applied => "applied",
            State::Pending => "pending",
            State::Changed => "changed",
            State::Unknown => "unknown",
        }
    }
}

/// State of one migration, as `db status` and `db migrate` report it.
#[derive(Debug, Clone, Serialize)]
pub struct MigrationState {
    pub version: i32,
    pub name: String,
    pub state: State,
    pub checksum: String,
    pub applied_at: Option<DateTime<Utc>>,
    pub applied_by: Option<String>,
    pub application_name: Option<String>,
    pub execution_ms: Option<i32>,
}

struct AppliedRow {
    version: i32,
    name: String,
    checksum: String,
    applied_at: DateTime<Utc>,
    applied_by: String,
    application_name: String,
    execution_ms: i32,
}

async fn applied_rows(
    client: &impl tokio_postgres::GenericClient,
    set: &MigrationSet,
) -> Result<Vec<AppliedRow>> {
    let table = set.history_table();
    let exists: bool = client
        .query_one("SELECT to_regclass($1) IS NOT NULL", &[&table])
        .await?
        .col(0)?;
    if !exists {
        return Ok(Vec::new());
    }
    let rows = client
        .query(
            &format!(
                "SELECT version, name, trim(checksum), applied_at, applied_by, application_name, execution_ms
               FROM {table} ORDER BY version"
            ),
            &[],
        )
        .await?;
    rows.into_iter()
        .map(|r| {
            Ok(AppliedRow {
                version: r.col(0)?,
                name: r.col(1)?,
                checksum: r.col(2)?,
                applied_at: r.col(3)?,
                applied_by: r.col(4)?,
                application_name: r.col(5)?,
                execution_ms: r.col(6)?,
            })
        })
        .collect()
}

/// Compares the database's history with the embedded migrations.
pub async fn status(
    client: &impl tokio_postgres::GenericClient,
    set: &MigrationSet,
) -> Result<Vec<MigrationState>> {
    let applied = applied_rows(client, set).await?;
    let embedded = set.migrations();
    let mut states = Vec::new();
    for m in embedded {
        let checksum = m.checksum();
        let state = match applied.iter().find(|a| a.version == m.version) {
            Some(a) => MigrationState {
                version: m.version,
                name: m.name.to_string(),
                state: if a.checksum == checksum {
                    State::Applied
                } else {
                    State::Changed
                },
                checksum,
                applied_at: Some(a.applied_at),
                applied_by: Some(a.applied_by.clone()),
                application_name: Some(a.application_name.clone()),
                execution_ms: Some(a.execution_ms),
            },
            None => MigrationState {
                version: m.version,
                name: m.name.to_string(),
                state: State::Pending,
                checksum,
                applied_at: None,
                applied_by: None,
                application_name: None,
                execution_ms: None,
            },
        };
        states.push(state);
    }
    for a in applied
        .iter()
        .filter(|a| !embedded.iter().any(|m| m.version == a.version))
    {
        states.push(MigrationState {
            version: a.version,
            name: a.name.clone(),
            state: State::Unknown,
            checksum: a.checksum.clone(),
            applied_at: Some(a.applied_at),
            applied_by: Some(a.applied_by.clone()),
            application_name: Some(a.application_name.clone()),
            execution_ms: Some(a.execution_ms),
        });
    }
    states.sort_by_key(|s| s.version);
    Ok(states)
}

/// Refuses a history that this binary cannot safely build on.
pub fn check_history(states: &[MigrationState], set: &MigrationSet) -> Result<()> {
    if let Some(changed) = states.iter().find(|s| s.state == State::Changed) {
        let now = set
            .migrations()
            .iter()
            .find(|m| m.version == changed.version)
            .map(|m| m.checksum())
            .unwrap_or_default();
        return Err(Error::data(format!(
            "migration {:04}_{} was changed after it was applied (checksum in the database {}…, in this idctl {}…)",
            changed.version,
            changed.name,
            &changed.checksum.chars().take(12).collect::<String>(),
            &now[..12.min(now.len())]
        ))
        .with_hint("an applied migration must never be edited: restore its original text and add a new migration for the change"));
    }
    if let Some(unknown) = states.iter().find(|s| s.state == State::Unknown) {
        return Err(Error::config(format!(
            "the database has migration {:04}_{}, which this idctl does not know: it was migrated by a newer idctl",
            unknown.version, unknown.name
        ))
        .with_hint("use an idctl at least as new as the one that migrated this database"));
    }
    Ok(())
}

/// What `db migrate` did (or, with `dry_run`, would do).
#[derive(Debug, Serialize)]
pub struct MigrateReport {
    pub dry_run: bool,
    pub applied_count: usize,
    pub migrations: Vec<MigrationState>,
}

/// Applies every pending migration, each in its own transaction, holding the migration lock.
/// `client` must be a dedicated connection (the lock is session-level). `statement_timeout_ms` is set
/// for the migration transactions (0 = no limit: building an index on a large table takes time).
pub async fn migrate(
    client: &mut tokio_postgres::Client,
    set: &MigrationSet,
    dry_run: bool,
    statement_timeout_ms: u128,
) -> Result<MigrateReport> {
    if dry_run {
        let states = status(&*client, set).await?;
        check_history(&states, set)?;
        let pending: Vec<_> = states
            .into_iter()
            .filter(|s| s.state == State::Pending)
            .collect();
        return Ok(MigrateReport {
            dry_run,
            applied_count: 0,
            migrations: pending,
        });
    }
    locks::try_session_lock(
        client,
        locks::keys::MIGRATIONS,
        "another `idctl db migrate`",
    )
    .await?;
    let result = apply_pending(client, set, statement_timeout_ms).await;
    // The lock also ends with the connection; unlocking explicitly keeps the session reusable.
    let unlock = locks::session_unlock(client, locks::keys::MIGRATIONS).await;
    let report = result?;
    unlock?;
    Ok(report)
}

async fn apply_pending(
    client: &mut tokio_postgres::Client,
    set: &MigrationSet,
    statement_timeout_ms: u128,
) -> Result<MigrateReport> {
    // The bookkeeping schema is created first; its migrations then run with only that schema on
    // the search path, so that everything they create lands there and nothing can reach (or
    // alter) the application's tables by an unqualified name.
    let search_path = match set {
        MigrationSet::Full => None,
        MigrationSet::Bookkeeping { schema } => {
            let schema = crate::census::ident(schema);
            client
                .batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
                .await?;
            Some(schema)
        }
    };
    let history = set.history_table();
    client
        .batch_execute(&CREATE_HISTORY_TABLE.replace("idctl_schema_migrations", &history))
        .await?;
    let states = status(&*client, set).await?;
    check_history(&states, set)?;
    let mut done = Vec::new();
    for m in set.migrations() {
        if states
            .iter()
            .any(|s| s.version == m.version && s.state != State::Pending)
        {
            continue;
        }
        let started = Instant::now();
        let tx = client.transaction().await?;
        tx.batch_execute(&format!(
            "SET LOCAL statement_timeout = {statement_timeout_ms}"
        ))
        .await?;
        if let Some(schema) = &search_path {
            tx.batch_execute(&format!("SET LOCAL search_path = {schema}"))
                .await?;
        }
        tx.batch_execute(m.sql)
            .await
            .map_err(|e| Error::from(e).context(format!("migration {} failed", m.label())))?;
        let ms = started.elapsed().as_millis().min(i32::MAX as u128) as i32;
        tx.execute(
            &format!("INSERT INTO {history} (version, name, checksum, execution_ms) VALUES ($1, $2, $3, $4)"),
            &[&m.version, &m.name, &m.checksum(), &ms],
        )
        .await?;
        tx.commit().await?;
        tracing::info!("applied migration {} in {ms} ms", m.label());
        done.push(m.version);
    }
    let states = status(&*client, set).await?;
    let applied: Vec<_> = states
        .into_iter()
        .filter(|s| done.contains(&s.version))
        .collect();
    Ok(MigrateReport {
        dry_run: false,
        applied_count: applied.len(),
        migrations: applied,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_keep_their_wire_names() {
        for s in [
            State::Applied,
            State::Pending,
            State::Changed,
            State::Unknown,
        ] {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
    }

    #[test]
    fn every_migration_file_is_embedded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".sql"))
            .collect();
        on_disk.sort();
        let compiled_in: Vec<String> = embedded()
            .iter()
            .map(|m| format!("{}.sql", m.label()))
            .collect();
        assert_eq!(compiled_in, on_disk);
        for m in embedded() {
            let text = std::fs::read_to_string(format!("{dir}/{}.sql", m.label())).unwrap();
            assert_eq!(m.sql, text, "{} is embedded as it is on disk", m.label());
        }
    }

    #[test]
    fn embedded_migrations_are_ordered_and_named() {
        let versions: Vec<i32> = embedded().iter().map(|m| m.version).collect();
        let mut sorted = versions.clone();
        sorted.sort();
        assert_eq!(versions, sorted);
        for m in embedded() {
            assert!(
                m.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{}",
                m.name
            );
            assert_eq!(m.checksum().len(), 64);
            assert!(
                !m.sql.contains("CONCURRENTLY"),
                "{}: runs inside a transaction",
                m.label()
            );
        }
    }
}
