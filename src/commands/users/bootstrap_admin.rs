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
/// active email key, so that `--actor <email>` works from the start. Where the registry keeps
/// operators in idctl's bookkeeping schema, --email names an existing user of the application (found
/// through the registry's email lookup), whom the new operator row is linked to. Afterwards operators are
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
    /// The subject (its key) the operator is, where operators are linked to subjects.
    subject: Option<String>,
}

/// The new operator, decided (and its email resolved) before anything is written.
enum NewOperator {
    /// A new account in the subject table, with its email blind index (hash, key id) if given.
    Account(Option<(Vec<u8>, String)>),
    /// A row of idctl's own operators table, linked to the subject with this key if given.
    Linked(Option<String>),
}

pub async fn run(args: BootstrapAdminArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let operators = registry.operators();
    let db = ctx.connect().await?;
    let mut client = db.client().await?;
    let email = match args.email.as_deref().map(str::trim) {
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
            Some(email)
        }
    };
    let keyring = ctx.keyring()?;
    // A missing key or an unknown address stops the command with the database untouched.
    let new = match (&operators.subject_column, email) {
        (Some(_), None) => NewOperator::Linked(None),
        (Some(_), Some(email)) => {
            let keys =
                crate::lookup::subject_keys_by_email(&**client, &keyring, &registry, email).await?;
            match keys.as_slice() {
                [key] => NewOperator::Linked(Some(key.clone())),
                [] => {
                    return Err(Error::data(format!("--email {email:?}: no user with this email"))
                        .with_hint("the operator must be a user of the application: create the user first, or leave out --email"));
                }
                _ => {
                    return Err(Error::data(format!(
                        "--email {email:?}: {} users have this email",
                        keys.len()
                    )));
                }
            }
        }
        (None, None) => NewOperator::Account(None),
        (None, Some(email)) => {
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
            NewOperator::Account(Some((
                bi.hash_with(Normalization::Email, email).to_vec(),
                key.id().to_string(),
            )))
        }
    };
    let tx = client.transaction().await?;
    rbac::lock_xact(&*tx, lock_keys::BOOTSTRAP_ADMIN).await?;
    if authz::operator_exists(&*tx, &operators).await? {
        // The database's state, not the caller's permissions, refuses it: 65 (data), so that a
        // provisioning script can tell "already bootstrapped" from "not allowed" (77).
        return Err(Error::data(
            "an operator already exists; bootstrap-admin only creates the first one",
        )
        .with_hint("an existing operator grants roles: `idctl users grant <id|email> --role R`"));
    }
    let (id, email_key_version, subject) = match &new {
        NewOperator::Account(index) => {
            let value = match index {
                None => None,
                Some((hash, key_id)) => {
                    let column = EmailIndex::of(&registry)?.column;
                    Some((
                        column.column.clone(),
                        column.key_version_column.clone().unwrap_or_default(),
                        hash,
                        key_id,
                    ))
                }
            };
            let id = rbac::create_account_operator(
                &*tx,
                &operators,
                "admin",
                value.as_ref().map(|(c, kv, h, k)| rbac::EmailIndexValue {
                    column: c,
                    key_version_column: kv,
                    hash: h,
                    key_id: k,
                }),
            )
            .await?;
            (id, index.as_ref().map(|(_, k)| k.clone()), None)
        }
        NewOperator::Linked(subject) => {
            let column = operators.subject_column.as_deref().unwrap_or_default();
            let id = rbac::create_linked_operator(
                &*tx,
                &operators,
                column,
                Some("admin"),
                subject.as_deref(),
            )
            .await?;
            (id, None, subject.clone())
        }
    };
    authz::audit(
        &*tx,
        id,
        &operators.table,
        Some(id),
        "bootstrap_admin",
        serde_json::json!({"actor_role": "admin", "email_indexed": email_key_version.is_some(), "subject": subject}),
    )
    .await?;
    tx.commit().await?;
    let how = match email {
        Some(e) => format!("--actor {id} or --actor {e}"),
        None => format!("--actor {id}"),
    };
    ctx.ui.note(format!(
        "Created operator {id} with role admin. Use it with {how} (or IDCTL_ACTOR)."
    ));
    ctx.ui.emit(&Created {
        id,
        actor_role: "admin",
        email_key_version,
        subject,
    })
}
