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
