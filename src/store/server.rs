//! Questions about the server and the session rather than about a table: who and where we are,
//! and whether a value casts to a type (for clear messages about malformed keys).

use tokio_postgres::GenericClient;

use crate::db::row::RowExt;
use crate::error::Result;

/// The database, the server's version and the role of this session.
pub struct SessionInfo {
    pub database: String,
    pub server_version: String,
    pub user: String,
}

pub async fn session_info(client: &impl GenericClient) -> Result<SessionInfo> {
    let row = client
        .query_one(
            "SELECT current_database(), current_setting('server_version'), current_user::text",
            &[],
        )
        .await?;
    Ok(SessionInfo {
        database: row.col(0)?,
        server_version: row.col(1)?,
        user: row.col(2)?,
    })
}

/// This session's backend pid: a worker's liveness beacon (`pg_stat_activity`).
pub async fn backend_pid(client: &impl GenericClient) -> Result<i32> {
    client
        .query_one("SELECT pg_backend_pid()", &[])
        .await?
        .col(0)
}

/// Whether `value` is a valid value of type `ty` (a `format_type()` name from the catalogue, never
/// user input): `Ok(false)` for a data error (class 22), any other error as it is.
pub async fn casts_to(client: &impl GenericClient, value: &str, ty: &str) -> Result<bool> {
    let sql = format!("SELECT $1::text::{ty}");
    match client.query_one(&sql, &[&value]).await {
        Ok(_) => Ok(true),
        Err(e) if e.code().is_some_and(|c| c.code().starts_with("22")) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// `format_type()` of a column, if the table and column exist. Checked to be a plain type name,
/// since casts interpolate it.
pub async fn column_type(
    client: &impl GenericClient,
    table: &str,
    column: &str,
) -> Result<Option<String>> {
    let row = client
        .query_opt(
            "SELECT format_type(a.atttypid, a.atttypmod)
               FROM pg_attribute a
              WHERE a.attrelid = to_regclass(quote_ident($1)) AND a.attname = $2
                AND a.attnum > 0 AND NOT a.attisdropped",
            &[&table, &column],
        )
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let t: String = row.col(0)?;
    if !t
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b" (),_".contains(&b))
    {
        return Err(crate::error::Error::config(format!(
            "unsupported key type {t:?} for {table}.{column}"
        )));
    }
    Ok(Some(t))
}
