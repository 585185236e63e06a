use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::deletion;

/// Cancel a deletion job that has not completed.
///
/// A running job stops at its next batch; what it already did stays done (the checkpoint records
/// it). Audited. Needs permission deletion.plan.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl deletion cancel 7")]
pub struct CancelArgs {
    /// The job id.
    pub id: i64,
}

pub async fn run(args: CancelArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::DeletionPlan)
        .await?;
    let change = deletion::cancel(&db, &actor, args.id).await?;
    ctx.ui.note(format!("Deletion job {} cancelled.", args.id));
    ctx.ui.emit(&change)
}
