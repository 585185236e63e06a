use clap::Args;

use crate::context::Ctx;
use crate::engine::jobs;
use crate::error::Result;

/// List jobs, newest first.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// At most this many jobs.
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let client = db.client().await?;
    ctx.ui.emit(&jobs::list(&**client, args.limit).await?)
}
