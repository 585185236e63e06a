use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::users;

/// Show a user: account state, roles and live grants of access.
///
/// Account flags, failed logins, last login, roles and grants, and how many live sessions, tokens,
/// API keys and pending links it has. Never a hash or a secret. An email that
/// matches several users shows them all. Needs permission users.lookup.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl users show ann@example.com\n  idctl users show 42 -o json"
)]
pub struct ShowArgs {
    /// A user id or an email address.
    #[arg(value_name = "ID|EMAIL")]
    pub user: String,
}

pub async fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::UsersLookup)
        .await?;
    let keys = users::resolve_one(&db, &registry, &keyring, &args.user).await?;
    let details = users::show(&db, &registry, &keys).await?;
    if let [one] = details.as_slice() {
        ctx.ui.emit(one)
    } else {
        ctx.ui.emit(&details)
    }
}
