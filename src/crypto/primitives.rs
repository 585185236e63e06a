//! Thin wrappers over the RustCrypto primitives, exposed so that the
//! published vectors (RFC 5869, RFC 8452, Wycheproof) test exactly the wiring
//! the envelope code uses.

use aes_gcm_siv::aead::{AeadInOut, KeyInit};
use aes_gcm_siv::{Aes128GcmSiv, Aes256GcmSiv, Nonce, Tag};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

use super::error::CryptoError;

/// HMAC-SHA256 type used throughout.
pub(crate) type HmacSha256 = Hmac<Sha256>;

/// AES-GCM-SIV nonce length in bytes.
pub const NONCE_LEN: usize = 12;
/// AES-GCM-SIV tag length in bytes.
pub const TAG_LEN: usize = 16;
/// Largest plaintext AES-GCM-SIV accepts (RFC 8452 section 6: 2^36 bytes).
pub const MAX_PLAINTEXT_LEN: u64 = 1 << 36;

/// HKDF-SHA256 (RFC 5869): extract with `salt` (empty salt = HashLen zero
/// bytes), expand with `info` to `out_len` bytes.
///
/// Fails with [`CryptoError::InvalidOutputLength`] if `out_len` is 0 or
/// larger than 255 * 32 = 8160.
pub fn hkdf_sha256(
    salt: &[u8],
    ikm: &[u8],
    info: &[u8],
    out_len: usize,
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    if out_len == 0 || out_len > 255 * 32 {
        return Err(CryptoError::InvalidOutputLength(out_len));
    }
    let (mut prk, hk) = hkdf::Hkdf::<Sha256>::extract(Some(salt), ikm);
    prk.as_mut_slice().zeroize();
    let mut out = Zeroizing::new(vec![0u8; out_len]);
    hk.expand(info, &mut out[..])
        .map_err(|_| CryptoError::InvalidOutputLength(out_len))?;
    Ok(out)
}

/// HMAC-SHA256 (RFC 2104) of `data` under `key` (any key length).
pub fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    hmac_sha256_parts(key, &[data])
}

/// HMAC-SHA256 over the concatenation of `parts`.
pub(crate) fn hmac_sha256_parts(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac =
        <HmacSha256 as KeyInit>::new_from_slice(key).expect("HMAC accepts any key length");
    for p in parts {
        mac.update(p);
    }
    mac.finalize().into_bytes().into()
}

/// Finishes a keyed HMAC state cloned from a prepared one.
pub(crate) fn hmac_finish(mut mac: HmacSha256, data: &[u8]) -> [u8; 32] {
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// Constant-time equality of two byte slices of equal length (`false` if the
/// lengths differ).
pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

enum AnyGcmSiv {
    Aes128(Aes128GcmSiv),
    Aes256(Aes256GcmSiv),
}

impl AnyGcmSiv {
    fn new(key: &[u8]) -> Result<Self, CryptoError> {
        match key.len() {
            16 => Ok(Self::Aes128(
                Aes128GcmSiv::new_from_slice(key).map_err(|_| CryptoError::InvalidKeyLength(16))?,
            )),
            32 => Ok(Self::Aes256(
                Aes256GcmSiv::new_from_slice(key).map_err(|_| CryptoError::InvalidKeyLength(32))?,
            )),
            n => Err(CryptoError::InvalidKeyLength(n)),
        }
    }
}

/// Raw AES-GCM-SIV encryption (RFC 8452) with an explicit nonce and AAD.
/// `key` is 16 bytes (AES-128-GCM-SIV) or 32 bytes (AES-256-GCM-SIV).
/// Returns ciphertext || 16-byte tag.
pub fn aes_gcm_siv_seal(
    key: &[u8],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let cipher = AnyGcmSiv::new(key)?;
    if plaintext.len() as u64 > MAX_PLAINTEXT_LEN {
        return Err(CryptoError::PlaintextTooLong);
    }
    let mut out = Vec::with_capacity(plaintext.len() + TAG_LEN);
    out.extend_from_slice(plaintext);
    let nonce = Nonce::from(*nonce);
    let res = match &cipher {
        AnyGcmSiv::Aes128(c) => c.encrypt_inout_detached(&nonce, aad, out.as_mut_slice().into()),
        AnyGcmSiv::Aes256(c) => c.encrypt_inout_detached(&nonce, aad, out.as_mut_slice().into()),
    };
    match res {
        Ok(tag) => {
            out.extend_from_slice(&tag);
            Ok(out)
        }
        Err(_) => {
            out.zeroize();
            Err(CryptoError::PlaintextTooLong)
        }
    }
}

/// Raw AES-GCM-SIV decryption (RFC 8452): `ciphertext` is ciphertext ||
/// 16-byte tag. Fails with [`CryptoError::AuthenticationFailed`] on any
/// mismatch.
pub fn aes_gcm_siv_open(
    key: &[u8],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let cipher = AnyGcmSiv::new(key)?;
    let Some(msg_len) = ciphertext.len().checked_sub(TAG_LEN) else {
        return Err(CryptoError::AuthenticationFailed);
    };
    let (ct, tag) = ciphertext.split_at(msg_len);
    let tag = Tag::try_from(tag).map_err(|_| CryptoError::AuthenticationFailed)?;
    let mut out = Zeroizing::new(ct.to_vec());
    let nonce = Nonce::from(*nonce);
    let res = match &cipher {
        AnyGcmSiv::Aes128(c) => {
            c.decrypt_inout_detached(&nonce, aad, out.as_mut_slice().into(), &tag)
        }
        AnyGcmSiv::Aes256(c) => {
            c.decrypt_inout_detached(&nonce, aad, out.as_mut_slice().into(), &tag)
        }
    };
    res.map_err(|_| CryptoError::AuthenticationFailed)?;
    Ok(out)
}
