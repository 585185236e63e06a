use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::engine::jobs::{self, FailedRow, JobRange, KIND_ROTATION, RotationJob};
use crate::error::Result;

/// Show a job: its state, its ranges with checkpoints and leases, and the rows that failed
/// (primary key and error class, never values).
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The job id.
    pub id: i64,
    /// List at most this many failed rows.
    #[arg(long, default_value_t = 1000)]
    pub max_failed: i64,
}

#[derive(Debug, Serialize)]
struct JobView {
    #[serde(flatten)]
    job: RotationJob,
    ranges: Vec<JobRange>,
    failed_rows: Vec<FailedRow>,
}

pub async fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let client = db.client().await?;
    let job = jobs::get(&**client, args.id).await?;
    let ranges = jobs::ranges(&**client, KIND_ROTATION, args.id).await?;
    let failed_rows = jobs::failed_rows(&**client, args.id, args.max_failed).await?;
    ctx.ui.emit(&JobView {
        job,
        ranges,
        failed_rows,
    })
}
