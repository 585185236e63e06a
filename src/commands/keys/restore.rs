use std::path::PathBuf;

use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;

/// Restore a lost key file from its backup (`idctl keys backup`): opens the sealed backup with the
/// recipient's key file, checks the key against its crypto_keys fingerprint, and only then writes
/// the key file (mode 0600, never over an existing file). A key file already in place with the
/// right fingerprint is left as it is.
///
/// Needs permission keys.generate.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl keys restore profile:v3 --recipient-key /media/offline/backup_rcpt.v1.key"
)]
pub struct RestoreArgs {
    /// The version to restore, NAME:vN.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::key_ids))]
    pub key: String,
    /// The key file of the recipient the backup is sealed to.
    #[arg(long, value_name = "FILE")]
    pub recipient_key: PathBuf,
}

pub async fn run(args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    let id = super::parse_key_id(&args.key)?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::KeysGenerate)
        .await?;
    let report =
        crate::ops::backup::restore(&db, &keyring, actor.id, &id, &args.recipient_key).await?;
    if report.written {
        ctx.ui.note(format!(
            "Restored {} to {} (fingerprint checked).",
            report.key_id, report.path
        ));
    } else {
        ctx.ui.note(format!(
            "{} already holds the key file of {} with the right fingerprint; nothing written.",
            report.path, report.key_id
        ));
    }
    ctx.ui.emit(&report)
}
