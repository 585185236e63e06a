pub mod check;
pub mod migrate;
pub mod status;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    Migrate(migrate::MigrateArgs),
    Check(check::CheckArgs),
    Status(status::StatusArgs),
}

pub async fn run(cmd: DbCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        DbCommand::Migrate(args) => migrate::run(args, ctx).await,
        DbCommand::Status(args) => status::run(args, ctx).await,
        DbCommand::Check(args) => check::run(args, ctx).await,
    }
}
