use std::path::PathBuf;

use clap::Args;

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::privacy;

/// Check an export archive against its manifest: every file's SHA-256 and row count, and the
/// manifest's ML-DSA signatures (made with the public key they carry; compare its digest with
/// `idctl pq keys list` to know it is yours).
///
/// Exit 65 if a file is missing, changed, or not listed, if a signature does not verify, or with
/// --require-signature if the manifest is not signed. Reads the ZIP format. Needs no database.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl privacy verify-export export-42.zip --require-signature"
)]
pub struct VerifyExportArgs {
    /// The archive.
    pub file: PathBuf,
    /// Fail (exit 65) if the manifest carries no valid signature.
    #[arg(long)]
    pub require_signature: bool,
}

pub fn run(args: VerifyExportArgs, ctx: &Ctx) -> Result<()> {
    let v = privacy::verify_export(&args.file)?;
    ctx.ui.emit_narrow(&v, || super::check_lines(&v))?;
    let bad_signatures: Vec<String> = v
        .signatures
        .iter()
        .filter(|s| !s.ok)
        .map(|s| {
            format!(
                "signature by {} ({})",
                s.key,
                s.problem.as_deref().unwrap_or("invalid")
            )
        })
        .collect();
    if v.ok && (v.signed || !args.require_signature) {
        let signed = if v.signed {
            let keys: Vec<String> = v
                .signatures
                .iter()
                .map(|s| {
                    format!(
                        "{} ({}, public key {})",
                        s.key, s.algorithm, s.public_key_digest
                    )
                })
                .collect();
            format!(" Manifest signed by {}.", keys.join(", "))
        } else {
            " The manifest is not signed.".to_string()
        };
        ctx.ui.note(format!(
            "{}: {} files match the manifest.{signed}",
            v.file,
            v.files.len()
        ));
        Ok(())
    } else if v.files.iter().all(|f| f.ok) {
        Err(Error::data(if bad_signatures.is_empty() {
            format!("{}: the manifest is not signed", v.file)
        } else {
            format!("{}: {}", v.file, bad_signatures.join(", "))
        }))
    } else {
        let bad: Vec<String> = v
            .files
            .iter()
            .filter(|f| !f.ok)
            .map(|f| {
                format!(
                    "{} ({})",
                    f.file,
                    f.problem.as_deref().unwrap_or("mismatch")
                )
            })
            .collect();
        Err(Error::data(format!(
            "{}: does not match its manifest: {}",
            v.file,
            bad.join(", ")
        )))
    }
}
