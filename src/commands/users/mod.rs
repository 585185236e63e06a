pub mod bootstrap_admin;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    BootstrapAdmin(bootstrap_admin::BootstrapAdminArgs),
}

pub async fn run(cmd: UsersCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        UsersCommand::BootstrapAdmin(args) => bootstrap_admin::run(args, ctx).await,
    }
}
