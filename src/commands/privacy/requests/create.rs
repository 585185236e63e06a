use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::{requests, users};

/// Record a data-subject request; its deadline is one month from now (GDPR Art. 12(3)).
///
/// Audited. Needs permission privacy.process.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl privacy requests create --user ann@example.com --type access\n  idctl privacy requests create --user 42 --type erasure --note \"ticket 981\""
)]
pub struct CreateArgs {
    /// The user (id or email).
    #[arg(long, value_name = "ID|EMAIL")]
    pub user: String,
    /// access, portability, erasure, rectification, restriction or objection.
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: String,
    /// A note (how the request arrived, a ticket reference).
    #[arg(long)]
    pub note: Option<String>,
}

pub async fn run(args: CreateArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::PrivacyProcess)
        .await?;
    let user = users::resolve_single(&db, &registry, &keyring, &args.user).await?;
    let r = requests::create(&db, &actor, &user, &args.kind, args.note.as_deref()).await?;
    ctx.ui.note(format!(
        "Privacy request {} ({}) for user {}: due by {}.",
        r.id,
        r.kind,
        r.user_id,
        r.deadline.map(|d| d.to_rfc3339()).unwrap_or_default()
    ));
    ctx.ui
        .emit_narrow(&r, || crate::commands::privacy::request_line(&r))
}
