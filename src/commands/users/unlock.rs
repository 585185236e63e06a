use clap::Args;

use super::common;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::users::Action;

/// Unlock users (nothing revoked comes back).
///
/// The account is unlocked and its failed-login count reset.
///
/// Nothing a lock revoked comes back: sessions, tokens and keys stay revoked, and the user logs in
/// afresh. Audited with actor and reason. Needs permission users.manage.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl users unlock 42 --reason \"verified by phone\" --require-password-change"
)]
pub struct UnlockArgs {
    /// User ids or email addresses; `-` reads one per line from standard input.
    #[arg(required = true, value_name = "ID|EMAIL|-")]
    pub users: Vec<String>,
    /// Why (recorded in the audit trail).
    #[arg(long)]
    pub reason: String,
    /// Also require a new password at the next login.
    #[arg(long)]
    pub require_password_change: bool,
    /// Show what would be unlocked; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Users per transaction.
    #[arg(long, default_value_t = common::DEFAULT_BATCH, value_parser = common::parse_batch)]
    pub batch_size: usize,
}

pub async fn run(args: UnlockArgs, ctx: &Ctx) -> Result<()> {
    common::run_bulk_command(
        ctx,
        Action::Unlock,
        common::BulkArgs {
            users: &args.users,
            reason: &args.reason,
            dry_run: args.dry_run,
            force: false,
            require_password_change: args.require_password_change,
            batch_size: args.batch_size,
        },
    )
    .await
}
