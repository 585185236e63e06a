//! `idctl privacy requests`: data-subject requests and their deadlines. The work is in
//! `ops::requests`, the SQL in `store::privacy`.

pub mod create;
pub mod extend;
pub mod list;
pub mod process;
pub mod reject;
pub mod show;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum RequestsCommand {
    Create(create::CreateArgs),
    List(list::ListArgs),
    Show(show::ShowArgs),
    Extend(extend::ExtendArgs),
    Process(process::ProcessArgs),
    Reject(reject::RejectArgs),
}

pub async fn run(cmd: RequestsCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        RequestsCommand::Create(a) => create::run(a, ctx).await,
        RequestsCommand::List(a) => list::run(a, ctx).await,
        RequestsCommand::Show(a) => show::run(a, ctx).await,
        RequestsCommand::Extend(a) => extend::run(a, ctx).await,
        RequestsCommand::Process(a) => process::run(a, ctx).await,
        RequestsCommand::Reject(a) => reject::run(a, ctx).await,
    }
}
