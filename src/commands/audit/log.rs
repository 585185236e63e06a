use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::audit;
use crate::store::audit::LogFilter;

/// The audit trail as a timeline, newest first: who changed what, when, and whether the hash chain
/// (CHAINED) and a signed checkpoint (SIGNED) cover each row.
///
/// Examples:
///   idctl audit log --table users --since 2026-11-01
///   idctl audit log --actor 1 --limit 20 -o json
#[derive(Debug, Args)]
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
    let since = args.since.as_deref().map(parse_since).transpose()?;
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

/// `2026-11-01T00:00:00Z`, `2026-11-01` (midnight UTC) or a duration ago (`24h`, `7d`).
fn parse_since(s: &str) -> Result<chrono::DateTime<chrono::Utc>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d.and_time(chrono::NaiveTime::MIN).and_utc());
    }
    let bad = || {
        Error::usage(format!(
            "--since {s:?}: expected an RFC 3339 time, a date (2026-11-01) or a duration ago (24h)"
        ))
    };
    let ago = crate::cli::parse_duration(s).map_err(|_| bad())?;
    chrono::Duration::from_std(ago)
        .ok()
        .and_then(|d| chrono::Utc::now().checked_sub_signed(d))
        .ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_forms() {
        assert!(parse_since("2026-11-01").is_ok());
        assert!(parse_since("2026-11-01T10:00:00Z").is_ok());
        assert!(parse_since("24h").unwrap() < chrono::Utc::now());
        assert!(parse_since("yesterday").is_err());
        assert!(parse_since("99999999999999d").is_err());
    }
}
