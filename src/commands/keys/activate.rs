use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::crypto::Algorithm;
use crate::error::Result;
use crate::keystore;

/// Make a pending or decrypt-only version the active one (new writes use it).
///
/// The previously active version becomes decrypt-only: data under it still decrypts, and `keys
/// rotate` moves it to the new version. Checks the key file against its row first, and refuses
/// (exit 65) a version whose algorithm is not the one the registry's columns of the basename need.
/// Needs permission keys.activate.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl keys activate profile:v3")]
pub struct ActivateArgs {
    /// The version, e.g. profile:v3.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::key_ids))]
    pub key: String,
}

pub async fn run(args: ActivateArgs, ctx: &Ctx) -> Result<()> {
    let id = super::parse_key_id(&args.key)?;
    let registry = ctx.registry()?;
    registry.require_basename(id.basename())?;
    let needed = crate::rotation::algorithm_for(&registry, id.basename());
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let mut client = db.client().await?;
    let actor = ctx.actor(&**client, Permission::KeysActivate).await?;
    let tx = client.transaction().await?;
    let rec = super::require_version(&*tx, &id).await?;
    // The row's algorithm first (no key file needed to refuse), then the file's (which the load
    // checks against the row when the row records one).
    let recorded = rec.algorithm.parse::<Algorithm>().ok();
    let key = match recorded {
        Some(a) if a != needed => None,
        _ => Some(keyring.load(&rec)?),
    };
    let algorithm = key.as_ref().map(|k| k.algorithm()).or(recorded);
    if let Some(algorithm) = algorithm.filter(|a| *a != needed) {
        return Err(super::generate::wrong_algorithm(
            &registry,
            id.basename(),
            algorithm,
            needed,
        ));
    }
    keystore::activate_version(&*tx, &rec, Some(actor.id)).await?;
    tx.commit().await?;
    let rec = keystore::get(&**client, &id).await?;
    ctx.ui.note(format!("{} is now active.", rec.key_id));
    ctx.ui.emit(&rec)
}
