//! `idctl registry`: the declarative description of protected columns and personal data.

pub mod show;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    Show(show::ShowArgs),
}

pub async fn run(cmd: RegistryCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        RegistryCommand::Show(args) => show::run(args, ctx),
    }
}
