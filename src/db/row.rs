//! Reading result columns without panicking on what a database contains.
//!
//! `tokio_postgres::Row::get` panics when a column's type is not the one the Rust side asks for, or
//! is NULL where a value is expected: in a database idctl did not create, or one changed by hand,
//! that is a crash with a backtrace instead of a message. `RowExt::col` is `try_get` with an error
//! that says which column and what was found: the database is not as idctl expects (exit 78, as
//! for a missing table or column), and `idctl db check` shows the rest.

use std::fmt;

use tokio_postgres::Row;
use tokio_postgres::row::RowIndex;
use tokio_postgres::types::{FromSql, WasNull, WrongType};

use crate::error::{Error, Result};

pub trait RowExt {
    /// Column `idx` (a position or a name) as `T`, or a clear error (78) naming the column.
    fn col<'a, T: FromSql<'a>>(&'a self, idx: impl RowIndex + fmt::Display) -> Result<T>;
}

impl RowExt for Row {
    fn col<'a, T: FromSql<'a>>(&'a self, idx: impl RowIndex + fmt::Display) -> Result<T> {
        self.try_get(&idx)
            .map_err(|e| column_error::<T>(self, &idx.to_string(), e))
    }
}

/// The error of a column that cannot be read as `T`.
fn column_error<T>(row: &Row, idx: &str, e: tokio_postgres::Error) -> Error {
    let column = idx
        .parse::<usize>()
        .ok()
        .and_then(|i| row.columns().get(i))
        .or_else(|| row.columns().iter().find(|c| c.name() == idx));
    let (name, found) = match column {
        Some(c) => (format!("{:?}", c.name()), c.type_().name().to_string()),
        None => (format!("#{idx}"), "?".to_string()),
    };
    let cause = std::error::Error::source(&e);
    let message = if cause.is_some_and(|c| c.is::<WasNull>()) {
        format!("column {name} is NULL where idctl expects a value")
    } else if cause.is_some_and(|c| c.is::<WrongType>()) {
        format!(
            "column {name} has type {found}, which idctl cannot read as {}",
            sql_type_name(std::any::type_name::<T>())
        )
    } else if column.is_none() {
        format!("a result has no column {name}")
    } else {
        format!("column {name} ({found}) holds a value idctl cannot read")
    };
    Error::config(format!("the database is not as idctl expects: {message}"))
        .with_hint(
            "the schema was changed by something other than idctl's migrations: run `idctl db check` and `idctl db status`",
        )
        .with_source(e)
}

/// What idctl reads a column as, in PostgreSQL's words where there is one.
fn sql_type_name(rust: &str) -> String {
    let inner = rust
        .strip_prefix("core::option::Option<")
        .and_then(|s| s.strip_suffix('>'))
        .unwrap_or(rust);
    let sql = match inner {
        "alloc::string::String" | "&str" => "text",
        "i64" => "bigint",
        "i32" => "integer",
        "i16" => "smallint",
        "f64" => "double precision",
        "f32" => "real",
        "bool" => "boolean",
        "alloc::vec::Vec<u8>" | "&[u8]" => "bytea",
        "alloc::vec::Vec<alloc::string::String>" => "text[]",
        "u32" => "oid",
        "serde_json::value::Value" => "json",
        t if t.starts_with("chrono::datetime::DateTime<") => "timestamptz",
        t => return short_type_name(t),
    };
    sql.to_string()
}

/// `a::b::C<d::E>` → `C<E>`.
fn short_type_name(t: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for ch in t.chars() {
        if ch.is_alphanumeric() || ch == '_' || ch == ':' {
            word.push(ch);
        } else {
            out.push_str(word.rsplit("::").next().unwrap_or(""));
            word.clear();
            out.push(ch);
        }
    }
    out.push_str(word.rsplit("::").next().unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_types_are_named_as_sql_types() {
        assert_eq!(
            sql_type_name(std::any::type_name::<Option<String>>()),
            "text"
        );
        assert_eq!(sql_type_name(std::any::type_name::<i32>()), "integer");
        assert_eq!(
            sql_type_name(std::any::type_name::<chrono::DateTime<chrono::Utc>>()),
            "timestamptz"
        );
        assert_eq!(sql_type_name(std::any::type_name::<Vec<u8>>()), "bytea");
        assert_eq!(short_type_name("a::b::Thing<c::D, e::F>"), "Thing<D, F>");
    }
}
