use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::users::{self, RoleOutcome};

/// Take a role from a user.
///
/// Its active grants are revoked, and the account's own role column is cleared if it names the
/// role. Refuses to remove the last active operator with users.manage
/// unless --force. Audited. Needs permission users.manage.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl users revoke bob@example.com --role key_operator")]
pub struct RevokeArgs {
    /// A user id or an email address.
    #[arg(value_name = "ID|EMAIL")]
    pub user: String,
    /// The role.
    #[arg(long)]
    pub role: String,
    /// Revoke even from the last operator who could manage users.
    #[arg(long)]
    pub force: bool,
}

pub async fn run(args: RevokeArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::UsersManage)
        .await?;
    let key = &users::resolve_single(&db, &registry, &keyring, &args.user).await?;
    let change = users::revoke(&db, &registry, &actor, key, &args.role, args.force).await?;
    match change.outcome {
        RoleOutcome::NotHeld => ctx.ui.note(format!(
            "User {key} does not hold role {}; nothing changed.",
            change.role
        )),
        _ => ctx.ui.note(format!(
            "Role {} taken from user {key}{}.",
            change.role,
            super::operator_suffix(key, change.user_id)
        )),
    }
    ctx.ui.emit(&change)
}
