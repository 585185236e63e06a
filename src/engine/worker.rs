//! Processing claimed ranges: read, transform, write back — overlapped, batched, safe.
//!
//! Per range, three stages run at once, joined by bounded channels (so memory stays flat whatever
//! the table's size): a reader streams batches of rows not yet under the target key (keyset
//! pagination from the range's checkpoint); the transform re-encrypts a batch on all cores (rayon);
//! the writer stores it with **one** set-based statement per batch,
//!
//! ```sql
//! UPDATE t SET col = v.new_value, key_version = $target
//!   FROM (SELECT unnest($pk::text[]) AS pk, unnest($ctid::tid[]) AS ctid, ...,
//!                generate_series(1, cardinality($ctid)) AS ord) AS v
//!  WHERE t.ctid = v.ctid AND t.xmin = v.xmin AND t.pk = v.pk::<type>
//!    AND t.version IS NOT DISTINCT FROM v.ver                  -- compare-and-swap
//! ```
//!
//! holding the range's lease and moving its checkpoint in the same statement (CTEs; committed on its
//! own, one round trip, the rows locked only while it runs: `write_checkpointed`). A row the
//! application changed between read and write is not returned by the UPDATE; it is read again and
//! retried (up to three times, in a second transaction; later by the next pass), never
//! overwritten. Only the ciphertext and the key version change: the plaintext is the same, so
//! `updated_at` and `version` are left alone and the application's own compare-and-swap on
//! `version` keeps working.
//!
//! Rows that cannot be decrypted are not written: each is recorded once per job in `key_events`
//! (`row_failed`: table, column, primary key, error class) and counted.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use tokio::sync::mpsc;
use tokio_postgres::types::ToSql;

use super::codec::{RowError, RowErrorClass};
use super::jobs::{self, JobRange, WorkerIdentity};
use super::scan::{ColumnTable, ScannedRow, Tid, Xid};
use crate::census::ident;
use crate::db::Database;
use crate::db::retry::{RetryPolicy, with_retry, with_retry_until};
use crate::db::row::RowExt;
use crate::error::{Error, ErrorKind, Reason, Result};

/// How the engine paces itself.
#[derive(Debug, Clone)]
pub struct EngineSettings {
    /// Rows per batch to start with.
    pub batch_size: usize,
    /// Adjust the batch size toward `target_batch_duration`.
    pub auto_tune: bool,
    pub target_batch_duration: Duration,
    pub min_batch: usize,
    pub max_batch: usize,
    /// Rows per second at most, over all workers of this process.
    pub max_rate: Option<f64>,
    /// Pause while any replica's replay lag exceeds this.
    pub max_replica_lag: Option<Duration>,
    pub lease: Duration,
    /// Ranges processed at once by this process.
    pub workers: usize,
}

impl Default for EngineSettings {
    fn default() -> Self {
        EngineSettings {
            batch_size: 2000,
            auto_tune: true,
            target_batch_duration: Duration::from_millis(500),
            min_batch: 100,
            max_batch: 1_000,
            max_rate: None,
            max_replica_lag: None,
            lease: Duration::from_secs(60),
            workers: 2,
        }
    }
}

/// When to stop early: Ctrl-C / SIGTERM, or a deadline (`jobs run-due --max-duration`). The batch
/// being written finishes and is checkpointed; batches read but not written yet are dropped (the
/// checkpoint is before them); the ranges are handed back for the next run. Waits (pacing, retry
/// pauses) end at once when it fires.
#[derive(Debug, Default)]
pub struct StopSignal {
    stopped: AtomicBool,
    deadline: Option<Instant>,
    wake: tokio::sync::Notify,
}

impl StopSignal {
    pub fn new(deadline: Option<Instant>) -> Arc<Self> {
        Arc::new(StopSignal {
            stopped: AtomicBool::new(false),
            deadline,
            wake: tokio::sync::Notify::new(),
        })
    }
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        self.wake.notify_waiters();
    }
    pub fn should_stop(&self) -> bool {
        self.stopped.load(Ordering::SeqCst) || self.deadline.is_some_and(|d| Instant::now() >= d)
    }
    /// Returns when the signal fires (stop() or the deadline).
    pub async fn stopped(&self) {
        loop {
            let woken = self.wake.notified();
            tokio::pin!(woken);
            woken.as_mut().enable();
            if self.should_stop() {
                return;
            }
            match self.deadline {
                Some(d) => {
                    tokio::select! {
                        _ = woken => {}
                        _ = tokio::time::sleep_until(d.into()) => {}
                    }
                }
                None => woken.await,
            }
        }
    }
    /// Sleeps `d` unless the signal fires first; returns whether the whole pause was slept.
    pub async fn sleep(&self, d: Duration) -> bool {
        tokio::select! {
            _ = tokio::time::sleep(d) => true,
            _ = self.stopped() => false,
        }
    }
}

/// Counters of one column, shared with the progress display.
#[derive(Debug, Default)]
pub struct ColumnStats {
    pub table: String,
    pub column: String,
    /// Rows to do when the run started (estimate for the progress bar).
    pub total: AtomicU64,
    pub done: AtomicU64,
    pub failed: AtomicU64,
    pub retried: AtomicU64,
}

/// One column the job works on.
pub struct ColumnWork {
    pub table: ColumnTable,
    pub transform: Arc<dyn super::transform::Transform>,
    pub stats: Arc<ColumnStats>,
}

/// Everything a worker needs for one job.
pub struct Engine {
    pub db: Database,
    pub kind: &'static str,
    pub job_id: i64,
    /// Recorded as the actor of `row_failed` events.
    pub actor: Option<i64>,
    /// Recorded as the basename of `row_failed` events (the key basename, or the policy).
    pub basename: String,
    pub columns: HashMap<(String, String), ColumnWork>,
    pub settings: EngineSettings,
    pub worker: WorkerIdentity,
    pub stop: Arc<StopSignal>,
    batch_size: AtomicUsize,
    rate_started: Instant,
    rate_rows: AtomicU64,
    lag_checked: std::sync::Mutex<Option<Instant>>,
}

/// What a run did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct RunOutcome {
    pub ranges_done: u64,
    pub interrupted: bool,
}

/// The connection a range's writer keeps between batches (taken from the pool on first use, and
/// again after it breaks), with its backend pid, and the session last seen blocking it.
#[derive(Default)]
struct WriterConnection {
    conn: tokio::sync::Mutex<Option<(deadpool_postgres::Object, i32)>>,
    blocker: std::sync::Mutex<Option<Blocker>>,
}

/// A session holding locks the writer waits for (from `pg_blocking_pids`).
#[derive(Debug, Clone)]
struct Blocker {
    pid: i32,
    application_name: String,
    /// How long its transaction has been open (it holds its locks since at most then).
    held_for: Duration,
    state: String,
}

impl std::fmt::Display for Blocker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "backend pid {} (application_name {:?}, {}, transaction open for {})",
            self.pid,
            self.application_name,
            self.state,
            humantime::format_duration(Duration::from_secs(self.held_for.as_secs()))
        )
    }
}

struct Transformed {
    rows: Vec<ScannedRow>,
    results: Vec<std::result::Result<Vec<u8>, RowError>>,
}

/// Batches of one range the writer sends at once, pipelined on its connection (`write_group`).
/// Two are enough for the server to go from one batch's commit straight to the next batch, whose
/// bind message has arrived meanwhile, instead of waiting a round trip for it.
const WRITE_PIPELINE: usize = 2;

/// A batch (or part of one) ready for its statement.
struct PreparedBatch<'b> {
    writes: Vec<(&'b ScannedRow, &'b [u8])>,
    failures: Vec<(&'b ScannedRow, RowErrorClass)>,
    /// The checkpoint after it (its last primary key, JSON).
    checkpoint: String,
}

impl Engine {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        db: Database,
        kind: &'static str,
        job_id: i64,
        actor: Option<i64>,
        basename: String,
        columns: HashMap<(String, String), ColumnWork>,
        settings: EngineSettings,
        worker: WorkerIdentity,
        stop: Arc<StopSignal>,
    ) -> Self {
        let batch = settings
            .batch_size
            .clamp(settings.min_batch, settings.max_batch);
        Engine {
            db,
            kind,
            job_id,
            actor,
            basename,
            columns,
            settings,
            worker,
            stop,
            batch_size: AtomicUsize::new(batch),
            rate_started: Instant::now(),
            rate_rows: AtomicU64::new(0),
            lag_checked: std::sync::Mutex::new(None),
        }
    }

    /// Claims and processes ranges with `settings.workers` concurrent workers until no range is left
    /// to claim or the stop signal fires.
    pub async fn run(self: &Arc<Self>) -> Result<RunOutcome> {
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..self.settings.workers.max(1) {
            let me = Arc::clone(self);
            tasks.spawn(async move { me.work_loop().await });
        }
        let mut outcome = RunOutcome::default();
        let mut first_error = None;
        while let Some(res) = tasks.join_next().await {
            match res {
                Ok(Ok(done)) => outcome.ranges_done += done,
                Ok(Err(e)) => {
                    self.stop.stop();
                    first_error.get_or_insert(e);
                }
                Err(join) => {
                    self.stop.stop();
                    first_error
                        .get_or_insert(Error::internal(format!("worker task failed: {join}")));
                }
            }
        }
        if let Some(e) = first_error {
            return Err(e);
        }
        outcome.interrupted = self.stop.should_stop();
        Ok(outcome)
    }

    /// Runs until every range of the job is done: ranges other workers (`jobs work`, another host)
    /// still hold under a live lease are waited for; a range whose worker died is reclaimed by
    /// `run`. Returns early when stopped.
    pub async fn run_until_no_range_is_open(self: &Arc<Self>) -> Result<RunOutcome> {
        loop {
            let outcome = self.run().await?;
            if outcome.interrupted {
                return Ok(outcome);
            }
            let client = self.db.client().await?;
            if jobs::open_ranges(&**client, self.kind, self.job_id).await? == 0 {
                return Ok(outcome);
            }
            drop(client);
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }

    async fn work_loop(&self) -> Result<u64> {
        let mut done = 0;
        while !self.stop.should_stop() {
            let claimed = with_retry_until(
                RetryPolicy::default(),
                "claiming a range",
                &|| self.stop.should_stop(),
                |_| async {
                    let client = self.db.client().await?;
                    jobs::claim_range(
                        &**client,
                        self.kind,
                        self.job_id,
                        &self.worker,
                        self.settings.lease,
                    )
                    .await
                },
            )
            .await?;
            let Some(range) = claimed else { break };
            tracing::debug!(
                "range {} ({}.{}) claimed by {}",
                range.id,
                range.table_name,
                range.column_name,
                self.worker.name
            );
            match self.process_range(&range).await {
                Ok(true) => {
                    with_retry(RetryPolicy::default(), "finishing a range", |_| async {
                        let client = self.db.client().await?;
                        jobs::finish_range(&**client, range.id, &self.worker).await
                    })
                    .await?;
                    done += 1;
                }
                Ok(false) => {
                    with_retry(RetryPolicy::default(), "handing a range back", |_| async {
                        let client = self.db.client().await?;
                        jobs::release_range(&**client, range.id, &self.worker).await
                    })
                    .await?;
                }
                Err(e) if e.is(Reason::LeaseLost) => {
                    // Another worker has this range now; the batch was rolled back. Take another.
                    tracing::info!("{}", e.message());
                }
                Err(e) => {
                    // Hand the range back so another worker need not wait for the lease to expire;
                    // if that fails too, the lease still expires on its own: say so, keep the error.
                    let released = match self.db.client().await {
                        Ok(client) => jobs::release_range(&**client, range.id, &self.worker).await,
                        Err(e) => Err(e),
                    };
                    if let Err(r) = released {
                        tracing::warn!(
                            "range {} not released ({}); it is taken over when its lease expires",
                            range.id,
                            r.message()
                        );
                    }
                    return Err(e);
                }
            }
        }
        Ok(done)
    }

    /// Processes one range to its end (`Ok(true)`) or until stopped (`Ok(false)`).
    async fn process_range(&self, range: &JobRange) -> Result<bool> {
        let key = (range.table_name.clone(), range.column_name.clone());
        let work = self.columns.get(&key).ok_or_else(|| {
            Error::config(format!(
                "job {} has a range for {}.{}, which is not a rewritable column here",
                self.job_id, key.0, key.1
            ))
        })?;
        let mut after: Option<Vec<String>> = match &range.checkpoint {
            Some(cp) => Some(
                serde_json::from_str(cp)
                    .map_err(|e| Error::data(format!("range {}: bad checkpoint: {e}", range.id)))?,
            ),
            None => range.range_start.clone().map(|s| vec![s]),
        };
        let until: Option<Vec<String>> = range.range_end.clone().map(|s| vec![s]);
        // Depth 1: one batch waiting between stages is enough to overlap them, and memory stays at a
        // few batches per worker whatever the table's size.
        let (read_tx, read_rx) = mpsc::channel::<Vec<ScannedRow>>(1);
        // Two: the writer sends up to two batches at once (`WRITE_PIPELINE`).
        let (xform_tx, xform_rx) = mpsc::channel::<Transformed>(WRITE_PIPELINE);

        // Each stage owns its channel ends, so that a stage that ends (or fails) closes its channels
        // and the others finish instead of waiting forever.
        let reader = async {
            let read_tx = read_tx;
            loop {
                if self.stop.should_stop() {
                    return Ok::<bool, Error>(false);
                }
                let limit = self.batch_size.load(Ordering::Relaxed) as i64;
                let rows = with_retry_until(
                    RetryPolicy::default(),
                    "reading a batch",
                    &|| self.stop.should_stop(),
                    |_| async {
                        let client = self.db.client().await?;
                        work.table
                            .read_batch(
                                &client,
                                after.as_deref(),
                                until.as_deref(),
                                Some(work.transform.target_marker()),
                                limit,
                            )
                            .await
                    },
                )
                .await?;
                let complete = (rows.len() as i64) < limit;
                if let Some(last) = rows.last() {
                    after = Some(last.pk.clone());
                    if read_tx.send(rows).await.is_err() {
                        return Ok(false);
                    }
                }
                if complete {
                    return Ok(true);
                }
            }
        };
        // Paced (--max-rate), the run is there to leave the machine to the application: no bursts
        // on every core (a batch is transformed on one thread) and one batch in flight per writer.
        let paced = self.paced();
        let transform = async {
            let (mut read_rx, xform_tx) = (read_rx, xform_tx);
            while let Some(rows) = read_rx.recv().await {
                let transform = Arc::clone(&work.transform);
                let transformed = tokio::task::spawn_blocking(move || {
                    let results = if paced {
                        rows.iter().map(|row| transform.apply(row)).collect()
                    } else {
                        rows.par_iter().map(|row| transform.apply(row)).collect()
                    };
                    Transformed { rows, results }
                })
                .await
                .map_err(|e| Error::internal(format!("transform task failed: {e}")))?;
                if xform_tx.send(transformed).await.is_err() {
                    break;
                }
            }
            drop(xform_tx);
            Ok::<(), Error>(())
        };
        let writer = async {
            let mut xform_rx = xform_rx;
            // One connection for all of this range's writes: a batch is one large bind message, and
            // every connection that has carried one keeps a buffer that size.
            let conn = WriterConnection::default();
            while let Some(first) = xform_rx.recv().await {
                // Batches already waiting go out together, pipelined on the connection.
                let mut group = vec![first];
                let depth = if paced { 1 } else { WRITE_PIPELINE };
                while group.len() < depth {
                    match xform_rx.try_recv() {
                        Ok(next) => group.push(next),
                        Err(_) => break,
                    }
                }
                // Stopped: batches read but not written are dropped; the checkpoint is before them.
                if self.stop.should_stop() || !self.pace().await? {
                    return Ok::<bool, Error>(false);
                }
                let started = Instant::now();
                self.write_group(range, work, &group, &conn).await?;
                let per_batch = started.elapsed() / group.len() as u32;
                for batch in &group {
                    self.tune(batch.rows.len(), per_batch);
                }
            }
            Ok(true)
        };
        let (read_result, transform_result, write_result) = tokio::join!(reader, transform, writer);
        let written_all = write_result?;
        transform_result?;
        // Done only when everything read was written too.
        Ok(read_result? && written_all)
    }

    /// Whether the run is paced (--max-rate).
    fn paced(&self) -> bool {
        self.settings.max_rate.is_some_and(|r| r > 0.0)
    }

    /// Honours --max-rate and --max-replica-lag before a write; false when stopped meanwhile.
    async fn pace(&self) -> Result<bool> {
        if let Some(rate) = self.settings.max_rate.filter(|r| *r > 0.0) {
            let rows = self.rate_rows.load(Ordering::Relaxed) as f64;
            let due = Duration::try_from_secs_f64(rows / rate).unwrap_or(Duration::MAX);
            let elapsed = self.rate_started.elapsed();
            if due > elapsed && !self.stop.sleep(due - elapsed).await {
                return Ok(false);
            }
        }
        if let Some(max_lag) = self.settings.max_replica_lag {
            let check = {
                let mut last = self.lag_checked.lock().unwrap_or_else(|p| p.into_inner());
                let due = last.is_none_or(|t| t.elapsed() > Duration::from_secs(1));
                if due {
                    *last = Some(Instant::now());
                }
                due
            };
            if check {
                loop {
                    let client = self.db.client().await?;
                    let lag: f64 = client
                        .query_one("SELECT coalesce(extract(epoch FROM max(replay_lag)), 0)::float8 FROM pg_stat_replication", &[])
                        .await?
                        .col(0)?;
                    if lag <= max_lag.as_secs_f64() {
                        break;
                    }
                    tracing::info!("replica lag {lag:.1}s exceeds {:?}; pausing", max_lag);
                    if !self.stop.sleep(Duration::from_secs(1)).await {
                        return Ok(false);
                    }
                }
            }
        }
        Ok(true)
    }

    fn tune(&self, rows: usize, elapsed: Duration) {
        self.rate_rows.fetch_add(rows as u64, Ordering::Relaxed);
        if !self.settings.auto_tune || rows == 0 {
            return;
        }
        let current = self.batch_size.load(Ordering::Relaxed);
        if rows < current / 2 {
            return; // a short tail batch says nothing about the right size
        }
        let ratio =
            self.settings.target_batch_duration.as_secs_f64() / elapsed.as_secs_f64().max(1e-3);
        let next = ((current as f64) * ratio.clamp(0.5, 2.0)) as usize;
        self.batch_size.store(
            next.clamp(self.settings.min_batch, self.settings.max_batch),
            Ordering::Relaxed,
        );
    }

    /// Writes batches that were ready together: each batch's one statement is sent at once, one
    /// after the other on the writer's connection, so that the server starts on the next batch
    /// as soon as it has committed the one before, instead of waiting a round trip for idctl to
    /// send it (`WRITE_PIPELINE`). Each statement is atomic and holds its own lease check. What
    /// follows is handled batch by batch, in order: the rare rest of a batch (misses, failures), or,
    /// for a statement that failed, the careful path of [`Engine::write_batch`] (retries, waits for
    /// locks, halves). A batch after it may have committed by then, and its checkpoint is past the
    /// failed one: when that one is then written, the checkpoint steps back to its end, and a run
    /// resumed from there reads the rows between again only to find them under the target
    /// (they are not selected); a batch never written is found by the pass after the run.
    async fn write_group(
        &self,
        range: &JobRange,
        work: &ColumnWork,
        group: &[Transformed],
        conn: &WriterConnection,
    ) -> Result<()> {
        if group.len() == 1 {
            return self.write_batch(range, work, &group[0], conn).await;
        }
        let mut prepared = Vec::with_capacity(group.len());
        for batch in group {
            crate::failpoint::hit("worker.before_write");
            let all: Vec<usize> = (0..batch.rows.len()).collect();
            prepared.push(self.prepare(batch, &all)?);
        }
        let sent = {
            let mut slot = self.connected(conn).await?;
            let Some((client, _)) = slot.as_ref() else {
                return Err(Error::internal("writer connection missing"));
            };
            let sent = futures_util::future::join_all(
                prepared
                    .iter()
                    .map(|p| self.send_batch(client, range, work, p)),
            )
            .await;
            if sent.iter().any(|r| r.is_err()) && client.is_closed() {
                *slot = None;
            }
            sent
        };
        for ((batch, p), result) in group.iter().zip(prepared).zip(sent) {
            match result {
                Ok(updated) => {
                    let settled = {
                        let mut slot = self.connected(conn).await?;
                        let Some((client, _)) = slot.as_mut() else {
                            return Err(Error::internal("writer connection missing"));
                        };
                        self.settle_batch(client, range, work, p, updated).await
                    };
                    match settled {
                        Ok(()) => {}
                        // Its rest failed for a passing reason: the careful path sends the batch
                        // again (its written rows miss their compare-and-swap and are skipped).
                        Err(e) if worth_retrying_in_parts(&e) => {
                            self.write_batch(range, work, batch, conn).await?;
                        }
                        Err(e) => return Err(e),
                    }
                }
                Err(e) => {
                    tracing::debug!(
                        "a pipelined batch of {} rows failed ({}); writing it on its own",
                        batch.rows.len(),
                        e.message()
                    );
                    self.write_batch(range, work, batch, conn).await?;
                }
            }
        }
        Ok(())
    }

    /// Writes one transformed batch (and its checkpoint) in one statement, retrying temporary
    /// failures; a batch that keeps failing that way is split in two.
    async fn write_batch(
        &self,
        range: &JobRange,
        work: &ColumnWork,
        batch: &Transformed,
        conn: &WriterConnection,
    ) -> Result<()> {
        let indices: Vec<usize> = (0..batch.rows.len()).collect();
        self.write_part(range, work, batch, &indices, conn).await
    }

    /// Writes `part` of a batch. A batch whose rows are locked by another session (lock timeout)
    /// is retried with backoff for three times --lock-timeout in all, then the run stops (exit 75)
    /// naming the session that holds the lock; other temporary failures (deadlock, serialization)
    /// are retried a few times, then the batch is split in two.
    async fn write_part(
        &self,
        range: &JobRange,
        work: &ColumnWork,
        batch: &Transformed,
        part: &[usize],
        conn: &WriterConnection,
    ) -> Result<()> {
        let policy = RetryPolicy {
            max_attempts: 4,
            ..RetryPolicy::default()
        };
        // Connection failures are ridden out inside (the outage budget); the rest is decided here.
        let outages_only = RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        };
        let lock_timeout = self.db.session().lock_timeout;
        let lock_budget = lock_timeout.saturating_mul(3);
        let mut locked_since: Option<Instant> = None;
        let mut attempt = 1;
        loop {
            let e = match with_retry_until(
                outages_only,
                "writing a batch",
                &|| self.stop.should_stop(),
                |_| self.write_once(range, work, batch, part, conn),
            )
            .await
            {
                Ok(()) => {
                    // Whoever blocked an earlier write is no longer news.
                    *conn.blocker.lock().unwrap_or_else(|p| p.into_inner()) = None;
                    return Ok(());
                }
                Err(e) => e,
            };
            if crate::db::errors::is_lock_timeout(&e) && !lock_timeout.is_zero() {
                // The first attempt already waited one --lock-timeout.
                let since = *locked_since.get_or_insert_with(|| {
                    Instant::now()
                        .checked_sub(lock_timeout)
                        .unwrap_or_else(Instant::now)
                });
                let waited = since.elapsed();
                if waited >= lock_budget || self.stop.should_stop() {
                    return Err(self.locked_error(work, conn, waited, lock_timeout, e));
                }
                let pause = policy.backoff(attempt).min(lock_budget - waited);
                tracing::info!(
                    "a batch of {} rows of {}.{} waits for a row lock another session holds; retrying in {pause:?}",
                    part.len(),
                    work.table.column.table,
                    work.table.column.column
                );
                if !self.stop.sleep(pause).await {
                    return Err(self.locked_error(work, conn, waited, lock_timeout, e));
                }
                attempt += 1;
                continue;
            }
            if !worth_retrying_in_parts(&e) {
                return Err(e);
            }
            if attempt < policy.max_attempts {
                let pause = policy.backoff(attempt);
                tracing::debug!(
                    "writing a batch: attempt {attempt} failed ({}); retrying in {pause:?}",
                    e.message()
                );
                if !self.stop.sleep(pause).await {
                    return Err(e);
                }
                attempt += 1;
                continue;
            }
            if part.len() <= 1 {
                return Err(e);
            }
            tracing::info!(
                "batch of {} rows keeps failing ({}); splitting it",
                part.len(),
                e.message()
            );
            let half = self.batch_size.load(Ordering::Relaxed) / 2;
            self.batch_size
                .store(half.max(self.settings.min_batch), Ordering::Relaxed);
            let (a, b) = part.split_at(part.len() / 2);
            Box::pin(self.write_part(range, work, batch, a, conn)).await?;
            return Box::pin(self.write_part(range, work, batch, b, conn)).await;
        }
    }

    /// The error of a batch whose rows stayed locked: exit 75, naming the session that holds them.
    fn locked_error(
        &self,
        work: &ColumnWork,
        conn: &WriterConnection,
        waited: Duration,
        lock_timeout: Duration,
        cause: Error,
    ) -> Error {
        let blocker = conn
            .blocker
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let holder = match blocker {
            Some(b) => format!("held by {b}"),
            None => "held by another session (it could not be identified)".to_string(),
        };
        Error::temp_fail(format!(
            "rows of {}.{} stayed locked for {} ({} x --lock-timeout {}): {holder}; job {} is checkpointed",
            work.table.column.table,
            work.table.column.column,
            humantime::format_duration(Duration::from_millis(waited.as_millis() as u64)),
            3,
            humantime::format_duration(lock_timeout),
            self.job_id
        ))
        .with_hint(
            "run the same command again to resume once that session has committed or rolled back (or end it with pg_terminate_backend)",
        )
        .with_source(anyhow::anyhow!("{}", cause.message()))
    }

    /// Who blocks backend `pid` now (the longest-open transaction first), if anyone.
    async fn blocker_of(&self, pid: i32) -> Option<Blocker> {
        let client = self.db.client().await.ok()?;
        let row = client
            .query_opt(
                "SELECT a.pid, coalesce(a.application_name, ''),
                        extract(epoch FROM now() - coalesce(a.xact_start, a.backend_start))::float8,
                        coalesce(a.state, '')
                   FROM pg_stat_activity a
                  WHERE a.pid = ANY (pg_blocking_pids($1))
                  ORDER BY a.xact_start NULLS LAST LIMIT 1",
                &[&pid],
            )
            .await
            .ok()??;
        Some(Blocker {
            pid: row.col(0).ok()?,
            application_name: row.col(1).ok()?,
            held_for: Duration::try_from_secs_f64(row.col::<f64>(2).ok()?.max(0.0))
                .unwrap_or_default(),
            state: row.col(3).ok()?,
        })
    }

    /// The writer's connection, taken from the pool on first use and again after it broke.
    async fn connected<'c>(
        &self,
        conn: &'c WriterConnection,
    ) -> Result<tokio::sync::MutexGuard<'c, Option<(deadpool_postgres::Object, i32)>>> {
        let mut slot = conn.conn.lock().await;
        if slot.as_ref().is_none_or(|(c, _)| c.is_closed()) {
            *slot = None;
            let client = self.db.client().await?;
            let pid = crate::store::server::backend_pid(&**client).await?;
            *slot = Some((client, pid));
        }
        Ok(slot)
    }

    async fn write_once(
        &self,
        range: &JobRange,
        work: &ColumnWork,
        batch: &Transformed,
        part: &[usize],
        conn: &WriterConnection,
    ) -> Result<()> {
        let mut slot = self.connected(conn).await?;
        let Some((client, pid)) = slot.as_mut() else {
            return Err(Error::internal("writer connection missing"));
        };
        let pid = *pid;
        // While the write waits (longer than half the lock timeout), look up who blocks it, so
        // that a batch that stays locked can name the session.
        let lock_timeout = self.db.session().lock_timeout;
        let probe = async {
            if !lock_timeout.is_zero() {
                tokio::time::sleep(lock_timeout / 2).await;
                if let Some(b) = self.blocker_of(pid).await {
                    *conn.blocker.lock().unwrap_or_else(|p| p.into_inner()) = Some(b);
                }
            }
            // The probe never ends the write: only the write's own result does.
            std::future::pending::<Result<()>>().await
        };
        let result = tokio::select! {
            r = self.write_in(client, range, work, batch, part) => r,
            r = probe => r,
        };
        if result.is_err() && client.is_closed() {
            *slot = None;
        }
        result
    }

    async fn write_in(
        &self,
        client: &mut deadpool_postgres::Object,
        range: &JobRange,
        work: &ColumnWork,
        batch: &Transformed,
        part: &[usize],
    ) -> Result<()> {
        // Between reading a batch and writing it (tests hold a worker here while the application
        // changes the rows it read).
        crate::failpoint::hit("worker.before_write");
        let prepared = self.prepare(batch, part)?;
        let updated = self.send_batch(client, range, work, &prepared).await?;
        self.settle_batch(client, range, work, prepared, updated)
            .await
    }

    /// What of `part` of a batch is to be written, what failed, and the checkpoint after it.
    fn prepare<'b>(&self, batch: &'b Transformed, part: &[usize]) -> Result<PreparedBatch<'b>> {
        let mut writes: Vec<(&ScannedRow, &[u8])> = Vec::with_capacity(part.len());
        let mut failures: Vec<(&ScannedRow, RowErrorClass)> = Vec::new();
        for &i in part {
            match &batch.results[i] {
                Ok(new) => writes.push((&batch.rows[i], new.as_slice())),
                Err(e) => failures.push((&batch.rows[i], e.class)),
            }
        }
        let last = part
            .last()
            .map(|&i| &batch.rows[i].pk)
            .ok_or_else(|| Error::internal("an empty batch reached the writer"))?;
        Ok(PreparedBatch {
            writes,
            failures,
            checkpoint: serde_json::to_string(last)?,
        })
    }

    /// The batch's one statement: it holds the lease, writes and moves the checkpoint, committed on
    /// its own (one round trip, and the rows' locks last only as long as the statement). `None`:
    /// the lease was not ours, nothing was written.
    async fn send_batch(
        &self,
        client: &deadpool_postgres::Object,
        range: &JobRange,
        work: &ColumnWork,
        prepared: &PreparedBatch<'_>,
    ) -> Result<Option<Vec<bool>>> {
        let lease = Lease {
            kind: self.kind,
            range_id: range.id,
            job_id: self.job_id,
            worker: &self.worker.name,
            duration: self.settings.lease,
            checkpoint: &prepared.checkpoint,
        };
        write_checkpointed(
            client,
            &lease,
            &work.table,
            work.transform.target_marker(),
            &prepared.writes,
        )
        .await
    }

    /// After a batch's statement: the counters, and the rare rest of the batch.
    async fn settle_batch(
        &self,
        client: &mut deadpool_postgres::Object,
        range: &JobRange,
        work: &ColumnWork,
        prepared: PreparedBatch<'_>,
        updated: Option<Vec<bool>>,
    ) -> Result<()> {
        let Some(updated) = updated else {
            return Err(jobs::not_checkpointed(&*client, self.kind, range.id, self.job_id).await);
        };
        let done = updated.iter().filter(|u| **u).count() as u64;
        work.stats.done.fetch_add(done, Ordering::Relaxed);
        let missed: Vec<&ScannedRow> = prepared
            .writes
            .iter()
            .zip(&updated)
            .filter(|(_, u)| !**u)
            .map(|((r, _), _)| *r)
            .collect();
        if !missed.is_empty() || !prepared.failures.is_empty() {
            self.settle_misses_and_failures(
                client,
                range,
                work,
                &prepared.checkpoint,
                missed,
                prepared.failures,
            )
            .await?;
        }
        crate::failpoint::hit("worker.after_batch_commit");
        Ok(())
    }

    /// The rare rest of a batch, in one transaction after its write: rows the application changed
    /// between read and write are read again and retried (a few times), and rows that could not
    /// be rewritten are recorded. The batch's checkpoint is already past them: if this transaction
    /// does not commit (kill -9, lease lost), they are still off the target, and the pass after
    /// the run, which looks for such rows, takes them up. A retry of the whole batch after this
    /// failed finds its rows written (their compare-and-swap misses, the re-read shows them under
    /// the target) and writes nothing twice; only `retried` counts them again.
    async fn settle_misses_and_failures(
        &self,
        client: &mut deadpool_postgres::Object,
        range: &JobRange,
        work: &ColumnWork,
        checkpoint: &str,
        mut missed: Vec<&ScannedRow>,
        failures: Vec<(&ScannedRow, RowErrorClass)>,
    ) -> Result<()> {
        let tx = client.transaction().await?;
        let table = &work.table;
        let target = work.transform.target_marker();
        let mut done = 0i64;
        let mut retried = 0i64;
        let mut retry_failures: Vec<(ScannedRow, RowErrorClass)> = Vec::new();
        for _ in 0..3 {
            if missed.is_empty() || table.pk.len() != 1 {
                break;
            }
            retried += missed.len() as i64;
            let fresh = reread(&*tx, table, &missed).await?;
            let mut again: Vec<(ScannedRow, Vec<u8>)> = Vec::new();
            for row in fresh {
                if row.value.is_none() || row.key_id.as_deref() == Some(target) {
                    continue; // deleted, emptied, or already written under the target
                }
                match work.transform.apply(&row) {
                    Ok(new) => again.push((row, new)),
                    Err(e) => retry_failures.push((row, e.class)),
                }
            }
            let refs: Vec<(&ScannedRow, &[u8])> =
                again.iter().map(|(r, v)| (r, v.as_slice())).collect();
            let ok = cas_update(&tx, table, target, &refs).await?;
            done += ok.iter().filter(|u| **u).count() as i64;
            let still: HashSet<&Vec<String>> = again
                .iter()
                .zip(&ok)
                .filter(|(_, u)| !**u)
                .map(|((r, _), _)| &r.pk)
                .collect();
            missed.retain(|r| still.contains(&r.pk));
        }
        let mut all_failures: Vec<(&ScannedRow, RowErrorClass)> = failures;
        all_failures.extend(retry_failures.iter().map(|(r, c)| (r, *c)));
        if !all_failures.is_empty() {
            self.record_failures(&*tx, table, &all_failures).await?;
        }
        jobs::checkpoint(
            &tx,
            self.kind,
            range.id,
            self.job_id,
            &self.worker,
            self.settings.lease,
            checkpoint,
            done,
            all_failures.len() as i64,
            retried,
        )
        .await?;
        tx.commit().await?;
        work.stats.done.fetch_add(done as u64, Ordering::Relaxed);
        work.stats
            .failed
            .fetch_add(all_failures.len() as u64, Ordering::Relaxed);
        work.stats
            .retried
            .fetch_add(retried as u64, Ordering::Relaxed);
        Ok(())
    }

    async fn record_failures(
        &self,
        client: &impl tokio_postgres::GenericClient,
        table: &ColumnTable,
        failures: &[(&ScannedRow, RowErrorClass)],
    ) -> Result<()> {
        let pks: Vec<String> = failures.iter().map(|(r, _)| r.pk_display()).collect();
        let classes: Vec<&str> = failures.iter().map(|(_, c)| c.as_str()).collect();
        let key_ids: Vec<Option<String>> = failures.iter().map(|(r, _)| r.key_id.clone()).collect();
        client
            .execute(
                "INSERT INTO key_events (basename, event_type, actor_id, job_id, note, meta, source)
                 SELECT $1, 'row_failed', $2, $3, 'row could not be rewrapped; left as it was',
                        jsonb_build_object('table', $4::text, 'column', $5::text, 'primary_key', f.pk,
                                           'error_class', f.class, 'key_id', f.key_id, 'job_kind', $9::text),
                        current_setting('application_name')
                   FROM unnest($6::text[], $7::text[], $8::text[]) AS f(pk, class, key_id)
                  WHERE NOT EXISTS (SELECT 1 FROM key_events e
                                     WHERE e.job_id = $3 AND e.event_type = 'row_failed'
                                       AND coalesce(e.meta->>'job_kind', 'key_rotation') = $9
                                       AND e.meta->>'table' = $4 AND e.meta->>'column' = $5
                                       AND e.meta->>'primary_key' = f.pk)",
                &[&self.basename, &self.actor, &self.job_id, &table.column.table, &table.column.column, &pks, &classes, &key_ids, &self.kind],
            )
            .await?;
        Ok(())
    }
}

/// The range a batch belongs to, as its checkpointed write names it.
pub struct Lease<'a> {
    pub kind: &'a str,
    pub range_id: i64,
    pub job_id: i64,
    pub worker: &'a str,
    pub duration: Duration,
    /// The checkpoint after this batch (its last primary key, JSON).
    pub checkpoint: &'a str,
}

/// A batch's writes as the compare-and-swap UPDATE's array parameters. Parameters borrow the
/// batch: no copy of the values is made to send them.
struct CasBatch<'a> {
    pks: Vec<Vec<&'a str>>,
    ctids: Vec<Tid>,
    xmins: Vec<Xid>,
    news: Vec<&'a [u8]>,
    versions: Vec<Option<i64>>,
    target: &'a str,
}

impl<'a> CasBatch<'a> {
    fn new(table: &ColumnTable, target: &'a str, writes: &[(&'a ScannedRow, &'a [u8])]) -> Self {
        CasBatch {
            pks: (0..table.pk.len())
                .map(|i| writes.iter().map(|(r, _)| r.pk[i].as_str()).collect())
                .collect(),
            ctids: writes.iter().map(|(r, _)| r.ctid).collect(),
            xmins: writes.iter().map(|(r, _)| r.xmin).collect(),
            news: writes.iter().map(|(_, v)| *v).collect(),
            versions: writes.iter().map(|(r, _)| r.row_version).collect(),
            target,
        }
    }

    /// The UPDATE, returning the position in the batch (`ord`, from 1) of each row it wrote; its
    /// parameters are appended to `params` (numbered after those already there). `guard` is one
    /// more condition for every row.
    fn update_sql<'b>(
        &'b self,
        table: &ColumnTable,
        params: &mut Vec<&'b (dyn ToSql + Sync)>,
        guard: Option<&str>,
    ) -> String {
        let col = &table.column;
        // The batch's rows, one array per field, unnested side by side in a select list (a
        // ProjectSet streams them to the join: `FROM unnest(...)` would first copy every row,
        // new value included, into a tuplestore; docs/BENCHMARKS.md, 2026-12-08).
        let mut fields = Vec::new();
        for (i, values) in self.pks.iter().enumerate() {
            params.push(values);
            fields.push(format!("unnest(${}::text[]) AS pk{i}", params.len()));
        }
        params.push(&self.ctids);
        let ctid_array = format!("${}::tid[]", params.len());
        fields.push(format!("unnest({ctid_array}) AS row_ctid"));
        params.push(&self.xmins);
        fields.push(format!("unnest(${}::xid[]) AS old_xmin", params.len()));
        params.push(&self.news);
        fields.push(format!("unnest(${}::bytea[]) AS new_value", params.len()));
        // The compare-and-swap names the row version read, without sending its value back: every
        // UPDATE writes a new tuple (a new ctid), so a row the application changed since the read
        // no longer has this ctid (also when the write waited for the application's transaction:
        // PostgreSQL re-checks the condition on the newest version); xmin guards a slot that
        // VACUUM freed and an INSERT refilled. The key is checked too. (docs/ARCHITECTURE.md,
        // "Decisions")
        let mut conditions = vec![
            "t.ctid = v.row_ctid".to_string(),
            "t.xmin = v.old_xmin".to_string(),
        ];
        conditions.extend(
            table
                .pk
                .iter()
                .enumerate()
                .map(|(i, (name, ty))| format!("t.{} = v.pk{i}::{ty}", ident(name))),
        );
        if let Some(version) = &col.row_version_column {
            params.push(&self.versions);
            fields.push(format!(
                "unnest(${}::bigint[]) AS old_version",
                params.len()
            ));
            conditions.push(format!(
                "t.{} IS NOT DISTINCT FROM v.old_version",
                ident(version)
            ));
        }
        conditions.extend(guard.map(str::to_string));
        let mut set = vec![format!("{} = v.new_value", ident(&col.column))];
        if let Some(kv) = &col.key_version_column {
            params.push(&self.target);
            set.push(format!("{} = ${}", ident(kv), params.len()));
        }
        // Which rows were written: their position in the batch (an int8, not the key's text),
        // counted in step with the arrays (set-returning functions in one select list advance
        // together).
        fields.push(format!(
            "generate_series(1::bigint, cardinality({ctid_array})) AS ord"
        ));
        // Sizes, never values: the parameters are ciphertexts.
        tracing::trace!(
            "compare-and-swap update of {} rows of {}.{}: {} bytes of new values",
            self.news.len(),
            col.table,
            col.column,
            self.news.iter().map(|v| v.len()).sum::<usize>()
        );
        format!(
            "UPDATE {} AS t SET {} FROM (SELECT {}) AS v WHERE {} RETURNING v.ord",
            table.table_sql(),
            set.join(", "),
            fields.join(", "),
            conditions.join(" AND ")
        )
    }
}

/// For each of `n` writes, whether it was written, from the positions (`ord`, from 1) written.
fn written_positions(n: usize, ords: impl IntoIterator<Item = i64>) -> Vec<bool> {
    let mut updated = vec![false; n];
    for ord in ords {
        if let Some(slot) = usize::try_from(ord - 1)
            .ok()
            .and_then(|i| updated.get_mut(i))
        {
            *slot = true;
        }
    }
    updated
}

/// The compare-and-swap UPDATE of a batch (inside the caller's transaction); returns, for each
/// write, whether it was written.
pub async fn cas_update(
    client: &impl crate::db::cached::QueryCached,
    table: &ColumnTable,
    target: &str,
    writes: &[(&ScannedRow, &[u8])],
) -> Result<Vec<bool>> {
    if writes.is_empty() {
        return Ok(Vec::new());
    }
    let batch = CasBatch::new(table, target, writes);
    let mut params = Vec::new();
    let sql = batch.update_sql(table, &mut params, None);
    let rows = client.query_cached(&sql, &params).await?;
    let ords = rows
        .iter()
        .map(|r| r.col::<i64>(0))
        .collect::<Result<Vec<_>>>()?;
    Ok(written_positions(writes.len(), ords))
}

/// A batch's compare-and-swap UPDATE and its range's checkpoint, in **one** statement committed on
/// its own: the range's row is locked while the lease is still ours (`jobs::checkpointed_write`),
/// the rows are written only then, and the checkpoint moves by the rows written. Returns, for each
/// write, whether it was written; `None` when the lease was not ours (or the job no longer ran):
/// then nothing was written.
pub async fn write_checkpointed(
    client: &impl crate::db::cached::QueryCached,
    lease: &Lease<'_>,
    table: &ColumnTable,
    target: &str,
    writes: &[(&ScannedRow, &[u8])],
) -> Result<Option<Vec<bool>>> {
    let batch = CasBatch::new(table, target, writes);
    let lease_secs = lease.duration.as_secs_f64();
    let mut params: Vec<&(dyn ToSql + Sync)> = vec![
        &lease.range_id,
        &lease.worker,
        &lease.job_id,
        &lease.checkpoint,
        &lease_secs,
    ];
    debug_assert_eq!(params.len(), jobs::CHECKPOINTED_WRITE_PARAMS);
    let pieces = jobs::checkpointed_write(lease.kind, "(SELECT count(*) FROM w)", "0", "0");
    let update = batch.update_sql(table, &mut params, Some("EXISTS (SELECT 1 FROM lease)"));
    let sql = format!(
        "WITH lease AS ({}), w AS ({update}), cp AS ({})
         SELECT (SELECT count(*) FROM cp), coalesce((SELECT array_agg(ord) FROM w), '{{}}'::bigint[])",
        pieces.lease, pieces.checkpoint
    );
    let row = client
        .query_cached(&sql, &params)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| Error::internal("the batch statement returned no row"))?;
    let checkpointed: i64 = row.col(0)?;
    if checkpointed != 1 {
        return Ok(None);
    }
    let ords: Vec<i64> = row.col(1)?;
    Ok(Some(written_positions(writes.len(), ords)))
}

/// Reads rows again by primary key (single-column keys).
async fn reread(
    client: &impl tokio_postgres::GenericClient,
    table: &ColumnTable,
    rows: &[&ScannedRow],
) -> Result<Vec<ScannedRow>> {
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        if let Some(fresh) = table.read_one(client, &row.pk).await? {
            out.push(fresh);
        }
    }
    Ok(out)
}

/// Whether a failed batch write is worth trying again (and, if it keeps failing, in halves): a
/// temporary failure of the statement itself, not a range another worker took over or a job that
/// is no longer running — retrying those only delays the stop. Decided by the error's typed
/// reason, which `Error::context` keeps, never by its message.
fn worth_retrying_in_parts(e: &Error) -> bool {
    e.kind() == ErrorKind::TempFail
        && !matches!(
            e.reason(),
            Some(Reason::LeaseLost | Reason::JobCancelled | Reason::JobNotRunning)
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lease_lost_error_is_recognised_after_context() {
        let e = Error::temp_fail(format!(
            "{}: range 4 was taken over by another worker",
            jobs::LEASE_LOST
        ))
        .with_reason(Reason::LeaseLost)
        .context("writing a batch of 500 rows of crm.users.email")
        .context("range 4");
        assert!(!e.message().starts_with(jobs::LEASE_LOST), "{e}");
        assert!(e.is(Reason::LeaseLost));
        assert!(!worth_retrying_in_parts(&e));
    }

    #[test]
    fn a_stopped_job_is_not_retried_and_a_busy_server_is() {
        let stopped = Error::temp_fail("job 9 is failed; stopping")
            .with_reason(Reason::JobNotRunning)
            .context("checkpoint");
        assert!(!worth_retrying_in_parts(&stopped));
        assert!(!worth_retrying_in_parts(
            &Error::job_cancelled(9, None).context("checkpoint")
        ));
        // A message that happens to start with "job " is no longer mistaken for a stopped job.
        assert!(worth_retrying_in_parts(&Error::temp_fail(
            "job 9: serialization failure"
        )));
        assert!(!worth_retrying_in_parts(&Error::data("bad row")));
    }
}
