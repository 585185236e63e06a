//! Advisory locks that make "one at a time" hold across hosts, with a useful answer when the lock
//! is taken: who holds it (pid, application, role, client, since when), so that the second operator
//! knows whom to ask, and exit 75 so that a script knows to retry later. idctl never waits for such a
//! lock: a migration or rotation queued behind another one would only repeat its work.

use chrono::{DateTime, Utc};
use tokio_postgres::GenericClient;

use crate::db::row::RowExt;
use crate::error::{Error, Result};

/// Well-known advisory lock keys (64-bit, taken with `pg_try_advisory_lock(bigint)`).
pub mod keys {
    /// `db migrate`: one migration runner at a time.
    pub const MIGRATIONS: i64 = 0x6964_6374_6c00_0001;
    /// `users bootstrap-admin`: one first operator (transaction-scoped).
    pub const BOOTSTRAP_ADMIN: i64 = 0x6964_6374_6c00_0002;
    /// Changes to who may operate idctl (lock, unlock, grant, revoke): serialised so that two
    /// concurrent locks cannot each leave the other as the last operator (transaction-scoped).
    pub const OPERATORS: i64 = 0x6964_6374_6c00_0003;
    /// `deletion run`: the class (upper 32 bits) of one lock per deletion job, whose lower 32 bits
    /// are the job id; held by the job's runner for the whole run (session-level).
    pub const DELETION_JOB_CLASS: i64 = 0x6964_6c64;
    /// Appending to the audit chain (transaction-scoped), taken by migration 0008's trigger
    /// function `idctl_audit_chain_append`, which spells it in decimal; a test checks they agree.
    pub const AUDIT_CHAIN: i64 = 0x6964_6374_6c00_0004;
    /// `keys rotate`: one rotation per basename, the session lock
    /// `hashtextextended(ROTATION_NAMESPACE || basename, 0)`, held by the rotation's coordinator for
    /// the whole run (and looked for by `idctl doctor` to tell a running job from an abandoned one).
    pub const ROTATION_NAMESPACE: &str = "idctl:rotate:";
}

/// Describes the session holding advisory lock `key`, if any.
pub async fn describe_holder(client: &impl GenericClient, key: i64) -> Result<Option<String>> {
    let classid = (key >> 32) as u32 as i64;
    let objid = key as u32 as i64;
    let row = client
        .query_opt(
            "SELECT a.pid, a.application_name, a.usename::text, coalesce(host(a.client_addr), 'local socket'), a.backend_start
               FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
              WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND l.classid::bigint = $1 AND l.objid::bigint = $2
              LIMIT 1",
            &[&classid, &objid],
        )
        .await?;
    let Some(r) = row else {
        return Ok(None);
    };
    let pid: i32 = r.col(0)?;
    let app: Option<String> = r.col(1)?;
    let user: Option<String> = r.col(2)?;
    let from: Option<String> = r.col(3)?;
    let since: Option<DateTime<Utc>> = r.col(4)?;
    Ok(Some(format!(
        "pid {pid}, application {:?}, role {}, from {}, connected since {}",
        app.unwrap_or_default(),
        user.unwrap_or_else(|| "?".into()),
        from.unwrap_or_else(|| "?".into()),
        since
            .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
            .unwrap_or_else(|| "?".into())
    )))
}

/// Tries session-level advisory lock `key` on `client` (a dedicated connection): true if taken.
pub async fn try_session(client: &tokio_postgres::Client, key: i64) -> Result<bool> {
    client
        .query_one("SELECT pg_try_advisory_lock($1)", &[&key])
        .await?
        .col(0)
}

/// Tries the session lock of one rotation: `hashtextextended(ROTATION_NAMESPACE || basename, 0)`.
pub async fn try_rotation(client: &tokio_postgres::Client, basename: &str) -> Result<bool> {
    client
        .query_one(
            "SELECT pg_try_advisory_lock(hashtextextended($2::text || $1::text, 0))",
            &[&basename, &keys::ROTATION_NAMESPACE],
        )
        .await?
        .col(0)
}

/// Takes session-level advisory lock `key` on `client` (which must be a dedicated connection, see
/// `Database::dedicated`) or fails with exit 75 naming the holder. `what` names the activity for the
/// message ("a migration").
pub async fn try_session_lock(client: &tokio_postgres::Client, key: i64, what: &str) -> Result<()> {
    let got: bool = client
        .query_one("SELECT pg_try_advisory_lock($1)", &[&key])
        .await?
        .col(0)?;
    if got {
        return Ok(());
    }
    let holder = describe_holder(client, key)
        .await?
        .unwrap_or_else(|| "a session that has just ended".into());
    Err(
        Error::temp_fail(format!("{what} is already running ({holder})"))
            .with_hint("wait for it to finish, then run the command again"),
    )
}

pub async fn session_unlock(client: &tokio_postgres::Client, key: i64) -> Result<()> {
    client
        .execute("SELECT pg_advisory_unlock($1)", &[&key])
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    /// The audit chain's trigger function takes the same lock as `keys::AUDIT_CHAIN`.
    #[test]
    fn audit_chain_lock_key_matches_the_migration() {
        let sql = include_str!("../../migrations/0008_signatures_audit_chain.sql");
        let needle = format!("pg_advisory_xact_lock({})", super::keys::AUDIT_CHAIN);
        assert!(sql.contains(&needle), "{needle} not in migration 0008");
    }
}
