use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::keystore::{self, KeyStatus};

/// Retire a decrypt-only (or pending) version: it is kept but no longer used, not even to decrypt.
///
/// Refused while any row still references the version (the message says where and how many), unless
/// --force, which asks to type the key id. The active version cannot be retired: activate another
/// one first. Needs permission keys.retire.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl keys retire profile:v1")]
pub struct RetireArgs {
    /// The version, e.g. profile:v1.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::key_ids))]
    pub key: String,
    /// Retire even though rows still reference the version (asks to type the key id).
    #[arg(long)]
    pub force: bool,
}

pub async fn run(args: RetireArgs, ctx: &Ctx) -> Result<()> {
    let id = super::parse_key_id(&args.key)?;
    let registry = ctx.registry()?;
    let db = ctx.connect().await?;
    let mut client = db.client().await?;
    super::require_existing_basename(ctx, &registry, &**client, id.basename()).await?;
    let actor = ctx.actor(&**client, Permission::KeysRetire).await?;
    // Checked and confirmed with no lock held; re-checked under the lock.
    let rec = super::require_version(&**client, &id).await?;
    match rec.status {
        KeyStatus::DecryptOnly | KeyStatus::Pending => {}
        KeyStatus::Retired => {
            ctx.ui.note(format!("{} is already retired.", rec.key_id));
            return ctx.ui.emit(&rec);
        }
        KeyStatus::Active => {
            return Err(
                Error::data(format!("{} is the active version", rec.key_id)).with_hint(format!(
                    "activate or rotate to another version first (`idctl keys rotate {}`)",
                    id.basename()
                )),
            );
        }
        KeyStatus::Destroyed => return Err(Error::data(format!("{} is destroyed", rec.key_id))),
    }
    let usage = super::usage_or_refuse(
        ctx,
        &**client,
        &rec.key_id,
        &rec.basename,
        args.force,
        "retire",
    )
    .await?;
    super::confirm_forced(ctx, &rec.key_id, &usage, "retire")?;
    let checked = super::Checked {
        status: rec.status,
        usage,
    };
    let tx = client.transaction().await?;
    keystore::lock_basename(&*tx, id.basename()).await?;
    let rec = super::unchanged(ctx, &*tx, &id, &checked, args.force, "retire").await?;
    let usage = checked.usage;
    keystore::retire_version(
        &*tx,
        &rec,
        Some(actor.id),
        None,
        format!(
            "retired {}{}",
            rec.key_id,
            if usage.is_empty() {
                ""
            } else {
                " (forced while in use)"
            }
        ),
        serde_json::json!({"forced": !usage.is_empty(), "rows_in_use": usage}),
    )
    .await?;
    tx.commit().await?;
    let rec = keystore::get(&**client, &id).await?;
    ctx.ui.note(format!("Retired {}.", rec.key_id));
    ctx.ui.emit(&rec)
}
