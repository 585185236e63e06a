//! Key ids, algorithms, root keys and the HKDF derivation of sub-keys.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use rand::TryRng;
use zeroize::{Zeroize, Zeroizing};

use super::error::CryptoError;
use super::primitives::hmac_sha256;

/// HKDF salt for every derivation (ASCII `idctl/v1`).
pub const HKDF_SALT: &[u8] = b"idctl/v1";
/// HKDF info purpose label for AES-256-GCM-SIV column keys.
pub const INFO_AEAD: &[u8] = b"aead";
/// HKDF info purpose label for blind-index HMAC keys.
pub const INFO_BLIND_INDEX: &[u8] = b"blind-index";
/// HKDF info for the context-tag key.
pub const INFO_CONTEXT_TAG: &[u8] = b"context-tag";
/// HKDF info for the key-check-value (fingerprint) key.
pub const INFO_KEY_CHECK_VALUE: &[u8] = b"key-check-value";
/// Message MACed to produce the fingerprint.
pub const KEY_CHECK_VALUE_MESSAGE: &[u8] = b"idctl key check value v1";

/// Length of root keys and of all derived keys, in bytes.
pub const KEY_LEN: usize = 32;
/// Maximum length of a key id in bytes (DB columns are VARCHAR(64)).
pub const MAX_KEY_ID_LEN: usize = 64;
/// Maximum length of a key id basename.
pub const MAX_BASENAME_LEN: usize = 48;
/// Largest key version.
pub const MAX_VERSION: u32 = 999_999;
/// Maximum length of a table or column name in bytes.
pub const MAX_IDENTIFIER_LEN: usize = 255;

/// Identifier of one root key version: `<basename>:v<version>`, e.g.
/// `profile:v3`.
///
/// * basename matches `^[a-z][a-z0-9_]{0,47}$`;
/// * version is decimal `1..=999999` without leading zeros.
///
/// Equality and hashing are those of the canonical string; ordering is by
/// basename, then numerically by version (`profile:v9 < profile:v10`).
#[derive(Clone)]
pub struct KeyId {
    repr: String,
    basename_len: u8,
    version: u32,
}

/// Checks the syntax of a key id without allocating; returns the basename
/// length and the version.
pub(crate) fn check_key_id(s: &str) -> Result<(usize, u32), CryptoError> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(CryptoError::InvalidKeyId("empty"));
    }
    if b.len() > MAX_KEY_ID_LEN {
        return Err(CryptoError::InvalidKeyId("longer than 64 bytes"));
    }
    let colon = b
        .iter()
        .position(|&c| c == b':')
        .ok_or(CryptoError::InvalidKeyId("missing ':v<version>'"))?;
    check_basename(&s[..colon])?;
    let rest = &b[colon + 1..];
    if rest.first() != Some(&b'v') {
        return Err(CryptoError::InvalidKeyId("missing 'v' before the version"));
    }
    let digits = &rest[1..];
    let version = parse_version(digits)?;
    Ok((colon, version))
}

fn check_basename(s: &str) -> Result<(), CryptoError> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(CryptoError::InvalidKeyId("empty basename"));
    }
    if b.len() > MAX_BASENAME_LEN {
        return Err(CryptoError::InvalidKeyId("basename longer than 48 bytes"));
    }
    if !b[0].is_ascii_lowercase() {
        return Err(CryptoError::InvalidKeyId(
            "basename must start with a lower-case letter a-z",
        ));
    }
    if !b
        .iter()
        .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
    {
        return Err(CryptoError::InvalidKeyId(
            "basename may only contain a-z, 0-9 and '_'",
        ));
    }
    Ok(())
}

fn parse_version(digits: &[u8]) -> Result<u32, CryptoError> {
    if digits.is_empty() || digits.len() > 6 || !digits.iter().all(u8::is_ascii_digit) {
        return Err(CryptoError::InvalidKeyId(
            "version must be a decimal number from 1 to 999999",
        ));
    }
    if digits[0] == b'0' {
        return Err(CryptoError::InvalidKeyId(
            "version must not be 0 or have leading zeros",
        ));
    }
    Ok(digits
        .iter()
        .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0')))
}

impl KeyId {
    /// Builds a key id from its parts.
    pub fn new(basename: &str, version: u32) -> Result<Self, CryptoError> {
        check_basename(basename)?;
        if version == 0 || version > MAX_VERSION {
            return Err(CryptoError::InvalidKeyId(
                "version must be a decimal number from 1 to 999999",
            ));
        }
        Ok(Self {
            repr: format!("{basename}:v{version}"),
            basename_len: basename.len() as u8,
            version,
        })
    }

    /// The canonical string, e.g. `profile:v3`.
    pub fn as_str(&self) -> &str {
        &self.repr
    }

    /// The basename, e.g. `profile`.
    pub fn basename(&self) -> &str {
        &self.repr[..usize::from(self.basename_len)]
    }

    /// The version number, e.g. `3`.
    pub fn version(&self) -> u32 {
        self.version
    }

    /// The id of the next version with the same basename, if any.
    pub fn next_version(&self) -> Option<KeyId> {
        if self.version >= MAX_VERSION {
            return None;
        }
        KeyId::new(self.basename(), self.version + 1).ok()
    }

    /// Parses a string already validated by [`check_key_id`].
    pub(crate) fn from_checked(s: &str, basename_len: usize, version: u32) -> Self {
        Self {
            repr: s.to_owned(),
            basename_len: basename_len as u8,
            version,
        }
    }
}

impl FromStr for KeyId {
    type Err = CryptoError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (basename_len, version) = check_key_id(s)?;
        Ok(Self::from_checked(s, basename_len, version))
    }
}

impl TryFrom<&str> for KeyId {
    type Error = CryptoError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repr)
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.repr, f)
    }
}

impl PartialEq for KeyId {
    fn eq(&self, other: &Self) -> bool {
        self.repr == other.repr
    }
}
impl Eq for KeyId {}

impl Hash for KeyId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.repr.hash(state);
    }
}

impl Ord for KeyId {
    fn cmp(&self, other: &Self) -> Ordering {
        self.basename()
            .cmp(other.basename())
            .then(self.version.cmp(&other.version))
    }
}
impl PartialOrd for KeyId {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl serde::Serialize for KeyId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.repr)
    }
}

impl<'de> serde::Deserialize<'de> for KeyId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Algorithm of a root key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Algorithm {
    /// AES-256-GCM-SIV (RFC 8452), for encrypted columns.
    Aes256GcmSiv,
    /// HMAC-SHA256, for blind indexes.
    HmacSha256,
    /// A recipient key for sealed values: X25519 (classical; docs/FORMAT.md §12).
    X25519,
    /// A recipient key for sealed values: X-Wing (MLKEM768 + X25519 hybrid).
    XWing,
    /// A recipient key for sealed values: ML-KEM-768 (FIPS 203).
    MlKem768,
    /// A signing key: the file holds the seed ξ (FIPS 204 / RFC 8032; `crypto::sign`).
    MlDsa44,
    MlDsa65,
    MlDsa87,
    Ed25519,
}

impl Algorithm {
    /// The canonical name: `aes-256-gcm-siv` or `hmac-sha256`.
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::Aes256GcmSiv => "aes-256-gcm-siv",
            Algorithm::HmacSha256 => "hmac-sha256",
            Algorithm::X25519 => "x25519",
            Algorithm::XWing => "x-wing",
            Algorithm::MlKem768 => "ml-kem-768",
            Algorithm::MlDsa44 => "ml-dsa-44",
            Algorithm::MlDsa65 => "ml-dsa-65",
            Algorithm::MlDsa87 => "ml-dsa-87",
            Algorithm::Ed25519 => "ed25519",
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Algorithm {
    type Err = CryptoError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "aes-256-gcm-siv" => Ok(Algorithm::Aes256GcmSiv),
            "hmac-sha256" => Ok(Algorithm::HmacSha256),
            "x25519" => Ok(Algorithm::X25519),
            "x-wing" => Ok(Algorithm::XWing),
            "ml-kem-768" => Ok(Algorithm::MlKem768),
            "ml-dsa-44" => Ok(Algorithm::MlDsa44),
            "ml-dsa-65" => Ok(Algorithm::MlDsa65),
            "ml-dsa-87" => Ok(Algorithm::MlDsa87),
            "ed25519" => Ok(Algorithm::Ed25519),
            _ => Err(CryptoError::UnknownAlgorithmName),
        }
    }
}

impl serde::Serialize for Algorithm {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Algorithm {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A root key: 32 secret bytes, its id and its algorithm.
///
/// The material lives in a zeroizing buffer and is wiped on drop. `Debug`
/// prints the id and algorithm only; there is no `Display` or `Serialize`.
#[derive(Clone)]
pub struct RootKey {
    id: KeyId,
    algorithm: Algorithm,
    material: Zeroizing<[u8; KEY_LEN]>,
}

impl fmt::Debug for RootKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RootKey")
            .field("id", &self.id.as_str())
            .field("algorithm", &self.algorithm)
            .field("material", &format_args!("<redacted>"))
            .finish()
    }
}

impl RootKey {
    /// Generates a new key with 32 bytes from the operating system's CSPRNG
    /// (`getrandom`).
    pub fn generate(id: KeyId, algorithm: Algorithm) -> Result<Self, CryptoError> {
        let mut material = Zeroizing::new([0u8; KEY_LEN]);
        rand::rngs::SysRng
            .try_fill_bytes(&mut material[..])
            .map_err(|e| CryptoError::Rng(e.to_string()))?;
        Ok(Self {
            id,
            algorithm,
            material,
        })
    }

    /// Builds a key from known bytes (tests, vectors, key files).
    pub fn from_bytes(id: KeyId, algorithm: Algorithm, material: &[u8; KEY_LEN]) -> Self {
        Self {
            id,
            algorithm,
            material: Zeroizing::new(*material),
        }
    }

    /// The key id.
    pub fn id(&self) -> &KeyId {
        &self.id
    }

    /// The algorithm.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// The secret material. Crate-internal: nothing outside the crypto
    /// core needs the raw bytes.
    pub(crate) fn material(&self) -> &[u8; KEY_LEN] {
        &self.material
    }

    /// The key check value stored in `crypto_keys.fingerprint`: 64 lower-case
    /// hex digits of HMAC-SHA256(HKDF(info = `key-check-value`),
    /// `idctl key check value v1`). It identifies the key without revealing
    /// it and is not a hash of the raw key.
    pub fn fingerprint(&self) -> String {
        let kcv_key = self.derive(&[INFO_KEY_CHECK_VALUE]);
        hex::encode(hmac_sha256(&kcv_key[..], KEY_CHECK_VALUE_MESSAGE))
    }

    /// HKDF-SHA256(salt = `idctl/v1`, ikm = material, info = concatenation
    /// of `info_parts`, L = 32).
    pub(crate) fn derive(&self, info_parts: &[&[u8]]) -> Zeroizing<[u8; KEY_LEN]> {
        derive_key32(&self.material[..], info_parts)
    }

    /// Derives the 32-byte key for `purpose` (`aead` or `blind-index`) bound
    /// to one table and column: info = `purpose || 0x00 || table || 0x00 ||
    /// column`. Exposed so that test vectors can pin derived keys.
    pub fn derive_column_key(
        &self,
        purpose: KeyPurpose,
        table: &str,
        column: &str,
    ) -> Result<Zeroizing<[u8; KEY_LEN]>, CryptoError> {
        check_identifier("table", table)?;
        check_identifier("column", column)?;
        Ok(self.derive(&[
            purpose.label(),
            b"\0",
            table.as_bytes(),
            b"\0",
            column.as_bytes(),
        ]))
    }

    /// Derives the context-tag key (info = `context-tag`).
    pub fn derive_context_tag_key(&self) -> Zeroizing<[u8; KEY_LEN]> {
        self.derive(&[INFO_CONTEXT_TAG])
    }

    /// Derives the key-check-value key (info = `key-check-value`).
    pub fn derive_key_check_value_key(&self) -> Zeroizing<[u8; KEY_LEN]> {
        self.derive(&[INFO_KEY_CHECK_VALUE])
    }

    /// Fails with [`CryptoError::WrongAlgorithm`] unless the key has
    /// `expected` as algorithm.
    pub(crate) fn require_algorithm(&self, expected: Algorithm) -> Result<(), CryptoError> {
        if self.algorithm == expected {
            Ok(())
        } else {
            Err(CryptoError::WrongAlgorithm {
                key_id: self.id.clone(),
                expected,
                actual: self.algorithm,
            })
        }
    }
}

/// Purpose label of a per-column derived key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPurpose {
    /// `aead`: AES-256-GCM-SIV column key.
    Aead,
    /// `blind-index`: HMAC-SHA256 blind-index key.
    BlindIndex,
}

impl KeyPurpose {
    /// The ASCII label used in the HKDF info.
    pub fn label(self) -> &'static [u8] {
        match self {
            KeyPurpose::Aead => INFO_AEAD,
            KeyPurpose::BlindIndex => INFO_BLIND_INDEX,
        }
    }
}

/// Validates a table or column name: 1..=255 bytes, no NUL byte.
pub(crate) fn check_identifier(what: &'static str, s: &str) -> Result<(), CryptoError> {
    if s.is_empty() {
        return Err(CryptoError::InvalidIdentifier {
            what,
            reason: "empty",
        });
    }
    if s.len() > MAX_IDENTIFIER_LEN {
        return Err(CryptoError::InvalidIdentifier {
            what,
            reason: "longer than 255 bytes",
        });
    }
    if s.as_bytes().contains(&0) {
        return Err(CryptoError::InvalidIdentifier {
            what,
            reason: "contains a NUL byte",
        });
    }
    Ok(())
}

/// HKDF-SHA256 with the fixed idctl salt and a 32-byte output.
fn derive_key32(ikm: &[u8], info_parts: &[&[u8]]) -> Zeroizing<[u8; KEY_LEN]> {
    let (mut prk, hk) = hkdf::Hkdf::<sha2::Sha256>::extract(Some(HKDF_SALT), ikm);
    prk.as_mut_slice().zeroize();
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    hk.expand_multi_info(info_parts, &mut out[..])
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    out
}
