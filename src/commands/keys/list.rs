use clap::Args;

use crate::context::Ctx;
use crate::error::Result;
use crate::keystore;

/// List key versions (from crypto_keys), optionally of one basename.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this basename.
    pub basename: Option<String>,
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let client = db.client().await?;
    if let Some(basename) = &args.basename {
        super::require_existing_basename(ctx, &ctx.registry()?, &**client, basename).await?;
    }
    let keys = keystore::list(&**client, args.basename.as_deref()).await?;
    ctx.ui.emit(&keys)
}
