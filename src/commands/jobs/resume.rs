use clap::Args;

use crate::context::Ctx;
use crate::engine::jobs;
use crate::error::{Error, Result};

/// Resume an unfinished job where it stopped (the same as running its `keys rotate` again).
/// Needs permission keys.rotate.
#[derive(Debug, Args)]
pub struct ResumeArgs {
    /// The job id.
    pub id: i64,
    #[command(flatten)]
    pub engine: crate::commands::keys::rotate::EngineArgs,
}

pub async fn run(args: ResumeArgs, ctx: &Ctx) -> Result<()> {
    let job = {
        let db = ctx.connect().await?;
        let client = db.client().await?;
        jobs::get(&**client, args.id).await?
    };
    if !job.is_unfinished() {
        return Err(Error::data(format!(
            "job {} is {}; nothing to resume",
            job.id, job.status
        )));
    }
    let rotate = crate::commands::keys::rotate::RotateArgs {
        basename: job.basename,
        dry_run: false,
        new_version: false,
        keep_old: false,
        schedule: None,
        engine: args.engine,
    };
    crate::commands::keys::rotate::run(rotate, ctx).await
}
