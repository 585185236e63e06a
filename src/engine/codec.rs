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
use crate::crypto::{BlindIndexKey, ColumnCrypto, DecryptError, KeyId, Normalization};
use crate::error::{Error, Result};
use crate::keystore::{self, Keyring, LoadedKeys};
use crate::registry::{Normalize, ProtectedColumn, ProtectedKind, Registry};

/// Why a row could not be checked or rewritten. The names (`as_str`, and serde's) are stable: they
/// are `error_class` in reports, in `row_failed` events' `meta` and in `jobs show` (see
/// docs/OUTPUT.md). Never plaintext or key material.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowErrorClass {
    // The envelope's own failures (`crypto::DecryptError::error_class`).
    NotAnEnvelope,
    Truncated,
    Malformed,
    UnsupportedFormatVersion,
    UnknownAlgorithm,
    UnknownKeyId,
    KeyNotUsable,
    WrongContext,
    Tampered,
    InvalidContext,
    // A sealed value's own failures (docs/FORMAT.md §12).
    UnknownRecipient,
    UnknownPolicy,
    LayerTampered,
    LayerSwapped,
    LayerMissing,
    /// The envelope's key id is not the row's key-version column.
    KeyVersionMismatch,
    /// A blind index is not the HMAC of its source's plaintext.
    BlindIndexMismatch,
    /// A blind index without a value in its key-version column.
    MissingKeyVersion,
    // A blind index's source column failed to decrypt.
    SourceWrongContext,
    SourceTampered,
    SourceUnknownKeyId,
    SourceKeyNotUsable,
    SourceUndecryptable,
    /// The source's plaintext is not UTF-8 where the index normalises text.
    SourceNotUtf8,
    /// `data show --decrypt` of a column idctl cannot decrypt (not aead, or no value).
    NotDecryptable,
    /// A rewrite of a row without a value.
    NoValue,
    /// A blind index to rewrite whose source has no value.
    NoSource,
    /// The target key cannot encrypt or hash (not loaded, not usable).
    TargetKeyUnusable,
}

impl RowErrorClass {
    /// Every class, in declaration order.
    pub const ALL: [RowErrorClass; 28] = [
        RowErrorClass::NotAnEnvelope,
        RowErrorClass::Truncated,
        RowErrorClass::Malformed,
        RowErrorClass::UnsupportedFormatVersion,
        RowErrorClass::UnknownAlgorithm,
        RowErrorClass::UnknownKeyId,
        RowErrorClass::KeyNotUsable,
        RowErrorClass::WrongContext,
        RowErrorClass::Tampered,
        RowErrorClass::InvalidContext,
        RowErrorClass::UnknownRecipient,
        RowErrorClass::UnknownPolicy,
        RowErrorClass::LayerTampered,
        RowErrorClass::LayerSwapped,
        RowErrorClass::LayerMissing,
        RowErrorClass::KeyVersionMismatch,
        RowErrorClass::BlindIndexMismatch,
        RowErrorClass::MissingKeyVersion,
        RowErrorClass::SourceWrongContext,
        RowErrorClass::SourceTampered,
        RowErrorClass::SourceUnknownKeyId,
        RowErrorClass::SourceKeyNotUsable,
        RowErrorClass::SourceUndecryptable,
        RowErrorClass::SourceNotUtf8,
        RowErrorClass::NotDecryptable,
        RowErrorClass::NoValue,
        RowErrorClass::NoSource,
        RowErrorClass::TargetKeyUnusable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RowErrorClass::NotAnEnvelope => "not_an_envelope",
            RowErrorClass::Truncated => "truncated",
            RowErrorClass::Malformed => "malformed",
            RowErrorClass::UnsupportedFormatVersion => "unsupported_format_version",
            RowErrorClass::UnknownAlgorithm => "unknown_algorithm",
            RowErrorClass::UnknownKeyId => "unknown_key_id",
            RowErrorClass::KeyNotUsable => "key_not_usable",
            RowErrorClass::WrongContext => "wrong_context",
            RowErrorClass::Tampered => "tampered",
            RowErrorClass::InvalidContext => "invalid_context",
            RowErrorClass::UnknownRecipient => "unknown_recipient",
            RowErrorClass::UnknownPolicy => "unknown_policy",
            RowErrorClass::LayerTampered => "layer_tampered",
            RowErrorClass::LayerSwapped => "layer_swapped",
            RowErrorClass::LayerMissing => "layer_missing",
            RowErrorClass::KeyVersionMismatch => "key_version_mismatch",
            RowErrorClass::BlindIndexMismatch => "blind_index_mismatch",
            RowErrorClass::MissingKeyVersion => "missing_key_version",
            RowErrorClass::SourceWrongContext => "source_wrong_context",
            RowErrorClass::SourceTampered => "source_tampered",
            RowErrorClass::SourceUnknownKeyId => "source_unknown_key_id",
            RowErrorClass::SourceKeyNotUsable => "source_key_not_usable",
            RowErrorClass::SourceUndecryptable => "source_undecryptable",
            RowErrorClass::SourceNotUtf8 => "source_not_utf8",
            RowErrorClass::NotDecryptable => "not_decryptable",
            RowErrorClass::NoValue => "no_value",
            RowErrorClass::NoSource => "no_source",
            RowErrorClass::TargetKeyUnusable => "target_key_unusable",
        }
    }

    /// The class of an envelope that failed to decrypt.
    pub fn of_decrypt(e: &DecryptError) -> Self {
        match e {
            DecryptError::NotAnEnvelope => RowErrorClass::NotAnEnvelope,
            DecryptError::Truncated => RowErrorClass::Truncated,
            DecryptError::Malformed(_) => RowErrorClass::Malformed,
            DecryptError::UnsupportedFormatVersion(_) => RowErrorClass::UnsupportedFormatVersion,
            DecryptError::UnknownAlgorithm(_) => RowErrorClass::UnknownAlgorithm,
            DecryptError::UnknownKeyId(_) => RowErrorClass::UnknownKeyId,
            DecryptError::KeyNotUsable { .. } => RowErrorClass::KeyNotUsable,
            DecryptError::WrongContext => RowErrorClass::WrongContext,
            DecryptError::Tampered => RowErrorClass::Tampered,
            DecryptError::InvalidContext(_) => RowErrorClass::InvalidContext,
            DecryptError::UnknownRecipient(_) => RowErrorClass::UnknownRecipient,
            DecryptError::UnknownPolicy(_) => RowErrorClass::UnknownPolicy,
            DecryptError::LayerTampered => RowErrorClass::LayerTampered,
            DecryptError::LayerSwapped => RowErrorClass::LayerSwapped,
            DecryptError::LayerMissing => RowErrorClass::LayerMissing,
        }
    }

    /// The class of a blind index's source that failed to decrypt.
    pub fn of_source_decrypt(e: &DecryptError) -> Self {
        match e {
            DecryptError::WrongContext => RowErrorClass::SourceWrongContext,
            DecryptError::Tampered => RowErrorClass::SourceTampered,
            DecryptError::UnknownKeyId(_) => RowErrorClass::SourceUnknownKeyId,
            DecryptError::KeyNotUsable { .. } => RowErrorClass::SourceKeyNotUsable,
            _ => RowErrorClass::SourceUndecryptable,
        }
    }
}

impl std::fmt::Display for RowErrorClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a row could not be processed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub class: RowErrorClass,
}

impl RowError {
    fn new(class: RowErrorClass) -> Self {
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
    /// Opens sealed values (every usable recipient key and every policy's AAD).
    sealed: Option<std::sync::Arc<crate::crypto::Opener>>,
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
        let keys = if column.kind == ProtectedKind::Sealed {
            keystore::LoadedKeys {
                active: None,
                decrypting: Vec::new(),
                unusable: Vec::new(),
            }
        } else {
            keystore::load_basename(client, keyring, &column.basename).await?
        };
        let mut codec = ColumnCodec {
            column: column.clone(),
            aead: None,
            blind: HashMap::new(),
            blind_unusable: HashMap::new(),
            source: None,
            sealed: None,
            normalization: match column.normalize {
                Some(Normalize::Email) => Normalization::Email,
                _ => Normalization::Exact,
            },
        };
        match column.kind {
            ProtectedKind::Aead => {
                codec.aead = Some(column_crypto(&column.table, &column.column, &keys)?)
            }
            ProtectedKind::Sealed => {
                codec.sealed = Some(std::sync::Arc::new(
                    crate::store::pq::load_opener(client, keyring).await?,
                ));
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
        if self.aead.is_some() || self.source.is_some() || self.sealed.is_some() {
            Checkable::Fully
        } else {
            Checkable::KeyVersionOnly
        }
    }

    /// Whether the engine can move this column's values to a new version.
    pub fn can_rewrite(&self) -> bool {
        self.sealed.is_none() && self.checkable() == Checkable::Fully
    }

    fn open_sealed(
        &self,
        opener: &crate::crypto::Opener,
        row: &ScannedRow,
        value: &[u8],
    ) -> std::result::Result<Zeroizing<Vec<u8>>, RowError> {
        let pk = row.pk_refs();
        let ctx = crate::crypto::Context::new(&self.column.table, &self.column.column, &pk);
        opener
            .open(value, &ctx)
            .map_err(|e| RowError::new(RowErrorClass::of_decrypt(&e)))
    }

    fn blind_key(&self, key_id: Option<&str>) -> std::result::Result<&BlindIndexKey, RowError> {
        let Some(id) = key_id else {
            return Err(RowError::new(RowErrorClass::MissingKeyVersion));
        };
        if let Some(k) = self.blind.get(id) {
            return Ok(k);
        }
        if self.blind_unusable.contains_key(id) {
            return Err(RowError::new(RowErrorClass::KeyNotUsable));
        }
        Err(RowError::new(RowErrorClass::UnknownKeyId))
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
            .map_err(|e| RowError::new(RowErrorClass::of_source_decrypt(&e)))
    }

    fn blind_input(&self, plaintext: &[u8]) -> std::result::Result<Vec<u8>, RowError> {
        match self.normalization {
            Normalization::Exact => Ok(plaintext.to_vec()),
            _ => {
                let text = std::str::from_utf8(plaintext)
                    .map_err(|_| RowError::new(RowErrorClass::SourceNotUtf8))?;
                Ok(crate::crypto::normalize_email(text).into_bytes())
            }
        }
    }

    /// The plaintext of an aead value as text (UTF-8, else hex), for `data show --decrypt`.
    pub fn decrypt_for_display(&self, row: &ScannedRow) -> std::result::Result<String, RowError> {
        let plaintext = match (&self.aead, &self.sealed, &row.value) {
            (Some(aead), _, Some(value)) => aead
                .decrypt(value, &row.pk_refs())
                .map_err(|e| RowError::new(RowErrorClass::of_decrypt(&e)))?,
            (_, Some(opener), Some(value)) => self.open_sealed(opener, row, value)?,
            _ => return Err(RowError::new(RowErrorClass::NotDecryptable)),
        };
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
        if let Some(opener) = &self.sealed {
            self.open_sealed(opener, row, value)?;
            if let (Some(stored), Ok(header)) = (&row.key_id, crate::crypto::parse_sealed(value)) {
                if header.recipient_marker() != *stored {
                    return Err(RowError::new(RowErrorClass::KeyVersionMismatch));
                }
            }
            return Ok(());
        }
        if let Some(aead) = &self.aead {
            aead.decrypt(value, &row.pk_refs())
                .map_err(|e| RowError::new(RowErrorClass::of_decrypt(&e)))?;
            if let (Some(stored), Ok(header)) = (&row.key_id, crate::crypto::parse_envelope(value))
            {
                if self.column.key_version_column.is_some() && header.key_id_str() != stored {
                    return Err(RowError::new(RowErrorClass::KeyVersionMismatch));
                }
            }
            return Ok(());
        }
        let key = self.blind_key(row.key_id.as_deref())?;
        if let Some(plaintext) = self.source_plaintext(row)? {
            let expected = key.hash(&self.blind_input(&plaintext)?);
            if !crate::crypto::ct_eq(&expected, value) {
                return Err(RowError::new(RowErrorClass::BlindIndexMismatch));
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
            return Err(RowError::new(RowErrorClass::NoValue));
        };
        let pk = row.pk_refs();
        if let Some(aead) = &self.aead {
            let plaintext = aead
                .decrypt(value, &pk)
                .map_err(|e| RowError::new(RowErrorClass::of_decrypt(&e)))?;
            return aead
                .encrypt(target, &plaintext, &pk)
                .map_err(|_| RowError::new(RowErrorClass::TargetKeyUnusable));
        }
        let plaintext = self
            .source_plaintext(row)?
            .ok_or(RowError::new(RowErrorClass::NoSource))?;
        // The current value must be right before it is replaced: a mismatch is reported, not hidden.
        let current = self.blind_key(row.key_id.as_deref())?;
        let input = self.blind_input(&plaintext)?;
        if !crate::crypto::ct_eq(&current.hash(&input), value) {
            return Err(RowError::new(RowErrorClass::BlindIndexMismatch));
        }
        let new_key = self
            .blind
            .get(target.as_str())
            .ok_or(RowError::new(RowErrorClass::TargetKeyUnusable))?;
        Ok(new_key.hash(&input).to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_error_classes_keep_their_wire_names() {
        for class in RowErrorClass::ALL {
            let json = serde_json::to_value(class).unwrap();
            assert_eq!(json, class.as_str(), "{class:?}");
        }
        let names: std::collections::HashSet<&str> =
            RowErrorClass::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), RowErrorClass::ALL.len(), "duplicate names");
    }

    #[test]
    fn envelope_failures_keep_the_crypto_layer_names() {
        for (class, err) in [
            (RowErrorClass::NotAnEnvelope, DecryptError::NotAnEnvelope),
            (RowErrorClass::Truncated, DecryptError::Truncated),
            (RowErrorClass::Malformed, DecryptError::Malformed("x")),
            (RowErrorClass::WrongContext, DecryptError::WrongContext),
            (RowErrorClass::Tampered, DecryptError::Tampered),
            (
                RowErrorClass::InvalidContext,
                DecryptError::InvalidContext("x"),
            ),
        ] {
            assert_eq!(RowErrorClass::of_decrypt(&err), class);
            assert_eq!(class.as_str(), err.error_class());
        }
        for name in DecryptError::ALL_CLASSES {
            assert!(
                RowErrorClass::ALL.iter().any(|c| c.as_str() == name),
                "{name} has no RowErrorClass"
            );
        }
        assert_eq!(
            RowErrorClass::of_source_decrypt(&DecryptError::Tampered),
            RowErrorClass::SourceTampered
        );
        assert_eq!(
            RowErrorClass::of_source_decrypt(&DecryptError::Truncated),
            RowErrorClass::SourceUndecryptable
        );
    }

    #[test]
    fn every_row_error_class_is_documented() {
        let doc = include_str!("../../docs/OUTPUT.md");
        for class in RowErrorClass::ALL {
            assert!(
                doc.contains(&format!("`{}`", class.as_str())),
                "docs/OUTPUT.md does not list error class {}",
                class.as_str()
            );
        }
    }
}
