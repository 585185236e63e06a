use std::time::{Duration, Instant};

use clap::Args;
use serde::Serialize;

use crate::authz::Permission;
use crate::cli::parse_duration_in;
use crate::commands::keys::rotate::{EngineArgs, stop_on_signals};
use crate::context::Ctx;
use crate::engine::jobs;
use crate::engine::worker::StopSignal;
use crate::error::{Error, ErrorKind, Result};
use crate::rotation::{self, RotateRequest, RotationStatus};

/// Run every job whose time has come, and stop cleanly at the deadline: the line cron calls.
///
/// Jobs another idctl is already running are skipped. At --max-duration the current batches finish
/// and are checkpointed, and the jobs are left to resume on the next run. Exits 65 when a job ended
/// with rows that failed. Needs permission jobs.run.
#[derive(Debug, Args)]
pub struct RunDueArgs {
    /// Stop (checkpointed) after this long, e.g. 50m (1s to 30d).
    #[arg(long, value_parser = parse_max_duration)]
    pub max_duration: Option<Duration>,
    #[command(flatten)]
    pub engine: EngineArgs,
}

fn parse_max_duration(s: &str) -> std::result::Result<Duration, String> {
    parse_duration_in(
        s,
        Duration::from_secs(1),
        Duration::from_secs(30 * 24 * 3600),
    )
}

#[derive(Debug, Serialize)]
struct DueResult {
    job_id: i64,
    basename: String,
    outcome: String,
    message: String,
}

pub async fn run(args: RunDueArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    // A connection per worker's writer, reader and lock probe, as `keys rotate` sizes it.
    let mut session = ctx.session_settings(crate::cli::DEFAULT_STATEMENT_TIMEOUT);
    session.pool_size = session.pool_size.max(args.engine.workers * 3 + 2);
    let db = ctx.connect_with(session).await?;
    let (actor, due) = {
        let client = db.client().await?;
        (
            ctx.actor(&**client, Permission::JobsRun).await?,
            jobs::due(&**client).await?,
        )
    };
    let deadline = args.max_duration.map(|d| Instant::now() + d);
    if let Some(d) = deadline {
        // Waits for an unavailable database end at the deadline too.
        crate::db::retry::give_up_at(d);
    }
    let stop = StopSignal::new(deadline);
    stop_on_signals(stop.clone());
    let mut results = Vec::new();
    let mut any_failed_rows = false;
    for job in due {
        if stop.should_stop() {
            results.push(DueResult {
                job_id: job.id,
                basename: job.basename,
                outcome: "deferred".into(),
                message: "deadline reached".into(),
            });
            continue;
        }
        let mut req = RotateRequest::new(&job.basename, args.engine.settings(), stop.clone());
        req.ranges_per_column = args.engine.ranges.max(1);
        let r = rotation::rotate(&db, &registry, &keyring, actor.id, &req, &ctx.ui).await;
        let (outcome, message) = match r {
            Ok(report) => {
                any_failed_rows |= report.status == RotationStatus::CompletedWithErrors;
                (
                    serde_json::to_value(report.status)?
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    report.message,
                )
            }
            Err(e) if e.kind() == ErrorKind::TempFail => {
                ("skipped".to_string(), e.message().to_string())
            }
            // Cancelled meanwhile by an operator: that job is over; the others still run.
            Err(e) if e.kind() == ErrorKind::Cancelled => {
                ("cancelled".to_string(), e.message().to_string())
            }
            Err(e) => return Err(e),
        };
        results.push(DueResult {
            job_id: job.id,
            basename: job.basename,
            outcome,
            message,
        });
    }
    // Old key versions whose grace period has passed and that no row uses any more.
    let retirements = rotation::retire_due(&db, &registry, None, actor.id).await?;
    for key in &retirements.retired {
        results.push(DueResult {
            job_id: 0,
            basename: key.split(':').next().unwrap_or_default().to_string(),
            outcome: "retired".into(),
            message: format!("{key} retired after its grace period"),
        });
    }
    for key in &retirements.still_used {
        results.push(DueResult {
            job_id: 0,
            basename: key.split(':').next().unwrap_or_default().to_string(),
            outcome: "retirement_deferred".into(),
            message: format!(
                "{key}: grace period over, but rows still use it (the application wrote under it): `idctl keys rotate {}` moves them",
                key.split(':').next().unwrap_or_default()
            ),
        });
    }
    if results.is_empty() {
        ctx.ui.note("No job is due.");
    }
    ctx.ui.emit(&results)?;
    if any_failed_rows {
        return Err(Error::data(
            "a job finished with rows that could not be processed (see `idctl jobs show`)",
        ));
    }
    Ok(())
}
