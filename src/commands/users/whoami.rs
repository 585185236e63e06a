use clap::Args;

use crate::context::Ctx;
use crate::error::Result;
use crate::ops::users;

/// The operator --actor resolves to, and what it may do.
///
/// The user --actor (or IDCTL_ACTOR) names, its roles and the permissions it holds now.
/// Exit 77 if it cannot act at all (unknown, locked, deactivated or deleted).
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl users whoami\n  idctl --actor ops@example.com users whoami -o json"
)]
pub struct WhoamiArgs {}

pub async fn run(_args: WhoamiArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let actor = ctx.resolve_actor(&**db.client().await?).await?;
    ctx.ui
        .emit(&users::whoami(&db, &ctx.registry()?, &actor).await?)
}
