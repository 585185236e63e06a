//! Jobs and their work units, kept in the database, which is the only coordinator.
//!
//! A job row (`key_rotation_jobs`; later `pq_migration_jobs`) owns ranges in `job_ranges`: one or
//! more primary-key ranges per protected column. Workers, in this process or in `idctl jobs work`
//! on other hosts, claim a range with `FOR UPDATE SKIP LOCKED` and hold it with a lease. A lease
//! ends when it expires, or at once when the worker's liveness connection (`lease_backend_pid`)
//! is gone from `pg_stat_activity`: a worker killed with -9 loses its connection, and its range is
//! reclaimed by the next worker without waiting. A range's checkpoint moves in the same statement
//! as the batch it covers (`checkpointed_write`, used by `worker`), so work is never lost and never
//! redone.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio_postgres::GenericClient;

use super::scan::ColumnTable;
use crate::census::ident;
use crate::db::row::RowExt;
use crate::error::{Error, Reason, Result};

pub const KIND_ROTATION: &str = "key_rotation";
/// `job_ranges.job_kind` of a post-quantum migration (`pq_migration_jobs`).
pub const KIND_PQ_MIGRATION: &str = "pq_migration";

/// The table holding the jobs of a `job_ranges.job_kind`.
pub fn job_table(kind: &str) -> &'static str {
    if kind == KIND_PQ_MIGRATION {
        "pq_migration_jobs"
    } else {
        "key_rotation_jobs"
    }
}

/// Start of the message of a checkpoint refused because another worker took the range over (its
/// lease had expired): the worker drops that range and claims another. Code matches on
/// `Reason::LeaseLost`, never on this text.
pub const LEASE_LOST: &str = "lease lost";

/// The state of a job (`key_rotation_jobs.status`, later `pq_migration_jobs.status`; the schema's
/// CHECK constraint lists the same values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    /// Created (scheduled, or not started yet); `run-due` starts it when its time comes.
    Pending,
    /// Started; workers may hold its ranges.
    Running,
    Completed,
    /// Finished with rows that could not be rewritten (quarantined).
    CompletedWithErrors,
    Failed,
    /// An operator cancelled it (`jobs cancel`).
    Cancelled,
}

impl JobStatus {
    pub const ALL: [JobStatus; 6] = [
        JobStatus::Pending,
        JobStatus::Running,
        JobStatus::Completed,
        JobStatus::CompletedWithErrors,
        JobStatus::Failed,
        JobStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Pending => "pending",
            JobStatus::Running => "running",
            JobStatus::Completed => "completed",
            JobStatus::CompletedWithErrors => "completed_with_errors",
            JobStatus::Failed => "failed",
            JobStatus::Cancelled => "cancelled",
        }
    }

    /// The status read from row `id` of `table`: a value idctl does not know (a database edited by
    /// hand, or by a newer idctl) is bad data (65), never a panic or a silent default.
    pub fn parse(table: &str, id: i64, s: &str) -> Result<Self> {
        JobStatus::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                unknown_value(
                    table,
                    id,
                    "status",
                    s,
                    JobStatus::ALL.map(JobStatus::as_str),
                )
            })
    }

    /// Pending or running: work remains, and `jobs resume`, `run-due` or `keys rotate` takes it up.
    pub fn is_unfinished(self) -> bool {
        matches!(self, JobStatus::Pending | JobStatus::Running)
    }
}

impl std::fmt::Display for JobStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The state of a range (`job_ranges.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RangeStatus {
    Pending,
    /// Claimed by a worker (under a lease).
    Running,
    Done,
    Failed,
    Cancelled,
}

impl RangeStatus {
    pub const ALL: [RangeStatus; 5] = [
        RangeStatus::Pending,
        RangeStatus::Running,
        RangeStatus::Done,
        RangeStatus::Failed,
        RangeStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RangeStatus::Pending => "pending",
            RangeStatus::Running => "running",
            RangeStatus::Done => "done",
            RangeStatus::Failed => "failed",
            RangeStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(id: i64, s: &str) -> Result<Self> {
        RangeStatus::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                unknown_value(
                    "job_ranges",
                    id,
                    "status",
                    s,
                    RangeStatus::ALL.map(RangeStatus::as_str),
                )
            })
    }
}

impl std::fmt::Display for RangeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value idctl does not know in a column it reads: exit 65, naming the row and what is known.
fn unknown_value<const N: usize>(
    table: &str,
    id: i64,
    column: &str,
    value: &str,
    known: [&str; N],
) -> Error {
    Error::data(format!(
        "{table} row {id} has an unknown {column} {}",
        crate::error::quoted_short(value, 40)
    ))
    .with_hint(format!(
        "idctl knows {}; the row was changed by something other than this version of idctl",
        known.join(", ")
    ))
}

/// A key rotation job (`key_rotation_jobs`).
#[derive(Debug, Clone, Serialize)]
pub struct RotationJob {
    pub id: i64,
    pub basename: String,
    pub target_version: i32,
    /// The target as a key id (`profile:v3`), the shape `keys rotate` reports it in.
    pub target: String,
    pub status: JobStatus,
    pub attempts: i32,
    pub executed_by: Option<i64>,
    pub scheduled_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub created_at: Option<DateTime<Utc>>,
    /// The result document (JSON), once finished.
    pub result: Option<serde_json::Value>,
}

impl RotationJob {
    pub fn target_key_id(&self) -> String {
        format!("{}:v{}", self.basename, self.target_version)
    }
    pub fn is_unfinished(&self) -> bool {
        self.status.is_unfinished()
    }
}

const SELECT_JOB: &str =
    "SELECT id, basename, target_version, status, coalesce(attempts, 0), executed_by,
        scheduled_at, started_at, finished_at, created_at, result FROM key_rotation_jobs";

/// A job row; a value of the wrong type or shape (a database idctl did not create, or edited by
/// hand) is a clear error, never a panic or a silently dropped result.
fn job(row: &tokio_postgres::Row) -> Result<RotationJob> {
    let id: i64 = row.col(0)?;
    let result: Option<String> = row.col(10)?;
    let result = match result {
        None => None,
        Some(text) => Some(serde_json::from_str(&text).map_err(|e| {
            Error::data(format!(
                "key_rotation_jobs row {id}: result is not JSON ({e})"
            ))
        })?),
    };
    let target_version: i32 = row
        .col::<Option<i32>>(2)?
        .ok_or_else(|| Error::data(format!("key_rotation_jobs row {id} has no target_version")))?;
    let basename: String = row.col(1)?;
    Ok(RotationJob {
        id,
        target: format!("{basename}:v{target_version}"),
        basename,
        target_version,
        status: JobStatus::parse("key_rotation_jobs", id, row.col(3)?)?,
        attempts: row.col(4)?,
        executed_by: row.col(5)?,
        scheduled_at: row.col(6)?,
        started_at: row.col(7)?,
        finished_at: row.col(8)?,
        created_at: row.col(9)?,
        result,
    })
}

pub async fn get(client: &impl GenericClient, id: i64) -> Result<RotationJob> {
    let row = client
        .query_opt(&format!("{SELECT_JOB} WHERE id = $1"), &[&id])
        .await?
        .ok_or_else(|| Error::data(format!("no job {id}")).with_hint("see `idctl jobs list`"))?;
    job(&row)
}

pub async fn list(client: &impl GenericClient, limit: i64) -> Result<Vec<RotationJob>> {
    let rows = client
        .query(
            &format!("{SELECT_JOB} ORDER BY id DESC LIMIT $1"),
            &[&limit],
        )
        .await?;
    rows.iter().map(job).collect()
}

pub async fn unfinished_for(
    client: &impl GenericClient,
    basename: &str,
) -> Result<Option<RotationJob>> {
    let row = client
        .query_opt(&format!("{SELECT_JOB} WHERE basename = $1 AND status IN ('pending', 'running') ORDER BY id DESC LIMIT 1"), &[&basename])
        .await?;
    row.as_ref().map(job).transpose()
}

pub async fn latest_for(
    client: &impl GenericClient,
    basename: &str,
) -> Result<Option<RotationJob>> {
    let row = client
        .query_opt(
            &format!("{SELECT_JOB} WHERE basename = $1 ORDER BY id DESC LIMIT 1"),
            &[&basename],
        )
        .await?;
    row.as_ref().map(job).transpose()
}

/// Jobs whose time has come: pending (or running, but nobody working on them) and scheduled now or
/// earlier.
pub async fn due(client: &impl GenericClient) -> Result<Vec<RotationJob>> {
    let rows = client
        .query(
            &format!("{SELECT_JOB} WHERE status IN ('pending', 'running') AND coalesce(scheduled_at, created_at, now()) <= now() ORDER BY id"),
            &[],
        )
        .await?;
    rows.iter().map(job).collect()
}

pub async fn create(
    client: &impl GenericClient,
    basename: &str,
    target_version: i32,
    actor: i64,
    scheduled_at: Option<DateTime<Utc>>,
) -> Result<RotationJob> {
    let status = if scheduled_at.is_some() {
        JobStatus::Pending
    } else {
        JobStatus::Running
    };
    let row = client
        .query_one(
            "INSERT INTO key_rotation_jobs (basename, target_version, status, attempts, executed_by, scheduled_at, started_at)
             VALUES ($1, $2, $3, $4, $5, coalesce($6, now()), CASE WHEN $3 = 'running' THEN now() END) RETURNING id",
            &[&basename, &target_version, &status.as_str(), &if status == JobStatus::Running { 1i32 } else { 0 }, &actor, &scheduled_at],
        )
        .await
        .map_err(|e| {
            if e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) {
                Error::temp_fail(format!("another rotation of {basename} was started at the same moment"))
            } else {
                e.into()
            }
        })?;
    get(client, row.col(0)?).await
}

/// Marks the job running again (a resume), counting the attempt.
pub async fn start_attempt(client: &impl GenericClient, id: i64, actor: i64) -> Result<()> {
    client
        .execute(
            "UPDATE key_rotation_jobs SET status = 'running', attempts = coalesce(attempts, 0) + 1,
                    started_at = coalesce(started_at, now()), executed_by = $2 WHERE id = $1",
            &[&id, &actor],
        )
        .await?;
    Ok(())
}

pub async fn finish(
    client: &impl GenericClient,
    id: i64,
    status: JobStatus,
    result: &serde_json::Value,
) -> Result<()> {
    client
        .execute(
            "UPDATE key_rotation_jobs SET status = $2, finished_at = now(), result = $3 WHERE id = $1",
            &[&id, &status.as_str(), &result.to_string()],
        )
        .await?;
    Ok(())
}

/// Records who cancelled a rotation job in its result (`Error::job_cancelled` names them to the
/// workers that stop on it, exit 79).
pub async fn record_canceller(client: &impl GenericClient, job_id: i64, actor: i64) -> Result<()> {
    client
        .execute(
            "UPDATE key_rotation_jobs SET result = $2 WHERE id = $1",
            &[
                &job_id,
                &serde_json::json!({"cancelled_by": actor}).to_string(),
            ],
        )
        .await?;
    Ok(())
}

pub async fn cancel(client: &impl GenericClient, id: i64) -> Result<bool> {
    let n = client
        .execute(
            "UPDATE key_rotation_jobs SET status = 'cancelled', finished_at = now() WHERE id = $1 AND status IN ('pending', 'running')",
            &[&id],
        )
        .await?;
    client
        .execute(
            "UPDATE job_ranges SET status = 'cancelled', updated_at = now()
              WHERE job_kind = $1 AND job_id = $2 AND status IN ('pending', 'running')",
            &[&KIND_ROTATION, &id],
        )
        .await?;
    Ok(n == 1)
}

/// A range of one column's rows.
#[derive(Debug, Clone, Serialize)]
pub struct JobRange {
    pub id: i64,
    pub table_name: String,
    pub column_name: String,
    pub range_start: Option<String>,
    pub range_end: Option<String>,
    /// Stored as JSON text (the last primary key done, one string per key column); shown as that
    /// JSON, not as a string holding it.
    #[serde(serialize_with = "embedded_json")]
    pub checkpoint: Option<String>,
    pub status: RangeStatus,
    pub lease_owner: Option<String>,
    pub attempts: i32,
    pub rows_done: i64,
    pub rows_failed: i64,
    pub rows_retried: i64,
}

/// A text column holding JSON, serialized as the JSON it holds (as a string when it is not JSON).
fn embedded_json<S: serde::Serializer>(
    v: &Option<String>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    match v.as_deref().map(serde_json::from_str::<serde_json::Value>) {
        Some(Ok(json)) => json.serialize(s),
        _ => v.serialize(s),
    }
}

const RANGE_COLUMNS: &str =
    "id, table_name::text, column_name::text, range_start, range_end, checkpoint, status,
        lease_owner::text, attempts, rows_done, rows_failed, rows_retried";

fn range(row: &tokio_postgres::Row) -> Result<JobRange> {
    let id: i64 = row.col(0)?;
    Ok(JobRange {
        id,
        table_name: row.col(1)?,
        column_name: row.col(2)?,
        range_start: row.col(3)?,
        range_end: row.col(4)?,
        checkpoint: row.col(5)?,
        status: RangeStatus::parse(id, row.col(6)?)?,
        lease_owner: row.col(7)?,
        attempts: row.col(8)?,
        rows_done: row.col(9)?,
        rows_failed: row.col(10)?,
        rows_retried: row.col(11)?,
    })
}

pub async fn ranges(client: &impl GenericClient, kind: &str, job_id: i64) -> Result<Vec<JobRange>> {
    let rows = client
        .query(&format!("SELECT {RANGE_COLUMNS} FROM job_ranges WHERE job_kind = $1 AND job_id = $2 ORDER BY id"), &[&kind, &job_id])
        .await?;
    rows.iter().map(range).collect()
}

/// Divides each column into up to `per_column` primary-key ranges (equal widths over an integer
/// key; one range for other key types) and records them, unless the job already has ranges for that
/// column (a resumed job keeps its ranges and checkpoints).
pub async fn plan_ranges(
    client: &impl GenericClient,
    kind: &str,
    job_id: i64,
    tables: &[ColumnTable],
    per_column: usize,
) -> Result<()> {
    for t in tables {
        let exists: bool = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM job_ranges WHERE job_kind = $1 AND job_id = $2 AND table_name = $3 AND column_name = $4)",
                &[&kind, &job_id, &t.column.table, &t.column.column],
            )
            .await?
            .col(0)?;
        if exists {
            continue;
        }
        let mut bounds: Vec<(Option<String>, Option<String>)> = vec![(None, None)];
        let integer_key =
            t.pk.len() == 1 && matches!(t.pk[0].1.as_str(), "bigint" | "integer" | "smallint");
        if integer_key && per_column > 1 {
            let row = client
                .query_one(
                    &format!(
                        "SELECT min({0})::bigint, max({0})::bigint FROM {1}",
                        ident(&t.pk[0].0),
                        t.table_sql()
                    ),
                    &[],
                )
                .await?;
            if let (Some(lo), Some(hi)) = (row.col::<Option<i64>>(0)?, row.col::<Option<i64>>(1)?) {
                bounds = range_bounds(lo, hi, per_column);
            }
        }
        // One statement for all of a column's ranges, however many.
        let starts: Vec<Option<String>> = bounds.iter().map(|(s, _)| s.clone()).collect();
        let ends: Vec<Option<String>> = bounds.iter().map(|(_, e)| e.clone()).collect();
        client
            .execute(
                "INSERT INTO job_ranges (job_kind, job_id, table_name, column_name, range_start, range_end)
                 SELECT $1, $2, $3, $4, b.range_start, b.range_end
                   FROM unnest($5::text[], $6::text[]) WITH ORDINALITY AS b(range_start, range_end, n)
                  ORDER BY b.n",
                &[&kind, &job_id, &t.column.table, &t.column.column, &starts, &ends],
            )
            .await?;
    }
    Ok(())
}

/// Up to `per_column` ranges of equal width over the integer keys `lo..=hi`, as (exclusive start,
/// inclusive end); the first starts and the last ends open. Never more ranges than keys.
fn range_bounds(lo: i64, hi: i64, per_column: usize) -> Vec<(Option<String>, Option<String>)> {
    let (lo, hi) = (lo as i128, hi as i128);
    let n = (per_column.max(1) as i128).min(hi - lo + 1).max(1);
    let width = ((hi - lo) / n).max(1);
    (0..n)
        .map(|i| {
            let start = (i > 0).then(|| (lo - 1 + i * width).to_string());
            let end = (i < n - 1).then(|| (lo - 1 + (i + 1) * width).to_string());
            (start, end)
        })
        .collect()
}

/// Who holds a lease: a name for people, and the backend pid of the worker's liveness connection.
#[derive(Debug, Clone)]
pub struct WorkerIdentity {
    pub name: String,
    pub backend_pid: i32,
}

/// Claims one range of `job_id` that is pending, or running under a lease that expired or whose
/// worker is gone. Returns `None` when there is nothing left to claim.
pub async fn claim_range(
    client: &impl GenericClient,
    kind: &str,
    job_id: i64,
    worker: &WorkerIdentity,
    lease: Duration,
) -> Result<Option<JobRange>> {
    let lease_secs = lease.as_secs_f64();
    let row = client
        .query_opt(
            &format!(
                "UPDATE job_ranges r SET status = 'running', lease_owner = $3, lease_backend_pid = $4,
                        lease_expires_at = now() + make_interval(secs => $5), heartbeat_at = now(),
                        attempts = r.attempts + 1, updated_at = now()
                  WHERE r.id = (
                        SELECT id FROM job_ranges
                         WHERE job_kind = $1 AND job_id = $2
                           AND (status = 'pending'
                                OR (status = 'running' AND (lease_expires_at < now()
                                    OR lease_backend_pid IS NULL
                                    OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = job_ranges.lease_backend_pid))))
                         ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
                 RETURNING {RANGE_COLUMNS}"
            ),
            &[&kind, &job_id, &worker.name, &worker.backend_pid, &lease_secs],
        )
        .await?;
    row.as_ref().map(range).transpose()
}

/// Ranges of the job not done yet (pending or running).
pub async fn open_ranges(client: &impl GenericClient, kind: &str, job_id: i64) -> Result<i64> {
    client
        .query_one(
            "SELECT count(*) FROM job_ranges WHERE job_kind = $1 AND job_id = $2 AND status IN ('pending', 'running')",
            &[&kind, &job_id],
        )
        .await?
        .col(0)
}

/// Moves a range's checkpoint and counters, renewing the lease; inside the batch's transaction.
/// Fails (so that the batch rolls back) when the lease is no longer ours or the job is no longer
/// running (cancelled).
#[allow(clippy::too_many_arguments)]
pub async fn checkpoint(
    client: &impl crate::db::cached::QueryCached,
    kind: &str,
    range_id: i64,
    job_id: i64,
    worker: &WorkerIdentity,
    lease: Duration,
    checkpoint: &str,
    done: i64,
    failed: i64,
    retried: i64,
) -> Result<()> {
    // The same lease check and update as a batch's own statement (`checkpointed_write`), with the
    // counters as parameters; sent once per batch that needed it: prepared once per connection.
    let pieces = checkpointed_write(kind, "$6", "$7", "$8");
    let n: i64 = client
        .query_cached(
            &format!(
                "WITH lease AS ({}), cp AS ({}) SELECT count(*) FROM cp",
                pieces.lease, pieces.checkpoint
            ),
            &[
                &range_id,
                &worker.name,
                &job_id,
                &checkpoint,
                &lease.as_secs_f64(),
                &done,
                &failed,
                &retried,
            ],
        )
        .await?
        .first()
        .ok_or_else(|| Error::internal("the checkpoint statement returned no row"))?
        .col(0)?;
    if n == 1 {
        return Ok(());
    }
    Err(not_checkpointed(client, kind, range_id, job_id).await)
}

/// Why a checkpoint was refused: the range was taken over (`Reason::LeaseLost`), the job was
/// cancelled, or it is no longer running. (Or why that could not be read.)
pub async fn not_checkpointed(
    client: &impl crate::db::cached::QueryCached,
    kind: &str,
    range_id: i64,
    job_id: i64,
) -> Error {
    let table = job_table(kind);
    let rows = match client
        .query_cached(
            &format!("SELECT status, result::text FROM {table} WHERE id = $1"),
            &[&job_id],
        )
        .await
    {
        Ok(rows) => rows,
        Err(e) => return e.into(),
    };
    let Some(row) = rows.first() else {
        return Error::data(format!("job {job_id} no longer exists"));
    };
    let status = match row
        .col(0)
        .and_then(|s: String| JobStatus::parse(table, job_id, &s))
    {
        Ok(s) => s,
        Err(e) => return e,
    };
    let result: Option<String> = row.col(1).unwrap_or(None);
    match status {
        JobStatus::Running => Error::temp_fail(format!(
            "{LEASE_LOST}: range {range_id} was taken over by another worker"
        ))
        .with_reason(Reason::LeaseLost),
        JobStatus::Cancelled => Error::job_cancelled(
            job_id,
            result
                .and_then(|r| serde_json::from_str::<serde_json::Value>(&r).ok())
                .and_then(|v| v.get("cancelled_by").and_then(serde_json::Value::as_i64)),
        ),
        other => Error::temp_fail(format!("job {job_id} is {other}; stopping"))
            .with_reason(Reason::JobNotRunning),
    }
}

/// The statement pieces with which a batch's write holds the range's lease and moves its
/// checkpoint in the same statement (`worker::write_checkpointed`), so that the common batch is one
/// round trip, committed on its own:
///
/// - `lease`, a CTE that locks the range's row while it is still ours and the job still runs:
///   the write's condition includes `EXISTS (SELECT 1 FROM lease)`, so a range taken over (or a job
///   cancelled) gets no write at all, as a rolled-back batch did before;
/// - `checkpoint`, a CTE that moves the checkpoint, adds `done`, `failed` and `retried` (SQL
///   expressions: over the write's CTE, or parameters) to the counters and renews the lease; it
///   updates one row exactly when the lease held.
///
/// [`checkpoint`] (the rare second transaction of a batch) uses the same pieces.
///
/// Parameters: `$1` range id, `$2` worker name, `$3` job id, `$4` checkpoint, `$5` lease seconds.
pub struct CheckpointedWrite {
    pub lease: String,
    pub checkpoint: String,
}

/// The number of parameters [`checkpointed_write`]'s pieces use (`$1`..`$5`).
pub const CHECKPOINTED_WRITE_PARAMS: usize = 5;

pub fn checkpointed_write(
    kind: &str,
    done: &str,
    failed: &str,
    retried: &str,
) -> CheckpointedWrite {
    let table = job_table(kind);
    CheckpointedWrite {
        lease: format!(
            "SELECT r.id FROM job_ranges r
              WHERE r.id = $1 AND r.lease_owner = $2 AND r.status = 'running'
                AND EXISTS (SELECT 1 FROM {table} j WHERE j.id = $3 AND j.status = 'running')
                FOR UPDATE OF r"
        ),
        checkpoint: format!(
            "UPDATE job_ranges SET checkpoint = $4, rows_done = rows_done + {done},
                    rows_failed = rows_failed + {failed}, rows_retried = rows_retried + {retried},
                    heartbeat_at = now(), lease_expires_at = now() + make_interval(secs => $5),
                    updated_at = now()
              WHERE id IN (SELECT id FROM lease)
              RETURNING 1"
        ),
    }
}

pub async fn finish_range(
    client: &impl GenericClient,
    range_id: i64,
    worker: &WorkerIdentity,
) -> Result<()> {
    client
        .execute(
            "UPDATE job_ranges SET status = 'done', lease_expires_at = NULL, updated_at = now()
              WHERE id = $1 AND lease_owner = $2 AND status = 'running'",
            &[&range_id, &worker.name],
        )
        .await?;
    Ok(())
}

/// Gives a range back (interrupted or deadline reached) so that another worker can take it at once.
pub async fn release_range(
    client: &impl GenericClient,
    range_id: i64,
    worker: &WorkerIdentity,
) -> Result<()> {
    client
        .execute(
            "UPDATE job_ranges SET status = 'pending', lease_owner = NULL, lease_backend_pid = NULL,
                    lease_expires_at = NULL, updated_at = now()
              WHERE id = $1 AND lease_owner = $2 AND status = 'running'",
            &[&range_id, &worker.name],
        )
        .await?;
    Ok(())
}

/// A row that could not be processed, for `jobs show`.
#[derive(Debug, Clone, Serialize)]
pub struct FailedRow {
    pub table: Option<String>,
    pub column: Option<String>,
    pub primary_key: Option<String>,
    pub error_class: Option<String>,
    pub recorded_at: Option<DateTime<Utc>>,
}

pub async fn failed_rows(
    client: &impl GenericClient,
    job_id: i64,
    limit: i64,
) -> Result<Vec<FailedRow>> {
    let rows = client
        .query(
            "SELECT meta->>'table', meta->>'column', meta->>'primary_key', meta->>'error_class', created_at
               FROM key_events WHERE job_id = $1 AND event_type = 'row_failed' AND coalesce(meta->>'job_kind', 'key_rotation') = 'key_rotation' ORDER BY id LIMIT $2",
            &[&job_id, &limit],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(FailedRow {
                table: r.col(0)?,
                column: r.col(1)?,
                primary_key: r.col(2)?,
                error_class: r.col(3)?,
                recorded_at: r.col(4)?,
            })
        })
        .collect()
}

/// Opens a cancelled or failed job again (`jobs resume`): the job runs again, its cancelled ranges
/// are pending again and keep their checkpoints, so nothing already done is redone.
pub async fn reopen(client: &impl GenericClient, kind: &str, id: i64) -> Result<bool> {
    let n = client
        .execute(
            &format!(
                "UPDATE {} SET status = 'running', finished_at = NULL
                  WHERE id = $1 AND status IN ('cancelled', 'failed')",
                job_table(kind)
            ),
            &[&id],
        )
        .await?;
    if n == 1 {
        client
            .execute(
                "UPDATE job_ranges SET status = 'pending', lease_owner = NULL, lease_backend_pid = NULL,
                        lease_expires_at = NULL, updated_at = now()
                  WHERE job_kind = $1 AND job_id = $2 AND status IN ('cancelled', 'failed')",
                &[&kind, &id],
            )
            .await?;
    }
    Ok(n == 1)
}

/// Rows rewritten by a job so far, over every attempt and every worker (the ranges' counters move
/// with each committed batch).
pub async fn rows_done_total(client: &impl GenericClient, kind: &str, job_id: i64) -> Result<i64> {
    client
        .query_one(
            "SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges WHERE job_kind = $1 AND job_id = $2",
            &[&kind, &job_id],
        )
        .await?
        .col(0)
}

/// Rows recorded as failed (quarantined) by the rotations of `basename` to `target_version`:
/// distinct table, column and primary key, over all those jobs.
pub async fn quarantined_rows(
    client: &impl GenericClient,
    basename: &str,
    target_version: i32,
) -> Result<i64> {
    client
        .query_one(
            "SELECT count(DISTINCT (e.meta->>'table', e.meta->>'column', e.meta->>'primary_key'))
               FROM key_events e JOIN key_rotation_jobs j ON j.id = e.job_id
              WHERE e.event_type = 'row_failed' AND coalesce(e.meta->>'job_kind', 'key_rotation') = 'key_rotation' AND j.basename = $1 AND j.target_version = $2",
            &[&basename, &target_version],
        )
        .await?
        .col(0)
}

/// The latest job of `basename` that targeted `version`.
pub async fn latest_targeting(
    client: &impl GenericClient,
    basename: &str,
    version: i32,
) -> Result<Option<RotationJob>> {
    let row = client
        .query_opt(
            &format!(
                "{SELECT_JOB} WHERE basename = $1 AND target_version = $2 ORDER BY id DESC LIMIT 1"
            ),
            &[&basename, &version],
        )
        .await?;
    row.as_ref().map(job).transpose()
}

/// Who is working on a job: live workers and how long ago the last heartbeat was.
#[derive(Debug, Clone, Serialize)]
pub struct Liveness {
    /// Ranges held under a lease whose worker's connection is still open.
    pub live_workers: i64,
    /// Ranges marked running whose worker is gone (killed, or its connection lost).
    pub stale_ranges: i64,
    /// Seconds since the newest heartbeat of any range (None: never started).
    pub last_heartbeat_age_seconds: Option<f64>,
}

pub async fn liveness(client: &impl GenericClient, kind: &str, job_id: i64) -> Result<Liveness> {
    let row = client
        .query_one(
            "SELECT count(DISTINCT r.lease_owner) FILTER (WHERE r.status = 'running' AND r.lease_expires_at > now()
                        AND EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = r.lease_backend_pid)),
                    count(*) FILTER (WHERE r.status = 'running' AND (r.lease_expires_at <= now() OR r.lease_backend_pid IS NULL
                        OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = r.lease_backend_pid))),
                    extract(epoch FROM now() - max(r.heartbeat_at))::float8
               FROM job_ranges r WHERE r.job_kind = $1 AND r.job_id = $2",
            &[&kind, &job_id],
        )
        .await?;
    Ok(Liveness {
        live_workers: row.col(0)?,
        stale_ranges: row.col(1)?,
        last_heartbeat_age_seconds: row
            .try_get::<_, Option<f64>>(2)?
            .map(|s| (s * 10.0).round() / 10.0),
    })
}

/// Adds an open range over a whole column (a verification pass for rows written meanwhile).
pub async fn add_range(
    client: &impl GenericClient,
    kind: &str,
    job_id: i64,
    table: &str,
    column: &str,
) -> Result<()> {
    client
        .execute(
            "INSERT INTO job_ranges (job_kind, job_id, table_name, column_name) VALUES ($1, $2, $3, $4)",
            &[&kind, &job_id, &table, &column],
        )
        .await?;
    Ok(())
}

/// Rows recorded as failed by a job.
pub async fn failed_row_count(client: &impl GenericClient, job_id: i64) -> Result<i64> {
    client
        .query_one(
            "SELECT count(*) FROM key_events WHERE job_id = $1 AND event_type = 'row_failed' AND coalesce(meta->>'job_kind', 'key_rotation') = 'key_rotation'",
            &[&job_id],
        )
        .await?
        .col(0)
}

/// Rows recorded as failed by a job in one column.
pub async fn failed_rows_in(
    client: &impl GenericClient,
    job_id: i64,
    table: &str,
    column: &str,
) -> Result<i64> {
    client
        .query_one(
            "SELECT count(*) FROM key_events WHERE job_id = $1 AND event_type = 'row_failed' AND coalesce(meta->>'job_kind', 'key_rotation') = 'key_rotation'
                AND meta->>'table' = $2 AND meta->>'column' = $3",
            &[&job_id, &table, &column],
        )
        .await?
        .col(0)
}

/// Stores the options a job must be resumed with.
pub async fn set_options<T: Serialize>(
    client: &impl GenericClient,
    job_id: i64,
    options: &T,
) -> Result<()> {
    client
        .execute(
            "UPDATE key_rotation_jobs SET options = $2 WHERE id = $1",
            &[&job_id, &serde_json::to_value(options)?],
        )
        .await?;
    Ok(())
}

/// The options stored with a job (None: created before options were stored).
pub async fn options(
    client: &impl GenericClient,
    job_id: i64,
) -> Result<Option<serde_json::Value>> {
    Ok(client
        .query_opt(
            "SELECT options FROM key_rotation_jobs WHERE id = $1",
            &[&job_id],
        )
        .await?
        .map(|r| r.col(0))
        .transpose()?
        .flatten())
}

#[cfg(test)]
mod tests {
    use super::range_bounds;

    #[test]
    fn ranges_cover_the_keys_without_more_ranges_than_keys() {
        assert_eq!(range_bounds(1, 3, 1_000_000).len(), 3);
        assert_eq!(range_bounds(5, 5, 10), vec![(None, None)]);
        let b = range_bounds(1, 100, 4);
        assert_eq!(b.len(), 4);
        assert_eq!(b[0], (None, Some("24".into())));
        assert_eq!(b[3], (Some("72".into()), None));
        // Extreme keys do not overflow.
        assert_eq!(range_bounds(i64::MIN, i64::MAX, 3).len(), 3);
    }
}
