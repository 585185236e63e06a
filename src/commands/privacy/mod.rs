//! `idctl privacy`: data-subject exports. Commands parse and render; the work is in
//! `ops::privacy`, the SQL in `store::privacy`.

pub mod export;
pub mod requests;
pub mod verify_export;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    Export(export::ExportArgs),
    VerifyExport(verify_export::VerifyExportArgs),
    /// Data-subject requests: record, list with deadlines, extend, process, reject.
    #[command(subcommand)]
    Requests(requests::RequestsCommand),
}

pub async fn run(cmd: PrivacyCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        PrivacyCommand::Export(args) => export::run(args, ctx).await,
        PrivacyCommand::VerifyExport(args) => verify_export::run(args, ctx),
        PrivacyCommand::Requests(cmd) => requests::run(cmd, ctx).await,
    }
}
