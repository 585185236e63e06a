use chrono::{DateTime, Utc};
use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::engine::jobs::{self, JobStatus};
use crate::error::Result;

/// List jobs, newest first (`idctl jobs show <id>` has the full result, ranges and failed rows).
///
/// The table shows ID, JOB (basename → target), STATUS, ROWS (rewritten, and failed if any) and
/// AGE (since started, or created); `-o wide` and `-o json` show every field.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl jobs list --limit 10\n  idctl jobs list -o json | jq '.[] | select(.status == \"running\") | .id'"
)]
pub struct ListArgs {
    /// At most this many jobs.
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    #[command(flatten)]
    pub watch: crate::commands::watch::WatchArgs,
}

/// One line per job: the result document is summarised, not printed whole.
#[derive(Debug, Serialize)]
struct JobLine {
    id: i64,
    basename: String,
    target_version: i32,
    /// `basename:vN`, as `keys rotate` reports its target.
    target: String,
    status: JobStatus,
    attempts: i32,
    executed_by: Option<i64>,
    scheduled_at: Option<DateTime<Utc>>,
    started_at: Option<DateTime<Utc>>,
    finished_at: Option<DateTime<Utc>>,
    rows_rewritten: Option<u64>,
    rows_failed: Option<u64>,
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    crate::commands::watch::run(ctx, &args.watch, "jobs list", async || {
        once(&args, ctx, &db).await.map(|()| false)
    })
    .await
}

async fn once(args: &ListArgs, ctx: &Ctx, db: &crate::db::Database) -> Result<()> {
    let client = db.client().await?;
    let lines: Vec<JobLine> = jobs::list(&**client, args.limit)
        .await?
        .into_iter()
        .map(|j| {
            let field = |name: &str| {
                j.result
                    .as_ref()
                    .and_then(|r| r.get(name))
                    .and_then(|v| v.as_u64())
            };
            JobLine {
                rows_rewritten: field("rows_rewritten"),
                rows_failed: field("rows_failed"),
                id: j.id,
                target: j.target,
                basename: j.basename,
                target_version: j.target_version,
                status: j.status,
                attempts: j.attempts,
                executed_by: j.executed_by,
                scheduled_at: j.scheduled_at,
                started_at: j.started_at,
                finished_at: j.finished_at,
            }
        })
        .collect();
    ctx.ui.emit_narrow(&lines, || {
        lines
            .iter()
            .map(|j| Narrow {
                id: j.id,
                job: format!("{} → v{}", j.basename, j.target_version),
                status: j.status,
                rows: match (j.rows_rewritten, j.rows_failed) {
                    (Some(done), Some(failed)) if failed > 0 => format!("{done} ({failed} failed)"),
                    (Some(done), _) => done.to_string(),
                    _ => "-".into(),
                },
                age: crate::cli::age(j.started_at.or(j.scheduled_at)),
            })
            .collect::<Vec<_>>()
    })
}

#[derive(Debug, Serialize)]
struct Narrow {
    id: i64,
    job: String,
    status: JobStatus,
    rows: String,
    age: String,
}
