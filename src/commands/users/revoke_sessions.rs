use clap::Args;

use super::common;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::users::Action;

/// Log users out everywhere, without locking them.
///
/// Revokes every live session, token, API key and pending link, as a lock does. Audited. Needs permission users.manage.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl users revoke-sessions ann@example.com")]
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
    common::run_bulk_command(
        ctx,
        Action::RevokeAccess,
        common::BulkArgs {
            users: &args.users,
            reason: &args.reason,
            dry_run: args.dry_run,
            force: false,
            require_password_change: false,
            batch_size: args.batch_size,
        },
    )
    .await
}
