use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::lookup;

/// Find users by email through the blind index.
///
/// The index is computed under every usable version of its key, so that lookups keep working in
/// the middle of a rotation. Shows the key version each match is
/// under; deleted users are included and flagged. Exit 65 when nobody matches. Needs permission
/// users.lookup.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl users find --email ann@example.com")]
pub struct FindArgs {
    /// The email address.
    #[arg(long)]
    pub email: String,
}

pub async fn run(args: FindArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let client = db.client().await?;
    ctx.actor(&**client, Permission::UsersLookup).await?;
    let email = args.email.trim();
    if email.is_empty() || !email.contains('@') {
        return Err(Error::usage(format!(
            "--email {:?}: not an email address",
            args.email
        )));
    }
    let found = lookup::find_by_email(&**client, &keyring, &registry, email).await?;
    ctx.ui.emit(&found)?;
    if found.is_empty() {
        return Err(Error::data("no user has this email"));
    }
    Ok(())
}
