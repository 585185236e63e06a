use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::audit;
use crate::store::audit::LogFilter;

/// The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain
/// (CHAINED) and a signed checkpoint (SIGNED) cover each row.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl audit log --table users --since 2026-11-01\n  idctl audit log --actor 1 --limit 20 -o json"
)]
pub struct LogArgs {
    /// Only rows written by this user id.
    #[arg(long, value_name = "USER_ID")]
    pub actor_id: Option<i64>,
    /// Only rows about this table.
    #[arg(long)]
    pub table: Option<String>,
    /// Only rows at or after this time: RFC 3339, a date (2026-11-01, UTC) or a duration ago (24h).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only rows with an id below this one (the next page).
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    /// At most this many rows.
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
}

#[derive(Debug, Serialize)]
struct View {
    id: i64,
    time: String,
    actor: String,
    change: String,
    subject: String,
    chained: &'static str,
    signed: &'static str,
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "NO" }
}

pub async fn run(args: LogArgs, ctx: &Ctx) -> Result<()> {
    if !(1..=100_000).contains(&args.limit) {
        return Err(Error::usage("--limit must be between 1 and 100000"));
    }
    let since = args
        .since
        .as_deref()
        .map(crate::cli::parse_since)
        .transpose()?;
    let db = ctx.connect().await?;
    let rows = audit::log(
        &db,
        &LogFilter {
            actor: args.actor_id,
            table: args.table.clone(),
            since,
            before: args.before,
            limit: args.limit,
        },
    )
    .await?;
    ctx.ui.emit_narrow(&rows, || {
        rows.iter()
            .map(|r| View {
                id: r.id,
                time: r
                    .changed_at
                    .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
                    .unwrap_or_default(),
                actor: r.changed_by.map(|a| a.to_string()).unwrap_or_default(),
                change: r.change_type.clone().unwrap_or_default(),
                subject: match (&r.table_name, r.record_id) {
                    (Some(t), Some(id)) => format!("{t} {id}"),
                    (Some(t), None) => t.clone(),
                    _ => String::new(),
                },
                chained: yes_no(r.chained),
                signed: yes_no(r.checkpointed),
            })
            .collect::<Vec<_>>()
    })
}
