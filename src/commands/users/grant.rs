use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::users;

/// Grant a role to a user, making it an operator.
///
/// An active rbac_user_roles row gives the user that role's permissions. Granting a role the user already holds replaces its expiry. You cannot
/// grant a role with permissions you do not hold. Audited. Needs permission users.manage.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl users grant bob@example.com --role key_operator\n  idctl users grant 17 --role admin --expires 8h"
)]
pub struct GrantArgs {
    /// A user id or an email address.
    #[arg(value_name = "ID|EMAIL")]
    pub user: String,
    /// The role (`idctl users roles` lists holders; roles: admin, key_operator, privacy_officer,
    /// support, auditor).
    #[arg(long)]
    pub role: String,
    /// When the grant ends: an RFC 3339 time (2027-01-31T00:00:00Z) or a duration from now (30d).
    #[arg(long, value_name = "TIME|DURATION")]
    pub expires: Option<String>,
}

pub fn parse_expiry(s: &str) -> Result<chrono::DateTime<chrono::Utc>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        let t = t.with_timezone(&chrono::Utc);
        if t <= chrono::Utc::now() {
            return Err(Error::usage(format!("--expires {s}: that time has passed")));
        }
        return Ok(t);
    }
    let d =
        crate::cli::parse_duration(s).map_err(|e| Error::usage(format!("--expires {s:?}: {e}")))?;
    chrono::Duration::from_std(d)
        .ok()
        .and_then(|d| chrono::Utc::now().checked_add_signed(d))
        .filter(|_| d.as_secs() > 0)
        .ok_or_else(|| Error::usage(format!("--expires {s:?}: out of range")))
}

pub async fn run(args: GrantArgs, ctx: &Ctx) -> Result<()> {
    let expires = args.expires.as_deref().map(parse_expiry).transpose()?;
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::UsersManage)
        .await?;
    let key = &users::resolve_single(&db, &registry, &keyring, &args.user).await?;
    let change = users::grant(&db, &registry, &actor, key, &args.role, expires).await?;
    ctx.ui.note(format!(
        "User {}{} now holds role {}{}.",
        key,
        super::operator_suffix(key, change.user_id),
        change.role,
        match change.expires_at {
            Some(t) => format!(" until {}", t.to_rfc3339()),
            None => String::new(),
        }
    ));
    ctx.ui.emit(&change)
}
