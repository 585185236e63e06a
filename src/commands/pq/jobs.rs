use clap::Args;
use serde::Serialize;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::pq;

/// List post-quantum migration jobs, newest first.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl pq jobs --limit 10")]
pub struct JobsArgs {
    /// At most this many jobs.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub limit: i64,
}

/// Cancel a post-quantum migration job: its workers stop at their next checkpoint; the values
/// already moved stay moved, and a later `idctl pq migrate` starts a new job for the rest.
///
/// Needs permission pq.migrate.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl pq cancel 3")]
pub struct CancelArgs {
    pub id: i64,
}

#[derive(Debug, Serialize)]
struct View {
    id: i64,
    scope: String,
    status: String,
    moved: i64,
    attempts: i32,
}

pub async fn list(args: JobsArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let jobs = pq::jobs(&db, args.limit).await?;
    ctx.ui.emit_narrow(&jobs, || {
        jobs.iter()
            .map(|j| View {
                id: j.id,
                scope: j.scope.clone().unwrap_or_default(),
                status: j.status.to_string(),
                moved: j.processed_count,
                attempts: j.attempts,
            })
            .collect::<Vec<_>>()
    })
}

pub async fn cancel(args: CancelArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::PqMigrate)
        .await?;
    let job = pq::cancel(&db, actor.id, args.id).await?;
    ctx.ui
        .note(format!("Cancelled pq migration job {}.", job.id));
    ctx.ui.emit(&job)
}
