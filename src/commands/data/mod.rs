//! `idctl data`: looking at protected values, for support work.

pub mod show;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    Show(show::ShowArgs),
}

pub async fn run(cmd: DataCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        DataCommand::Show(args) => show::run(args, ctx).await,
    }
}
