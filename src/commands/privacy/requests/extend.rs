use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::requests;

/// Extend a request's deadline once, by up to two months, with the reason recorded (Art. 12(3)).
///
/// Audited. Needs permission privacy.process.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl privacy requests extend 5 --reason \"complex request\" --months 2"
)]
pub struct ExtendArgs {
    /// The request id.
    pub id: i64,
    /// Why (complexity, number of requests): recorded and shown.
    #[arg(long)]
    pub reason: String,
    /// By how many months (1 or 2).
    #[arg(long, default_value_t = 2)]
    pub months: u32,
}

pub async fn run(args: ExtendArgs, ctx: &Ctx) -> Result<()> {
    if args.reason.trim().is_empty() {
        return Err(Error::usage("--reason must say why"));
    }
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::PrivacyProcess)
        .await?;
    let r = requests::extend(&db, &actor, args.id, args.months, args.reason.trim()).await?;
    ctx.ui.note(format!(
        "Privacy request {} now due by {}.",
        r.id,
        r.deadline.map(|d| d.to_rfc3339()).unwrap_or_default()
    ));
    ctx.ui
        .emit_narrow(&r, || crate::commands::privacy::request_line(&r))
}
