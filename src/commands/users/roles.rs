use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::users;

/// Who holds which role.
///
/// Account roles and active grants (with --all, also revoked, suspended and expired grants). Needs permission users.lookup.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl users roles\n  idctl users roles --all -o json")]
pub struct RolesArgs {
    /// Include grants that no longer apply.
    #[arg(long)]
    pub all: bool,
}

pub async fn run(args: RolesArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::UsersLookup)
        .await?;
    ctx.ui
        .emit(&users::roles(&db, &ctx.registry()?, args.all).await?)
}
