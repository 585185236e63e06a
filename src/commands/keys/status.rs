use clap::Args;

use crate::context::Ctx;
use crate::error::Result;

/// The census: rows per key version, for every protected column (or one basename's).
///
/// Columns with a key-version column are counted from its index (index-only where the table is
/// vacuumed); header-only columns are read from each value's envelope header.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Only this basename.
    pub basename: Option<String>,
}

pub async fn run(args: StatusArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    if let Some(basename) = &args.basename {
        registry.require_basename(basename)?;
    }
    let db = ctx.connect().await?;
    let client = db.client().await?;
    let census = crate::census::census(&**client, &registry, args.basename.as_deref()).await?;
    ctx.ui.emit(&census)
}
