use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::requests;

/// Show a data-subject request: status, deadline, extension, export or deletion job.
///
/// Needs permission privacy.process.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The request id.
    pub id: i64,
}

pub async fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::PrivacyProcess)
        .await?;
    ctx.ui.emit(&requests::show(&db, args.id).await?)
}
