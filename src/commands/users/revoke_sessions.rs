use clap::Args;

use super::common;
use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::users::{Action, BulkRequest};

/// Log users out everywhere, without locking them.
///
/// Revokes every live session, token, API key and pending link, as a lock does. Audited. Needs permission users.manage.
#[derive(Debug, Args)]
pub struct RevokeSessionsArgs {
    /// User ids or email addresses; `-` reads one per line from standard input.
    #[arg(required = true, value_name = "ID|EMAIL|-")]
    pub users: Vec<String>,
    /// Why (recorded in the audit trail).
    #[arg(long, default_value = "log out everywhere")]
    pub reason: String,
    /// Show what would be revoked; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Users per transaction.
    #[arg(long, default_value_t = common::DEFAULT_BATCH, value_parser = common::parse_batch)]
    pub batch_size: usize,
}

pub async fn run(args: RevokeSessionsArgs, ctx: &Ctx) -> Result<()> {
    let reason = common::reason(&args.reason)?;
    let targets = common::targets(ctx, &args.users)?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::UsersManage)
        .await?;
    common::run_bulk(
        ctx,
        &db,
        BulkRequest {
            action: Action::RevokeAccess,
            targets,
            reason,
            dry_run: args.dry_run,
            force: false,
            require_password_change: false,
            actor: &actor,
            batch_size: args.batch_size,
        },
    )
    .await
}
