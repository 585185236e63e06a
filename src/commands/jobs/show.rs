use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::engine::jobs::{
    self, FailedRow, JobRange, JobStatus, KIND_ROTATION, Liveness, RotationJob,
};
use crate::error::Result;

/// Show a job: its state, its ranges with checkpoints and leases, and the rows that failed
/// (primary key and error class, never values).
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl jobs show 12 --watch\n  idctl jobs show 12\n  idctl jobs show 12 -o json | jq '.ranges[] | select(.status != \"done\")'"
)]
pub struct ShowArgs {
    /// The job id.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::job_ids))]
    pub id: i64,
    /// List at most this many failed rows.
    #[arg(long, default_value_t = 1000)]
    pub max_failed: i64,
    #[command(flatten)]
    pub watch: crate::commands::watch::WatchArgs,
}

#[derive(Debug, Serialize)]
struct JobView {
    #[serde(flatten)]
    job: RotationJob,
    /// Rows rewritten so far, over every attempt and every worker.
    rows_rewritten: i64,
    /// Rows quarantined (recorded as failed) by this job.
    rows_failed: i64,
    workers: Liveness,
    /// A sentence for people: what the job is doing, or why it is stuck.
    state_note: String,
    ranges: Vec<JobRange>,
    failed_rows: Vec<FailedRow>,
}

pub async fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let title = format!("jobs show {}", args.id);
    // With --watch, until the job is over.
    crate::commands::watch::run(ctx, &args.watch, &title, async || {
        once(&args, ctx, &db).await
    })
    .await
}

async fn once(args: &ShowArgs, ctx: &Ctx, db: &crate::db::Database) -> Result<bool> {
    let client = db.client().await?;
    let job = jobs::get(&**client, args.id).await?;
    let ranges = jobs::ranges(&**client, KIND_ROTATION, args.id).await?;
    let failed_rows = jobs::failed_rows(&**client, args.id, args.max_failed).await?;
    let rows_rewritten = jobs::rows_done_total(&**client, KIND_ROTATION, args.id).await?;
    let rows_failed = jobs::failed_row_count(&**client, args.id).await?;
    let workers = jobs::liveness(&**client, KIND_ROTATION, args.id).await?;
    let state_note = state_note(&job, &workers, rows_failed);
    let view = JobView {
        job,
        rows_rewritten,
        rows_failed,
        workers,
        state_note,
        ranges,
        failed_rows,
    };
    let over = !view.job.is_unfinished();
    ctx.ui.emit_narrow(&view, || {
        use crate::commands::views;
        let ranges = view
            .ranges
            .iter()
            .map(|r| {
                serde_json::json!({
                    "range": r.id,
                    "column": views::qualified(&r.table_name, &r.column_name),
                    "keys": format!(
                        "({}, {}]",
                        r.range_start.as_deref().unwrap_or("-inf"),
                        r.range_end.as_deref().unwrap_or("+inf")
                    ),
                    "status": r.status,
                    "done": r.rows_done,
                    "failed": r.rows_failed,
                })
            })
            .collect();
        let failed = view
            .failed_rows
            .iter()
            .map(|f| {
                serde_json::json!({
                    "column": views::qualified(
                        f.table.as_deref().unwrap_or_default(),
                        f.column.as_deref().unwrap_or_default(),
                    ),
                    "primary_key": f.primary_key,
                    "error_class": f.error_class,
                })
            })
            .collect();
        let mut v = views::with_sections(
            &view,
            vec![("ranges", ranges), ("failed_rows", failed)],
            &["result", "workers"],
        );
        if let serde_json::Value::Object(map) = &mut v {
            map.insert(
                "workers".into(),
                format!(
                    "{} live, {}",
                    view.workers.live_workers,
                    crate::text::count(view.workers.stale_ranges, "stale range", "stale ranges")
                )
                .into(),
            );
            for t in ["scheduled_at", "started_at", "finished_at", "created_at"] {
                if let Some(serde_json::Value::String(ts)) = map.get(t) {
                    let short = ts.get(..16).unwrap_or(ts).replace('T', " ");
                    map.insert(t.into(), short.into());
                }
            }
        }
        v
    })?;
    Ok(over)
}

fn state_note(job: &RotationJob, w: &Liveness, failed: i64) -> String {
    let age = w
        .last_heartbeat_age_seconds
        .map(|s| format!("last heartbeat {s:.0}s ago"))
        .unwrap_or_else(|| "no heartbeat yet".into());
    match job.status {
        JobStatus::Running if w.live_workers > 0 => {
            format!(
                "running: {}, {age}",
                crate::text::count(w.live_workers, "live worker", "live workers")
            )
        }
        JobStatus::Running => format!(
            "running, but no worker is alive ({age}): the process that ran it died or lost its connection; `idctl jobs resume {}` continues it",
            job.id
        ),
        JobStatus::Pending => "pending: `idctl jobs run-due` runs it when its time comes".into(),
        JobStatus::Cancelled => format!(
            "cancelled: `idctl jobs resume {}` opens it again, keeping its checkpoints",
            job.id
        ),
        JobStatus::CompletedWithErrors => format!(
            "completed with {}, listed below; fix them, then `idctl keys rotate {} --retry-quarantined`",
            crate::text::count(failed, "quarantined row", "quarantined rows"),
            job.basename
        ),
        other @ (JobStatus::Completed | JobStatus::Failed) => other.to_string(),
    }
}
