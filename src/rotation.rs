//! `keys rotate`: moving every value protected by a basename's key to a new key version.
//!
//! 1. Take the basename's rotation lock (a session advisory lock on a dedicated connection, which is
//!    also this process's liveness beacon for its range leases). Held: exit 75, naming the job.
//! 2. Resume the basename's unfinished job if there is one (a crash, kill -9, lost connection or
//!    database restart leaves it `running`); otherwise create the next key version (or use a pending
//!    one), a `key_rotation_jobs` row, and activate the new version (the old one becomes
//!    decrypt-only, so the application writes new values under the new key from now on).
//! 3. Divide the rewritable columns into ranges and run the engine on them (`engine::worker`).
//! 4. Verify with the census that no row remains on an older version; rows the application wrote
//!    meanwhile under an old key get another pass (at most three); rows that cannot be decrypted are
//!    recorded and left as they were.
//! 5. Retire the old versions no row references any more (unless `--keep-old`), finish the job
//!    (`completed`, or `completed_with_errors` with exit 65), and write key_events for every step.
//!
//! Re-running a finished rotation is a no-op: when the latest job of the basename completed, its
//! target is the active version, and nothing remains on older versions, there is nothing to do
//! (`--new-version` rotates again).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::census;
use crate::crypto::{Algorithm, KeyId};
use crate::db::Database;
use crate::engine::codec::ColumnCodec;
use crate::engine::jobs::{self, KIND_ROTATION, RotationJob, WorkerIdentity};
use crate::engine::progress::ProgressDisplay;
use crate::engine::scan::ColumnTable;
use crate::engine::worker::{ColumnStats, ColumnWork, Engine, EngineSettings, StopSignal};
use crate::error::{Error, Result};
use crate::keystore::{self, KeyEvent, KeyStatus, Keyring};
use crate::output::Ui;
use crate::registry::{ProtectedKind, Registry};

/// What the operator asked for.
#[derive(Debug, Clone)]
pub struct RotateRequest {
    pub basename: String,
    /// Rotate again even though the last rotation completed.
    pub new_version: bool,
    /// Leave the old versions decrypt-only instead of retiring them.
    pub keep_old: bool,
    pub settings: EngineSettings,
    /// Ranges per column (work units others can join with `jobs work`).
    pub ranges_per_column: usize,
    pub stop: Arc<StopSignal>,
}

/// Per column result.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnResult {
    pub table: String,
    pub column: String,
    pub kind: &'static str,
    pub rewritten: u64,
    pub failed: u64,
    pub retried: u64,
    /// Rows still under other versions after the run.
    pub remaining_on_old_versions: i64,
    pub note: Option<String>,
}

/// What `keys rotate` did.
#[derive(Debug, Clone, Serialize)]
pub struct RotationReport {
    pub job_id: Option<i64>,
    pub basename: String,
    pub target: Option<String>,
    /// `completed`, `completed_with_errors`, `interrupted`, `nothing_to_do`.
    pub status: String,
    pub resumed: bool,
    pub attempts: i32,
    pub message: String,
    pub rows_rewritten: u64,
    pub rows_failed: u64,
    pub elapsed_seconds: f64,
    pub rows_per_second: f64,
    /// This process's peak resident memory (VmHWM), MiB.
    pub peak_rss_mib: f64,
    pub retired: Vec<String>,
    pub kept: Vec<String>,
    pub columns: Vec<ColumnResult>,
}

fn rotation_lock_sql() -> &'static str {
    "SELECT pg_try_advisory_lock(hashtextextended('idctl:rotate:' || $1, 0))"
}

/// A dedicated connection that identifies this worker; its backend pid is the lease liveness beacon.
pub async fn liveness(db: &Database) -> Result<(tokio_postgres::Client, WorkerIdentity)> {
    let client = db.dedicated().await?;
    let pid: i32 = client
        .query_one("SELECT pg_backend_pid()", &[])
        .await?
        .get(0);
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

pub async fn rotate(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    req: &RotateRequest,
    ui: &Ui,
) -> Result<RotationReport> {
    let started = Instant::now();
    let basename = req.basename.as_str();
    let columns = columns_of(registry, basename)?;
    preflight_keys(db, registry, keyring, &columns).await?;
    let (live, worker) = liveness(db).await?;
    let got: bool = live
        .query_one(rotation_lock_sql(), &[&basename])
        .await?
        .get(0);
    let client = db.client().await?;
    if !got {
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
        return Err(Error::temp_fail(format!(
            "a rotation of {basename} is already running: {what}"
        ))
        .with_hint("wait for it, or add workers with `idctl jobs work <job id>`"));
    }

    // Resume, no-op, or start.
    let (job, resumed) = match jobs::unfinished_for(&**client, basename).await? {
        Some(job) => {
            jobs::start_attempt(&**client, job.id, actor).await?;
            ui.note(format!(
                "Resuming job {} ({} → {}), attempt {}.",
                job.id,
                basename,
                job.target_key_id(),
                job.attempts + 1
            ));
            (jobs::get(&**client, job.id).await?, true)
        }
        None => match start(db, registry, keyring, actor, req).await? {
            Some(job) => (job, false),
            None => {
                let active = keystore::list(&**client, Some(basename))
                    .await?
                    .into_iter()
                    .find(|k| k.status == KeyStatus::Active);
                let message = format!(
                    "nothing to do: {basename} is already rotated to {} and no row remains on an older version (use --new-version to rotate again)",
                    active.map(|a| a.key_id).unwrap_or_default()
                );
                return Ok(RotationReport {
                    job_id: None,
                    basename: basename.to_string(),
                    target: None,
                    status: "nothing_to_do".into(),
                    resumed: false,
                    attempts: 0,
                    message,
                    rows_rewritten: 0,
                    rows_failed: 0,
                    elapsed_seconds: started.elapsed().as_secs_f64(),
                    rows_per_second: 0.0,
                    peak_rss_mib: peak_rss_mib(),
                    retired: vec![],
                    kept: vec![],
                    columns: vec![],
                });
            }
        },
    };
    let target =
        KeyId::new(basename, job.target_version as u32).map_err(|e| Error::data(e.to_string()))?;
    {
        // A scheduled job's target may still be pending: activate it now.
        let rec = keystore::get(&**client, &target).await?;
        if rec.status != KeyStatus::Active {
            let mut c = db.client().await?;
            let tx = c.transaction().await?;
            keystore::activate_version(&*tx, &rec, Some(actor)).await?;
            tx.commit().await?;
        }
    }

    let (work, notes) = prepare_columns(db, registry, keyring, &columns, &target).await?;
    let stats: Vec<Arc<ColumnStats>> = work.values().map(|w| Arc::clone(&w.stats)).collect();
    let tables: Vec<ColumnTable> = work.values().map(|w| w.table.clone()).collect();
    jobs::plan_ranges(
        &**client,
        KIND_ROTATION,
        job.id,
        &tables,
        req.ranges_per_column,
    )
    .await?;

    let engine = Arc::new(Engine::new(
        db.clone(),
        KIND_ROTATION,
        job.id,
        Some(actor),
        basename.to_string(),
        target.clone(),
        work,
        req.settings.clone(),
        worker,
        Arc::clone(&req.stop),
    ));
    let display = ProgressDisplay::start(ui, job.id, stats.clone());
    let mut result = run_until_no_range_is_open(&engine, db, job.id).await;
    crate::failpoint::hit("rotation.before_verify");
    // Verification passes: rows written meanwhile under an old key, or missed by compare-and-swap.
    for pass in 2..=4 {
        if result.as_ref().map_or(true, |o| o.interrupted) {
            break;
        }
        let behind = rows_behind(db, &engine, job.id).await?;
        if behind.is_empty() {
            break;
        }
        for (t, c) in &behind {
            tracing::info!("pass {pass}: {t}.{c} still has rows on older versions");
            db.client()
                .await?
                .execute(
                    "INSERT INTO job_ranges (job_kind, job_id, table_name, column_name) VALUES ($1, $2, $3, $4)",
                    &[&KIND_ROTATION, &job.id, t, c],
                )
                .await?;
        }
        result = run_until_no_range_is_open(&engine, db, job.id).await;
    }
    display.finish().await;
    let outcome = result?;
    // A fresh connection: the one taken before the run may have been lost (a restart ridden out).
    let client = db.client().await?;
    let elapsed = started.elapsed().as_secs_f64();
    let rewritten: u64 = stats.iter().map(|s| s.done.load(Ordering::Relaxed)).sum();

    let mut column_results = Vec::new();
    let full_census = census::census(&**client, registry, Some(basename)).await?;
    for c in &full_census {
        let s = stats
            .iter()
            .find(|s| s.table == c.table && s.column == c.column);
        column_results.push(ColumnResult {
            table: c.table.clone(),
            column: c.column.clone(),
            kind: c.kind,
            rewritten: s.map_or(0, |s| s.done.load(Ordering::Relaxed)),
            failed: s.map_or(0, |s| s.failed.load(Ordering::Relaxed)),
            retried: s.map_or(0, |s| s.retried.load(Ordering::Relaxed)),
            remaining_on_old_versions: c.rows_not_under(target.as_str()),
            note: notes.get(&(c.table.clone(), c.column.clone())).cloned(),
        });
    }
    let failed_total: i64 = client
        .query_one(
            "SELECT count(*) FROM key_events WHERE job_id = $1 AND event_type = 'row_failed'",
            &[&job.id],
        )
        .await?
        .get(0);
    let mut report = RotationReport {
        job_id: Some(job.id),
        basename: basename.to_string(),
        target: Some(target.to_string()),
        status: String::new(),
        resumed,
        attempts: job.attempts,
        message: String::new(),
        rows_rewritten: rewritten,
        rows_failed: failed_total as u64,
        elapsed_seconds: elapsed,
        rows_per_second: if elapsed > 0.0 {
            rewritten as f64 / elapsed
        } else {
            0.0
        },
        peak_rss_mib: peak_rss_mib(),
        retired: vec![],
        kept: vec![],
        columns: column_results,
    };
    if outcome.interrupted {
        report.status = "interrupted".into();
        report.message = format!(
            "stopped; job {} is checkpointed: run the same command again to resume",
            job.id
        );
        return Ok(report);
    }

    crate::failpoint::hit("rotation.before_retire");
    // Retire what nothing references any more.
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    keystore::lock_basename(&*tx, basename).await?;
    for old in keystore::list(&*tx, Some(basename)).await? {
        if old.key_id == target.as_str() || !matches!(old.status, KeyStatus::DecryptOnly) {
            continue;
        }
        let in_use: i64 = full_census.iter().map(|c| c.rows_under(&old.key_id)).sum();
        if req.keep_old || in_use > 0 {
            report.kept.push(old.key_id.clone());
            continue;
        }
        tx.execute(
            "UPDATE crypto_keys SET status = 'retired', retired_at = now() WHERE id = $1",
            &[&old.row_id],
        )
        .await?;
        keystore::record_event(
            &*tx,
            KeyEvent {
                event_type: "retired",
                key_row_id: Some(old.row_id),
                basename,
                actor: Some(actor),
                job_id: Some(job.id),
                note: Some(format!("retired {} after rotation to {target}", old.key_id)),
                meta: serde_json::json!({}),
            },
        )
        .await?;
        report.retired.push(old.key_id.clone());
    }
    report.status = if failed_total > 0 {
        "completed_with_errors".into()
    } else {
        "completed".into()
    };
    report.message = if failed_total > 0 {
        format!(
            "{failed_total} row(s) could not be rewrapped and were left as they were: see `idctl jobs show {}`",
            job.id
        )
    } else {
        format!("every rewritable value of {basename} is under {target}")
    };
    let result_doc = serde_json::to_value(&report)?;
    jobs::finish(&*tx, job.id, &report.status, &result_doc).await?;
    let target_rec = keystore::get(&*tx, &target).await?;
    keystore::record_event(
        &*tx,
        KeyEvent {
            event_type: "rotation_completed",
            key_row_id: Some(target_rec.row_id),
            basename,
            actor: Some(actor),
            job_id: Some(job.id),
            note: Some(report.message.clone()),
            meta: serde_json::json!({"status": report.status, "rows_rewritten": rewritten, "rows_failed": failed_total}),
        },
    )
    .await?;
    tx.commit().await?;
    drop(live);
    Ok(report)
}

/// Creates the target version and the job, and activates the target; `None` when there is nothing
/// to do.
async fn start(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    req: &RotateRequest,
) -> Result<Option<RotationJob>> {
    let basename = req.basename.as_str();
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    keystore::lock_basename(&*tx, basename).await?;
    let versions = keystore::list(&*tx, Some(basename)).await?;
    let pending = versions
        .iter()
        .filter(|k| k.status == KeyStatus::Pending)
        .max_by_key(|k| k.version)
        .cloned();
    let active = versions
        .iter()
        .find(|k| k.status == KeyStatus::Active)
        .cloned();
    if pending.is_none() && !req.new_version {
        if let (Some(active), Some(last)) = (&active, jobs::latest_for(&*tx, basename).await?) {
            let done = matches!(last.status.as_str(), "completed" | "completed_with_errors");
            if done && last.target_version == active.version {
                let census = census::census(&*tx, registry, Some(basename)).await?;
                let behind: i64 = census
                    .iter()
                    .filter(|c| {
                        registry
                            .protected_column(&c.table, &c.column)
                            .is_some_and(|p| p.idctl_can_rewrite())
                    })
                    .map(|c| c.rows_not_under(&active.key_id))
                    .sum();
                if behind == 0 {
                    return Ok(None);
                }
            }
        }
    }
    let target = target_version(&*tx, registry, keyring, basename, pending, actor).await?;
    let job = jobs::create(&*tx, basename, target.version, actor, None).await?;
    keystore::activate_version(&*tx, &target, Some(actor)).await?;
    keystore::record_event(
        &*tx,
        KeyEvent {
            event_type: "rotation_started",
            key_row_id: Some(target.row_id),
            basename,
            actor: Some(actor),
            job_id: Some(job.id),
            note: Some(format!(
                "rotation of {basename} to {} started",
                target.key_id
            )),
            meta: serde_json::json!({"previous_active": active.map(|a| a.key_id)}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some(job))
}

/// Schedules a rotation of `basename` at `at`: the target version is created now (pending) and the
/// job waits, `pending`, for `jobs run-due` (or `keys rotate`, which runs it at once).
pub async fn schedule(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    basename: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<RotationJob> {
    let columns = columns_of(registry, basename)?;
    preflight_keys(db, registry, keyring, &columns).await?;
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    keystore::lock_basename(&*tx, basename).await?;
    if let Some(job) = jobs::unfinished_for(&*tx, basename).await? {
        return Err(Error::temp_fail(format!(
            "{basename} already has an unfinished rotation: job {} ({}, target {})",
            job.id,
            job.status,
            job.target_key_id()
        )));
    }
    let versions = keystore::list(&*tx, Some(basename)).await?;
    let pending = versions
        .iter()
        .filter(|k| k.status == KeyStatus::Pending)
        .max_by_key(|k| k.version)
        .cloned();
    let target = target_version(&*tx, registry, keyring, basename, pending, actor).await?;
    let job = jobs::create(&*tx, basename, target.version, actor, Some(at)).await?;
    tx.commit().await?;
    Ok(job)
}

/// Runs the engine until every range of the job is done: ranges other workers (`jobs work`) still
/// hold under a live lease are waited for; a range whose worker died is reclaimed by `run`.
async fn run_until_no_range_is_open(
    engine: &Arc<Engine>,
    db: &Database,
    job_id: i64,
) -> Result<crate::engine::worker::RunOutcome> {
    loop {
        let outcome = engine.run().await?;
        if outcome.interrupted {
            return Ok(outcome);
        }
        let client = db.client().await?;
        if jobs::open_ranges(&**client, KIND_ROTATION, job_id).await? == 0 {
            return Ok(outcome);
        }
        drop(client);
        tokio::time::sleep(Duration::from_millis(500)).await;
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

/// A rotation's target: the newest pending version (its key file checked), or a new version.
async fn target_version(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
    keyring: &Keyring,
    basename: &str,
    pending: Option<keystore::KeyRecord>,
    actor: i64,
) -> Result<keystore::KeyRecord> {
    match pending {
        Some(p) => {
            keyring.load(&p)?;
            Ok(p)
        }
        None => {
            keystore::generate(
                client,
                keyring,
                basename,
                algorithm_for(registry, basename),
                Some(actor),
                false,
            )
            .await
        }
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
        let behind = census::rows_not_under(&**client, col, target.as_str()).await?;
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
                codec: Arc::new(codec),
                stats,
            },
        );
    }
    Ok((work, notes))
}

/// Columns of the engine that still have rows not under the target, beyond the rows recorded as
/// failed in this job.
async fn rows_behind(db: &Database, engine: &Engine, job_id: i64) -> Result<Vec<(String, String)>> {
    let client = db.client().await?;
    let mut behind = Vec::new();
    for work in engine.columns.values() {
        let remaining =
            census::rows_not_under(&**client, &work.table.column, engine.target.as_str()).await?;
        let failed: i64 = client
            .query_one(
                "SELECT count(*) FROM key_events WHERE job_id = $1 AND event_type = 'row_failed'
                    AND meta->>'table' = $2 AND meta->>'column' = $3",
                &[&job_id, &work.table.column.table, &work.table.column.column],
            )
            .await?
            .get(0);
        if remaining > failed {
            behind.push((
                work.table.column.table.clone(),
                work.table.column.column.clone(),
            ));
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
    ui: &Ui,
) -> Result<u64> {
    let client = db.client().await?;
    let job = jobs::get(&**client, job_id).await?;
    if job.status != "running" {
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
        target,
        work,
        settings,
        worker,
        stop,
    ));
    let display = ProgressDisplay::start(ui, job_id, stats.clone());
    let outcome = engine.run().await;
    display.finish().await;
    outcome?;
    Ok(stats.iter().map(|s| s.done.load(Ordering::Relaxed)).sum())
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
