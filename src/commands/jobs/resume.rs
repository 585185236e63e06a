use clap::Args;

use crate::authz::Permission;
use crate::commands::keys::rotate::{EngineArgs, exit_for, stop_on_signals};
use crate::context::Ctx;
use crate::engine::jobs::{self, JobStatus, KIND_ROTATION};
use crate::engine::worker::StopSignal;
use crate::error::{Error, Result};
use crate::rotation::{self, RotateRequest};

/// Resume a job where it stopped: an unfinished one (the same as running its `keys rotate` again),
/// or one that was cancelled or failed, which is opened again with its ranges and checkpoints, so
/// that nothing already done is redone. The job's own options (--keep-old, --retire-after) are
/// honoured. Needs permission keys.rotate.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl jobs resume 12\n  idctl jobs resume 12 --workers 4"
)]
pub struct ResumeArgs {
    /// The job id.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::job_ids))]
    pub id: i64,
    /// Resume even though a newer version of the basename was activated since the job started
    /// (that version is demoted).
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

pub async fn run(args: ResumeArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let mut session = ctx.session_settings(crate::cli::DEFAULT_STATEMENT_TIMEOUT);
    session.pool_size = session.pool_size.max(args.engine.workers * 2 + 2);
    let db = ctx.connect_with(session).await?;
    let (job, actor) = {
        let client = db.client().await?;
        let actor = ctx.actor(&**client, Permission::KeysRotate).await?;
        (jobs::get(&**client, args.id).await?, actor)
    };
    match job.status {
        JobStatus::Pending | JobStatus::Running => {}
        JobStatus::Cancelled | JobStatus::Failed => {
            // Nothing may be written before the preconditions hold.
            rotation::preconditions(&db, &registry, &keyring, &job.basename).await?;
            let client = db.client().await?;
            if let Some(newer) = jobs::unfinished_for(&**client, &job.basename).await? {
                return Err(Error::data(format!(
                    "job {} is {}, and job {} of {} is unfinished: resume that one instead",
                    job.id, job.status, newer.id, job.basename
                ))
                .with_hint(format!("`idctl jobs resume {}`", newer.id)));
            }
            jobs::reopen(&**client, KIND_ROTATION, job.id).await?;
            ctx.ui.note(format!(
                "Job {} was {}; opened again (its checkpoints are kept).",
                job.id, job.status
            ));
        }
        other @ (JobStatus::Completed | JobStatus::CompletedWithErrors) => {
            return Err(Error::data(format!(
                "job {} is {other}; nothing to resume",
                job.id
            ))
            .with_hint(format!(
                "`idctl keys rotate {}` starts a new rotation if one is needed (`idctl keys plan {}` shows what it would do)",
                job.basename, job.basename
            )));
        }
    }
    let stop = StopSignal::new(None);
    stop_on_signals(stop.clone());
    let mut req = RotateRequest::new(&job.basename, args.engine.settings(), stop);
    req.ranges_per_column = args.engine.ranges.max(1);
    req.force = args.force;
    let report = rotation::rotate(&db, &registry, &keyring, actor.id, &req, &ctx.ui).await?;
    crate::commands::keys::rotate::emit_report(ctx, &report)?;
    exit_for(&report, &ctx.ui)
}
