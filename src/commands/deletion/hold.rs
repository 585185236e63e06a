use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::deletion;

/// Put a deletion job on legal hold: it is blocked and nothing runs until `deletion release`.
///
/// A running job stops at its next batch. Who held it, when and why are recorded and shown by
/// `deletion show` and `deletion run`. Audited. Needs permission deletion.hold.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl deletion hold 7 --reason \"litigation hold, case 2026-114\""
)]
pub struct HoldArgs {
    /// The job id.
    pub id: i64,
    /// Why (a case or ticket reference).
    #[arg(long)]
    pub reason: String,
}

pub async fn run(args: HoldArgs, ctx: &Ctx) -> Result<()> {
    if args.reason.trim().is_empty() {
        return Err(Error::usage("--reason must say why"));
    }
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::DeletionHold)
        .await?;
    let change = deletion::hold(&db, &actor, args.id, args.reason.trim()).await?;
    ctx.ui.note(format!("Deletion job {} is on hold.", args.id));
    ctx.ui.emit(&change)
}
