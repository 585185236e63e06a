//! The pure crypto core of idctl: key ids and root keys, HKDF derivation of
//! per-column keys, the v1 envelope for encrypted columns, blind indexes and
//! key files. No database code lives here.
//!
//! The byte-level specification is `docs/FORMAT.md`; the vectors in
//! `tests/data/envelope_vectors.json` pin it.
//!
//! Typical use:
//!
//! ```ignore
//! let key = keyfile::read(path)?;                       // RootKey
//! let cipher = ColumnCipher::new(&key, "user_profiles", "profile_enc")?;
//! let env = cipher.encrypt(b"secret", &["42"])?;      // Vec<u8> for BYTEA
//! let pt = cipher.decrypt(&env, &["42"])?;            // Zeroizing<Vec<u8>>
//! ```

mod blind_index;
pub mod chain;
mod context;
mod envelope;
mod error;
mod kem;
pub mod keyfile;
mod keys;
mod primitives;
mod sealed;
pub mod sign;

#[cfg(test)]
mod pq_tests;
#[cfg(test)]
mod sign_tests;
#[cfg(test)]
mod tests;

pub use blind_index::{BLIND_INDEX_LEN, BlindIndexKey, Normalization, normalize_email};
pub use context::{CONTEXT_LABEL, Context, MAX_PK_PARTS};
pub use envelope::{
    ALG_AES_256_GCM_SIV, CONTEXT_TAG_LEN, ColumnCipher, ColumnCrypto, EnvelopeHeader,
    FIXED_HEADER_LEN, FORMAT_VERSION, MAGIC, parse_envelope,
};
pub use error::{CryptoError, DecryptError};
pub use kem::{DecapsulateError, KemAlgorithm, RecipientPrivateKey, RecipientPublicKey};
pub use keyfile::KeyFileError;
pub use keys::{
    Algorithm, HKDF_SALT, INFO_AEAD, INFO_BLIND_INDEX, INFO_CONTEXT_TAG, INFO_KEY_CHECK_VALUE,
    KEY_CHECK_VALUE_MESSAGE, KEY_LEN, KeyId, KeyPurpose, MAX_BASENAME_LEN, MAX_IDENTIFIER_LEN,
    MAX_KEY_ID_LEN, MAX_VERSION, RootKey,
};
pub use primitives::{
    MAX_PLAINTEXT_LEN, NONCE_LEN, TAG_LEN, aes_gcm_siv_open, aes_gcm_siv_seal, ct_eq, hkdf_sha256,
    hmac_sha256,
};
pub use sealed::{
    ALG_SEALED, MAX_LAYERS, Opener, ResealError, SealRandomness, SealedHeader, SealedLayer,
    SealingPolicy, canonical_aad, is_sealed, is_valid_policy_name, parse_sealed,
};
