use clap::Args;
use serde::Serialize;

use crate::authz;
use crate::context::Ctx;
use crate::error::{Error, Result};

/// Create the very first operator, with the `admin` role.
///
/// Allowed only while no operator exists (no user with an actor role, no active role grant, no allow
/// grant); needs no --actor. Afterwards, operators are managed through users.actor_role and the rbac
/// tables, and every command that changes data names its operator with --actor.
#[derive(Debug, Args)]
pub struct BootstrapAdminArgs {}

#[derive(Debug, Serialize)]
struct Created {
    id: i64,
    actor_role: &'static str,
}

/// Serialises concurrent bootstraps (transaction-scoped advisory lock).
const BOOTSTRAP_LOCK: i64 = 0x6964_6374_6c00_0002;

pub async fn run(_args: BootstrapAdminArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let mut client = db.client().await?;
    let tx = client.transaction().await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&BOOTSTRAP_LOCK])
        .await?;
    if authz::operator_exists(&*tx).await? {
        // The database's state, not the caller's permissions, refuses it: 65 (data), so that a
        // provisioning script can tell "already bootstrapped" from "not allowed" (77).
        return Err(Error::data(
            "an operator already exists; bootstrap-admin only creates the first one",
        )
        .with_hint("ask an existing admin to grant a role (users.actor_role or rbac_user_roles)"));
    }
    let id: i64 = tx
        .query_one(
            "INSERT INTO users (is_active, is_locked, actor_role) VALUES (true, false, 'admin') RETURNING id",
            &[],
        )
        .await?
        .get(0);
    authz::audit(
        &*tx,
        id,
        "users",
        Some(id),
        "bootstrap_admin",
        serde_json::json!({"actor_role": "admin"}),
    )
    .await?;
    tx.commit().await?;
    ctx.ui.note(format!(
        "Created operator {id} with role admin. Use it with --actor {id} (or IDCTL_ACTOR={id})."
    ));
    ctx.ui.emit(&Created {
        id,
        actor_role: "admin",
    })
}
