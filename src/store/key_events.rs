//! `key_events` read back as a timeline (`idctl keys history`): what happened to which key version,
//! when, by whom and in which job. Written by `keystore::record_event` and the engine.

use chrono::{DateTime, Utc};
use tokio_postgres::GenericClient;

use crate::db::row::RowExt;
use crate::error::Result;

/// One event, as stored.
#[derive(Debug, Clone)]
pub struct KeyEventRow {
    pub id: i64,
    pub at: Option<DateTime<Utc>>,
    pub basename: String,
    /// The version the event is about (None: an event of the basename, e.g. a job's).
    pub version: Option<i32>,
    pub event_type: String,
    pub actor_id: Option<i64>,
    pub job_id: Option<i64>,
    pub note: Option<String>,
    /// `key_events.source`: the application name of the session that wrote it.
    pub source: Option<String>,
}

/// What `history` returns.
#[derive(Debug, Clone, Default)]
pub struct HistoryFilter<'a> {
    pub basename: Option<&'a str>,
    /// Include per-row events (`row_failed`), which a rotation with poison rows writes by the
    /// thousand; by default the timeline shows key and job events only.
    pub rows: bool,
    pub since: Option<DateTime<Utc>>,
    pub limit: i64,
}

/// Events newest first.
pub async fn history(
    client: &impl GenericClient,
    filter: &HistoryFilter<'_>,
) -> Result<Vec<KeyEventRow>> {
    let rows = client
        .query(
            "SELECT e.id, e.created_at, e.basename::text, k.version, e.event_type, e.actor_id,
                    e.job_id, e.note, e.source
               FROM key_events e LEFT JOIN crypto_keys k ON k.id = e.key_id
              WHERE ($1::text IS NULL OR e.basename = $1)
                AND ($2 OR e.event_type <> 'row_failed')
                AND ($3::timestamptz IS NULL OR e.created_at >= $3)
              ORDER BY e.created_at DESC NULLS LAST, e.id DESC
              LIMIT $4",
            &[&filter.basename, &filter.rows, &filter.since, &filter.limit],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(KeyEventRow {
                id: r.col(0)?,
                at: r.col(1)?,
                basename: r.col(2)?,
                version: r.col(3)?,
                event_type: r.col(4)?,
                actor_id: r.col(5)?,
                job_id: r.col(6)?,
                note: r.col(7)?,
                source: r.col(8)?,
            })
        })
        .collect()
}

/// How many per-row events (`row_failed`) the filter left out.
pub async fn row_event_count(
    client: &impl GenericClient,
    basename: Option<&str>,
    since: Option<DateTime<Utc>>,
) -> Result<i64> {
    client
        .query_one(
            "SELECT count(*) FROM key_events
              WHERE event_type = 'row_failed' AND ($1::text IS NULL OR basename = $1)
                AND ($2::timestamptz IS NULL OR created_at >= $2)",
            &[&basename, &since],
        )
        .await?
        .col(0)
}
