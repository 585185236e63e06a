use clap::Args;

use super::common;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::users::Action;

/// Lock users and cut off every grant of access they have.
///
/// One transaction per batch of users.
///
/// Per user: the account is locked; every live session, JWT and API key is revoked; every pending
/// magic link and password reset is invalidated (what counts as access is the registry's
/// [[access]]); an audit_log row records the actor and reason, and each revoked session gets a
/// session_audit row. A user already locked is reported as already_locked and anything that
/// appeared since is still revoked. Refuses to lock you, or the last active operator with
/// users.manage, unless --force. Unknown, malformed or ambiguous lines are reported (exit 65) and
/// the others still locked. Needs permission users.manage.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl users lock 42 --reason \"account takeover\"\n  cut -d, -f1 suspects.csv | idctl users lock - --reason \"fraud sweep\" --dry-run"
)]
pub struct LockArgs {
    /// User ids or email addresses; `-` reads one per line from standard input.
    #[arg(required = true, value_name = "ID|EMAIL|-")]
    pub users: Vec<String>,
    /// Why (recorded in the audit trail).
    #[arg(long)]
    pub reason: String,
    /// Show what would be locked and revoked; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Lock even yourself or the last operator who could unlock.
    #[arg(long)]
    pub force: bool,
    /// Users per transaction.
    #[arg(long, default_value_t = common::DEFAULT_BATCH, value_parser = common::parse_batch)]
    pub batch_size: usize,
}

pub async fn run(args: LockArgs, ctx: &Ctx) -> Result<()> {
    common::run_bulk_command(
        ctx,
        Action::Lock,
        common::BulkArgs {
            users: &args.users,
            reason: &args.reason,
            dry_run: args.dry_run,
            force: args.force,
            require_password_change: false,
            batch_size: args.batch_size,
        },
    )
    .await
}
