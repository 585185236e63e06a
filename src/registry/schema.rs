//! Plain types for comparing what idctl needs with a live schema: a column's type family, and one
//! problem found. They are core (no I/O): the store layer reads the catalogue and fills them
//! (`store::catalogue`, `db::requirements`).

use serde::Serialize;

/// A type family: what `format_type()` may say for a column idctl uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeFamily {
    Bigint,
    /// integer or bigint
    Integer,
    Smallint,
    /// text, varchar(n) or char(n)
    Text,
    TextArray,
    Bytea,
    Boolean,
    Timestamptz,
    /// timestamp with or without time zone: a column only compared with now() or set to it (the
    /// session's TimeZone is pinned to UTC, so a zone-less value reads as UTC).
    Timestamp,
    Jsonb,
}

impl TypeFamily {
    pub fn accepts(self, formatted: &str) -> bool {
        match self {
            TypeFamily::Bigint => formatted == "bigint",
            TypeFamily::Integer => formatted == "integer" || formatted == "bigint",
            TypeFamily::Smallint => matches!(formatted, "smallint" | "integer"),
            TypeFamily::Text => {
                formatted == "text"
                    || formatted.starts_with("character varying")
                    || formatted.starts_with("character(")
            }
            TypeFamily::TextArray => {
                formatted == "text[]"
                    || formatted.starts_with("character varying") && formatted.ends_with("[]")
            }
            TypeFamily::Bytea => formatted == "bytea",
            TypeFamily::Boolean => formatted == "boolean",
            TypeFamily::Timestamptz => {
                formatted.starts_with("timestamp") && formatted.ends_with("with time zone")
            }
            TypeFamily::Timestamp => formatted.starts_with("timestamp"),
            TypeFamily::Jsonb => formatted == "jsonb",
        }
    }
}

/// One thing `db check` found wrong.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub table: String,
    pub column: Option<String>,
    pub problem: String,
}
