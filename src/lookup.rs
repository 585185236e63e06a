//! Finding users by email through the blind index.
//!
//! `users.email_hash` holds HMAC-SHA256 of the normalised email under a key derived for that column
//! (docs/FORMAT.md), and `users.email_hash_key_version` names the key version. A lookup computes the
//! hash under every version that may still be present (active and decrypt-only) and matches each
//! against rows of that version, so lookups keep working while a rotation is half-way through.

use tokio_postgres::GenericClient;

use crate::crypto::{BlindIndexKey, Normalization};
use crate::error::{Error, Result};
use crate::keystore::{self, Keyring};

/// The blind-index key basename of `users.email_hash`.
pub const EMAIL_HASH_BASENAME: &str = "email_hash";

/// `(key id, blind index)` of `email` under every usable version of the users.email_hash key.
pub async fn email_hashes(client: &impl GenericClient, keyring: &Keyring, email: &str) -> Result<Vec<(String, Vec<u8>)>> {
    let keys = keystore::load_basename(client, keyring, EMAIL_HASH_BASENAME).await?;
    let mut out = Vec::new();
    for key in &keys.decrypting {
        let index = BlindIndexKey::new(key, "users", "email_hash").map_err(|e| Error::config(format!("{}: {e}", key.id())))?;
        out.push((key.id().to_string(), index.hash_with(Normalization::Email, email).to_vec()));
    }
    Ok(out)
}

/// Ids of the (not deleted) users whose email is `email`.
pub async fn user_ids_by_email(client: &impl GenericClient, keyring: &Keyring, email: &str) -> Result<Vec<i64>> {
    let hashes = email_hashes(client, keyring, email).await?;
    if hashes.is_empty() {
        return Err(Error::config("no usable email_hash key: cannot look users up by email").with_hint("use the user id instead"));
    }
    let versions: Vec<&str> = hashes.iter().map(|(v, _)| v.as_str()).collect();
    let values: Vec<&[u8]> = hashes.iter().map(|(_, h)| h.as_slice()).collect();
    let rows = client
        .query(
            "SELECT u.id FROM users u JOIN unnest($1::text[], $2::bytea[]) AS h(version, hash)
                ON u.email_hash = h.hash AND u.email_hash_key_version = h.version
              WHERE u.deleted_at IS NULL ORDER BY u.id",
            &[&versions, &values],
        )
        .await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}
