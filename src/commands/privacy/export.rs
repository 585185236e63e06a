use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::privacy::{self, Destination, Format};
use crate::ops::users;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One JSON file per table, manifest.json (row counts, SHA-256, exclusions, purposes) and
    /// README.txt.
    Zip,
    /// One JSON document: {"tables": {...}, "manifest": {...}}.
    Json,
}

/// Export everything the database holds about a user (GDPR access and portability).
///
/// Every table the registry links to the user, read in one consistent snapshot and streamed; encrypted
/// columns decrypted; secrets (password and token hashes, second-factor secrets, key material)
/// never exported, only listed with the registry's reason. Written to a temporary file (0600) and
/// renamed into place only when complete: an error leaves no file and a non-zero exit. A table
/// that references the user without a registry entry stops the export (exit 78). Audited (who,
/// whom, the archive's SHA-256; never the data). Needs permission privacy.export.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl privacy export 42 --out subject-42.zip\n  idctl privacy export ann@example.com --out - --format json | jq .manifest"
)]
pub struct ExportArgs {
    /// A user id or an email address.
    #[arg(value_name = "ID|EMAIL")]
    pub user: String,
    /// Where to write the archive (`-`: stdout, after it is complete).
    #[arg(long, value_name = "FILE")]
    pub out: String,
    /// Archive format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Zip)]
    pub format: ExportFormat,
    /// Overwrite an existing file.
    #[arg(long)]
    pub force: bool,
}

pub async fn run(args: ExportArgs, ctx: &Ctx) -> Result<()> {
    let dest = if args.out == "-" {
        if std::io::IsTerminal::is_terminal(&std::io::stdout()) && args.format == ExportFormat::Zip
        {
            return Err(Error::usage(
                "refusing to write a ZIP archive to a terminal; redirect stdout or use --out FILE",
            ));
        }
        Destination::Stdout
    } else {
        Destination::File {
            path: PathBuf::from(&args.out),
            force: args.force,
        }
    };
    let format = match args.format {
        ExportFormat::Zip => Format::Zip,
        ExportFormat::Json => Format::Json,
    };
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::PrivacyExport)
        .await?;
    let key = users::resolve_single(&db, &registry, &keyring, &args.user).await?;
    let report = privacy::export(&db, &registry, &keyring, &actor, &key, format, &dest).await?;
    ctx.ui.note(format!(
        "Exported user {}: {} rows in {} tables to {} ({} bytes, SHA-256 {}); {} exclusions listed in the manifest.",
        report.subject_id,
        report.rows,
        report.files.len(),
        report.out,
        report.bytes,
        report.sha256,
        report.excluded.len()
    ));
    if report.out != "-" {
        ctx.ui.emit_narrow(&report, || super::file_lines(&report))?;
    }
    Ok(())
}
