use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::crypto::keyfile;
use crate::error::{Error, Result};
use crate::keystore::{self, KeyStatus};

/// Destroy a retired version (or a pending one never activated): delete its key file and mark it
/// destroyed. Irreversible.
///
/// Always asks to type the key id (--yes answers for scripts). Refused while any row still
/// references the version, unless --force. Needs permission keys.destroy.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl keys destroy profile:v1\n  idctl keys destroy profile:v1 --yes   # without a terminal"
)]
pub struct DestroyArgs {
    /// The version, e.g. profile:v1.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::key_ids))]
    pub key: String,
    /// Destroy even though rows still reference the version: their values become unreadable forever.
    #[arg(long)]
    pub force: bool,
}

pub async fn run(args: DestroyArgs, ctx: &Ctx) -> Result<()> {
    let id = super::parse_key_id(&args.key)?;
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let mut client = db.client().await?;
    super::require_existing_basename(ctx, &registry, &**client, id.basename()).await?;
    let actor = ctx.actor(&**client, Permission::KeysDestroy).await?;
    // Checked and confirmed with no lock held; re-checked under the lock.
    let rec = super::require_version(&**client, &id).await?;
    match rec.status {
        KeyStatus::Retired | KeyStatus::Pending => {}
        KeyStatus::Destroyed => {
            ctx.ui.note(format!("{} is already destroyed.", rec.key_id));
            return ctx.ui.emit(&rec);
        }
        other => {
            return Err(Error::data(format!(
                "{} is {}; only retired versions (or pending ones never activated) can be destroyed",
                rec.key_id,
                other.as_str()
            ))
            .with_hint(format!(
                "retire it first: `idctl keys retire {}`",
                rec.key_id
            )));
        }
    }
    let usage = super::usage_or_refuse(
        ctx,
        &**client,
        &rec.key_id,
        &rec.basename,
        args.force,
        "destroy",
    )
    .await?;
    if usage.is_empty() {
        ctx.confirm(
            &format!(
                "Destroy {} (its key file is deleted; this cannot be undone)",
                rec.key_id
            ),
            Some(&rec.key_id),
        )?;
    } else {
        super::confirm_forced(ctx, &rec.key_id, &usage, "destroy")?;
    }
    let checked = super::Checked {
        status: rec.status,
        usage,
    };
    let tx = client.transaction().await?;
    keystore::lock_basename(&*tx, id.basename()).await?;
    let rec = super::unchanged(ctx, &*tx, &id, &checked, args.force, "destroy").await?;
    let usage = checked.usage;
    keystore::destroy_version(
        &*tx,
        &rec,
        actor.id,
        format!("destroyed {} and deleted its key file", rec.key_id),
        serde_json::json!({"forced": !usage.is_empty(), "rows_in_use": usage}),
    )
    .await?;
    // The file goes only if the database change is about to commit; if deleting fails, nothing changes.
    let path = keyring.path_of(&id);
    match keyfile::remove(&path) {
        Ok(()) => {}
        Err(keyfile::KeyFileError::Io { source, .. })
            if source.kind() == std::io::ErrorKind::NotFound =>
        {
            ctx.ui
                .warn(format!("key file {} was already gone", path.display()));
        }
        Err(e) => {
            return Err(Error::config(format!(
                "cannot delete the key file: {e}; nothing was changed"
            )));
        }
    }
    tx.commit().await.map_err(|e| {
        Error::from(e).context(format!(
            "the key file {} was deleted but the database change failed",
            path.display()
        ))
    })?;
    let rec = keystore::get(&**client, &id).await?;
    ctx.ui.note(format!("Destroyed {}.", rec.key_id));
    ctx.ui.emit(&rec)
}
