//! `audit_log` and its hash chain `audit_chain` (migration 0008, docs/FORMAT.md §13).
//!
//! Chain entries are written by the database itself (a deferred trigger on `audit_log`), so that
//! every audit row is chained in the transaction that inserts it, whoever inserts it. idctl only
//! reads the chain here: in pages by entry id for `audit verify` (flat memory on any length), the
//! rows no entry covers, and the log as a timeline.

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio_postgres::GenericClient;

use crate::crypto::chain::{AuditRecord, CHAIN_HASH_LEN};
use crate::db::row::RowExt;
use crate::error::{Error, Result};

/// One chain entry with its audit row as it is now (`None` if the row is gone).
#[derive(Debug, Clone)]
pub struct ChainEntry {
    pub id: i64,
    pub audit_id: i64,
    pub prev_hash: Vec<u8>,
    pub chain_hash: Vec<u8>,
    pub record: Option<AuditRecord>,
}

/// Entries after entry `after` (by id), at most `limit`, each with its row.
pub async fn chain_page(
    client: &impl GenericClient,
    after: i64,
    limit: i64,
) -> Result<Vec<ChainEntry>> {
    let rows = client
        .query(
            "SELECT c.id, c.audit_id, c.prev_hash, c.chain_hash, a.id,
                    a.table_name, a.record_id, a.changed_by, a.change_type, a.old_value::text,
                    a.new_value::text, (extract(epoch FROM a.changed_at) * 1000000)::bigint,
                    a.ip_bin, a.user_agent, a.request_id
               FROM audit_chain c LEFT JOIN audit_log a ON a.id = c.audit_id
              WHERE c.id > $1 ORDER BY c.id LIMIT $2",
            &[&after, &limit],
        )
        .await?;
    rows.iter()
        .map(|r| {
            let present: Option<i64> = r.col(4)?;
            Ok(ChainEntry {
                id: r.col(0)?,
                audit_id: r.col(1)?,
                prev_hash: r.col(2)?,
                chain_hash: r.col(3)?,
                record: match present {
                    None => None,
                    Some(id) => Some(AuditRecord {
                        id,
                        table_name: r.col(5)?,
                        record_id: r.col(6)?,
                        changed_by: r.col(7)?,
                        change_type: r.col(8)?,
                        old_value: r.col(9)?,
                        new_value: r.col(10)?,
                        changed_at_us: r.col(11)?,
                        ip_bin: r.col(12)?,
                        user_agent: r.col(13)?,
                        request_id: r.col(14)?,
                    }),
                },
            })
        })
        .collect()
}

/// The entry of audit row `audit_id`, or of the first audit row after it: (entry id, the previous
/// entry's stored hash). For `audit verify --from`.
pub async fn entry_from(
    client: &impl GenericClient,
    audit_id: i64,
) -> Result<Option<(i64, Option<Vec<u8>>)>> {
    let row = client
        .query_opt(
            "SELECT c.id, (SELECT p.chain_hash FROM audit_chain p WHERE p.id < c.id ORDER BY p.id DESC LIMIT 1)
               FROM audit_chain c WHERE c.audit_id >= $1 ORDER BY c.audit_id LIMIT 1",
            &[&audit_id],
        )
        .await?;
    row.map(|r| Ok((r.col(0)?, r.col(1)?))).transpose()
}

/// The head of the chain: (entry id, audit row id, hash).
pub async fn head(client: &impl GenericClient) -> Result<Option<(i64, i64, [u8; CHAIN_HASH_LEN])>> {
    let row = client
        .query_opt(
            "SELECT id, audit_id, chain_hash FROM audit_chain ORDER BY id DESC LIMIT 1",
            &[],
        )
        .await?;
    row.map(|r| {
        let h: Vec<u8> = r.col(2)?;
        Ok((r.col(0)?, r.col(1)?, hash(&h)?))
    })
    .transpose()
}

/// A stored hash as a fixed array (the table's CHECK keeps them 32 bytes).
pub fn hash(b: &[u8]) -> Result<[u8; CHAIN_HASH_LEN]> {
    b.try_into()
        .map_err(|_| Error::data(format!("a chain hash of {} bytes, not 32", b.len())))
}

/// Audit rows that no chain entry covers (inserted past the chaining trigger), lowest id first, at
/// most `limit`, and how many there are.
pub async fn unchained(client: &impl GenericClient, limit: i64) -> Result<(Vec<i64>, i64)> {
    let rows = client
        .query(
            "SELECT a.id, count(*) OVER () FROM audit_log a
              WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = a.id)
              ORDER BY a.id LIMIT $1",
            &[&limit],
        )
        .await?;
    let total = match rows.first() {
        Some(r) => r.col(1)?,
        None => 0,
    };
    Ok((rows.iter().map(|r| r.col(0)).collect::<Result<_>>()?, total))
}

/// Whether the chaining trigger is installed and enabled (migration 0008).
pub async fn trigger_enabled(client: &impl GenericClient) -> Result<bool> {
    client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_trigger
                             WHERE tgrelid = 'audit_log'::regclass AND tgname = 'tr_audit_log_chain'
                               AND tgenabled IN ('O', 'A'))",
            &[],
        )
        .await?
        .col(0)
}

/// Filters of `audit log`.
#[derive(Debug, Clone, Default)]
pub struct LogFilter {
    pub actor: Option<i64>,
    pub table: Option<String>,
    pub since: Option<DateTime<Utc>>,
    /// Rows with an id below this one (paging backwards).
    pub before: Option<i64>,
    pub limit: i64,
}

/// One `audit_log` row for the timeline.
#[derive(Debug, Clone, Serialize)]
pub struct LogEntry {
    pub id: i64,
    pub changed_at: Option<DateTime<Utc>>,
    pub changed_by: Option<i64>,
    pub table_name: Option<String>,
    pub record_id: Option<i64>,
    pub change_type: Option<String>,
    pub request_id: Option<String>,
    pub new_value: Option<serde_json::Value>,
    /// Whether a chain entry covers the row.
    pub chained: bool,
    /// Whether a signed checkpoint covers the row's entry (the entry is at or before one).
    pub checkpointed: bool,
}

/// The newest rows matching `f`, newest first.
pub async fn log(client: &impl GenericClient, f: &LogFilter) -> Result<Vec<LogEntry>> {
    let rows = client
        .query(
            "WITH cp AS (SELECT max(subject_id::bigint) AS upto FROM signatures
                          WHERE subject_kind = 'audit_checkpoint' AND status = 'valid')
             SELECT a.id, a.changed_at, a.changed_by, a.table_name, a.record_id, a.change_type,
                    a.request_id, a.new_value, c.id IS NOT NULL, coalesce(c.id <= cp.upto, false)
               FROM audit_log a LEFT JOIN audit_chain c ON c.audit_id = a.id CROSS JOIN cp
              WHERE ($1::bigint IS NULL OR a.changed_by = $1)
                AND ($2::text IS NULL OR a.table_name = $2)
                AND ($3::timestamptz IS NULL OR a.changed_at >= $3)
                AND ($4::bigint IS NULL OR a.id < $4)
              ORDER BY a.id DESC LIMIT $5",
            &[&f.actor, &f.table, &f.since, &f.before, &f.limit],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(LogEntry {
                id: r.col(0)?,
                changed_at: r.col(1)?,
                changed_by: r.col(2)?,
                table_name: r.col(3)?,
                record_id: r.col(4)?,
                change_type: r.col(5)?,
                request_id: r.col(6)?,
                new_value: r.col(7)?,
                chained: r.col(8)?,
                checkpointed: r.col(9)?,
            })
        })
        .collect()
}

/// The number of audit rows and chain entries (for reports).
pub async fn counts(client: &impl GenericClient) -> Result<(i64, i64)> {
    let r = client
        .query_one(
            "SELECT (SELECT count(*) FROM audit_log), (SELECT count(*) FROM audit_chain)",
            &[],
        )
        .await?;
    Ok((r.col(0)?, r.col(1)?))
}
