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
pub struct ShowArgs {
    /// The job id.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::job_ids))]
    pub id: i64,
    /// List at most this many failed rows.
    #[arg(long, default_value_t = 1000)]
    pub max_failed: i64,
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
    let client = db.client().await?;
    let job = jobs::get(&**client, args.id).await?;
    let ranges = jobs::ranges(&**client, KIND_ROTATION, args.id).await?;
    let failed_rows = jobs::failed_rows(&**client, args.id, args.max_failed).await?;
    let rows_rewritten = jobs::rows_done_total(&**client, KIND_ROTATION, args.id).await?;
    let rows_failed = jobs::failed_row_count(&**client, args.id).await?;
    let workers = jobs::liveness(&**client, KIND_ROTATION, args.id).await?;
    let state_note = state_note(&job, &workers, rows_failed);
    ctx.ui.emit(&JobView {
        job,
        rows_rewritten,
        rows_failed,
        workers,
        state_note,
        ranges,
        failed_rows,
    })
}

fn state_note(job: &RotationJob, w: &Liveness, failed: i64) -> String {
    let age = w
        .last_heartbeat_age_seconds
        .map(|s| format!("last heartbeat {s:.0}s ago"))
        .unwrap_or_else(|| "no heartbeat yet".into());
    match job.status {
        JobStatus::Running if w.live_workers > 0 => {
            format!("running: {} live worker(s), {age}", w.live_workers)
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
            "completed with {failed} quarantined row(s), listed below; fix them, then `idctl keys rotate {} --retry-quarantined`",
            job.basename
        ),
        other @ (JobStatus::Completed | JobStatus::Failed) => other.to_string(),
    }
}
