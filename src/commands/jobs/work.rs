use clap::Args;
use serde::Serialize;

use crate::authz::Permission;
use crate::commands::keys::rotate::{EngineArgs, stop_on_signals};
use crate::context::Ctx;
use crate::engine::worker::StopSignal;
use crate::error::Result;
use crate::rotation;

/// Add this process's workers to a running job, on any host: they claim the job's remaining ranges
/// (FOR UPDATE SKIP LOCKED) until none is left. Needs permission jobs.run.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl jobs work 12                # on a second host, beside the rotation"
)]
pub struct WorkArgs {
    /// The job id.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::job_ids))]
    pub id: i64,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(Debug, Serialize)]
struct WorkReport {
    job_id: i64,
    rows_rewritten: u64,
}

pub async fn run(args: WorkArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    // A connection per worker's writer, reader and lock probe, as `keys rotate` sizes it.
    let mut session = ctx.session_settings(crate::cli::DEFAULT_STATEMENT_TIMEOUT);
    session.pool_size = session.pool_size.max(args.engine.workers * 3 + 2);
    let db = ctx.connect_with(session).await?;
    {
        let client = db.client().await?;
        ctx.actor(&**client, Permission::JobsRun).await?;
    }
    let stop = StopSignal::new(None);
    stop_on_signals(stop.clone());
    let rows = rotation::join(
        &db,
        &registry,
        &keyring,
        args.id,
        args.engine.settings(),
        stop,
        &ctx.ui,
    )
    .await?;
    ctx.ui.note(format!(
        "Worked on job {}: {rows} rows rewritten; no range left to claim.",
        args.id
    ));
    ctx.ui.emit_event(
        "summary",
        &WorkReport {
            job_id: args.id,
            rows_rewritten: rows,
        },
    )
}
