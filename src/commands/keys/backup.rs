use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::backup;

/// Back up every key version into the database, sealed to a post-quantum recipient: each
/// version's 32 bytes go to crypto_keys.backup_blob (is_backup_encrypted), sealed (X-Wing or
/// ML-KEM-768) to the recipient's public key, so that the database alone cannot open them. Keep the
/// recipient's key file offline: `idctl keys restore` needs it. Versions already backed up to the
/// recipient's active version are left alone; every key file is read and checked before the first
/// backup is stored (all or nothing).
///
/// Needs permission keys.generate.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl pq keys generate --name backup_rcpt --algorithm x-wing\n  idctl keys backup --recipient backup_rcpt"
)]
pub struct BackupArgs {
    /// The recipient to seal to (default: the only post-quantum recipient there is).
    #[arg(long, value_name = "NAME")]
    pub recipient: Option<String>,
}

pub async fn run(args: BackupArgs, ctx: &Ctx) -> Result<()> {
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::KeysGenerate)
        .await?;
    let report = backup::backup(&db, &keyring, actor.id, args.recipient.as_deref()).await?;
    ctx.ui.note(format!(
        "Backed up {} to {} ({} already were).",
        crate::text::count(report.backed_up.len() as i64, "key version", "key versions"),
        report.recipient,
        report.up_to_date
    ));
    ctx.ui.emit(&report)
}
