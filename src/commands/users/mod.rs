//! `idctl users`: accounts and operators. Commands parse and render; the work is in
//! `ops::users`, the SQL in `store::accounts` and `store::rbac`.

pub mod bootstrap_admin;
mod common;
pub mod find;
pub mod grant;
pub mod list;
pub mod lock;
pub mod revoke;
pub mod revoke_sessions;
pub mod roles;
pub mod show;
pub mod unlock;
pub mod whoami;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    Show(show::ShowArgs),
    List(list::ListArgs),
    Find(find::FindArgs),
    Lock(lock::LockArgs),
    Unlock(unlock::UnlockArgs),
    RevokeSessions(revoke_sessions::RevokeSessionsArgs),
    Grant(grant::GrantArgs),
    Revoke(revoke::RevokeArgs),
    Roles(roles::RolesArgs),
    Whoami(whoami::WhoamiArgs),
    BootstrapAdmin(bootstrap_admin::BootstrapAdminArgs),
}

pub async fn run(cmd: UsersCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        UsersCommand::Show(args) => show::run(args, ctx).await,
        UsersCommand::List(args) => list::run(args, ctx).await,
        UsersCommand::Find(args) => find::run(args, ctx).await,
        UsersCommand::Lock(args) => lock::run(args, ctx).await,
        UsersCommand::Unlock(args) => unlock::run(args, ctx).await,
        UsersCommand::RevokeSessions(args) => revoke_sessions::run(args, ctx).await,
        UsersCommand::Grant(args) => grant::run(args, ctx).await,
        UsersCommand::Revoke(args) => revoke::run(args, ctx).await,
        UsersCommand::Roles(args) => roles::run(args, ctx).await,
        UsersCommand::Whoami(args) => whoami::run(args, ctx).await,
        UsersCommand::BootstrapAdmin(args) => bootstrap_admin::run(args, ctx).await,
    }
}

/// ` (operator N)` where the operator's id is not the user's key (operators kept in idctl's
/// bookkeeping schema, linked to users); nothing where the operator *is* the user row.
pub(crate) fn operator_suffix(key: &str, operator_id: i64) -> String {
    if key == operator_id.to_string() {
        String::new()
    } else {
        format!(" (operator {operator_id})")
    }
}
