use std::time::Duration;

use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::requests;

/// List data-subject requests, nearest deadline first, with their deadlines.
///
/// Needs permission privacy.process.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl privacy requests list --overdue\n  idctl privacy requests list --due-within 7d -o json"
)]
pub struct ListArgs {
    /// Only requests in this status: pending, in_progress, completed, rejected, cancelled.
    #[arg(long)]
    pub status: Option<String>,
    /// Only open requests past their deadline.
    #[arg(long)]
    pub overdue: bool,
    /// Only open requests due within this long (7d).
    #[arg(long, value_name = "DURATION", value_parser = crate::cli::parse_duration)]
    pub due_within: Option<Duration>,
    /// At most this many.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub limit: i64,
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::PrivacyProcess)
        .await?;
    let rows = requests::list(
        &db,
        args.status.as_deref(),
        args.overdue,
        args.due_within,
        args.limit,
    )
    .await?;
    ctx.ui.emit_narrow(&rows, || {
        rows.iter()
            .map(crate::commands::privacy::request_line)
            .collect::<Vec<_>>()
    })
}
