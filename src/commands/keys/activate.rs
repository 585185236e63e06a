use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::keystore;

/// Make a pending or decrypt-only version the active one (new writes use it).
///
/// The previously active version becomes decrypt-only: data under it still decrypts, and `keys
/// rotate` moves it to the new version. Checks the key file against its row first. Needs
/// permission keys.activate.
#[derive(Debug, Args)]
pub struct ActivateArgs {
    /// The version, e.g. profile:v3.
    pub key: String,
}

pub async fn run(args: ActivateArgs, ctx: &Ctx) -> Result<()> {
    let id = super::parse_key_id(&args.key)?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let mut client = db.client().await?;
    let actor = ctx.actor(&**client, Permission::KeysActivate).await?;
    let tx = client.transaction().await?;
    let rec = keystore::get(&*tx, &id).await?;
    keyring.load(&rec)?;
    keystore::activate_version(&*tx, &rec, Some(actor.id)).await?;
    tx.commit().await?;
    let rec = keystore::get(&**client, &id).await?;
    ctx.ui.note(format!("{} is now active.", rec.key_id));
    ctx.ui.emit(&rec)
}
