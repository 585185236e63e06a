use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::deletion;

/// Show a deletion job: status, plan, checkpoint, hold, runner and result.
///
/// Needs permission deletion.plan.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl deletion show 7\n  idctl deletion show 7 -o json")]
pub struct ShowArgs {
    /// The job id.
    pub id: i64,
}

pub async fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::DeletionPlan)
        .await?;
    let job = deletion::show(&db, args.id).await?;
    ctx.ui.emit_narrow(&job, || super::job_view(&job))
}
