use clap::Args;
use serde::Serialize;

use crate::cli::{age, parse_since};
use crate::context::Ctx;
use crate::error::Result;
use crate::store::key_events::{self, HistoryFilter};

/// The key timeline, newest first: versions generated, activated, made decrypt-only, retired,
/// destroyed, backed up; rotations started, finished, cancelled; by whom and in which job.
///
/// Per-row failures of a rotation (`row_failed`) are counted, not listed, unless --rows is given
/// (`idctl jobs show ID` lists a job's failed rows). Reads key_events; changes nothing.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl keys history profile\n  idctl keys history --since 7d -o json"
)]
pub struct HistoryArgs {
    /// Only this basename.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::basenames))]
    pub basename: Option<String>,
    /// Only events at or after this time: RFC 3339, a date (2026-11-01, UTC) or a duration ago (24h).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Also list per-row events (row_failed).
    #[arg(long)]
    pub rows: bool,
    /// At most this many events (1 to 100000).
    #[arg(long, default_value_t = 50, value_parser = parse_limit)]
    pub limit: i64,
}

fn parse_limit(s: &str) -> std::result::Result<i64, String> {
    crate::cli::parse_int_in(s, 1, 100_000)
}

/// One event (docs/OUTPUT.md, `keys history`).
#[derive(Debug, Serialize)]
struct Event {
    id: i64,
    at: Option<chrono::DateTime<chrono::Utc>>,
    /// `basename:vN`, or the basename for events of no one version.
    key: String,
    basename: String,
    version: Option<i32>,
    event: String,
    actor_id: Option<i64>,
    job_id: Option<i64>,
    note: Option<String>,
    source: Option<String>,
}

#[derive(Debug, Serialize)]
struct Row<'a> {
    age: String,
    key: &'a str,
    event: &'a str,
    by: String,
    job: String,
    note: &'a str,
}

pub async fn run(args: HistoryArgs, ctx: &Ctx) -> Result<()> {
    let since = args.since.as_deref().map(parse_since).transpose()?;
    let registry = ctx.registry()?;
    let db = ctx.connect().await?;
    let client = db.client().await?;
    if let Some(basename) = &args.basename {
        super::require_existing_basename(ctx, &registry, &**client, basename).await?;
    }
    let filter = HistoryFilter {
        basename: args.basename.as_deref(),
        rows: args.rows,
        since,
        limit: args.limit,
    };
    let events: Vec<Event> = key_events::history(&**client, &filter)
        .await?
        .into_iter()
        .map(|e| Event {
            key: match e.version {
                Some(v) => format!("{}:v{v}", e.basename),
                None => e.basename.clone(),
            },
            id: e.id,
            at: e.at,
            basename: e.basename,
            version: e.version,
            event: e.event_type,
            actor_id: e.actor_id,
            job_id: e.job_id,
            note: e.note,
            source: e.source,
        })
        .collect();
    if !args.rows {
        let hidden =
            key_events::row_event_count(&**client, args.basename.as_deref(), since).await?;
        if hidden > 0 {
            ctx.ui.note(format!(
                "{} not listed (--rows lists them; `idctl jobs show ID` lists a job's)",
                crate::text::count(hidden, "per-row failure event", "per-row failure events")
            ));
        }
    }
    if events.is_empty() && ctx.ui.is_table() {
        ctx.ui.note(match &args.basename {
            Some(b) => format!("No key events for {b:?}."),
            None => "No key events.".to_string(),
        });
        return Ok(());
    }
    ctx.ui.emit_narrow(&events, || {
        events
            .iter()
            .map(|e| Row {
                age: age(e.at),
                key: &e.key,
                event: &e.event,
                by: e.actor_id.map(|a| a.to_string()).unwrap_or_default(),
                job: e.job_id.map(|j| j.to_string()).unwrap_or_default(),
                note: e.note.as_deref().unwrap_or_default(),
            })
            .collect::<Vec<_>>()
    })
}
