//! One module per command group, one file per verb (as cargo and jj do it): each verb is an `Args`
//! struct whose doc comments are its help text, and one `run` function that calls into the shared
//! layers (`db`, `crypto`, `engine`, `output`). Commands hold no SQL of their own beyond the
//! statement that is their whole point.

pub mod completions;
pub mod data;
pub mod db;
pub mod deletion;
pub mod dev;
pub mod jobs;
pub mod keys;
pub mod privacy;
pub mod registry;
pub mod users;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The schema: migrations, status, compatibility check.
    #[command(subcommand)]
    Db(db::DbCommand),
    /// A throwaway local database for trying idctl and for demos.
    #[command(subcommand)]
    Dev(dev::DevCommand),
    /// Batch jobs: list, show, cancel, resume, add workers, run what is due.
    #[command(subcommand)]
    Jobs(jobs::JobsCommand),
    /// Key lifecycle, census and checks.
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// The registry of protected columns and personal data.
    #[command(subcommand)]
    Registry(registry::RegistryCommand),
    /// Protected values of one row, for support work.
    #[command(subcommand)]
    Data(data::DataCommand),
    /// Operators and users.
    #[command(subcommand)]
    Users(users::UsersCommand),
    /// Deletion jobs: plan, schedule, run, hold, verify.
    #[command(subcommand)]
    Deletion(deletion::DeletionCommand),
    /// Data-subject exports and their verification.
    #[command(subcommand)]
    Privacy(privacy::PrivacyCommand),
    /// Print a shell completion script.
    Completions(completions::CompletionsArgs),
}

pub async fn run(command: Command, ctx: &Ctx) -> Result<()> {
    match command {
        Command::Db(cmd) => db::run(cmd, ctx).await,
        Command::Dev(cmd) => dev::run(cmd, ctx).await,
        Command::Jobs(cmd) => jobs::run(cmd, ctx).await,
        Command::Keys(cmd) => keys::run(cmd, ctx).await,
        Command::Registry(cmd) => registry::run(cmd, ctx).await,
        Command::Data(cmd) => data::run(cmd, ctx).await,
        Command::Users(cmd) => users::run(cmd, ctx).await,
        Command::Deletion(cmd) => deletion::run(cmd, ctx).await,
        Command::Privacy(cmd) => privacy::run(cmd, ctx).await,
        Command::Completions(args) => completions::run(args, ctx),
    }
}
