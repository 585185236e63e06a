//! Error types of the crypto core.
//!
//! No error in this module ever carries key material, plaintext or the raw
//! bytes of an envelope: only key ids, lengths, byte values of format fields
//! and fixed reason strings.

use super::keys::{Algorithm, KeyId};

/// Errors of key handling, derivation and encryption (everything except
/// decryption, see [`DecryptError`], and key files, see
/// [`super::keyfile::KeyFileError`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    /// A string is not a valid key id (`<basename>:v<version>`).
    #[error("invalid key id: {0}")]
    InvalidKeyId(&'static str),
    /// A string is not a known algorithm name.
    #[error(
        "unknown algorithm name (expected aes-256-gcm-siv, hmac-sha256, x25519, x-wing or ml-kem-768)"
    )]
    UnknownAlgorithmName,
    /// A string is not a known normalization name.
    #[error("unknown normalization name (expected \"email\" or \"exact\")")]
    UnknownNormalization,
    /// The root key has the wrong algorithm for the requested use.
    #[error("key {key_id} is a {actual} key, but {expected} is required here")]
    WrongAlgorithm {
        key_id: KeyId,
        expected: Algorithm,
        actual: Algorithm,
    },
    /// A table or column name is not acceptable (empty, longer than 255
    /// bytes, or containing a NUL byte).
    #[error("invalid {what} name: {reason}")]
    InvalidIdentifier {
        what: &'static str,
        reason: &'static str,
    },
    /// The context (primary key parts) cannot be encoded.
    #[error("invalid context: {0}")]
    InvalidContext(&'static str),
    /// The plaintext exceeds the AES-GCM-SIV limit of 2^36 bytes.
    #[error("plaintext too long for AES-GCM-SIV")]
    PlaintextTooLong,
    /// No key with this id is loaded.
    #[error("unknown key id {0}")]
    UnknownKeyId(KeyId),
    /// The key is known but marked unusable (retired, destroyed, ...).
    #[error("key {key_id} is {status} and cannot be used")]
    KeyNotUsable { key_id: KeyId, status: String },
    /// The same key id was added twice.
    #[error("key {0} is already loaded")]
    DuplicateKey(KeyId),
    /// HKDF output length above 255 * 32 bytes (or zero).
    #[error("invalid HKDF output length {0} (must be 1 to 8160)")]
    InvalidOutputLength(usize),
    /// AES-GCM-SIV key of a size other than 16 or 32 bytes.
    #[error("invalid AES-GCM-SIV key length {0} (must be 16 or 32)")]
    InvalidKeyLength(usize),
    /// Raw AEAD open failed (wrong key, nonce, AAD, or modified ciphertext).
    #[error("authentication failed")]
    AuthenticationFailed,
    /// A recipient public key is not acceptable (length, ML-KEM modulus check, low-order point).
    #[error("invalid {0} public key: {1}")]
    InvalidPublicKey(&'static str, &'static str),
    /// A sealed value cannot be built as asked (policy name, layer count, AAD template).
    #[error("cannot seal: {0}")]
    InvalidSealing(&'static str),
    /// The operating system's random number generator failed.
    #[error("the operating system random number generator failed: {0}")]
    Rng(String),
}

/// Why an envelope could not be decrypted.
///
/// Each variant has a short, stable machine name, see
/// [`DecryptError::error_class`]. The variants never contain plaintext,
/// ciphertext or key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecryptError {
    /// The value does not start with the magic bytes `0x69 0x64` ("id").
    #[error("value is not an idctl envelope (bad magic)")]
    NotAnEnvelope,
    /// The value ends before the envelope is complete.
    #[error("envelope is truncated")]
    Truncated,
    /// A header field is invalid (key id length or syntax).
    #[error("envelope is malformed: {0}")]
    Malformed(&'static str),
    /// The format version byte is not one this build understands.
    #[error("unsupported envelope format version {0}")]
    UnsupportedFormatVersion(u8),
    /// The algorithm byte is not one this build understands.
    #[error("unknown envelope algorithm {0}")]
    UnknownAlgorithm(u8),
    /// The envelope names a key id for which no key is loaded.
    #[error("no key loaded for key id {0}")]
    UnknownKeyId(KeyId),
    /// The key is known but marked unusable by the caller.
    #[error("key {key_id} is {status} and cannot be used")]
    KeyNotUsable { key_id: KeyId, status: String },
    /// The context tag in the header does not match the expected context:
    /// the value was copied from another row, column or table (or the tag
    /// bytes themselves were altered). AEAD decryption is not attempted.
    #[error("envelope belongs to another row, column or table (context tag mismatch)")]
    WrongContext,
    /// The context tag matches but AEAD authentication failed: the
    /// ciphertext, nonce, tag or header was modified.
    #[error("envelope failed authentication (tampered or corrupted)")]
    Tampered,
    /// The caller passed a context that cannot be encoded (no primary key
    /// part, more than 255 parts, ...). This is a programming error on the
    /// caller's side, not a property of the envelope.
    #[error("invalid decryption context: {0}")]
    InvalidContext(&'static str),
    /// A sealed value's layer names a recipient key that is not loaded.
    #[error("no private key loaded for recipient {0}")]
    UnknownRecipient(String),
    /// A sealed value names a policy whose AAD is not known.
    #[error("sealed value of unknown policy {0:?}")]
    UnknownPolicy(String),
    /// A sealed layer does not open under its recipient key: modified, or made for another key.
    #[error("a layer of the sealed value was modified or made for another key")]
    LayerTampered,
    /// A genuine layer of another value, or out of its place.
    #[error("a layer of the sealed value belongs to another value or position")]
    LayerSwapped,
    /// The sealed value has fewer layers than it was sealed with.
    #[error("a layer of the sealed value is missing")]
    LayerMissing,
}

impl DecryptError {
    /// Short stable machine name of the error class, for reports.
    pub fn error_class(&self) -> &'static str {
        match self {
            DecryptError::NotAnEnvelope => "not_an_envelope",
            DecryptError::Truncated => "truncated",
            DecryptError::Malformed(_) => "malformed",
            DecryptError::UnsupportedFormatVersion(_) => "unsupported_format_version",
            DecryptError::UnknownAlgorithm(_) => "unknown_algorithm",
            DecryptError::UnknownKeyId(_) => "unknown_key_id",
            DecryptError::KeyNotUsable { .. } => "key_not_usable",
            DecryptError::WrongContext => "wrong_context",
            DecryptError::Tampered => "tampered",
            DecryptError::InvalidContext(_) => "invalid_context",
            DecryptError::UnknownRecipient(_) => "unknown_recipient",
            DecryptError::UnknownPolicy(_) => "unknown_policy",
            DecryptError::LayerTampered => "layer_tampered",
            DecryptError::LayerSwapped => "layer_swapped",
            DecryptError::LayerMissing => "layer_missing",
        }
    }

    /// All machine names, in declaration order (for documentation and
    /// report headers).
    pub const ALL_CLASSES: [&'static str; 10] = [
        "not_an_envelope",
        "truncated",
        "malformed",
        "unsupported_format_version",
        "unknown_algorithm",
        "unknown_key_id",
        "key_not_usable",
        "wrong_context",
        "tampered",
        "invalid_context",
    ];

    /// The machine names only a sealed value (docs/FORMAT.md §12) can fail with, beyond the
    /// envelope's own.
    pub const SEALED_CLASSES: [&'static str; 5] = [
        "unknown_recipient",
        "unknown_policy",
        "layer_tampered",
        "layer_swapped",
        "layer_missing",
    ];
}
