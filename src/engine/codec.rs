//! What can be done with one protected column's values: check them (`keys verify`) and move them
//! to another key version (the engine's rewrap).
//!
//! - `aead`: decrypt with whichever loaded key the envelope names, re-encrypt under the target key
//!   with the same context (table, column, primary key): the plaintext never changes.
//! - `blind_index` with a `source`: decrypt the source column of the same row and recompute the
//!   HMAC under the target key; without a source only the key version can be checked, and the
//!   application rehashes on next use.
//! - `password_pepper`: only the application can re-pepper; idctl counts rows per version.

use std::collections::HashMap;

use zeroize::Zeroizing;

use super::scan::ScannedRow;
use crate::crypto::{BlindIndexKey, ColumnCrypto, KeyId, Normalization};
use crate::error::{Error, Result};
use crate::keystore::{self, Keyring, LoadedKeys};
use crate::registry::{Normalize, ProtectedColumn, ProtectedKind, Registry};

/// Why a row could not be processed: a stable machine name (`wrong_context`, `tampered`, ...),
/// never plaintext or key material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub class: &'static str,
}

impl RowError {
    fn new(class: &'static str) -> Self {
        RowError { class }
    }
}

/// How far idctl can check a column's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Checkable {
    /// Every value is decrypted (aead) or recomputed from its source (blind index).
    Fully,
    /// Only the key version each value is under is checked.
    KeyVersionOnly,
}

pub struct ColumnCodec {
    pub column: ProtectedColumn,
    aead: Option<ColumnCrypto>,
    /// Blind-index keys by key id.
    blind: HashMap<String, BlindIndexKey>,
    blind_unusable: HashMap<String, String>,
    /// Decrypts the blind index's source column.
    source: Option<ColumnCrypto>,
    normalization: Normalization,
}

fn column_crypto(table: &str, column: &str, keys: &LoadedKeys) -> Result<ColumnCrypto> {
    let mut crypto = ColumnCrypto::new(table, column)
        .map_err(|e| Error::config(format!("{table}.{column}: {e}")))?;
    for key in &keys.decrypting {
        crypto
            .add_key(key)
            .map_err(|e| Error::config(format!("{table}.{column} with {}: {e}", key.id())))?;
    }
    for (id, status) in &keys.unusable {
        crypto.mark_unusable(id.clone(), status.as_str());
    }
    Ok(crypto)
}

impl ColumnCodec {
    /// Loads (and checks against crypto_keys) every key the column's values may be under.
    pub async fn load(
        client: &impl tokio_postgres::GenericClient,
        keyring: &Keyring,
        registry: &Registry,
        column: &ProtectedColumn,
    ) -> Result<Self> {
        let keys = keystore::load_basename(client, keyring, &column.basename).await?;
        let mut codec = ColumnCodec {
            column: column.clone(),
            aead: None,
            blind: HashMap::new(),
            blind_unusable: HashMap::new(),
            source: None,
            normalization: match column.normalize {
                Some(Normalize::Email) => Normalization::Email,
                _ => Normalization::Exact,
            },
        };
        match column.kind {
            ProtectedKind::Aead => {
                codec.aead = Some(column_crypto(&column.table, &column.column, &keys)?)
            }
            ProtectedKind::BlindIndex | ProtectedKind::PasswordPepper => {
                for key in &keys.decrypting {
                    let index =
                        BlindIndexKey::new(key, &column.table, &column.column).map_err(|e| {
                            Error::config(format!(
                                "{}.{} with {}: {e}",
                                column.table,
                                column.column,
                                key.id()
                            ))
                        })?;
                    codec.blind.insert(key.id().to_string(), index);
                }
                for (id, status) in &keys.unusable {
                    codec
                        .blind_unusable
                        .insert(id.to_string(), status.as_str().to_string());
                }
                if let Some(src) = &column.source {
                    let source_col = registry
                        .protected_column(&column.table, &src.column)
                        .ok_or_else(|| {
                            Error::config(format!(
                                "{}.{}: source column {} is not registered",
                                column.table, column.column, src.column
                            ))
                        })?;
                    let source_keys =
                        keystore::load_basename(client, keyring, &source_col.basename).await?;
                    codec.source = Some(column_crypto(&column.table, &src.column, &source_keys)?);
                }
            }
        }
        Ok(codec)
    }

    pub fn checkable(&self) -> Checkable {
        if self.aead.is_some() || self.source.is_some() {
            Checkable::Fully
        } else {
            Checkable::KeyVersionOnly
        }
    }

    /// Whether the engine can move this column's values to a new version.
    pub fn can_rewrite(&self) -> bool {
        self.checkable() == Checkable::Fully
    }

    fn blind_key(&self, key_id: Option<&str>) -> std::result::Result<&BlindIndexKey, RowError> {
        let Some(id) = key_id else {
            return Err(RowError::new("missing_key_version"));
        };
        if let Some(k) = self.blind.get(id) {
            return Ok(k);
        }
        if self.blind_unusable.contains_key(id) {
            return Err(RowError::new("key_not_usable"));
        }
        Err(RowError::new("unknown_key_id"))
    }

    fn source_plaintext(
        &self,
        row: &ScannedRow,
    ) -> std::result::Result<Option<Zeroizing<Vec<u8>>>, RowError> {
        let (Some(source), Some(value)) = (&self.source, &row.source) else {
            return Ok(None);
        };
        source
            .decrypt(value, &row.pk_refs())
            .map(Some)
            .map_err(|e| RowError::new(source_error_class(e.error_class())))
    }

    fn blind_input(&self, plaintext: &[u8]) -> std::result::Result<Vec<u8>, RowError> {
        match self.normalization {
            Normalization::Exact => Ok(plaintext.to_vec()),
            _ => {
                let text =
                    std::str::from_utf8(plaintext).map_err(|_| RowError::new("source_not_utf8"))?;
                Ok(crate::crypto::normalize_email(text).into_bytes())
            }
        }
    }

    /// The plaintext of an aead value as text (UTF-8, else hex), for `data show --decrypt`.
    pub fn decrypt_for_display(&self, row: &ScannedRow) -> std::result::Result<String, RowError> {
        let (Some(aead), Some(value)) = (&self.aead, &row.value) else {
            return Err(RowError::new("not_decryptable"));
        };
        let plaintext = aead
            .decrypt(value, &row.pk_refs())
            .map_err(|e| RowError::new(e.error_class()))?;
        Ok(match std::str::from_utf8(&plaintext) {
            Ok(text) => text.to_string(),
            Err(_) => hex::encode(&*plaintext),
        })
    }

    /// Checks one stored value.
    pub fn check(&self, row: &ScannedRow) -> std::result::Result<(), RowError> {
        let Some(value) = &row.value else {
            return Ok(());
        };
        if let Some(aead) = &self.aead {
            aead.decrypt(value, &row.pk_refs())
                .map_err(|e| RowError::new(e.error_class()))?;
            if let (Some(stored), Ok(header)) = (&row.key_id, crate::crypto::parse_envelope(value))
            {
                if self.column.key_version_column.is_some() && header.key_id_str() != stored {
                    return Err(RowError::new("key_version_mismatch"));
                }
            }
            return Ok(());
        }
        let key = self.blind_key(row.key_id.as_deref())?;
        if let Some(plaintext) = self.source_plaintext(row)? {
            let expected = key.hash(&self.blind_input(&plaintext)?);
            if !crate::crypto::ct_eq(&expected, value) {
                return Err(RowError::new("blind_index_mismatch"));
            }
        }
        Ok(())
    }

    /// The value of `row` under `target` (same plaintext, same context), or why not.
    pub fn rewrap(
        &self,
        row: &ScannedRow,
        target: &KeyId,
    ) -> std::result::Result<Vec<u8>, RowError> {
        let Some(value) = &row.value else {
            return Err(RowError::new("no_value"));
        };
        let pk = row.pk_refs();
        if let Some(aead) = &self.aead {
            let plaintext = aead
                .decrypt(value, &pk)
                .map_err(|e| RowError::new(e.error_class()))?;
            return aead
                .encrypt(target, &plaintext, &pk)
                .map_err(|_| RowError::new("target_key_unusable"));
        }
        let plaintext = self
            .source_plaintext(row)?
            .ok_or(RowError::new("no_source"))?;
        // The current value must be right before it is replaced: a mismatch is reported, not hidden.
        let current = self.blind_key(row.key_id.as_deref())?;
        let input = self.blind_input(&plaintext)?;
        if !crate::crypto::ct_eq(&current.hash(&input), value) {
            return Err(RowError::new("blind_index_mismatch"));
        }
        let new_key = self
            .blind
            .get(target.as_str())
            .ok_or(RowError::new("target_key_unusable"))?;
        Ok(new_key.hash(&input).to_vec())
    }
}

fn source_error_class(class: &'static str) -> &'static str {
    match class {
        "wrong_context" => "source_wrong_context",
        "tampered" => "source_tampered",
        "unknown_key_id" => "source_unknown_key_id",
        "key_not_usable" => "source_key_not_usable",
        _ => "source_undecryptable",
    }
}
