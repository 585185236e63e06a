//! What `idctl doctor` asks the server beyond what other commands already read: jobs nobody is
//! working on any more, protected columns whose key-version column has no index, how the
//! application's roles wait for locks, and how far replicas lag.
//!
//! Each probe reads the catalogue or idctl's own job tables and changes nothing; the judgement
//! (is it a problem, how bad, what to do) belongs to `ops::doctor`.

use tokio_postgres::GenericClient;

use crate::db::locks::keys::ROTATION_NAMESPACE;
use crate::db::row::RowExt;
use crate::error::Result;

/// A job that says it is running while nobody works on it: its worker was killed (kill -9, a lost
/// host) between checkpoints. It waits for `jobs resume` or the next `keys rotate` / `run-due`.
#[derive(Debug, Clone)]
pub struct StaleJob {
    /// `key_rotation` or `pq_migration` (`job_ranges.job_kind`).
    pub kind: String,
    pub id: i64,
    /// The rotation's basename (empty for other kinds).
    pub basename: String,
    /// Ranges still marked running whose worker's connection is gone.
    pub stale_ranges: i64,
    /// Seconds since the job's newest heartbeat (or its start, when no range ever beat).
    pub idle_seconds: Option<f64>,
}

/// Jobs with ranges leased by workers whose connection is gone, and rotations marked running that
/// no session holds the rotation lock of and no live worker leases a range of.
pub async fn stale_jobs(client: &impl GenericClient) -> Result<Vec<StaleJob>> {
    let rows = client
        .query(
            "WITH live AS (SELECT pid FROM pg_stat_activity),
                  dead_ranges AS (
                    SELECT r.job_kind, r.job_id, count(*)::bigint AS n,
                           extract(epoch FROM now() - max(r.heartbeat_at))::float8 AS idle
                      FROM job_ranges r
                     WHERE r.status = 'running'
                       AND (r.lease_backend_pid IS NULL OR r.lease_backend_pid NOT IN (SELECT pid FROM live))
                     GROUP BY r.job_kind, r.job_id),
                  unlocked AS (
                    SELECT 'key_rotation'::text AS job_kind, j.id AS job_id, j.basename::text AS basename,
                           extract(epoch FROM now() - coalesce(
                               (SELECT max(r.heartbeat_at) FROM job_ranges r
                                 WHERE r.job_kind = 'key_rotation' AND r.job_id = j.id),
                               j.started_at, j.created_at))::float8 AS idle
                      FROM key_rotation_jobs j
                     WHERE j.status = 'running'
                       AND NOT EXISTS (
                           SELECT 1 FROM pg_locks l
                            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                              AND l.classid::bigint = (hashtextextended($1::text || j.basename, 0) >> 32) & 4294967295
                              AND l.objid::bigint = hashtextextended($1::text || j.basename, 0) & 4294967295)
                       AND NOT EXISTS (
                           SELECT 1 FROM job_ranges r
                            WHERE r.job_kind = 'key_rotation' AND r.job_id = j.id AND r.status = 'running'
                              AND r.lease_backend_pid IN (SELECT pid FROM live)))
             SELECT coalesce(d.job_kind, u.job_kind), coalesce(d.job_id, u.job_id),
                    coalesce(u.basename, (SELECT j.basename::text FROM key_rotation_jobs j
                                           WHERE d.job_kind = 'key_rotation' AND j.id = d.job_id), ''),
                    coalesce(d.n, 0), coalesce(d.idle, u.idle)
               FROM dead_ranges d FULL JOIN unlocked u ON u.job_kind = d.job_kind AND u.job_id = d.job_id
              ORDER BY 2",
            &[&ROTATION_NAMESPACE],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(StaleJob {
                kind: r.col(0)?,
                id: r.col(1)?,
                basename: r.col(2)?,
                stale_ranges: r.col(3)?,
                idle_seconds: r.col(4)?,
            })
        })
        .collect()
}

/// Whether some index of `table` (a registry table name) starts with `column`.
pub async fn has_leading_index(
    client: &impl GenericClient,
    table: &str,
    column: &str,
) -> Result<bool> {
    client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_index i
                              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                             WHERE i.indrelid = to_regclass(quote_ident($1)) AND a.attname = $2)",
            &[&table, &column],
        )
        .await?
        .col(0)
}

/// A role other than this session's that can log in and may update `tables`: the application, as
/// far as the catalogue can tell. `lock_timeout` is its own setting (role, or role in this
/// database), else the database's default, else None (unset: it waits for locks forever).
#[derive(Debug, Clone)]
pub struct WriterRole {
    pub role: String,
    pub lock_timeout: Option<String>,
}

pub async fn writer_roles(
    client: &impl GenericClient,
    tables: &[String],
) -> Result<Vec<WriterRole>> {
    let rows = client
        .query(
            "WITH db AS (SELECT oid FROM pg_database WHERE datname = current_database()),
                  setting AS (
                    SELECT s.setrole, s.setdatabase, split_part(c, '=', 2) AS value
                      FROM pg_db_role_setting s, unnest(s.setconfig) c
                     WHERE split_part(c, '=', 1) = 'lock_timeout')
             SELECT r.rolname::text,
                    coalesce((SELECT value FROM setting WHERE setrole = r.oid AND setdatabase = (SELECT oid FROM db)),
                             (SELECT value FROM setting WHERE setrole = r.oid AND setdatabase = 0),
                             (SELECT value FROM setting WHERE setrole = 0 AND setdatabase = (SELECT oid FROM db)))
               FROM pg_roles r
              WHERE r.rolcanlogin AND NOT r.rolsuper AND r.rolname <> current_user
                AND EXISTS (SELECT 1 FROM unnest($1::text[]) t
                             WHERE to_regclass(quote_ident(t)) IS NOT NULL
                               AND has_table_privilege(r.oid, to_regclass(quote_ident(t)), 'UPDATE'))
              ORDER BY 1",
            &[&tables],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(WriterRole {
                role: r.col(0)?,
                lock_timeout: r
                    .col::<Option<String>>(1)?
                    .filter(|v| !v.is_empty() && v != "0"),
            })
        })
        .collect()
}

/// A streaming replica and how far behind it replays (None: no lag measured yet).
#[derive(Debug, Clone)]
pub struct Replica {
    pub name: String,
    pub replay_lag_seconds: Option<f64>,
}

pub async fn replicas(client: &impl GenericClient) -> Result<Vec<Replica>> {
    let rows = client
        .query(
            "SELECT coalesce(nullif(application_name, ''), host(client_addr), pid::text),
                    extract(epoch FROM replay_lag)::float8
               FROM pg_stat_replication ORDER BY 1",
            &[],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Replica {
                name: r.col(0)?,
                replay_lag_seconds: r.col(1)?,
            })
        })
        .collect()
}

/// Key versions left pending (generated, never activated) with no unfinished rotation targeting
/// them, and how long ago they were created.
pub async fn abandoned_pending_versions(client: &impl GenericClient) -> Result<Vec<(String, f64)>> {
    let rows = client
        .query(
            "SELECT k.basename || ':v' || k.version, extract(epoch FROM now() - k.created_at)::float8
               FROM crypto_keys k
              WHERE k.status = 'pending'
                AND NOT EXISTS (SELECT 1 FROM key_rotation_jobs j
                                 WHERE j.basename = k.basename AND j.target_version = k.version
                                   AND j.status IN ('pending', 'running'))
              ORDER BY 1",
            &[],
        )
        .await?;
    rows.iter()
        .map(|r| Ok((r.col(0)?, r.col::<Option<f64>>(1)?.unwrap_or(0.0))))
        .collect()
}
