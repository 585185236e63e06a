//! Deletion jobs and the statements that carry them out: the SQL behind `idctl deletion`.
//!
//! Two kinds of statement live here. The job's own bookkeeping (`deletion_jobs`, created by the
//! migrations) is plain SQL. The data statements (count, erase, anonymize) are built from a
//! [`Selector`] whose table and column names come from the registry and are quoted with [`ident`];
//! the entity's key is never spliced into SQL: it is bound as text and cast to the key column's own
//! type, read from the catalogue. Every data statement touches at most `limit` rows, found through
//! `ctid` so that composite and key-less tables work alike, and locks them (`FOR UPDATE`) so that a
//! row an application transaction holds is waited for (up to `lock_timeout`), never skipped.

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio_postgres::GenericClient;

use super::ident;
use crate::db::row::RowExt;
use crate::error::{Error, Result};

// ------------------------------------------------------------------------------------------------
// Jobs
// ------------------------------------------------------------------------------------------------

/// Where a deletion job stands (`deletion_jobs.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    Scheduled,
    Running,
    Completed,
    Failed,
    /// Held (legal hold) or stopped because the plan grew; see [`BlockedReason`].
    Blocked,
    Cancelled,
}

impl JobStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Scheduled => "scheduled",
            JobStatus::Running => "running",
            JobStatus::Completed => "completed",
            JobStatus::Failed => "failed",
            JobStatus::Blocked => "blocked",
            JobStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<JobStatus> {
        Some(match s {
            "scheduled" => JobStatus::Scheduled,
            "running" => JobStatus::Running,
            "completed" => JobStatus::Completed,
            "failed" => JobStatus::Failed,
            // An older tool's hold.
            "blocked" | "on_hold" => JobStatus::Blocked,
            "cancelled" => JobStatus::Cancelled,
            _ => return None,
        })
    }

    /// Nothing more will happen to the job.
    pub fn is_final(self) -> bool {
        matches!(self, JobStatus::Completed | JobStatus::Cancelled)
    }
}

/// Why a blocked job does not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockedReason {
    /// `deletion hold`: nothing runs until `deletion release`.
    LegalHold,
    /// The run found more rows than the plan shown before it; `--accept-new-plan` runs it.
    PlanChanged,
}

impl BlockedReason {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockedReason::LegalHold => "legal_hold",
            BlockedReason::PlanChanged => "plan_changed",
        }
    }
}

/// What a job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobKind {
    /// Erase an entity (a data subject or another deletable entity).
    Erase,
    /// Purge the rows an earlier erasure kept under legal retention, once the retention has ended.
    Purge,
}

impl JobKind {
    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Erase => "erase",
            JobKind::Purge => "purge",
        }
    }
}

/// One `deletion_jobs` row. `entity_table` and `entity_pk` are kept as stored: the operation
/// parses them (a row written by anything else may hold anything).
#[derive(Debug, Clone, Serialize)]
pub struct JobRow {
    pub id: i64,
    pub kind: JobKind,
    pub parent_id: Option<i64>,
    pub entity_table: Option<String>,
    pub entity_pk: Option<String>,
    pub hard: bool,
    pub status: JobStatus,
    pub blocked_reason: Option<BlockedReason>,
    pub reason: Option<String>,
    pub scheduled_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub error: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: Option<DateTime<Utc>>,
    pub plan_hash: Option<String>,
    pub plan: Option<serde_json::Value>,
    pub checkpoint: serde_json::Value,
    pub hold_reason: Option<String>,
    pub held_by: Option<i64>,
    pub held_at: Option<DateTime<Utc>>,
    pub cancelled_by: Option<i64>,
    pub runner: Option<String>,
    pub attempts: i32,
    pub result: Option<serde_json::Value>,
}

const JOB_COLUMNS: &str = "id, kind, parent_id, entity_table::text, entity_pk::text, coalesce(hard_delete, false),
    status, blocked_reason, reason, scheduled_at, started_at, finished_at, error, created_by, created_at,
    plan_hash::text, plan, checkpoint, hold_reason, held_by, held_at, cancelled_by, runner, attempts, result";

fn job_row(r: &tokio_postgres::Row) -> Result<JobRow> {
    let status: String = r.col(6)?;
    let status = JobStatus::parse(&status).ok_or_else(|| {
        Error::data(format!(
            "deletion job {} has an unknown status {status:?}",
            r.col::<i64>(0).unwrap_or_default()
        ))
    })?;
    let kind: String = r.col(1)?;
    let kind = match kind.as_str() {
        "erase" => JobKind::Erase,
        "purge" => JobKind::Purge,
        other => {
            return Err(Error::data(format!(
                "deletion job has an unknown kind {other:?}"
            )));
        }
    };
    let stored_status: String = r.col(6)?;
    let blocked: Option<String> = r.col(7)?;
    let blocked_reason = match (blocked.as_deref(), stored_status.as_str()) {
        (Some("plan_changed"), _) => Some(BlockedReason::PlanChanged),
        (Some(_), _) | (None, "on_hold") => Some(BlockedReason::LegalHold),
        (None, _) if status == JobStatus::Blocked => Some(BlockedReason::LegalHold),
        _ => None,
    };
    Ok(JobRow {
        id: r.col(0)?,
        kind,
        parent_id: r.col(2)?,
        entity_table: r.col(3)?,
        entity_pk: r.col(4)?,
        hard: r.col(5)?,
        status,
        blocked_reason,
        reason: r.col(8)?,
        scheduled_at: r.col(9)?,
        started_at: r.col(10)?,
        finished_at: r.col(11)?,
        error: r.col(12)?,
        created_by: r.col(13)?,
        created_at: r.col(14)?,
        plan_hash: r.col(15)?,
        plan: r.col(16)?,
        checkpoint: r.col(17)?,
        hold_reason: r.col(18)?,
        held_by: r.col(19)?,
        held_at: r.col(20)?,
        cancelled_by: r.col(21)?,
        runner: r.col(22)?,
        attempts: r.col(23)?,
        result: r.col(24)?,
    })
}

/// A job to create.
pub struct NewJob<'a> {
    pub kind: JobKind,
    pub parent_id: Option<i64>,
    pub entity_table: &'a str,
    pub entity_pk: &'a str,
    pub hard: bool,
    pub reason: &'a str,
    pub scheduled_at: DateTime<Utc>,
    pub created_by: Option<i64>,
    /// The plan shown before scheduling; none for a purge (planned when it runs).
    pub plan: Option<serde_json::Value>,
    pub plan_hash: Option<&'a str>,
}

pub async fn insert_job(client: &impl GenericClient, job: &NewJob<'_>) -> Result<i64> {
    client
        .query_one(
            "INSERT INTO deletion_jobs (kind, parent_id, entity_table, entity_pk, hard_delete, reason,
                    scheduled_at, created_by, plan, plan_hash, status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'scheduled') RETURNING id",
            &[
                &job.kind.as_str(),
                &job.parent_id,
                &job.entity_table,
                &job.entity_pk,
                &job.hard,
                &job.reason,
                &job.scheduled_at,
                &job.created_by,
                &job.plan,
                &job.plan_hash,
            ],
        )
        .await?
        .col(0)
}

/// One job; with `for_update`, its row is locked until the transaction ends.
pub async fn get_job(
    client: &impl GenericClient,
    id: i64,
    for_update: bool,
) -> Result<Option<JobRow>> {
    let sql = format!(
        "SELECT {JOB_COLUMNS} FROM deletion_jobs WHERE id = $1{}",
        if for_update { " FOR UPDATE" } else { "" }
    );
    client
        .query_opt(&sql, &[&id])
        .await?
        .as_ref()
        .map(job_row)
        .transpose()
}

/// Jobs, newest first, optionally of one status.
pub async fn list_jobs(
    client: &impl GenericClient,
    status: Option<JobStatus>,
    limit: i64,
) -> Result<Vec<JobRow>> {
    let statuses: Vec<&str> = match status {
        Some(JobStatus::Blocked) => vec!["blocked", "on_hold"],
        Some(s) => vec![s.as_str()],
        None => vec![],
    };
    let sql = format!(
        "SELECT {JOB_COLUMNS} FROM deletion_jobs
          WHERE cardinality($1::text[]) = 0 OR status = ANY($1::text[])
          ORDER BY id DESC LIMIT $2"
    );
    client
        .query(&sql, &[&statuses, &limit])
        .await?
        .iter()
        .map(job_row)
        .collect()
}

/// Jobs of the same entity that are not finished (a second schedule is refused).
pub async fn open_jobs_for(client: &impl GenericClient, table: &str, pk: &str) -> Result<Vec<i64>> {
    client
        .query(
            "SELECT id FROM deletion_jobs
              WHERE entity_table = $1 AND entity_pk = $2 AND kind = 'erase'
                AND status IN ('scheduled', 'running', 'blocked', 'on_hold', 'failed')
              ORDER BY id",
            &[&table, &pk],
        )
        .await?
        .iter()
        .map(|r| r.col(0))
        .collect()
}

/// Ids of the jobs whose time has come: scheduled and due, or left running by a runner that is
/// gone (the caller still has to take the job's advisory lock).
pub async fn due_job_ids(client: &impl GenericClient) -> Result<Vec<i64>> {
    client
        .query(
            "SELECT id FROM deletion_jobs
              WHERE (status = 'scheduled' AND scheduled_at <= now()) OR status = 'running'
              ORDER BY scheduled_at NULLS FIRST, id",
            &[],
        )
        .await?
        .iter()
        .map(|r| r.col(0))
        .collect()
}

/// The advisory lock that makes one runner own a job: taken on a dedicated connection for the whole
/// run, so that a runner killed with -9 frees the job as soon as its connection closes.
pub fn job_lock_key(id: i64) -> i64 {
    crate::db::locks::keys::DELETION_JOB_CLASS << 32 | (id as u32 as i64)
}

/// What a runner checks at the start of every batch transaction, in one statement that also locks
/// the job row until the batch commits (so a hold or cancel waits for the batch, then stops the
/// next one).
pub struct BatchCheck {
    pub status: JobStatus,
    pub blocked_reason: Option<BlockedReason>,
    pub hold_reason: Option<String>,
    /// The runner's session still holds the job's advisory lock.
    pub lock_held: bool,
}

pub async fn batch_check(
    client: &impl GenericClient,
    id: i64,
    pid: i32,
) -> Result<Option<BatchCheck>> {
    let key = job_lock_key(id);
    let Some(r) = client
        .query_opt(
            "SELECT j.status, j.blocked_reason, j.hold_reason,
                    EXISTS (SELECT 1 FROM pg_locks l
                             WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.pid = $2
                               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                               AND l.classid::bigint = $3 AND l.objid::bigint = $4)
               FROM deletion_jobs j WHERE j.id = $1 FOR UPDATE OF j",
            &[&id, &pid, &(key >> 32), &(key as u32 as i64)],
        )
        .await?
    else {
        return Ok(None);
    };
    let status: String = r.col(0)?;
    let blocked: Option<String> = r.col(1)?;
    Ok(Some(BatchCheck {
        status: JobStatus::parse(&status).ok_or_else(|| {
            Error::data(format!(
                "deletion job {id} has an unknown status {status:?}"
            ))
        })?,
        blocked_reason: match blocked.as_deref() {
            Some("plan_changed") => Some(BlockedReason::PlanChanged),
            Some(_) => Some(BlockedReason::LegalHold),
            None if status == "on_hold" || status == "blocked" => Some(BlockedReason::LegalHold),
            None => None,
        },
        hold_reason: r.col(2)?,
        lock_held: r.col(3)?,
    }))
}

/// The runner takes the job: status running, one more attempt.
pub async fn start_job(client: &impl GenericClient, id: i64, runner: &str, pid: i32) -> Result<()> {
    client
        .execute(
            "UPDATE deletion_jobs SET status = 'running', blocked_reason = NULL, error = NULL,
                    started_at = coalesce(started_at, now()), runner = $2, runner_pid = $3,
                    heartbeat_at = now(), attempts = attempts + 1, updated_at = now()
              WHERE id = $1",
            &[&id, &runner, &pid],
        )
        .await?;
    Ok(())
}

/// Moves the checkpoint (rows done per step); inside the batch's transaction.
pub async fn save_checkpoint(
    client: &impl GenericClient,
    id: i64,
    checkpoint: &serde_json::Value,
) -> Result<()> {
    client
        .execute(
            "UPDATE deletion_jobs SET checkpoint = $2, heartbeat_at = now(), updated_at = now() WHERE id = $1",
            &[&id, checkpoint],
        )
        .await?;
    Ok(())
}

/// A new plan replaces the stored one (`--accept-new-plan`, or the plan a purge computes).
pub async fn replace_plan(
    client: &impl GenericClient,
    id: i64,
    plan: &serde_json::Value,
    hash: &str,
) -> Result<()> {
    client
        .execute(
            "UPDATE deletion_jobs SET plan = $2, plan_hash = $3, updated_at = now() WHERE id = $1",
            &[&id, plan, &hash],
        )
        .await?;
    Ok(())
}

/// The end of a run or of a job: status, error, result, and (for a final status) finished_at.
pub async fn finish_job(
    client: &impl GenericClient,
    id: i64,
    status: JobStatus,
    blocked: Option<BlockedReason>,
    error: Option<&str>,
    result: Option<&serde_json::Value>,
) -> Result<()> {
    client
        .execute(
            "UPDATE deletion_jobs SET status = $2, blocked_reason = $3, error = $4,
                    result = coalesce($5, result),
                    finished_at = CASE WHEN $2 IN ('completed', 'failed', 'cancelled') THEN now() ELSE finished_at END,
                    runner_pid = NULL, updated_at = now()
              WHERE id = $1",
            &[
                &id,
                &status.as_str(),
                &blocked.map(BlockedReason::as_str),
                &error,
                &result,
            ],
        )
        .await?;
    Ok(())
}

/// Puts a job back in the queue (a run that stopped at its deadline); its checkpoint stays.
pub async fn requeue_job(client: &impl GenericClient, id: i64) -> Result<()> {
    client
        .execute(
            "UPDATE deletion_jobs SET status = 'scheduled', runner_pid = NULL, updated_at = now() WHERE id = $1",
            &[&id],
        )
        .await?;
    Ok(())
}

pub async fn hold_job(client: &impl GenericClient, id: i64, by: i64, reason: &str) -> Result<()> {
    client
        .execute(
            "UPDATE deletion_jobs SET status = 'blocked', blocked_reason = 'legal_hold', hold_reason = $3,
                    held_by = $2, held_at = now(), updated_at = now()
              WHERE id = $1",
            &[&id, &by, &reason],
        )
        .await?;
    Ok(())
}

pub async fn release_job(client: &impl GenericClient, id: i64) -> Result<()> {
    client
        .execute(
            "UPDATE deletion_jobs SET status = 'scheduled', blocked_reason = NULL, updated_at = now() WHERE id = $1",
            &[&id],
        )
        .await?;
    Ok(())
}

pub async fn cancel_job(client: &impl GenericClient, id: i64, by: i64) -> Result<()> {
    client
        .execute(
            "UPDATE deletion_jobs SET status = 'cancelled', cancelled_by = $2, finished_at = now(),
                    runner_pid = NULL, updated_at = now()
              WHERE id = $1",
            &[&id, &by],
        )
        .await?;
    Ok(())
}

/// One `audit_log` row about a deletion job (counts and states, never the deleted data).
pub async fn audit(
    client: &impl GenericClient,
    actor: Option<i64>,
    job_id: i64,
    change_type: &str,
    new_value: &serde_json::Value,
) -> Result<()> {
    audit_row(
        client,
        "deletion_jobs",
        job_id,
        actor,
        change_type,
        new_value,
    )
    .await
}

/// One `audit_log` row about a row of idctl's own bookkeeping (`deletion_jobs`,
/// `privacy_requests`): the request id is the command's application name.
pub async fn audit_row(
    client: &impl GenericClient,
    table: &str,
    record_id: i64,
    actor: Option<i64>,
    change_type: &str,
    new_value: &serde_json::Value,
) -> Result<()> {
    client
        .execute(
            "INSERT INTO audit_log (table_name, record_id, changed_by, change_type, new_value, changed_at, request_id)
             VALUES ($1, $2, $3, $4, $5, now(), current_setting('application_name'))",
            &[&table, &record_id, &actor, &change_type, new_value],
        )
        .await?;
    Ok(())
}

// ------------------------------------------------------------------------------------------------
// The schema as the planner needs it
// ------------------------------------------------------------------------------------------------

/// A foreign key between two tables visible on the search path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    pub name: String,
    pub from_table: String,
    pub from_columns: Vec<String>,
    pub to_table: String,
    /// `a` no action, `r` restrict, `c` cascade, `n` set null, `d` set default.
    pub on_delete: char,
}

/// Every foreign key between tables on the search path, from `pg_constraint`.
pub async fn foreign_keys(client: &impl GenericClient) -> Result<Vec<ForeignKey>> {
    let rows = client
        .query(
            "SELECT c.conname::text, f.relname::text,
                    ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o),
                    t.relname::text, c.confdeltype::text
               FROM pg_constraint c
               JOIN pg_class f ON f.oid = c.conrelid
               JOIN pg_class t ON t.oid = c.confrelid
              WHERE c.contype = 'f' AND pg_table_is_visible(c.conrelid) AND pg_table_is_visible(c.confrelid)
              ORDER BY 2, 1",
            &[],
        )
        .await?;
    rows.iter()
        .map(|r| {
            let on_delete: String = r.col(4)?;
            Ok(ForeignKey {
                name: r.col(0)?,
                from_table: r.col(1)?,
                from_columns: r.col(2)?,
                to_table: r.col(3)?,
                on_delete: on_delete.chars().next().unwrap_or('a'),
            })
        })
        .collect()
}

pub use super::server::column_type;

// ------------------------------------------------------------------------------------------------
// Data statements
// ------------------------------------------------------------------------------------------------

/// One hop of a link chain: `column` of the current table holds `parent_key` of `parent_table`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hop {
    pub column: String,
    pub parent_table: String,
    pub parent_key: String,
}

/// Which rows of `table` belong to an entity: follow `hops` upward, then `root_column = key`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Selector {
    pub table: String,
    pub hops: Vec<Hop>,
    pub root_column: String,
    /// `format_type()` of the root column (the entity key's type).
    pub key_type: String,
}

impl Selector {
    /// The WHERE condition; the entity key is `$1` (text, cast to the key type).
    pub(crate) fn condition(&self) -> String {
        // Built from the root outward: the last hop's parent holds the root column.
        let mut cond = format!("{} = $1::text::{}", ident(&self.root_column), self.key_type);
        for hop in self.hops.iter().rev() {
            cond = format!(
                "{} IN (SELECT {} FROM {} WHERE {cond})",
                ident(&hop.column),
                ident(&hop.parent_key),
                ident(&hop.parent_table)
            );
        }
        cond
    }
}

fn not_all_null(columns: &[String]) -> String {
    if columns.is_empty() {
        return "false".into();
    }
    columns
        .iter()
        .map(|c| format!("{} IS NOT NULL", ident(c)))
        .collect::<Vec<_>>()
        .join(" OR ")
}

/// Rows of the entity in the selector's table; with `not_anonymized`, only those where one of
/// these columns is still set.
pub async fn count(
    client: &impl GenericClient,
    sel: &Selector,
    key: &str,
    not_anonymized: Option<&[String]>,
) -> Result<i64> {
    let extra = match not_anonymized {
        Some(cols) => format!(" AND ({})", not_all_null(cols)),
        None => String::new(),
    };
    let sql = format!(
        "SELECT count(*)::bigint FROM {} WHERE {}{extra}",
        ident(&sel.table),
        sel.condition()
    );
    client
        .query_one(&sql, &[&key])
        .await
        .map_err(|e| Error::from(e).context(format!("counting rows of {}", sel.table)))?
        .col(0)
}

/// A row's physical address (`ctid`): block and offset.
pub type RowId = (u32, u16);

fn parse_tid(t: &str) -> Option<RowId> {
    let (b, o) = t.strip_prefix('(')?.strip_suffix(')')?.split_once(',')?;
    Some((b.parse().ok()?, o.parse().ok()?))
}

fn tid_texts(ids: &[RowId]) -> Vec<String> {
    ids.iter().map(|(b, o)| format!("({b},{o})")).collect()
}

/// The addresses of the entity's rows in the selector's table (with `not_anonymized`, of those
/// where one of these columns is still set), in one scan. A large step then works through them by
/// address (a TID scan per batch) instead of searching again for every batch, which on a table
/// mostly made of the subject's rows meant scanning past every row already deleted: quadratic.
pub async fn row_ids(
    client: &impl GenericClient,
    sel: &Selector,
    key: &str,
    not_anonymized: Option<&[String]>,
) -> Result<Vec<RowId>> {
    let extra = match not_anonymized {
        Some(cols) => format!(" AND ({})", not_all_null(cols)),
        None => String::new(),
    };
    let sql = format!(
        "SELECT ctid::text FROM {} WHERE {}{extra}",
        ident(&sel.table),
        sel.condition()
    );
    // Streamed: 8 bytes kept per row, never the rows themselves.
    use futures_util::TryStreamExt;
    let stream = client
        .query_raw(&sql, [key])
        .await
        .map_err(|e| Error::from(e).context(format!("listing rows of {}", sel.table)))?;
    futures_util::pin_mut!(stream);
    let mut out = Vec::new();
    while let Some(r) = stream.try_next().await? {
        let t: String = r.col(0)?;
        out.push(parse_tid(&t).ok_or_else(|| Error::internal(format!("unexpected ctid {t:?}")))?);
    }
    Ok(out)
}

/// A table's size as the planner sees it: pages now (`pg_relation_size`) and estimated rows
/// (`reltuples`; negative when never analyzed).
pub async fn table_size(client: &impl GenericClient, table: &str) -> Result<(i64, f64)> {
    let r = client
        .query_one(
            "SELECT pg_relation_size(c.oid) / current_setting('block_size')::bigint, c.reltuples::float8
               FROM pg_class c WHERE c.oid = to_regclass(quote_ident($1))",
            &[&table],
        )
        .await?;
    Ok((r.col(0)?, r.col(1)?))
}

/// Which of the entity's rows a statement changes.
#[derive(Debug, Clone, Copy)]
pub enum Rows<'a> {
    /// The first `n` found by the selector (locked `FOR UPDATE`, so a row an application holds is
    /// waited for, never skipped): small steps, and the sweep at the end of a large one.
    First(i64),
    /// Those at these addresses that still belong to the entity (an address reused by another row
    /// since it was listed is not touched: the selector is checked again).
    At(&'a [RowId]),
    /// Those in blocks `[from, to)`: a TID range scan reads only these blocks, however much of the
    /// table is the subject's.
    InBlocks(i64, i64),
}

/// What a statement does to those rows.
#[derive(Debug, Clone, Copy)]
pub enum Change<'a> {
    Erase,
    /// Set these columns to NULL (rows where they all are already NULL are left alone).
    Anonymize(&'a [String]),
}

/// Erases or anonymizes the entity's rows chosen by `rows`; returns how many changed.
pub async fn change_rows(
    client: &impl GenericClient,
    sel: &Selector,
    key: &str,
    change: Change<'_>,
    rows: Rows<'_>,
) -> Result<u64> {
    let t = ident(&sel.table);
    let cond = sel.condition();
    let pending = match change {
        Change::Erase => String::new(),
        Change::Anonymize(cols) => format!(" AND ({})", not_all_null(cols)),
    };
    let mut params: Vec<Box<dyn tokio_postgres::types::ToSql + Sync + Send>> =
        vec![Box::new(key.to_string())];
    let target = match rows {
        Rows::First(n) => {
            params.push(Box::new(n));
            format!(
                "ctid = ANY(ARRAY(SELECT ctid FROM {t} WHERE {cond}{pending} LIMIT $2 FOR UPDATE))"
            )
        }
        Rows::At(ids) => {
            params.push(Box::new(tid_texts(ids)));
            format!("ctid = ANY($2::text[]::tid[]) AND {cond}{pending}")
        }
        Rows::InBlocks(from, to) => {
            params.push(Box::new(format!("({from},0)")));
            params.push(Box::new(format!("({to},0)")));
            format!("ctid >= $2::text::tid AND ctid < $3::text::tid AND {cond}{pending}")
        }
    };
    let (sql, what) = match change {
        Change::Erase => (format!("DELETE FROM {t} WHERE {target}"), "erasing"),
        Change::Anonymize(cols) => {
            let set = cols
                .iter()
                .map(|c| format!("{} = NULL", ident(c)))
                .collect::<Vec<_>>()
                .join(", ");
            (
                format!("UPDATE {t} SET {set} WHERE {target}"),
                "anonymizing",
            )
        }
    };
    let refs: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> = params
        .iter()
        .map(|p| p.as_ref() as &(dyn tokio_postgres::types::ToSql + Sync))
        .collect();
    client
        .execute(&sql, &refs)
        .await
        .map_err(|e| Error::from(e).context(format!("{what} rows of {}", sel.table)))
}

/// Marks the subject row deleted: `deleted_at = now()` (once) and, if given, `active = false`.
pub async fn mark_deleted(
    client: &impl GenericClient,
    table: &str,
    key_column: &str,
    key_type: &str,
    key: &str,
    deleted_at: &str,
    active: Option<&str>,
) -> Result<u64> {
    let active = match active {
        Some(c) => format!(", {} = false", ident(c)),
        None => String::new(),
    };
    let sql = format!(
        "UPDATE {t} SET {d} = coalesce({d}, now()){active} WHERE {k} = $1::text::{key_type}",
        t = ident(table),
        d = ident(deleted_at),
        k = ident(key_column),
    );
    Ok(client.execute(&sql, &[&key]).await?)
}

/// Rows anywhere that reference the entity row through a foreign key (the tombstone can go only
/// when this is zero).
pub async fn references_to(
    client: &impl GenericClient,
    fks: &[ForeignKey],
    table: &str,
    key_type: &str,
    key: &str,
) -> Result<Vec<(String, String, i64)>> {
    let mut out = Vec::new();
    for fk in fks.iter().filter(|f| f.to_table == table) {
        let [col] = fk.from_columns.as_slice() else {
            continue;
        };
        let sql = format!(
            "SELECT count(*)::bigint FROM {} WHERE {} = $1::text::{key_type}",
            ident(&fk.from_table),
            ident(col)
        );
        let n: i64 = client.query_one(&sql, &[&key]).await?.col(0)?;
        if n > 0 {
            out.push((fk.from_table.clone(), col.clone(), n));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selector_nests_its_hops_and_binds_the_key() {
        let direct = Selector {
            table: "sessions".into(),
            hops: vec![],
            root_column: "user_id".into(),
            key_type: "bigint".into(),
        };
        assert_eq!(direct.condition(), "\"user_id\" = $1::text::bigint");
        let via = Selector {
            table: "cart_items".into(),
            hops: vec![Hop {
                column: "cart_id".into(),
                parent_table: "carts".into(),
                parent_key: "id".into(),
            }],
            root_column: "user_id".into(),
            key_type: "uuid".into(),
        };
        assert_eq!(
            via.condition(),
            "\"cart_id\" IN (SELECT \"id\" FROM \"carts\" WHERE \"user_id\" = $1::text::uuid)"
        );
    }

    #[test]
    fn row_addresses_parse_and_print_back() {
        assert_eq!(parse_tid("(12,3)"), Some((12, 3)));
        assert_eq!(parse_tid("(4294967295,65535)"), Some((u32::MAX, u16::MAX)));
        assert_eq!(parse_tid("12,3"), None);
        assert_eq!(tid_texts(&[(12, 3)]), vec!["(12,3)".to_string()]);
    }

    #[test]
    fn statuses_round_trip_and_an_older_hold_reads_as_blocked() {
        for s in [
            JobStatus::Scheduled,
            JobStatus::Running,
            JobStatus::Completed,
            JobStatus::Failed,
            JobStatus::Blocked,
            JobStatus::Cancelled,
        ] {
            assert_eq!(JobStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(JobStatus::parse("on_hold"), Some(JobStatus::Blocked));
        assert_eq!(JobStatus::parse("done"), None);
    }
}
