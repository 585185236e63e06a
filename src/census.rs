//! Rows per key version, per protected column: what `keys status` shows, what `keys plan` estimates
//! from, what gates `keys retire` / `keys destroy`, and what a rotation checks before it retires
//! the old version.
//!
//! For a column with a key-version sibling this is `GROUP BY key_version`, which the
//! `(key_version, primary key)` index serves as an index-only scan on a vacuumed table. For a
//! header-only column the key id is read from each envelope's header in SQL (bytes 5.. of the value,
//! length in byte 4; docs/FORMAT.md), which needs a scan of the table.
//!
//! A rotation does not need the whole census around its run, only what is *not* under its
//! target ([`off_target`]): that is read through the key-version index even when the planner's
//! statistics, stale right after a rewrite, say it is the whole table. Before a run the progress
//! total is only estimated ([`estimate_not_under`]), so that no full scan precedes the work.

use std::collections::BTreeMap;

use serde::Serialize;
use tokio_postgres::GenericClient;

use crate::db::row::RowExt;
use crate::error::Result;
use crate::registry::{ProtectedColumn, Registry};

/// Quotes an identifier for SQL. Registry identifiers are validated (`^[a-z_][a-z0-9_]*$`) when the
/// registry is loaded; quoting is the second line of defence.
pub fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// SQL expression for the key id a value is under: the key-version column, or the envelope header.
pub fn key_id_expr(col: &ProtectedColumn) -> String {
    match &col.key_version_column {
        Some(kv) => format!("{}::text", ident(kv)),
        None => header_key_id_expr(&ident(&col.column)),
    }
}

/// The key id in an envelope's header, in SQL: `'(not an envelope)'` for a value without the
/// magic and format version or too short for its key id, `'(malformed)'` for key-id bytes that are
/// not a valid key id (docs/FORMAT.md §1, §6 step 5). Evaluating it never fails, whatever the bytes:
/// the id is checked as `escape`-encoded text (pure ASCII, non-ASCII bytes become `\nnn`), so bytes
/// that are not UTF-8 are one malformed row, not an aborted scan.
pub fn header_key_id_expr(value: &str) -> String {
    let id = format!("encode(substring({value} from 6 for get_byte({value}, 4)), 'escape')");
    format!(
        "CASE WHEN {value} IS NULL THEN NULL \
              WHEN length({value}) >= 5 AND substring({value} from 1 for 3) = '\\x696401'::bytea \
                   AND length({value}) >= 5 + get_byte({value}, 4) \
              THEN CASE WHEN {id} ~ '{KEY_ID_PATTERN}' THEN {id} ELSE '{MALFORMED}' END \
              ELSE '(not an envelope)' END"
    )
}

/// What the census counts a header-only value under when its key-id bytes are not a valid key id.
pub const MALFORMED: &str = "(malformed)";

/// docs/FORMAT.md §1, as a PostgreSQL regular expression.
const KEY_ID_PATTERN: &str = "^[a-z][a-z0-9_]{0,47}:v[1-9][0-9]{0,5}$";

/// The census of one protected column.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnCensus {
    pub table: String,
    pub column: String,
    pub kind: &'static str,
    pub basename: String,
    /// Where the key id is read: the key-version column's name, or "envelope header".
    pub key_id_from: String,
    /// Key id -> rows. Rows without a value (NULL) are counted under "(none)".
    pub versions: BTreeMap<String, i64>,
    pub rows: i64,
}

impl ColumnCensus {
    pub fn rows_under(&self, key_id: &str) -> i64 {
        self.versions.get(key_id).copied().unwrap_or(0)
    }
    /// Rows with a value under another key id than `key_id`.
    pub fn rows_not_under(&self, key_id: &str) -> i64 {
        self.versions
            .iter()
            .filter(|(k, _)| k.as_str() != key_id && k.as_str() != "(none)")
            .map(|(_, n)| n)
            .sum()
    }
}

pub async fn column_census(
    client: &impl GenericClient,
    col: &ProtectedColumn,
) -> Result<ColumnCensus> {
    // A row without a value is counted under "(none)" whatever its key-version column says (erased
    // and anonymised rows keep a stale version), as `rows_not_under` and the engine see it; a value
    // whose key-version column is NULL is counted under "(unversioned)".
    let sql = format!(
        "SELECT CASE WHEN {v} IS NULL THEN '(none)' ELSE coalesce({}, '(unversioned)') END, count(*) FROM {} GROUP BY 1",
        key_id_expr(col),
        ident(&col.table),
        v = ident(&col.column),
    );
    let mut versions = BTreeMap::new();
    let mut rows = 0;
    for row in client.query(&sql, &[]).await? {
        let n: i64 = row.col(1)?;
        rows += n;
        versions.insert(row.col::<String>(0)?, n);
    }
    Ok(ColumnCensus {
        table: col.table.clone(),
        column: col.column.clone(),
        kind: col.kind.as_str(),
        basename: col.basename.clone(),
        key_id_from: col
            .key_version_column
            .clone()
            .unwrap_or_else(|| "envelope header".into()),
        versions,
        rows,
    })
}

/// Rows with a value under another key id than `key_id`, by the key id they are under
/// (`(unversioned)`, `(malformed)` and `(not an envelope)` included): what a rotation checks after
/// its run (rows written meanwhile under an old version, rows it could not rewrite) and before it
/// retires the old versions.
///
/// For a column with a key-version sibling the rows are found through the `(key_version, primary
/// key)` index, with sequential scans priced out for this one statement (`SET LOCAL
/// enable_seqscan = off`). Right after a rewrite the planner's statistics still say that every row
/// is under the old version, so it would otherwise read the whole table to find the few rows that
/// are not under the new one: at 5M rows, several seconds per check, three checks per rotation.
/// When many rows are off target (a rotation that has not run yet), the planner takes a bitmap
/// scan, which reads the table in physical order as a sequential scan would. This is done only
/// where an index leads with the key-version column: without one (and for a header-only column,
/// whose key id is inside each value) a sequential scan is what it takes, and pricing it out
/// would only push the planner to walk the whole table through some other index.
pub async fn off_target(
    client: &impl GenericClient,
    col: &ProtectedColumn,
    key_id: &str,
) -> Result<BTreeMap<String, i64>> {
    let label = match &col.key_version_column {
        Some(kv) => format!("coalesce({}::text, '(unversioned)')", ident(kv)),
        None => key_id_expr(col),
    };
    let select = format!(
        "SELECT {label}, count(*) {} GROUP BY 1",
        rows_off_target(col, key_id)
    );
    let mut versions = BTreeMap::new();
    for (k, n) in counted(client, col, &select).await? {
        versions.insert(k, n);
    }
    Ok(versions)
}

/// `FROM t WHERE ...`: the rows with a value not under `key_id` (a literal: the checks run as
/// simple queries). With a key-version column the condition is two ranges and `IS NULL`, which the
/// column's index serves; `<>` would not be.
fn rows_off_target(col: &ProtectedColumn, key_id: &str) -> String {
    let key = sql_literal(key_id);
    let (table, value) = (ident(&col.table), ident(&col.column));
    match &col.key_version_column {
        Some(kv) => {
            let kv = ident(kv);
            format!(
                "FROM {table} WHERE ({kv} < {key} OR {kv} > {key} OR {kv} IS NULL) AND {value} IS NOT NULL"
            )
        }
        None => format!(
            "FROM {table} WHERE {value} IS NOT NULL AND ({}) IS DISTINCT FROM {key}",
            key_id_expr(col)
        ),
    }
}

/// Rows with a value under another key id than `key_id` (the sum of [`off_target`]).
pub async fn rows_not_under(
    client: &impl GenericClient,
    col: &ProtectedColumn,
    key_id: &str,
) -> Result<i64> {
    Ok(off_target(client, col, key_id).await?.values().sum())
}

/// Rows with a value under `key_id`: what gates retiring a version. Read through the key-version
/// index where there is one, as [`off_target`] explains.
pub async fn rows_under(
    client: &impl GenericClient,
    col: &ProtectedColumn,
    key_id: &str,
) -> Result<i64> {
    let key = sql_literal(key_id);
    let select = match &col.key_version_column {
        Some(kv) => format!(
            "SELECT '', count(*) FROM {} WHERE {} = {key} AND {} IS NOT NULL",
            ident(&col.table),
            ident(kv),
            ident(&col.column)
        ),
        None => format!(
            "SELECT '', count(*) FROM {} WHERE {} IS NOT NULL AND ({}) = {key}",
            ident(&col.table),
            ident(&col.column),
            key_id_expr(col)
        ),
    };
    Ok(counted(client, col, &select)
        .await?
        .into_iter()
        .map(|(_, n)| n)
        .sum())
}

/// The planner's estimate of the rows with a value not under `key_id` (`EXPLAIN`, nothing is
/// read): the "about N rows to do" of a run's progress, which must not cost a scan of the table
/// before the run has even started. The run's own counters are exact.
pub async fn estimate_not_under(
    client: &impl GenericClient,
    col: &ProtectedColumn,
    key_id: &str,
) -> Result<i64> {
    let sql = format!(
        "EXPLAIN (FORMAT JSON) SELECT 1 {}",
        rows_off_target(col, key_id)
    );
    let plan: serde_json::Value = client.query_one(&sql, &[]).await?.col(0)?;
    let rows = plan
        .pointer("/0/Plan/Plan Rows")
        .and_then(serde_json::Value::as_f64)
        .unwrap_or(0.0);
    Ok(rows.max(0.0).round() as i64)
}

/// Whether a valid, non-partial index of `col`'s table leads with its key-version column.
pub async fn key_version_indexed(
    client: &impl GenericClient,
    col: &ProtectedColumn,
) -> Result<bool> {
    let Some(kv) = &col.key_version_column else {
        return Ok(false);
    };
    client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_index i
                              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                             WHERE i.indrelid = to_regclass($1) AND a.attname = $2
                               AND i.indisvalid AND i.indpred IS NULL)",
            &[&ident(&col.table), kv],
        )
        .await?
        .col(0)
}

/// Runs a `SELECT label, count`; where `col` has a key-version index, with sequential scans priced
/// out for that statement alone: one simple-query message `SET LOCAL ...; SELECT ...; SET LOCAL
/// ... TO DEFAULT`, which PostgreSQL runs as one implicit transaction on its own, or inside the
/// caller's transaction, where the last statement puts the setting back.
async fn counted(
    client: &impl GenericClient,
    col: &ProtectedColumn,
    select: &str,
) -> Result<Vec<(String, i64)>> {
    let sql = if key_version_indexed(client, col).await? {
        format!("SET LOCAL enable_seqscan = off; {select}; SET LOCAL enable_seqscan TO DEFAULT")
    } else {
        select.to_string()
    };
    let mut out = Vec::new();
    for message in client.simple_query(&sql).await? {
        if let tokio_postgres::SimpleQueryMessage::Row(row) = message {
            let label = row.try_get(0)?.unwrap_or_default().to_string();
            let n: i64 = row.try_get(1)?.unwrap_or("0").parse().map_err(|e| {
                crate::error::Error::internal(format!("a count that is not a number: {e}"))
            })?;
            out.push((label, n));
        }
    }
    Ok(out)
}

/// A string as an SQL literal, for the simple-query protocol (which takes no parameters). Key ids
/// are validated (docs/FORMAT.md §1), and this quotes whatever it is given anyway: quotes doubled,
/// and backslashes doubled in an `E''` literal whatever `standard_conforming_strings` says.
fn sql_literal(s: &str) -> String {
    if s.contains('\\') {
        format!("E'{}'", s.replace('\\', "\\\\").replace('\'', "''"))
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

/// The census of every column of `basename` (or of all columns).
pub async fn census(
    client: &impl GenericClient,
    registry: &Registry,
    basename: Option<&str>,
) -> Result<Vec<ColumnCensus>> {
    let mut out = Vec::new();
    for col in registry
        .protected
        .iter()
        .filter(|c| basename.is_none_or(|b| c.basename == b))
    {
        out.push(column_census(client, col).await?);
    }
    Ok(out)
}

/// Where a key version is still used: `(table.column, rows)` for every column with rows under it.
pub fn usage_of(census: &[ColumnCensus], key_id: &str) -> Vec<(String, i64)> {
    census
        .iter()
        .filter_map(|c| {
            let n = c.rows_under(key_id);
            (n > 0).then(|| (format!("{}.{}", c.table, c.column), n))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::sql_literal;

    #[test]
    fn literals_for_the_simple_query_protocol_are_quoted() {
        assert_eq!(sql_literal("profile:v2"), "'profile:v2'");
        assert_eq!(sql_literal("it's"), "'it''s'");
        assert_eq!(sql_literal("a\\'b"), "E'a\\\\''b'");
    }
}
