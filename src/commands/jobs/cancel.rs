use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::engine::jobs;
use crate::error::Result;
use crate::keystore::{self, KeyEvent};

/// Cancel a pending or running job. Workers stop at their next checkpoint and exit 79 ("cancelled
/// by operator N": not to be retried); rows already rewritten stay rewritten (they decrypt under the
/// new version, which stays active). Needs jobs.manage.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl jobs cancel 12")]
pub struct CancelArgs {
    /// The job id.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::job_ids))]
    pub id: i64,
}

pub async fn run(args: CancelArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let mut client = db.client().await?;
    let actor = ctx.actor(&**client, Permission::JobsManage).await?;
    let tx = client.transaction().await?;
    let job = jobs::get(&*tx, args.id).await?;
    if !jobs::cancel(&*tx, args.id).await? {
        ctx.ui.note(format!(
            "Job {} is {}; nothing to cancel.",
            job.id, job.status
        ));
        return ctx.ui.emit(&job);
    }
    // Who cancelled it, for the workers that stop on it (`Error::job_cancelled`, exit 79).
    jobs::record_canceller(&*tx, args.id, actor.id).await?;
    keystore::record_event(
        &*tx,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::RotationCancelled,
            key_row_id: None,
            basename: &job.basename,
            actor: Some(actor.id),
            job_id: Some(job.id),
            note: Some(format!("job {} cancelled by operator {}", job.id, actor.id)),
            meta: serde_json::json!({"cancelled": true}),
        },
    )
    .await?;
    tx.commit().await?;
    ctx.ui.note(format!(
        "Cancelled job {}; {} stays active. `idctl jobs resume {}` opens it again (checkpoints kept).",
        job.id,
        job.target_key_id(),
        job.id
    ));
    ctx.ui.emit(&jobs::get(&**client, args.id).await?)
}
