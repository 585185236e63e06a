//! `idctl audit`: the tamper-evident audit trail. Commands parse and render; the work is in
//! `ops::audit`, the SQL in `store::audit` and `store::signing`.

pub mod checkpoint;
pub mod log;
pub mod verify;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    Verify(verify::VerifyArgs),
    Checkpoint(checkpoint::CheckpointArgs),
    Log(log::LogArgs),
}

pub async fn run(cmd: AuditCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        AuditCommand::Verify(args) => verify::run(args, ctx).await,
        AuditCommand::Checkpoint(args) => checkpoint::run(args, ctx).await,
        AuditCommand::Log(args) => log::run(args, ctx).await,
    }
}
