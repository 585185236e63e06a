//! `idctl jobs`: the batch jobs (key rotations now; PQ migration, deletion and privacy jobs use the
//! same tables and commands later).

pub mod cancel;
pub mod list;
pub mod resume;
pub mod run_due;
pub mod show;
pub mod work;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    List(list::ListArgs),
    Show(show::ShowArgs),
    Cancel(cancel::CancelArgs),
    Resume(resume::ResumeArgs),
    Work(work::WorkArgs),
    RunDue(run_due::RunDueArgs),
}

pub async fn run(cmd: JobsCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        JobsCommand::List(args) => list::run(args, ctx).await,
        JobsCommand::Show(args) => show::run(args, ctx).await,
        JobsCommand::Cancel(args) => cancel::run(args, ctx).await,
        JobsCommand::Resume(args) => resume::run(args, ctx).await,
        JobsCommand::Work(args) => work::run(args, ctx).await,
        JobsCommand::RunDue(args) => run_due::run(args, ctx).await,
    }
}
