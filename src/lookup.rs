//! Finding users by email through the blind index.
//!
//! The registry names the index: the `blind_index` column of the subject table with
//! `normalize = "email"` (in the built-in registry `users.email_hash`, key version in
//! `users.email_hash_key_version`). It holds HMAC-SHA256 of the normalised email under a key
//! derived for that column (docs/FORMAT.md). A lookup computes the hash under every version that
//! may still be present (active and decrypt-only) and matches each against rows of that version,
//! so lookups keep working while a rotation is half-way through.

use crate::db::row::RowExt;
use tokio_postgres::GenericClient;

use crate::census::ident;
use crate::crypto::{BlindIndexKey, Normalization};
use crate::error::{Error, Result};
use crate::keystore::{self, Keyring};
use crate::registry::{Normalize, ProtectedColumn, ProtectedKind, Registry};

/// The blind-index key basename of the built-in registry's email index.
pub const EMAIL_HASH_BASENAME: &str = "email_hash";

/// The subject's email index, as the registry declares it.
pub struct EmailIndex<'r> {
    pub table: &'r str,
    pub primary_key: &'r str,
    pub column: &'r ProtectedColumn,
    pub deleted_at: Option<&'r str>,
}

impl<'r> EmailIndex<'r> {
    pub fn of(registry: &'r Registry) -> Result<EmailIndex<'r>> {
        let subject = &registry.subject;
        let column = registry
            .protected
            .iter()
            .find(|p| {
                p.table == subject.table
                    && p.kind == ProtectedKind::BlindIndex
                    && p.normalize == Some(Normalize::Email)
                    && p.key_version_column.is_some()
            })
            .ok_or_else(|| {
                Error::config(format!(
                    "the registry declares no email blind index on {} (a blind_index column with normalize = \"email\" and a key_version_column)",
                    subject.table
                ))
                .with_hint("use the user id instead")
            })?;
        let primary_key = subject
            .primary_key
            .first()
            .ok_or_else(|| Error::config("the registry's subject has no primary key"))?;
        Ok(EmailIndex {
            table: &subject.table,
            primary_key,
            column,
            deleted_at: subject.deleted_at_column.as_deref(),
        })
    }
}

/// `(key id, blind index)` of `email` under every usable version of the index's key.
pub async fn email_hashes(
    client: &impl GenericClient,
    keyring: &Keyring,
    index: &EmailIndex<'_>,
    email: &str,
) -> Result<Vec<(String, Vec<u8>)>> {
    let keys = keystore::load_basename(client, keyring, &index.column.basename).await?;
    let mut out = Vec::new();
    for key in &keys.decrypting {
        let bi = BlindIndexKey::new(key, index.table, &index.column.column)
            .map_err(|e| Error::config(format!("{}: {e}", key.id())))?;
        out.push((
            key.id().to_string(),
            bi.hash_with(Normalization::Email, email).to_vec(),
        ));
    }
    Ok(out)
}

/// One user found by email: its key (as text), the key version its index is under, and whether
/// the user is deleted.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EmailMatch {
    pub id: String,
    /// The key version of the blind index that matched (None: matched in clear, `[subject] email`).
    pub key_version: Option<String>,
    pub deleted: bool,
}

/// Every user (deleted ones included, flagged) whose email is `email`, in key order.
pub async fn find_by_email(
    client: &impl GenericClient,
    keyring: &Keyring,
    registry: &Registry,
    email: &str,
) -> Result<Vec<EmailMatch>> {
    Ok(
        find_many_by_email(client, keyring, registry, &[email.to_string()])
            .await?
            .pop()
            .unwrap_or_default(),
    )
}

/// [`find_by_email`] for many addresses at once: the keys are loaded once and one statement matches
/// every (address, version) pair, so a bulk lock by email costs one round trip, not one per line.
/// The result has one list per address, in order.
pub async fn find_many_by_email(
    client: &impl GenericClient,
    keyring: &Keyring,
    registry: &Registry,
    emails: &[String],
) -> Result<Vec<Vec<EmailMatch>>> {
    if emails.is_empty() {
        return Ok(Vec::new());
    }
    if let Some(clear) = &registry.subject.email {
        return find_many_in_clear(client, registry, clear, emails).await;
    }
    let index = EmailIndex::of(registry)?;
    let keys = keystore::load_basename(client, keyring, &index.column.basename).await?;
    if keys.decrypting.is_empty() {
        return Err(Error::config(format!(
            "no usable {} key: cannot look users up by email",
            index.column.basename
        ))
        .with_hint("use the user ids instead"));
    }
    let mut slots: Vec<i32> = Vec::new();
    let mut versions: Vec<String> = Vec::new();
    let mut values: Vec<Vec<u8>> = Vec::new();
    for key in &keys.decrypting {
        let bi = BlindIndexKey::new(key, index.table, &index.column.column)
            .map_err(|e| Error::config(format!("{}: {e}", key.id())))?;
        for (i, email) in emails.iter().enumerate() {
            slots.push(i as i32);
            versions.push(key.id().to_string());
            values.push(bi.hash_with(Normalization::Email, email).to_vec());
        }
    }
    let kv = index
        .column
        .key_version_column
        .as_deref()
        .unwrap_or_default();
    let sql = format!(
        "SELECT h.slot, u.{pk}::text, u.{kv}::text, {deleted}
           FROM {t} u JOIN unnest($1::int4[], $2::text[], $3::bytea[]) AS h(slot, version, hash)
             ON u.{col} = h.hash AND u.{kv} = h.version
          ORDER BY h.slot, u.{pk}",
        pk = ident(index.primary_key),
        kv = ident(kv),
        col = ident(&index.column.column),
        t = ident(index.table),
        deleted = match index.deleted_at {
            Some(d) => format!("u.{} IS NOT NULL", ident(d)),
            None => "false".into(),
        },
    );
    let mut out: Vec<Vec<EmailMatch>> = vec![Vec::new(); emails.len()];
    for r in client.query(&sql, &[&slots, &versions, &values]).await? {
        let slot: i32 = r.col(0)?;
        if let Some(list) = out.get_mut(slot as usize) {
            list.push(EmailMatch {
                id: r.col(1)?,
                key_version: Some(r.col(2)?),
                deleted: r.col(3)?,
            });
        }
    }
    Ok(out)
}

/// [`find_many_by_email`] where the registry's `[subject] email` names a table of addresses in
/// clear: matched case-insensitively (as the blind index normalises), joined to the subject.
async fn find_many_in_clear(
    client: &impl GenericClient,
    registry: &Registry,
    clear: &crate::registry::SubjectEmail,
    emails: &[String],
) -> Result<Vec<Vec<EmailMatch>>> {
    let subject = &registry.subject;
    let pk = subject
        .primary_key
        .first()
        .ok_or_else(|| Error::config("the registry's subject has no primary key"))?;
    let sql = format!(
        "SELECT DISTINCT h.slot, s.{pk}::text, {deleted}
           FROM unnest($1::int4[], $2::text[]) AS h(slot, email)
           JOIN {et} e ON lower(e.{ec}) = lower(btrim(h.email))
           JOIN {st} s ON s.{pk} = e.{link}
          ORDER BY 1, 2",
        pk = ident(pk),
        et = ident(&clear.table),
        ec = ident(&clear.column),
        st = ident(&subject.table),
        link = ident(&clear.link_column),
        deleted = match &subject.deleted_at_column {
            Some(d) => format!("s.{} IS NOT NULL", ident(d)),
            None => "false".into(),
        },
    );
    let slots: Vec<i32> = (0..emails.len() as i32).collect();
    let mut out: Vec<Vec<EmailMatch>> = vec![Vec::new(); emails.len()];
    for r in client.query(&sql, &[&slots, &emails]).await? {
        let slot: i32 = r.col(0)?;
        if let Some(list) = out.get_mut(slot as usize) {
            list.push(EmailMatch {
                id: r.col(1)?,
                key_version: None,
                deleted: r.col(2)?,
            });
        }
    }
    Ok(out)
}

/// Keys (text form) of the subjects, not deleted, whose email is `email` (for `--actor`).
pub async fn subject_keys_by_email(
    client: &impl GenericClient,
    keyring: &Keyring,
    registry: &Registry,
    email: &str,
) -> Result<Vec<String>> {
    Ok(find_by_email(client, keyring, registry, email)
        .await?
        .into_iter()
        .filter(|m| !m.deleted)
        .map(|m| m.id)
        .collect())
}
