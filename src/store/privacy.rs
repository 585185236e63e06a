//! The SQL behind `idctl privacy export`: a table's columns from the catalogue, and a stream of the
//! subject's rows as JSON built by the server.
//!
//! The server turns each row into JSON (`to_jsonb`), without the columns the registry omits and the
//! encrypted ones (those come back as bytes, for idctl to decrypt), with bytea as base64; rows come
//! back one at a time (`query_raw`), so that a table of a million rows never sits in memory.

use tokio_postgres::GenericClient;
use tokio_postgres::RowStream;

use super::deletion::Selector;
use super::ident;
use crate::db::row::RowExt;
use crate::error::{Error, Result};

/// A column of a table, from the catalogue: name and `format_type()`.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub type_name: String,
}

/// The table's columns in order.
pub async fn columns_of(client: &impl GenericClient, table: &str) -> Result<Vec<Column>> {
    client
        .query(
            "SELECT a.attname::text, format_type(a.atttypid, a.atttypmod)
               FROM pg_attribute a
              WHERE a.attrelid = to_regclass(quote_ident($1)) AND a.attnum > 0 AND NOT a.attisdropped
              ORDER BY a.attnum",
            &[&table],
        )
        .await?
        .iter()
        .map(|r| {
            Ok(Column {
                name: r.col(0)?,
                type_name: r.col(1)?,
            })
        })
        .collect()
}

/// What to read from one table.
pub struct ExportQuery<'a> {
    pub selector: &'a Selector,
    /// Columns left out of the JSON (omitted, and the encrypted ones read separately).
    pub left_out: Vec<String>,
    /// bytea columns kept in the JSON, as base64.
    pub bytea: Vec<String>,
    /// Encrypted columns read as bytes after the JSON (columns 1..), each followed by nothing else.
    pub encrypted: Vec<String>,
    /// The primary-key columns read as text after the encrypted ones (for the decryption context).
    pub key_columns: Vec<String>,
    /// Row order (the entry's primary key).
    pub order_by: Vec<String>,
}

/// Streams the entity's rows: column 0 is the row as JSON text, then the encrypted columns'
/// bytes, then the key columns as text.
pub async fn export_rows(
    client: &impl GenericClient,
    q: &ExportQuery<'_>,
    key: &str,
) -> Result<RowStream> {
    let mut json = "to_jsonb(t)".to_string();
    if !q.left_out.is_empty() {
        json = format!(
            "({json} - ARRAY[{}]::text[])",
            q.left_out
                .iter()
                .map(|c| format!("'{}'", c.replace('\'', "''")))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if !q.bytea.is_empty() {
        json = format!(
            "{json} || jsonb_build_object({})",
            q.bytea
                .iter()
                .map(|c| format!(
                    "'{}', translate(encode(t.{}, 'base64'), E'\\n', '')",
                    c.replace('\'', "''"),
                    ident(c)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let mut select = vec![format!("({json})::text")];
    select.extend(q.encrypted.iter().map(|c| format!("t.{}", ident(c))));
    select.extend(
        q.key_columns
            .iter()
            .map(|c| format!("t.{}::text", ident(c))),
    );
    let order = if q.order_by.is_empty() {
        String::new()
    } else {
        format!(
            " ORDER BY {}",
            q.order_by
                .iter()
                .map(|c| format!("t.{}", ident(c)))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let sql = format!(
        "SELECT {} FROM {} AS t WHERE {}{order}",
        select.join(", "),
        ident(&q.selector.table),
        q.selector.condition()
    );
    client
        .query_raw(&sql, [key])
        .await
        .map_err(|e| Error::from(e).context(format!("reading {}", q.selector.table)))
}

/// The newest migration applied (the schema version an export states).
pub async fn schema_version(client: &impl GenericClient) -> Result<Option<i32>> {
    let exists: bool = client
        .query_one(
            "SELECT to_regclass('idctl_schema_migrations') IS NOT NULL",
            &[],
        )
        .await?
        .col(0)?;
    if !exists {
        return Ok(None);
    }
    client
        .query_one("SELECT max(version) FROM idctl_schema_migrations", &[])
        .await?
        .col(0)
}

// ------------------------------------------------------------------------------------------------
// Data-subject requests (`privacy_requests`, created by the migrations)
// ------------------------------------------------------------------------------------------------

/// One `privacy_requests` row, with its deadline (from `meta.deadline`, else one month after
/// `requested_at`, GDPR Art. 12(3)).
#[derive(Debug, Clone, serde::Serialize)]
pub struct RequestRow {
    pub id: i64,
    pub user_id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub status: String,
    pub requested_at: Option<chrono::DateTime<chrono::Utc>>,
    pub deadline: Option<chrono::DateTime<chrono::Utc>>,
    pub overdue: bool,
    pub processed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub meta: Option<serde_json::Value>,
}

const REQUEST_COLUMNS: &str = "id, user_id::text, type, status, requested_at,
    coalesce((meta->>'deadline')::timestamptz, requested_at + interval '1 month'),
    status IN ('pending', 'in_progress') AND coalesce((meta->>'deadline')::timestamptz, requested_at + interval '1 month') < now(),
    processed_at, meta";

fn request_row(r: &tokio_postgres::Row) -> Result<RequestRow> {
    Ok(RequestRow {
        id: r.col(0)?,
        user_id: r.col(1)?,
        kind: r.col(2)?,
        status: r.col(3)?,
        requested_at: r.col(4)?,
        deadline: r.col(5)?,
        overdue: r.col(6)?,
        processed_at: r.col(7)?,
        meta: r.col(8)?,
    })
}

pub async fn insert_request(
    client: &impl GenericClient,
    user_id: &str,
    kind: &str,
    meta: &serde_json::Value,
) -> Result<RequestRow> {
    let user_type = super::deletion::column_type(client, "privacy_requests", "user_id")
        .await?
        .ok_or_else(|| {
            Error::config("privacy_requests.user_id does not exist")
                .with_hint("`idctl db migrate` creates it; `idctl db check` explains")
        })?;
    let sql = format!(
        "INSERT INTO privacy_requests (user_id, type, status, requested_at, meta)
         VALUES ($1::text::{user_type}, $2, 'pending', now(),
                 $3::jsonb || jsonb_build_object('deadline', now() + interval '1 month'))
         RETURNING {REQUEST_COLUMNS}"
    );
    request_row(&client.query_one(&sql, &[&user_id, &kind, meta]).await?)
}

pub async fn get_request(
    client: &impl GenericClient,
    id: i64,
    for_update: bool,
) -> Result<Option<RequestRow>> {
    let sql = format!(
        "SELECT {REQUEST_COLUMNS} FROM privacy_requests WHERE id = $1{}",
        if for_update { " FOR UPDATE" } else { "" }
    );
    client
        .query_opt(&sql, &[&id])
        .await?
        .as_ref()
        .map(request_row)
        .transpose()
}

/// Requests, oldest deadline first; `open_only`: pending and in progress; `due_before`: deadline
/// before then.
pub async fn list_requests(
    client: &impl GenericClient,
    status: Option<&str>,
    open_only: bool,
    due_before: Option<chrono::DateTime<chrono::Utc>>,
    limit: i64,
) -> Result<Vec<RequestRow>> {
    let sql = format!(
        "SELECT {REQUEST_COLUMNS} FROM privacy_requests
          WHERE ($1::text IS NULL OR status = $1)
            AND (NOT $2 OR status IN ('pending', 'in_progress'))
            AND ($3::timestamptz IS NULL
                 OR coalesce((meta->>'deadline')::timestamptz, requested_at + interval '1 month') < $3)
          ORDER BY coalesce((meta->>'deadline')::timestamptz, requested_at + interval '1 month'), id
          LIMIT $4"
    );
    client
        .query(&sql, &[&status, &open_only, &due_before, &limit])
        .await?
        .iter()
        .map(request_row)
        .collect()
}

/// Sets a request's status, merges `meta`, and sets processed_at when it is final.
pub async fn update_request(
    client: &impl GenericClient,
    id: i64,
    status: &str,
    meta: &serde_json::Value,
) -> Result<()> {
    client
        .execute(
            "UPDATE privacy_requests SET status = $2, meta = coalesce(meta, '{}'::jsonb) || $3::jsonb,
                    processed_at = CASE WHEN $2 IN ('completed', 'rejected', 'cancelled') THEN now() ELSE processed_at END
              WHERE id = $1",
            &[&id, &status, meta],
        )
        .await?;
    Ok(())
}

/// One `audit_log` row about a request (its state and counts, never the data).
pub async fn audit_request(
    client: &impl GenericClient,
    actor: i64,
    id: i64,
    change_type: &str,
    new_value: &serde_json::Value,
) -> Result<()> {
    super::deletion::audit_row(
        client,
        "privacy_requests",
        id,
        Some(actor),
        change_type,
        new_value,
    )
    .await
}
