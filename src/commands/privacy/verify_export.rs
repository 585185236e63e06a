use std::path::PathBuf;

use clap::Args;

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::privacy;

/// Check an export archive against its manifest: every file's SHA-256 and row count.
///
/// Exit 65 if a file is missing, changed, or not listed. Reads the ZIP format. Needs no database.
#[derive(Debug, Args)]
pub struct VerifyExportArgs {
    /// The archive.
    pub file: PathBuf,
}

pub fn run(args: VerifyExportArgs, ctx: &Ctx) -> Result<()> {
    let v = privacy::verify_export(&args.file)?;
    ctx.ui.emit_narrow(&v, || super::check_lines(&v))?;
    if v.ok {
        ctx.ui.note(format!(
            "{}: {} files match the manifest.",
            v.file,
            v.files.len()
        ));
        Ok(())
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
