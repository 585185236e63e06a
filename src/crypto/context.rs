//! The context an envelope is bound to (table, column, primary key) and its
//! canonical byte encoding.
//!
//! ```text
//! "idctl/context/v1"              16 bytes ASCII label
//! u16 BE len(table)  || table     UTF-8, 1..=255 bytes, no NUL
//! u16 BE len(column) || column    UTF-8, 1..=255 bytes, no NUL
//! u8 n                            number of primary key parts, 1..=255
//! n x ( u32 BE len(part) || part ) canonical text of each part, in key order
//! ```

use super::error::CryptoError;
use super::keys::check_identifier;

/// Fixed label in front of every canonical context encoding.
pub const CONTEXT_LABEL: &[u8] = b"idctl/context/v1";
/// Largest number of primary key parts.
pub const MAX_PK_PARTS: usize = 255;

/// Where a protected value lives: table, column and the primary key of its
/// row as canonical text (e.g. `["42"]`; composite keys in key order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context<'a> {
    pub table: &'a str,
    pub column: &'a str,
    pub primary_key: &'a [&'a str],
}

impl<'a> Context<'a> {
    /// Builds a context.
    pub fn new(table: &'a str, column: &'a str, primary_key: &'a [&'a str]) -> Self {
        Self {
            table,
            column,
            primary_key,
        }
    }

    /// The canonical encoding (see the module documentation).
    pub fn encode(&self) -> Result<Vec<u8>, CryptoError> {
        check_identifier("table", self.table)?;
        check_identifier("column", self.column)?;
        let prefix = encode_prefix(self.table, self.column);
        let len =
            prefix.len() + pk_encoded_len(self.primary_key).map_err(CryptoError::InvalidContext)?;
        let mut out = Vec::with_capacity(len);
        out.extend_from_slice(&prefix);
        encode_pk_into(self.primary_key, &mut out);
        Ok(out)
    }
}

/// `label || u16 len(table) || table || u16 len(column) || column`, for
/// identifiers already checked with `check_identifier`.
pub(crate) fn encode_prefix(table: &str, column: &str) -> Box<[u8]> {
    let mut out = Vec::with_capacity(CONTEXT_LABEL.len() + 4 + table.len() + column.len());
    out.extend_from_slice(CONTEXT_LABEL);
    for s in [table, column] {
        let len = u16::try_from(s.len()).expect("identifier length checked");
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(s.as_bytes());
    }
    out.into_boxed_slice()
}

/// Length of the primary key part of the encoding, or why it cannot be
/// encoded.
pub(crate) fn pk_encoded_len(pk: &[&str]) -> Result<usize, &'static str> {
    if pk.is_empty() {
        return Err("the primary key must have at least one part");
    }
    if pk.len() > MAX_PK_PARTS {
        return Err("the primary key has more than 255 parts");
    }
    let mut len = 1usize;
    for part in pk {
        if u32::try_from(part.len()).is_err() {
            return Err("a primary key part is longer than 2^32-1 bytes");
        }
        len += 4 + part.len();
    }
    Ok(len)
}

/// Appends the primary key part of the encoding; `pk` must have passed
/// [`pk_encoded_len`].
pub(crate) fn encode_pk_into(pk: &[&str], out: &mut Vec<u8>) {
    out.push(u8::try_from(pk.len()).expect("part count checked"));
    for part in pk {
        let len = u32::try_from(part.len()).expect("part length checked");
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(part.as_bytes());
    }
}
