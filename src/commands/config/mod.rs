//! `idctl config`: named contexts (src/config.rs): list them, show what this run would use and
//! where each setting comes from, switch the current one.

pub mod list;
pub mod show;
pub mod use_context;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    List(list::ListArgs),
    Show(show::ShowArgs),
    Use(use_context::UseArgs),
}

pub async fn run(cmd: ConfigCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        ConfigCommand::List(args) => list::run(args, ctx),
        ConfigCommand::Show(args) => show::run(args, ctx),
        ConfigCommand::Use(args) => use_context::run(args, ctx),
    }
}
