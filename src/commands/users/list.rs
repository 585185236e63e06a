use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::users;
use crate::store::accounts::ListFilter;

/// List users, a page at a time.
///
/// In id order with keyset pagination: pass the last id shown to --after for the next page (each
/// page costs the same on ten million users). Deleted users are left out
/// unless --deleted. Needs permission users.lookup.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl users list --locked\n  idctl users list --role admin -o json\n  idctl users list --after 1200 --limit 100"
)]
pub struct ListArgs {
    /// Only locked users.
    #[arg(long)]
    pub locked: bool,
    /// Only deactivated users.
    #[arg(long)]
    pub inactive: bool,
    /// Only deleted users.
    #[arg(long)]
    pub deleted: bool,
    /// Only users holding this role (account role or active grant).
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Page size.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub limit: i64,
    /// Start after this user id (the last id of the previous page).
    #[arg(long, value_name = "ID")]
    pub after: Option<String>,
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::UsersLookup)
        .await?;
    let filter = ListFilter {
        locked: args.locked,
        inactive: args.inactive,
        deleted: args.deleted,
        role: args.role,
        after: args.after,
        limit: args.limit,
    };
    let rows = users::list(&db, &registry, &filter).await?;
    if rows.len() as i64 == args.limit
        && let Some(last) = rows.last()
    {
        ctx.ui.note(format!(
            "More may follow: --after {} for the next page.",
            last.id
        ));
    }
    ctx.ui.emit_narrow(&rows, || {
        rows.iter()
            .map(|r| {
                let state = if r.deleted_at.is_some() {
                    "deleted"
                } else if r.locked {
                    "locked"
                } else if r.active == Some(false) {
                    "inactive"
                } else {
                    "active"
                };
                serde_json::json!({
                    "id": r.id,
                    "state": state,
                    "role": r.role.clone().unwrap_or_default(),
                    "failed_logins": r.failed_logins.unwrap_or_default(),
                    "last_login": crate::commands::views::minute(r.last_login_at),
                    "created": crate::commands::views::minute(r.created_at),
                })
            })
            .collect::<Vec<_>>()
    })
}
