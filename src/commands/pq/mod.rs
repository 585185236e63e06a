//! `idctl pq`: post-quantum migration. Commands parse and render; the work is in `ops::pq`, the
//! SQL in `store::pq`.

pub mod algorithms;
pub mod jobs;
pub mod keys;
pub mod migrate;
pub mod policy;
pub mod resign;
pub mod status;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum PqCommand {
    Algorithms(algorithms::AlgorithmsArgs),
    /// Recipient and signing keys: generate, list, show, activate, retire.
    #[command(subcommand)]
    Keys(keys::PqKeysCommand),
    /// Encryption policies: which recipients a sealed column's values are wrapped to.
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
    Status(status::StatusArgs),
    Migrate(migrate::MigrateArgs),
    Jobs(jobs::JobsArgs),
    Cancel(jobs::CancelArgs),
    Resign(resign::ResignArgs),
}

pub async fn run(cmd: PqCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        PqCommand::Algorithms(args) => algorithms::run(args, ctx).await,
        PqCommand::Keys(cmd) => keys::run(cmd, ctx).await,
        PqCommand::Policy(cmd) => policy::run(cmd, ctx).await,
        PqCommand::Status(args) => status::run(args, ctx).await,
        PqCommand::Migrate(args) => migrate::run(args, ctx).await,
        PqCommand::Jobs(args) => jobs::list(args, ctx).await,
        PqCommand::Cancel(args) => jobs::cancel(args, ctx).await,
        PqCommand::Resign(args) => resign::run(args, ctx).await,
    }
}
