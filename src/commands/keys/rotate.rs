use std::time::Duration;

use clap::Args;

use crate::authz::Permission;
use crate::cli::parse_duration;
use crate::context::Ctx;
use crate::engine::worker::{EngineSettings, StopSignal};
use crate::error::{Error, Result};
use crate::rotation::{self, DEFAULT_LEASE, RotateRequest, RotationReport, RotationStatus};

/// Rotate a key: move every value protected by it to a new key version.
///
/// Checks everything first (the registry against the live schema, the actor, every key file), then
/// chooses the target: the unfinished job's (resumed where it stopped); the active version when rows
/// remain on older ones (after a cancelled job or a manual `keys activate`); --to; a pending
/// version; or a new version, which it generates and activates (the old one becomes decrypt-only).
/// It re-encrypts every registered column of the basename in batches beside live traffic, verifies
/// that no row remains on an older version, and schedules the old version's retirement after
/// --retire-after (default 1h; `idctl jobs run-due` retires it once no row uses it; 0s retires at
/// once; --keep-old never). Killed or interrupted, it resumes where it stopped when run again. A
/// second rotation of the same basename exits 75 naming the running job; more workers, on any host,
/// join with `idctl jobs work <job>`. Re-running a finished rotation does nothing (--new-version
/// rotates again). Rows that cannot be decrypted are quarantined (left as they were and recorded:
/// `idctl jobs show <job>` lists them) and make it exit 65; a re-run reports them and does nothing
/// else (--retry-quarantined tries them again). Blind indexes without a plaintext source are left
/// to the application (status waiting_for_application). Needs permission keys.rotate.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl keys rotate profile\n  idctl keys rotate profile --dry-run\n  idctl keys rotate profile --max-rate 5000 --retire-after 24h\n  idctl keys rotate profile -o jsonl | jq -c 'select(.event == \"summary\")'"
)]
pub struct RotateArgs {
    /// Key purpose to rotate, e.g. profile.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::basenames))]
    pub basename: String,
    /// Show what the run would do (target, rows per column, time estimate) after checking every
    /// precondition the run checks; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Rotate again even though the last rotation of this basename completed.
    #[arg(long, conflicts_with = "to")]
    pub new_version: bool,
    /// Rotate to this existing version (pending, active or decrypt-only), e.g. profile:v3.
    #[arg(long, value_name = "KEY")]
    pub to: Option<String>,
    /// Try the rows earlier runs quarantined again (after fixing them).
    #[arg(long)]
    pub retry_quarantined: bool,
    /// Resume an unfinished job even though a newer version was activated since it started (that
    /// version is demoted).
    #[arg(long)]
    pub force: bool,
    /// Leave the old versions decrypt-only instead of retiring them.
    #[arg(long)]
    pub keep_old: bool,
    /// Grace period before the old version is retired, so that application instances that cached
    /// it as the active key do not find it retired (0s: retire at once).
    #[arg(long, value_name = "DURATION", default_value = "1h", env = "IDCTL_RETIRE_AFTER", value_parser = parse_duration)]
    pub retire_after: Duration,
    /// Do not rotate now: create the target version and a job that `idctl jobs run-due` runs at
    /// WHEN (RFC 3339 time, or a delay such as 30m).
    #[arg(long, value_name = "WHEN", value_parser = parse_when, conflicts_with = "dry_run")]
    pub schedule: Option<chrono::DateTime<chrono::Utc>>,
    #[command(flatten)]
    pub engine: EngineArgs,
}

impl RotateArgs {
    /// The request these arguments make.
    pub fn request(&self, stop: std::sync::Arc<StopSignal>) -> Result<RotateRequest> {
        let to = match &self.to {
            Some(t) => {
                let id = super::parse_key_id(t)?;
                if id.basename() != self.basename {
                    return Err(Error::usage(format!(
                        "--to {t}: not a version of {}",
                        self.basename
                    )));
                }
                Some(id)
            }
            None => None,
        };
        Ok(RotateRequest {
            basename: self.basename.clone(),
            new_version: self.new_version,
            to,
            retry_quarantined: self.retry_quarantined,
            force: self.force,
            keep_old: self.keep_old,
            retire_after: self.retire_after,
            settings: self.engine.settings(),
            ranges_per_column: self.engine.ranges.max(1),
            stop,
        })
    }
}

/// `2026-12-01T03:00:00Z` or a delay from now (`30m`, `2h`, `0s`).
fn parse_when(s: &str) -> std::result::Result<chrono::DateTime<chrono::Utc>, String> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    let delay = parse_duration(s)
        .map_err(|_| format!("{s:?}: expected an RFC 3339 time or a delay such as 30m"))?;
    // Checked: a delay of a few million years overflows chrono's range (a panic with `+`).
    chrono::Duration::from_std(delay)
        .ok()
        .and_then(|d| chrono::Utc::now().checked_add_signed(d))
        .ok_or_else(|| format!("{s:?}: the delay is too far in the future"))
}

/// A rotation's report: `-o jsonl` ends its progress events with it as `{"event":"summary",...}`;
/// a table shows its columns as COLUMN, REWRITTEN, FAILED, RETRIED, LEFT (on older versions).
pub fn emit_report(ctx: &Ctx, report: &crate::rotation::RotationReport) -> Result<()> {
    if !ctx.ui.is_table() {
        return ctx.ui.emit_event("summary", report);
    }
    ctx.ui.emit_narrow(report, || {
        let columns = report
            .columns
            .iter()
            .map(|c| {
                serde_json::json!({
                    "column": crate::commands::views::qualified(&c.table, &c.column),
                    "rewritten": c.rewritten,
                    "failed": c.failed,
                    "retried": c.retried,
                    "left": c.remaining_on_old_versions,
                })
            })
            .collect();
        crate::commands::views::with_sections(
            report,
            vec![("columns", columns)],
            &["retire_scheduled", "kept"],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_when_refuses_delays_beyond_the_calendar_instead_of_panicking() {
        assert!(parse_when("30m").is_ok());
        assert!(parse_when("2026-12-01T03:00:00Z").is_ok());
        for extreme in ["99999999d", "18446744073709551615", "584542046090y"] {
            let e = parse_when(extreme).unwrap_err();
            assert!(
                e.contains("too far in the future") || e.contains("expected"),
                "{extreme}: {e}"
            );
        }
    }

    #[test]
    fn batch_size_never_lifts_the_memory_cap() {
        let args = EngineArgs {
            batch_size: 50_000,
            fixed_batch_size: false,
            target_batch_duration: Duration::from_millis(500),
            max_rate: None,
            max_replica_lag: None,
            workers: 2,
            ranges: 4,
        };
        let s = args.settings();
        assert_eq!(s.max_batch, MAX_BATCH_SIZE);
        assert!(s.batch_size <= MAX_BATCH_SIZE);
        let fixed = EngineArgs {
            fixed_batch_size: true,
            ..args
        }
        .settings();
        assert_eq!(fixed.max_batch, MAX_BATCH_SIZE);
        assert_eq!(fixed.min_batch, MAX_BATCH_SIZE);
    }
}

/// Pacing options shared by `keys rotate` and `jobs work`.
#[derive(Debug, Clone, Args)]
pub struct EngineArgs {
    /// Rows per batch to start with, 1 to 1000 (adjusted toward --target-batch-duration unless
    /// --fixed-batch-size).
    #[arg(long, default_value_t = 500, value_parser = parse_batch_size)]
    pub batch_size: usize,
    /// Keep --batch-size fixed.
    #[arg(long)]
    pub fixed_batch_size: bool,
    /// Batch duration the batch size is tuned toward, 10ms to 10m (short transactions hold row
    /// locks briefly).
    #[arg(long, default_value = "500ms", value_parser = parse_target_batch_duration)]
    pub target_batch_duration: Duration,
    /// At most this many rows per second (this process), 1 to 10000000. A paced run also keeps
    /// its bursts small for the application beside it: each batch is transformed on one thread,
    /// and each writer has one batch in flight.
    #[arg(long, value_parser = parse_max_rate)]
    pub max_rate: Option<f64>,
    /// Pause while a replica's replay lag (pg_stat_replication) exceeds this (1ms to 24h).
    #[arg(long, value_parser = parse_max_replica_lag)]
    pub max_replica_lag: Option<Duration>,
    /// Ranges this process works on at once, 1 to 64.
    #[arg(long, default_value_t = 2, value_parser = parse_workers)]
    pub workers: usize,
    /// Primary-key ranges per column (the units other workers can claim), 1 to 10000.
    #[arg(long, default_value_t = 4, value_parser = parse_ranges)]
    pub ranges: usize,
}

/// The largest batch: a batch is held in memory a few times per worker (read, transformed, being
/// written), so this bounds memory whatever the options.
pub const MAX_BATCH_SIZE: usize = 1000;

fn parse_batch_size(s: &str) -> std::result::Result<usize, String> {
    crate::cli::parse_int_in(s, 1, MAX_BATCH_SIZE)
}

fn parse_workers(s: &str) -> std::result::Result<usize, String> {
    crate::cli::parse_int_in(s, 1, 64)
}

fn parse_ranges(s: &str) -> std::result::Result<usize, String> {
    crate::cli::parse_int_in(s, 1, 10_000)
}

fn parse_max_rate(s: &str) -> std::result::Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number: allowed 1 to 10000000"))?;
    if !(1.0..=10_000_000.0).contains(&v) {
        return Err(format!("{s:?} is out of range: allowed 1 to 10000000"));
    }
    Ok(v)
}

fn parse_target_batch_duration(s: &str) -> std::result::Result<Duration, String> {
    crate::cli::parse_duration_in(s, Duration::from_millis(10), Duration::from_secs(600))
}

fn parse_max_replica_lag(s: &str) -> std::result::Result<Duration, String> {
    crate::cli::parse_duration_in(s, Duration::from_millis(1), Duration::from_secs(24 * 3600))
}

impl EngineArgs {
    pub fn settings(&self) -> EngineSettings {
        let defaults = EngineSettings::default();
        // The options are bounded by their parsers; clamp again so that no caller can lift the
        // memory cap (MAX_BATCH_SIZE) through --batch-size.
        let batch = self.batch_size.clamp(1, MAX_BATCH_SIZE);
        EngineSettings {
            batch_size: batch,
            auto_tune: !self.fixed_batch_size,
            target_batch_duration: self.target_batch_duration,
            min_batch: if self.fixed_batch_size {
                batch
            } else {
                defaults.min_batch.min(batch)
            },
            max_batch: if self.fixed_batch_size {
                batch
            } else {
                defaults.max_batch.max(batch).min(MAX_BATCH_SIZE)
            },
            max_rate: self.max_rate,
            max_replica_lag: self.max_replica_lag,
            lease: DEFAULT_LEASE,
            workers: self.workers.clamp(1, 64),
        }
    }
}

/// Stops the engine cleanly (current batches checkpointed) on Ctrl-C or SIGTERM.
pub fn stop_on_signals(stop: std::sync::Arc<StopSignal>) {
    tokio::spawn(async move {
        let mut term =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        let term_fut = async {
            match term.as_mut() {
                Some(t) => {
                    t.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {},
            _ = term_fut => {},
        }
        eprintln!("idctl: stopping after the current batches (checkpointed); run again to resume");
        crate::db::retry::give_up_now();
        stop.stop();
    });
}

pub async fn run(args: RotateArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    registry.require_basename(&args.basename)?;
    let keyring = ctx.keyring()?;
    let mut session = ctx.session_settings(crate::cli::DEFAULT_STATEMENT_TIMEOUT);
    session.pool_size = session.pool_size.max(args.engine.workers * 3 + 2);
    let db = ctx.connect_with(session).await?;
    let actor = {
        let client = db.client().await?;
        ctx.actor(&**client, Permission::KeysRotate).await?
    };
    let stop = StopSignal::new(None);
    let req = args.request(stop.clone())?;
    if args.dry_run {
        let plan = rotation::plan(&db, &registry, &keyring, &req).await?;
        super::plan::note_plan(ctx, &plan);
        return super::plan::emit_plan(ctx, &plan);
    }
    if let Some(at) = args.schedule {
        let job = rotation::schedule(&db, &registry, &keyring, actor.id, &req, at).await?;
        ctx.ui.note(format!(
            "Scheduled job {} ({} → {}) for {}; `idctl jobs run-due` runs it.",
            job.id,
            job.basename,
            job.target_key_id(),
            at.format("%Y-%m-%d %H:%M:%S UTC")
        ));
        return ctx.ui.emit(&job);
    }
    stop_on_signals(stop);
    let report = rotation::rotate(&db, &registry, &keyring, actor.id, &req, &ctx.ui).await?;
    ctx.metrics.job(
        &report.basename,
        &crate::metrics::status_name(&report.status),
        report.rows_rewritten,
        report.rows_failed,
    );
    emit_report(ctx, &report)?;
    exit_for(&report, &ctx.ui)
}

/// The exit status of a rotation's report: 0 when idctl's work is done (completed, nothing to do,
/// waiting for the application to rehash blind indexes); 75 interrupted (resume by running it
/// again); 65 when rows are quarantined; 79 when an operator cancelled the job.
pub fn exit_for(report: &RotationReport, ui: &crate::output::Ui) -> Result<()> {
    match report.status {
        RotationStatus::Completed
        | RotationStatus::NothingToDo
        | RotationStatus::WaitingForApplication => {
            ui.note(format!("{}: {}.", report.basename, report.message));
            Ok(())
        }
        RotationStatus::Interrupted => Err(Error::temp_fail(report.message.clone())),
        RotationStatus::Cancelled => Err(Error::cancelled(report.message.clone())),
        RotationStatus::CompletedWithErrors => Err(Error::data(report.message.clone())),
    }
}
