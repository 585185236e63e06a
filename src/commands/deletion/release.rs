use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::deletion;

/// Release a deletion job from legal hold: it is scheduled again (and due if its time has come).
///
/// Audited. Needs permission deletion.hold.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl deletion release 7")]
pub struct ReleaseArgs {
    /// The job id.
    pub id: i64,
}

pub async fn run(args: ReleaseArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::DeletionHold)
        .await?;
    let change = deletion::release(&db, &actor, args.id).await?;
    ctx.ui.note(format!("Deletion job {} released.", args.id));
    ctx.ui.emit(&change)
}
