//! Blind indexes: keyed HMAC-SHA256 of a normalized value, stored in the
//! BYTEA `*_hash` columns so that equality lookups work without decrypting.

use std::fmt;
use std::str::FromStr;

use hmac::KeyInit;
use unicode_normalization::UnicodeNormalization;

use super::error::CryptoError;
use super::keys::{Algorithm, KeyId, KeyPurpose, RootKey};
use super::primitives::{HmacSha256, hmac_finish};

/// Length of a blind index value in bytes.
pub const BLIND_INDEX_LEN: usize = 32;

/// How an input is normalized before hashing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Normalization {
    /// `email`: trim Unicode White_Space at both ends, Unicode lower-case
    /// (full mapping), then Unicode NFC. See [`normalize_email`].
    Email,
    /// `exact`: the bytes as given.
    Exact,
}

impl Normalization {
    /// Canonical name: `email` or `exact`.
    pub fn as_str(self) -> &'static str {
        match self {
            Normalization::Email => "email",
            Normalization::Exact => "exact",
        }
    }
}

impl fmt::Display for Normalization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Normalization {
    type Err = CryptoError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "email" => Ok(Normalization::Email),
            "exact" => Ok(Normalization::Exact),
            _ => Err(CryptoError::UnknownNormalization),
        }
    }
}

/// Normalizes an e-mail address for blind indexing:
///
/// 1. remove leading and trailing characters with the Unicode `White_Space`
///    property (`str::trim`);
/// 2. lower-case with Unicode full case mapping, including the final-sigma
///    rule (`str::to_lowercase`);
/// 3. Unicode Normalization Form C.
///
/// No other change: dots, `+tags` and IDNA are left as they are.
pub fn normalize_email(input: &str) -> String {
    input.trim().to_lowercase().nfc().collect()
}

/// The blind-index key of one (table, column), derived once from an
/// `hmac-sha256` root key.
#[derive(Clone)]
pub struct BlindIndexKey {
    key_id: KeyId,
    mac: HmacSha256,
}

impl fmt::Debug for BlindIndexKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BlindIndexKey")
            .field("key_id", &self.key_id.as_str())
            .finish_non_exhaustive()
    }
}

impl BlindIndexKey {
    /// Derives the key (info = `blind-index\0<table>\0<column>`).
    pub fn new(root: &RootKey, table: &str, column: &str) -> Result<Self, CryptoError> {
        root.require_algorithm(Algorithm::HmacSha256)?;
        let key = root.derive_column_key(KeyPurpose::BlindIndex, table, column)?;
        Ok(Self {
            key_id: root.id().clone(),
            mac: <HmacSha256 as KeyInit>::new_from_slice(&key[..]).expect("HMAC accepts any key"),
        })
    }

    /// The root key id (stored in the sibling `*_key_version` column).
    pub fn key_id(&self) -> &KeyId {
        &self.key_id
    }

    /// HMAC-SHA256 of an already normalized value.
    pub fn hash(&self, normalized: &[u8]) -> [u8; BLIND_INDEX_LEN] {
        hmac_finish(self.mac.clone(), normalized)
    }

    /// Normalizes `input` with `normalization`, then hashes it.
    pub fn hash_with(&self, normalization: Normalization, input: &str) -> [u8; BLIND_INDEX_LEN] {
        match normalization {
            Normalization::Email => self.hash(normalize_email(input).as_bytes()),
            Normalization::Exact => self.hash(input.as_bytes()),
        }
    }
}
