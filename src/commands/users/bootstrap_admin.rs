use clap::Args;
use serde::Serialize;

use crate::authz;
use crate::context::Ctx;
use crate::crypto::{BlindIndexKey, Normalization};
use crate::db::locks::keys as lock_keys;
use crate::error::{Error, Result};
use crate::keystore;
use crate::lookup::EmailIndex;
use crate::store::rbac;

/// Create the very first operator, with the `admin` role.
///
/// Allowed only while no operator exists (no user with an actor role, no active role grant, no allow
/// grant); needs no --actor. With --email, the operator's email blind index is written under the
/// active email key, so that `--actor <email>` works from the start. Afterwards operators are
/// managed with `idctl users grant` / `users revoke`, and every command that changes data names
/// its operator with --actor.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl users bootstrap-admin --email ops@example.com")]
pub struct BootstrapAdminArgs {
    /// The operator's email address (looked up through the blind index by --actor).
    #[arg(long)]
    pub email: Option<String>,
}

#[derive(Debug, Serialize)]
struct Created {
    id: i64,
    actor_role: &'static str,
    email_key_version: Option<String>,
}

pub async fn run(args: BootstrapAdminArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let mut client = db.client().await?;
    // The email's index is computed before anything is written: a missing key stops the command
    // with the database untouched.
    let email_index = match args.email.as_deref().map(str::trim) {
        None => None,
        Some(email) => {
            if email.is_empty()
                || !email.contains('@')
                || email.starts_with('@')
                || email.ends_with('@')
            {
                return Err(Error::usage(format!(
                    "--email {email:?}: not an email address"
                )));
            }
            let registry = ctx.registry()?;
            let keyring = ctx.keyring()?;
            let index = EmailIndex::of(&registry)?;
            let keys = keystore::load_basename(&**client, &keyring, &index.column.basename).await?;
            let key = keys.active_key().ok_or_else(|| {
                Error::config(format!(
                    "no active {} key: cannot write the operator's email index",
                    index.column.basename
                ))
                .with_hint(format!(
                    "`idctl keys generate {b} --activate` first, or leave out --email",
                    b = index.column.basename
                ))
            })?;
            let bi = BlindIndexKey::new(key, index.table, &index.column.column)
                .map_err(|e| Error::config(format!("{}: {e}", key.id())))?;
            Some((
                bi.hash_with(Normalization::Email, email).to_vec(),
                key.id().to_string(),
            ))
        }
    };
    let tx = client.transaction().await?;
    rbac::lock_xact(&*tx, lock_keys::BOOTSTRAP_ADMIN).await?;
    if authz::operator_exists(&*tx).await? {
        // The database's state, not the caller's permissions, refuses it: 65 (data), so that a
        // provisioning script can tell "already bootstrapped" from "not allowed" (77).
        return Err(Error::data(
            "an operator already exists; bootstrap-admin only creates the first one",
        )
        .with_hint("an existing operator grants roles: `idctl users grant <id|email> --role R`"));
    }
    let id = rbac::create_operator(
        &*tx,
        "admin",
        email_index
            .as_ref()
            .map(|(h, v)| (h.as_slice(), v.as_str())),
    )
    .await?;
    authz::audit(
        &*tx,
        id,
        "users",
        Some(id),
        "bootstrap_admin",
        serde_json::json!({"actor_role": "admin", "email_indexed": email_index.is_some()}),
    )
    .await?;
    tx.commit().await?;
    let how = match &args.email {
        Some(e) => format!("--actor {id} or --actor {}", e.trim()),
        None => format!("--actor {id}"),
    };
    ctx.ui.note(format!(
        "Created operator {id} with role admin. Use it with {how} (or IDCTL_ACTOR)."
    ));
    ctx.ui.emit(&Created {
        id,
        actor_role: "admin",
        email_key_version: email_index.map(|(_, v)| v),
    })
}
