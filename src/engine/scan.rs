//! Reading a protected column in primary-key order, batch by batch, from a checkpoint.
//!
//! Keyset pagination (`WHERE (pk) > (last) ORDER BY pk LIMIT n`) costs the same for the millionth
//! batch as for the first, and a checkpoint is just the last primary key done. Primary keys travel
//! as text (PostgreSQL's output form, which is also what the envelope's context binds) and are cast
//! back to the column's real type in SQL, so that the primary-key index is used.

use tokio_postgres::GenericClient;
use tokio_postgres::types::{FromSql, IsNull, ToSql, Type};

use crate::census::{ident, key_id_expr};
use crate::db::row::RowExt;
use crate::error::{Error, Result};
use crate::registry::ProtectedColumn;

/// A protected column's table, with its primary key's types looked up in the catalog.
#[derive(Debug, Clone)]
pub struct ColumnTable {
    pub column: ProtectedColumn,
    /// (name, SQL type) of each primary-key column, in order.
    pub pk: Vec<(String, String)>,
}

/// A row version's physical address (`ctid`, type `tid`), read and sent in binary: no text to
/// format on the server, parse in idctl, and parse again on the write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tid {
    pub block: u32,
    pub offset: u16,
}

/// The transaction that wrote a row version (`xmin`, type `xid`), in binary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Xid(pub u32);

type SqlError = Box<dyn std::error::Error + Sync + Send>;

impl<'a> FromSql<'a> for Tid {
    fn from_sql(_: &Type, raw: &'a [u8]) -> std::result::Result<Self, SqlError> {
        // tidsend: the block number (4 bytes) and the line pointer (2 bytes), big-endian.
        match raw {
            [b0, b1, b2, b3, o0, o1] => Ok(Tid {
                block: u32::from_be_bytes([*b0, *b1, *b2, *b3]),
                offset: u16::from_be_bytes([*o0, *o1]),
            }),
            _ => Err(format!("a tid is 6 bytes, not {}", raw.len()).into()),
        }
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::TID
    }
}

impl ToSql for Tid {
    fn to_sql(&self, _: &Type, out: &mut bytes::BytesMut) -> std::result::Result<IsNull, SqlError> {
        out.extend_from_slice(&self.block.to_be_bytes());
        out.extend_from_slice(&self.offset.to_be_bytes());
        Ok(IsNull::No)
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::TID
    }
    tokio_postgres::types::to_sql_checked!();
}

impl<'a> FromSql<'a> for Xid {
    fn from_sql(_: &Type, raw: &'a [u8]) -> std::result::Result<Self, SqlError> {
        match raw {
            [a, b, c, d] => Ok(Xid(u32::from_be_bytes([*a, *b, *c, *d]))),
            _ => Err(format!("an xid is 4 bytes, not {}", raw.len()).into()),
        }
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::XID
    }
}

impl ToSql for Xid {
    fn to_sql(&self, _: &Type, out: &mut bytes::BytesMut) -> std::result::Result<IsNull, SqlError> {
        out.extend_from_slice(&self.0.to_be_bytes());
        Ok(IsNull::No)
    }
    fn accepts(ty: &Type) -> bool {
        *ty == Type::XID
    }
    tokio_postgres::types::to_sql_checked!();
}

/// One row read: primary key (text form), the stored value, the key id it is under, the row version.
#[derive(Debug, Clone)]
pub struct ScannedRow {
    pub pk: Vec<String>,
    pub value: Option<Vec<u8>>,
    pub key_id: Option<String>,
    pub row_version: Option<i64>,
    /// The blind index's source value (an envelope), when the column has one.
    pub source: Option<Vec<u8>>,
    /// Where the row version was read (`ctid`): the write goes straight there (a TID scan, no
    /// index lookup); if the row moved meanwhile, the compare-and-swap misses and the row is read
    /// again by primary key.
    pub ctid: Tid,
    /// The transaction that wrote this row version (`xmin`). With `ctid` it names the version
    /// exactly: the compare-and-swap checks both instead of sending the value back.
    pub xmin: Xid,
}

impl ScannedRow {
    pub fn pk_refs(&self) -> Vec<&str> {
        self.pk.iter().map(String::as_str).collect()
    }
    pub fn pk_display(&self) -> String {
        self.pk.join(",")
    }
}

impl ColumnTable {
    pub async fn load(client: &impl GenericClient, column: &ProtectedColumn) -> Result<Self> {
        let mut pk = Vec::new();
        for name in &column.primary_key {
            let row = client
                .query_opt(
                    "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                      WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND NOT a.attisdropped",
                    &[&ident(&column.table), &name],
                )
                .await?
                .ok_or_else(|| {
                    Error::config(format!(
                        "{}.{name}: no such column (registry primary key)",
                        column.table
                    ))
                    .with_hint("run `idctl db check`")
                })?;
            pk.push((name.clone(), row.col::<String>(0)?));
        }
        Ok(ColumnTable {
            column: column.clone(),
            pk,
        })
    }

    pub fn table_sql(&self) -> String {
        ident(&self.column.table)
    }

    /// `"a", "b"`
    pub fn pk_list(&self) -> String {
        self.pk
            .iter()
            .map(|(n, _)| ident(n))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `($1::bigint, $2::text)` starting at parameter `first`.
    pub fn pk_params(&self, first: usize) -> String {
        let parts: Vec<String> = self
            .pk
            .iter()
            .enumerate()
            .map(|(i, (_, ty))| format!("${}::text::{ty}", first + i))
            .collect();
        format!("({})", parts.join(", "))
    }

    fn select_list(&self) -> String {
        // Aliased: a bare `"id"::text` keeps the output name `id`, and `ORDER BY "id"` would then sort
        // by that text ("1", "10", "100", ...) instead of the key, and keyset pages would skip rows.
        let pk_text: Vec<String> = self
            .pk
            .iter()
            .enumerate()
            .map(|(i, (n, _))| format!("{}::text AS idctl_pk_{i}", ident(n)))
            .collect();
        let version = match &self.column.row_version_column {
            Some(v) => format!("{}::bigint", ident(v)),
            None => "NULL::bigint".into(),
        };
        let source = match &self.column.source {
            Some(s) => ident(&s.column),
            None => "NULL::bytea".into(),
        };
        format!(
            "{}, {}, {}, {version}, {source}, ctid, xmin",
            pk_text.join(", "),
            ident(&self.column.column),
            key_id_expr(&self.column)
        )
    }

    /// Reads up to `limit` rows after `after` (a primary key in text form; None: from the start)
    /// and up to `until` (inclusive), with a value, optionally only those not under `not_key_id`.
    pub async fn read_batch(
        &self,
        client: &impl crate::db::cached::QueryCached,
        after: Option<&[String]>,
        until: Option<&[String]>,
        not_key_id: Option<&str>,
        limit: i64,
    ) -> Result<Vec<ScannedRow>> {
        let mut conditions = vec![format!("{} IS NOT NULL", ident(&self.column.column))];
        let mut params: Vec<Box<dyn tokio_postgres::types::ToSql + Sync + Send>> = Vec::new();
        if let Some(after) = after {
            conditions.push(format!(
                "({}) > {}",
                self.pk_list(),
                self.pk_params(params.len() + 1)
            ));
            for v in after {
                params.push(Box::new(v.clone()));
            }
        }
        if let Some(until) = until {
            conditions.push(format!(
                "({}) <= {}",
                self.pk_list(),
                self.pk_params(params.len() + 1)
            ));
            for v in until {
                params.push(Box::new(v.clone()));
            }
        }
        if let Some(k) = not_key_id {
            params.push(Box::new(k.to_string()));
            conditions.push(format!(
                "({}) IS DISTINCT FROM ${}",
                key_id_expr(&self.column),
                params.len()
            ));
        }
        params.push(Box::new(limit));
        let sql = format!(
            "SELECT {} FROM {} WHERE {} ORDER BY {} LIMIT ${}",
            self.select_list(),
            self.table_sql(),
            conditions.join(" AND "),
            self.pk_list(),
            params.len()
        );
        let refs: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> = params
            .iter()
            .map(|p| p.as_ref() as &(dyn tokio_postgres::types::ToSql + Sync))
            .collect();
        let rows = client.query_cached(&sql, &refs).await?;
        rows.iter().map(|r| self.scanned(r)).collect()
    }

    /// One row by primary key (with or without a value), as it is now.
    pub async fn read_one(
        &self,
        client: &impl GenericClient,
        pk: &[String],
    ) -> Result<Option<ScannedRow>> {
        let sql = format!(
            "SELECT {} FROM {} WHERE ({}) = {}",
            self.select_list(),
            self.table_sql(),
            self.pk_list(),
            self.pk_params(1)
        );
        let params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> = pk
            .iter()
            .map(|v| v as &(dyn tokio_postgres::types::ToSql + Sync))
            .collect();
        let row = client.query_opt(&sql, &params).await?;
        row.as_ref().map(|r| self.scanned(r)).transpose()
    }

    /// A random sample of up to `n` rows with a value.
    pub async fn sample(&self, client: &impl GenericClient, n: i64) -> Result<Vec<ScannedRow>> {
        let sql = format!(
            "SELECT {} FROM {} WHERE {} IS NOT NULL ORDER BY random() LIMIT $1",
            self.select_list(),
            self.table_sql(),
            ident(&self.column.column)
        );
        let rows = client.query(&sql, &[&n]).await?;
        rows.iter().map(|r| self.scanned(r)).collect()
    }

    /// A row read by `select_list`. The protected value is `bytea` for encrypted columns and blind
    /// indexes, but a password hash is text (`varchar`): its bytes are its UTF-8 text. A column of
    /// any other type is a registry/schema mismatch (exit 78), never a panic.
    fn scanned(&self, r: &tokio_postgres::Row) -> Result<ScannedRow> {
        let k = self.pk.len();
        let mismatch = |what: &str, e: tokio_postgres::Error| {
            Error::config(format!(
                "{}.{}: cannot read {what}: {e}",
                self.column.table, self.column.column
            ))
            .with_hint("the column's type is not what the registry declares: run `idctl db check`")
        };
        let value = match r.try_get::<_, Option<Vec<u8>>>(k) {
            Ok(v) => v,
            Err(bytea_err) => match r.try_get::<_, Option<String>>(k) {
                Ok(text) => text.map(String::into_bytes),
                Err(_) => return Err(mismatch("the protected value", bytea_err)),
            },
        };
        let source = match r.try_get::<_, Option<Vec<u8>>>(k + 3) {
            Ok(v) => v,
            Err(bytea_err) => match r.try_get::<_, Option<String>>(k + 3) {
                Ok(text) => text.map(String::into_bytes),
                Err(_) => return Err(mismatch("the blind index's source", bytea_err)),
            },
        };
        Ok(ScannedRow {
            pk: (0..k)
                .map(|i| r.try_get::<_, String>(i))
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| mismatch("the primary key", e))?,
            value,
            key_id: r
                .try_get(k + 1)
                .map_err(|e| mismatch("the key version", e))?,
            row_version: r
                .try_get(k + 2)
                .map_err(|e| mismatch("the row version", e))?,
            source,
            ctid: r
                .try_get(k + 4)
                .map_err(|e| mismatch("the row's ctid", e))?,
            xmin: r
                .try_get(k + 5)
                .map_err(|e| mismatch("the row's xmin", e))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_addresses_travel_in_binary() {
        let mut out = bytes::BytesMut::new();
        let tid = Tid {
            block: 0x0102_0304,
            offset: 0x0506,
        };
        tid.to_sql(&Type::TID, &mut out).unwrap();
        assert_eq!(&out[..], &[1, 2, 3, 4, 5, 6]);
        assert_eq!(Tid::from_sql(&Type::TID, &out).unwrap(), tid);
        assert!(Tid::from_sql(&Type::TID, &[1, 2, 3]).is_err());
        assert!(<Tid as FromSql>::accepts(&Type::TID) && !<Tid as FromSql>::accepts(&Type::TEXT));
        let mut out = bytes::BytesMut::new();
        Xid(7).to_sql(&Type::XID, &mut out).unwrap();
        assert_eq!(Xid::from_sql(&Type::XID, &out).unwrap(), Xid(7));
        assert!(Xid::from_sql(&Type::XID, &[0; 8]).is_err());
    }
}
