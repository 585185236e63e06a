//! Envelope v1: the self-describing byte string stored in encrypted BYTEA
//! columns, and the per-column ciphers that produce and open it.
//!
//! ```text
//! offset  size  field
//! 0       2     magic 0x69 0x64 ("id")
//! 2       1     format version 0x01
//! 3       1     algorithm 0x01 = AES-256-GCM-SIV
//! 4       1     key id length L (1..=64)
//! 5       L     key id, ASCII "<basename>:v<version>"
//! 5+L     8     context tag
//! 13+L    12    nonce
//! 25+L    n+16  AES-256-GCM-SIV ciphertext (n bytes) || tag (16 bytes)
//! ```
//!
//! AAD = bytes `[0, 25+L)` of the envelope || canonical context encoding.

use std::fmt;

use aes_gcm_siv::aead::inout::InOutBuf;
use aes_gcm_siv::aead::{AeadInOut, KeyInit};
use aes_gcm_siv::{Aes256GcmSiv, Nonce, Tag};
use rand::Rng;
use zeroize::{Zeroize, Zeroizing};

use super::context::{encode_pk_into, encode_prefix, pk_encoded_len};
use super::error::{CryptoError, DecryptError};
use super::keys::{
    Algorithm, KeyId, KeyPurpose, MAX_KEY_ID_LEN, RootKey, check_identifier, check_key_id,
};
use super::primitives::{HmacSha256, MAX_PLAINTEXT_LEN, NONCE_LEN, TAG_LEN, ct_eq, hmac_finish};

/// Magic bytes at offset 0 ("id").
pub const MAGIC: [u8; 2] = [0x69, 0x64];
/// Envelope format version written and accepted by this build.
pub const FORMAT_VERSION: u8 = 0x01;
/// Algorithm byte for AES-256-GCM-SIV.
pub const ALG_AES_256_GCM_SIV: u8 = 0x01;
/// Length of the context tag.
pub const CONTEXT_TAG_LEN: usize = 8;
/// Bytes of the header that do not depend on the key id length: magic (2),
/// version (1), algorithm (1), key id length (1), context tag (8), nonce (12).
pub const FIXED_HEADER_LEN: usize = 5 + CONTEXT_TAG_LEN + NONCE_LEN;

/// A parsed envelope: borrowed views into the input, no copies.
#[derive(Clone, Copy)]
pub struct EnvelopeHeader<'a> {
    bytes: &'a [u8],
    key_id_len: usize,
    basename_len: usize,
    version: u32,
}

impl fmt::Debug for EnvelopeHeader<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnvelopeHeader")
            .field("key_id", &self.key_id_str())
            .field("context_tag", &hex::encode(self.context_tag()))
            .field("nonce", &hex::encode(self.nonce()))
            .field("ciphertext_len", &self.ciphertext().len())
            .finish()
    }
}

impl<'a> EnvelopeHeader<'a> {
    /// The key id as it appears in the header (syntax already checked).
    pub fn key_id_str(&self) -> &'a str {
        std::str::from_utf8(&self.bytes[5..5 + self.key_id_len]).expect("key id checked as ASCII")
    }

    /// The key id, parsed (allocates).
    pub fn key_id(&self) -> KeyId {
        KeyId::from_checked(self.key_id_str(), self.basename_len, self.version)
    }

    /// The format version byte (always [`FORMAT_VERSION`] after a successful
    /// parse).
    pub fn format_version(&self) -> u8 {
        self.bytes[2]
    }

    /// The algorithm byte (always [`ALG_AES_256_GCM_SIV`] after a successful
    /// parse).
    pub fn algorithm_byte(&self) -> u8 {
        self.bytes[3]
    }

    /// The 8-byte context tag.
    pub fn context_tag(&self) -> &'a [u8; CONTEXT_TAG_LEN] {
        let start = 5 + self.key_id_len;
        self.bytes[start..start + CONTEXT_TAG_LEN]
            .try_into()
            .expect("length checked")
    }

    /// The 12-byte nonce.
    pub fn nonce(&self) -> &'a [u8; NONCE_LEN] {
        let start = 13 + self.key_id_len;
        self.bytes[start..start + NONCE_LEN]
            .try_into()
            .expect("length checked")
    }

    /// The header bytes `[0, 25+L)` (first part of the AAD).
    pub fn header_bytes(&self) -> &'a [u8] {
        &self.bytes[..self.header_len()]
    }

    /// Ciphertext || 16-byte tag.
    pub fn ciphertext(&self) -> &'a [u8] {
        &self.bytes[self.header_len()..]
    }

    /// Length of the plaintext this envelope decrypts to.
    pub fn plaintext_len(&self) -> usize {
        self.ciphertext().len() - TAG_LEN
    }

    /// Length of the header, `25 + L`.
    pub fn header_len(&self) -> usize {
        FIXED_HEADER_LEN + self.key_id_len
    }
}

/// Parses an envelope without copying and without panicking.
///
/// Fields are checked in byte order, each as soon as it is available, so a
/// strict prefix of a valid envelope (including the empty string) always
/// yields [`DecryptError::Truncated`]:
///
/// 1. bytes 0..2 differ from the magic → `NotAnEnvelope`;
/// 2. byte 2 ≠ 0x01 → `UnsupportedFormatVersion(byte)`;
/// 3. byte 3 ≠ 0x01 → `UnknownAlgorithm(byte)`;
/// 4. byte 4 (L) is 0 or > 64 → `Malformed`;
/// 5. the key id (once all L bytes are present) is not a valid key id →
///    `Malformed`;
/// 6. fewer than `25 + L + 16` bytes in total → `Truncated`.
pub fn parse_envelope(bytes: &[u8]) -> Result<EnvelopeHeader<'_>, DecryptError> {
    for (i, &m) in MAGIC.iter().enumerate() {
        match bytes.get(i) {
            None => return Err(DecryptError::Truncated),
            Some(&b) if b != m => return Err(DecryptError::NotAnEnvelope),
            Some(_) => {}
        }
    }
    let version = *bytes.get(2).ok_or(DecryptError::Truncated)?;
    if version != FORMAT_VERSION {
        return Err(DecryptError::UnsupportedFormatVersion(version));
    }
    let alg = *bytes.get(3).ok_or(DecryptError::Truncated)?;
    if alg != ALG_AES_256_GCM_SIV {
        return Err(DecryptError::UnknownAlgorithm(alg));
    }
    let key_id_len = usize::from(*bytes.get(4).ok_or(DecryptError::Truncated)?);
    if key_id_len == 0 || key_id_len > MAX_KEY_ID_LEN {
        return Err(DecryptError::Malformed("key id length must be 1 to 64"));
    }
    let key_id_bytes = bytes
        .get(5..5 + key_id_len)
        .ok_or(DecryptError::Truncated)?;
    let key_id = std::str::from_utf8(key_id_bytes)
        .map_err(|_| DecryptError::Malformed("key id is not ASCII"))?;
    let (basename_len, key_version) =
        check_key_id(key_id).map_err(|_| DecryptError::Malformed("invalid key id syntax"))?;
    if bytes.len() < FIXED_HEADER_LEN + key_id_len + TAG_LEN {
        return Err(DecryptError::Truncated);
    }
    Ok(EnvelopeHeader {
        bytes,
        key_id_len,
        basename_len,
        version: key_version,
    })
}

/// Encrypts and decrypts one column with one root key.
///
/// Construction derives the AES-256-GCM-SIV column key and the context-tag
/// key once; encryption and decryption then allocate only their output.
/// `Send + Sync`: share one instance between threads.
pub struct ColumnCipher {
    key_id: KeyId,
    table: Box<str>,
    column: Box<str>,
    /// `magic || version || algorithm || L || key id`.
    header_prefix: Box<[u8]>,
    /// Canonical context encoding up to (excluding) the primary key.
    context_prefix: Box<[u8]>,
    aead: Aes256GcmSiv,
    /// HMAC-SHA256 keyed with the context-tag key, cloned per call.
    context_mac: HmacSha256,
}

impl fmt::Debug for ColumnCipher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ColumnCipher")
            .field("key_id", &self.key_id.as_str())
            .field("table", &self.table)
            .field("column", &self.column)
            .finish_non_exhaustive()
    }
}

impl ColumnCipher {
    /// Derives the keys for `table`.`column` from an `aes-256-gcm-siv` root
    /// key.
    pub fn new(root: &RootKey, table: &str, column: &str) -> Result<Self, CryptoError> {
        root.require_algorithm(Algorithm::Aes256GcmSiv)?;
        let column_key = root.derive_column_key(KeyPurpose::Aead, table, column)?;
        let tag_key = root.derive_context_tag_key();
        let aead = Aes256GcmSiv::new_from_slice(&column_key[..]).expect("32-byte key");
        let context_mac =
            <HmacSha256 as KeyInit>::new_from_slice(&tag_key[..]).expect("HMAC accepts any key");
        let id = root.id().as_str().as_bytes();
        let mut header_prefix = Vec::with_capacity(5 + id.len());
        header_prefix.extend_from_slice(&MAGIC);
        header_prefix.push(FORMAT_VERSION);
        header_prefix.push(ALG_AES_256_GCM_SIV);
        header_prefix.push(u8::try_from(id.len()).expect("key id is at most 64 bytes"));
        header_prefix.extend_from_slice(id);
        Ok(Self {
            key_id: root.id().clone(),
            table: table.into(),
            column: column.into(),
            header_prefix: header_prefix.into_boxed_slice(),
            context_prefix: encode_prefix(table, column),
            aead,
            context_mac,
        })
    }

    /// The root key id.
    pub fn key_id(&self) -> &KeyId {
        &self.key_id
    }

    /// The table name.
    pub fn table(&self) -> &str {
        &self.table
    }

    /// The column name.
    pub fn column(&self) -> &str {
        &self.column
    }

    /// The canonical context encoding for a row of this column.
    pub fn context_encoding(&self, primary_key: &[&str]) -> Result<Vec<u8>, CryptoError> {
        let len = pk_encoded_len(primary_key).map_err(CryptoError::InvalidContext)?;
        let mut out = Vec::with_capacity(self.context_prefix.len() + len);
        out.extend_from_slice(&self.context_prefix);
        encode_pk_into(primary_key, &mut out);
        Ok(out)
    }

    /// The 8-byte context tag for a row of this column.
    pub fn context_tag(&self, primary_key: &[&str]) -> Result<[u8; CONTEXT_TAG_LEN], CryptoError> {
        Ok(self.tag_of(&self.context_encoding(primary_key)?))
    }

    fn tag_of(&self, context_encoding: &[u8]) -> [u8; CONTEXT_TAG_LEN] {
        let mac = hmac_finish(self.context_mac.clone(), context_encoding);
        let mut tag = [0u8; CONTEXT_TAG_LEN];
        tag.copy_from_slice(&mac[..CONTEXT_TAG_LEN]);
        tag
    }

    /// Encrypts `plaintext` for the row with `primary_key`, with a fresh
    /// random 96-bit nonce (thread-local CSPRNG seeded from the OS).
    pub fn encrypt(&self, plaintext: &[u8], primary_key: &[&str]) -> Result<Vec<u8>, CryptoError> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        self.encrypt_with_nonce(plaintext, primary_key, nonce)
    }

    /// Encrypts with a caller-chosen nonce. For test vectors only: reusing a
    /// nonce with the same key and context reveals whether two plaintexts
    /// are equal.
    pub fn encrypt_with_nonce(
        &self,
        plaintext: &[u8],
        primary_key: &[&str],
        nonce: [u8; NONCE_LEN],
    ) -> Result<Vec<u8>, CryptoError> {
        let pk_len = pk_encoded_len(primary_key).map_err(CryptoError::InvalidContext)?;
        if plaintext.len() as u64 > MAX_PLAINTEXT_LEN {
            return Err(CryptoError::PlaintextTooLong);
        }
        let header_len = self.header_prefix.len() + CONTEXT_TAG_LEN + NONCE_LEN;
        let aad_len = header_len + self.context_prefix.len() + pk_len;
        // Working layout: header || context || plaintext; the context is
        // cut out after encryption, so the only allocation is the output.
        let mut out = Vec::with_capacity(aad_len + plaintext.len() + TAG_LEN);
        out.extend_from_slice(&self.header_prefix);
        out.extend_from_slice(&[0u8; CONTEXT_TAG_LEN]);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&self.context_prefix);
        encode_pk_into(primary_key, &mut out);
        debug_assert_eq!(out.len(), aad_len);
        let tag = self.tag_of(&out[header_len..]);
        let tag_start = self.header_prefix.len();
        out[tag_start..tag_start + CONTEXT_TAG_LEN].copy_from_slice(&tag);
        out.extend_from_slice(plaintext);
        let (aad, buf) = out.split_at_mut(aad_len);
        let aead_tag = match self
            .aead
            .encrypt_inout_detached(&Nonce::from(nonce), aad, buf.into())
        {
            Ok(t) => t,
            Err(_) => {
                out.zeroize();
                return Err(CryptoError::PlaintextTooLong);
            }
        };
        out.copy_within(aad_len.., header_len);
        out.truncate(header_len + plaintext.len());
        out.extend_from_slice(&aead_tag);
        Ok(out)
    }

    /// Decrypts an envelope written for the row with `primary_key`.
    pub fn decrypt(
        &self,
        envelope: &[u8],
        primary_key: &[&str],
    ) -> Result<Zeroizing<Vec<u8>>, DecryptError> {
        let header = parse_envelope(envelope)?;
        self.decrypt_parsed(&header, primary_key)
    }

    /// Decrypts an already parsed envelope (see [`parse_envelope`]).
    pub fn decrypt_parsed(
        &self,
        header: &EnvelopeHeader<'_>,
        primary_key: &[&str],
    ) -> Result<Zeroizing<Vec<u8>>, DecryptError> {
        if header.key_id_str() != self.key_id.as_str() {
            return Err(DecryptError::UnknownKeyId(header.key_id()));
        }
        let pk_len = pk_encoded_len(primary_key).map_err(DecryptError::InvalidContext)?;
        let header_bytes = header.header_bytes();
        let header_len = header_bytes.len();
        let aad_len = header_len + self.context_prefix.len() + pk_len;
        let ct = header.ciphertext();
        let msg_len = ct.len() - TAG_LEN;
        // Working layout: header || context || plaintext, then the plaintext
        // is moved to the front. Zeroizing wipes the whole capacity on drop.
        let mut out = Zeroizing::new(Vec::with_capacity(aad_len + msg_len));
        out.extend_from_slice(header_bytes);
        out.extend_from_slice(&self.context_prefix);
        encode_pk_into(primary_key, &mut out);
        let expected = self.tag_of(&out[header_len..]);
        if !ct_eq(&expected, header.context_tag()) {
            return Err(DecryptError::WrongContext);
        }
        out.resize(aad_len + msg_len, 0);
        let (aad, buf) = out.split_at_mut(aad_len);
        let tag = Tag::try_from(&ct[msg_len..]).map_err(|_| DecryptError::Truncated)?;
        let inout = InOutBuf::new(&ct[..msg_len], buf).map_err(|_| DecryptError::Truncated)?;
        self.aead
            .decrypt_inout_detached(&Nonce::from(*header.nonce()), aad, inout, &tag)
            .map_err(|_| DecryptError::Tampered)?;
        out.copy_within(aad_len.., 0);
        out.truncate(msg_len);
        Ok(out)
    }
}

/// All keys of one (table, column): routes decryption by the key id in the
/// envelope header.
pub struct ColumnCrypto {
    table: String,
    column: String,
    ciphers: Vec<ColumnCipher>,
    unusable: Vec<(KeyId, String)>,
}

impl fmt::Debug for ColumnCrypto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ColumnCrypto")
            .field("table", &self.table)
            .field("column", &self.column)
            .field(
                "keys",
                &self
                    .ciphers
                    .iter()
                    .map(|c| c.key_id.as_str())
                    .collect::<Vec<_>>(),
            )
            .field("unusable", &self.unusable)
            .finish()
    }
}

impl ColumnCrypto {
    /// An empty set of keys for `table`.`column`.
    pub fn new(table: &str, column: &str) -> Result<Self, CryptoError> {
        check_identifier("table", table)?;
        check_identifier("column", column)?;
        Ok(Self {
            table: table.to_owned(),
            column: column.to_owned(),
            ciphers: Vec::new(),
            unusable: Vec::new(),
        })
    }

    /// The table name.
    pub fn table(&self) -> &str {
        &self.table
    }

    /// The column name.
    pub fn column(&self) -> &str {
        &self.column
    }

    /// Loads a root key (derives its column keys once). Fails if the key is
    /// not `aes-256-gcm-siv`, already loaded, or marked unusable.
    pub fn add_key(&mut self, root: &RootKey) -> Result<(), CryptoError> {
        if self.cipher(root.id()).is_some() {
            return Err(CryptoError::DuplicateKey(root.id().clone()));
        }
        if let Some((id, status)) = self.unusable.iter().find(|(id, _)| id == root.id()) {
            return Err(CryptoError::KeyNotUsable {
                key_id: id.clone(),
                status: status.clone(),
            });
        }
        self.ciphers
            .push(ColumnCipher::new(root, &self.table, &self.column)?);
        Ok(())
    }

    /// Marks a key id as known but unusable (`status` is e.g. `retired` or
    /// `destroyed`); a loaded cipher for it is dropped. Envelopes under this
    /// id then fail with [`DecryptError::KeyNotUsable`].
    pub fn mark_unusable(&mut self, key_id: KeyId, status: impl Into<String>) {
        self.ciphers.retain(|c| c.key_id != key_id);
        let status = status.into();
        match self.unusable.iter_mut().find(|(id, _)| *id == key_id) {
            Some(entry) => entry.1 = status,
            None => self.unusable.push((key_id, status)),
        }
    }

    /// Ids of the loaded (usable) keys.
    pub fn key_ids(&self) -> impl Iterator<Item = &KeyId> {
        self.ciphers.iter().map(|c| &c.key_id)
    }

    /// The cipher of a loaded key.
    pub fn cipher(&self, key_id: &KeyId) -> Option<&ColumnCipher> {
        self.find(key_id.as_str())
    }

    fn find(&self, key_id: &str) -> Option<&ColumnCipher> {
        self.ciphers.iter().find(|c| c.key_id.as_str() == key_id)
    }

    fn unusable_status(&self, key_id: &str) -> Option<&(KeyId, String)> {
        self.unusable.iter().find(|(id, _)| id.as_str() == key_id)
    }

    /// Encrypts with the given key (random nonce).
    pub fn encrypt(
        &self,
        key_id: &KeyId,
        plaintext: &[u8],
        primary_key: &[&str],
    ) -> Result<Vec<u8>, CryptoError> {
        if let Some((id, status)) = self.unusable_status(key_id.as_str()) {
            return Err(CryptoError::KeyNotUsable {
                key_id: id.clone(),
                status: status.clone(),
            });
        }
        self.cipher(key_id)
            .ok_or_else(|| CryptoError::UnknownKeyId(key_id.clone()))?
            .encrypt(plaintext, primary_key)
    }

    /// Decrypts with the key named in the envelope header.
    pub fn decrypt(
        &self,
        envelope: &[u8],
        primary_key: &[&str],
    ) -> Result<Zeroizing<Vec<u8>>, DecryptError> {
        let header = parse_envelope(envelope)?;
        let id = header.key_id_str();
        if let Some(cipher) = self.find(id) {
            return cipher.decrypt_parsed(&header, primary_key);
        }
        if let Some((key_id, status)) = self.unusable_status(id) {
            return Err(DecryptError::KeyNotUsable {
                key_id: key_id.clone(),
                status: status.clone(),
            });
        }
        Err(DecryptError::UnknownKeyId(header.key_id()))
    }
}
