use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::requests;

/// Reject a data-subject request, with the reason recorded.
///
/// Audited. Needs permission privacy.process.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl privacy requests reject 5 --reason \"identity not verified\""
)]
pub struct RejectArgs {
    /// The request id.
    pub id: i64,
    /// Why (recorded, and owed to the person).
    #[arg(long)]
    pub reason: String,
}

pub async fn run(args: RejectArgs, ctx: &Ctx) -> Result<()> {
    if args.reason.trim().is_empty() {
        return Err(Error::usage("--reason must say why"));
    }
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::PrivacyProcess)
        .await?;
    let r = requests::reject(&db, &actor, args.id, args.reason.trim()).await?;
    ctx.ui.note(format!("Privacy request {} rejected.", r.id));
    ctx.ui
        .emit_narrow(&r, || crate::commands::privacy::request_line(&r))
}
