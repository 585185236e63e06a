//! Sealed values (envelope v1, algorithm `0x02`; docs/FORMAT.md §12): data a writer encrypts to a
//! recipient's public key without being able to decrypt it afterwards.
//!
//! ```text
//! offset  size   field
//! 0       2      magic 0x69 0x64 ("id")
//! 2       1      format version 0x01
//! 3       1      algorithm 0x02 = sealed (AES-256-GCM-SIV under a per-value data key)
//! 4       12     data nonce
//! 16      1      Lp, policy name length (1..=100)
//! 17      Lp     policy name
//! 17+Lp   1      n, number of layers (1..=4)
//!         ...    n layers: kem(1) Lr(1) recipient key id(Lr) position(1) count(1)
//!                          kem ciphertext(fixed per kem) self tag(16) bind tag(16)
//!         48     data key wrapped under the KEK (AES-256-GCM-SIV, zero nonce)
//!         m+16   data: AES-256-GCM-SIV(data key, data nonce, AAD = bytes[0,16) || context)
//! ```
//!
//! Every layer is needed to open a value (the KEK is derived from all layers' shared secrets), so a
//! hybrid policy of an X25519 and an ML-KEM-768 layer is as strong as the stronger one. The data's
//! AAD does not cover the layers: moving a value to another policy (`pq migrate`) rewraps the 32-byte
//! data key and leaves the data ciphertext as it is. Each layer carries two tags under a key derived
//! from its own shared secret, so that a failure says what happened: a modified layer or one made for
//! another key (`layer_tampered`), a genuine layer moved from another value or position
//! (`layer_swapped`), a layer removed (`layer_missing`).

use std::collections::HashMap;
use std::fmt;

use rand::TryRng;
use zeroize::Zeroizing;

use super::context::Context;
use super::envelope::{FORMAT_VERSION, MAGIC};
use super::error::{CryptoError, DecryptError};
use super::kem::{KemAlgorithm, RecipientPrivateKey, RecipientPublicKey, SEALED_SALT};
use super::keys::{KeyId, MAX_KEY_ID_LEN, check_key_id};
use super::primitives::{
    NONCE_LEN, aes_gcm_siv_open, aes_gcm_siv_seal, ct_eq, hkdf_sha256, hmac_sha256_parts,
};

/// Algorithm byte of a sealed envelope.
pub const ALG_SEALED: u8 = 0x02;
/// Layers a sealed value may have.
pub const MAX_LAYERS: usize = 4;
/// Longest policy name (`encryption_policies.policy_name` is VARCHAR(100)).
pub const MAX_POLICY_NAME_LEN: usize = 100;
/// Length of each of a layer's two tags.
pub const LAYER_TAG_LEN: usize = 16;
/// The wrapped data key: 32 bytes of key and 16 of AEAD tag.
pub const WRAPPED_KEY_LEN: usize = 48;
const DATA_KEY_LEN: usize = 32;
const ZERO_NONCE: [u8; NONCE_LEN] = [0; NONCE_LEN];

/// A policy name: `^[a-z0-9][a-z0-9_.-]{0,99}$`.
pub fn is_valid_policy_name(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= MAX_POLICY_NAME_LEN
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'_' | b'.' | b'-')
        })
}

/// The canonical bytes of a policy's `aad_template`: a flat JSON object whose keys and values are
/// strings of printable ASCII without `"` and `\`, written with keys sorted and no white space
/// (`{"a":"1","b":"x"}`); `null` or an empty object is the empty string. Anything else is refused,
/// so that every implementation produces the same bytes.
pub fn canonical_aad(template: Option<&serde_json::Value>) -> Result<Vec<u8>, CryptoError> {
    let Some(v) = template else {
        return Ok(Vec::new());
    };
    if v.is_null() {
        return Ok(Vec::new());
    }
    let obj = v.as_object().ok_or(CryptoError::InvalidSealing(
        "aad_template must be a JSON object of strings",
    ))?;
    if obj.is_empty() {
        return Ok(Vec::new());
    }
    let plain = |s: &str| {
        s.bytes()
            .all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
    };
    let mut pairs: Vec<(&String, &str)> = Vec::new();
    for (k, v) in obj {
        let v = v.as_str().ok_or(CryptoError::InvalidSealing(
            "aad_template values must be strings",
        ))?;
        if !plain(k) || !plain(v) {
            return Err(CryptoError::InvalidSealing(
                "aad_template keys and values must be printable ASCII without '\"' or '\\'",
            ));
        }
        pairs.push((k, v));
    }
    pairs.sort();
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("\"{k}\":\"{v}\""))
        .collect();
    Ok(format!("{{{}}}", body.join(",")).into_bytes())
}

/// One layer of a parsed sealed envelope: views into the input.
#[derive(Clone, Copy)]
pub struct SealedLayer<'a> {
    pub kem: KemAlgorithm,
    pub recipient: &'a str,
    pub position: u8,
    pub count: u8,
    pub ciphertext: &'a [u8],
    self_tag: &'a [u8],
    bind_tag: &'a [u8],
    /// kem byte through the end of the KEM ciphertext (what the self tag covers).
    body: &'a [u8],
}

impl fmt::Debug for SealedLayer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SealedLayer")
            .field("kem", &self.kem)
            .field("recipient", &self.recipient)
            .field("position", &self.position)
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}

/// A parsed sealed envelope.
#[derive(Debug, Clone)]
pub struct SealedHeader<'a> {
    bytes: &'a [u8],
    pub policy: &'a str,
    pub layers: Vec<SealedLayer<'a>>,
    /// Offset of the wrapped data key.
    wrap_start: usize,
}

impl<'a> SealedHeader<'a> {
    pub fn nonce(&self) -> &'a [u8; NONCE_LEN] {
        self.bytes[4..16].try_into().expect("12 bytes")
    }
    fn wrapped_key(&self) -> &'a [u8] {
        &self.bytes[self.wrap_start..self.wrap_start + WRAPPED_KEY_LEN]
    }
    /// The data ciphertext and its tag.
    pub fn data(&self) -> &'a [u8] {
        &self.bytes[self.wrap_start + WRAPPED_KEY_LEN..]
    }
    /// Whether a quantum computer could open it: true when every layer is classical.
    pub fn is_quantum_vulnerable(&self) -> bool {
        self.layers.iter().all(|l| !l.kem.is_quantum_safe())
    }
    /// `legacy:v1+orders:v2`: the recipient key ids, in layer order, joined by `+` — what a sealed
    /// column's key-version column holds.
    pub fn recipient_marker(&self) -> String {
        self.layers
            .iter()
            .map(|l| l.recipient)
            .collect::<Vec<_>>()
            .join("+")
    }

    /// `x25519:legacy:v1+x-wing:orders:v2`: the layers, for reports.
    pub fn layer_summary(&self) -> String {
        self.layers
            .iter()
            .map(|l| format!("{}:{}", l.kem, l.recipient))
            .collect::<Vec<_>>()
            .join("+")
    }
}

/// Whether `bytes` start like a sealed envelope (magic, version 1, algorithm 0x02).
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.len() >= 4 && bytes[0..2] == MAGIC && bytes[2] == FORMAT_VERSION && bytes[3] == ALG_SEALED
}

/// Parses a sealed envelope without any key (docs/FORMAT.md §12, decryption steps 1 to 7).
pub fn parse_sealed(bytes: &[u8]) -> Result<SealedHeader<'_>, DecryptError> {
    for (i, m) in MAGIC.iter().enumerate() {
        match bytes.get(i) {
            Some(b) if b != m => return Err(DecryptError::NotAnEnvelope),
            None => return Err(DecryptError::Truncated),
            _ => {}
        }
    }
    match bytes.get(2) {
        None => return Err(DecryptError::Truncated),
        Some(&v) if v != FORMAT_VERSION => return Err(DecryptError::UnsupportedFormatVersion(v)),
        _ => {}
    }
    match bytes.get(3) {
        None => return Err(DecryptError::Truncated),
        Some(&a) if a != ALG_SEALED => return Err(DecryptError::UnknownAlgorithm(a)),
        _ => {}
    }
    let mut at = 16;
    let lp = *bytes.get(at).ok_or(DecryptError::Truncated)? as usize;
    if lp == 0 || lp > MAX_POLICY_NAME_LEN {
        return Err(DecryptError::Malformed("policy name length"));
    }
    at += 1;
    let policy = bytes.get(at..at + lp).ok_or(DecryptError::Truncated)?;
    let policy = std::str::from_utf8(policy)
        .ok()
        .filter(|p| is_valid_policy_name(p))
        .ok_or(DecryptError::Malformed("policy name"))?;
    at += lp;
    let n = *bytes.get(at).ok_or(DecryptError::Truncated)? as usize;
    if n == 0 || n > MAX_LAYERS {
        return Err(DecryptError::Malformed("layer count"));
    }
    at += 1;
    let mut layers = Vec::with_capacity(n);
    for _ in 0..n {
        let start = at;
        let kem_byte = *bytes.get(at).ok_or(DecryptError::Truncated)?;
        let kem =
            KemAlgorithm::from_byte(kem_byte).ok_or(DecryptError::UnknownAlgorithm(kem_byte))?;
        at += 1;
        let lr = *bytes.get(at).ok_or(DecryptError::Truncated)? as usize;
        if lr == 0 || lr > MAX_KEY_ID_LEN {
            return Err(DecryptError::Malformed("recipient key id length"));
        }
        at += 1;
        let rid = bytes.get(at..at + lr).ok_or(DecryptError::Truncated)?;
        let recipient = std::str::from_utf8(rid)
            .ok()
            .filter(|r| check_key_id(r).is_ok())
            .ok_or(DecryptError::Malformed("recipient key id"))?;
        at += lr;
        let pos_count = bytes.get(at..at + 2).ok_or(DecryptError::Truncated)?;
        at += 2;
        let ct_len = kem.ciphertext_len();
        let ciphertext = bytes.get(at..at + ct_len).ok_or(DecryptError::Truncated)?;
        at += ct_len;
        let body = &bytes[start..at];
        let tags = bytes
            .get(at..at + 2 * LAYER_TAG_LEN)
            .ok_or(DecryptError::Truncated)?;
        at += 2 * LAYER_TAG_LEN;
        layers.push(SealedLayer {
            kem,
            recipient,
            position: pos_count[0],
            count: pos_count[1],
            ciphertext,
            self_tag: &tags[..LAYER_TAG_LEN],
            bind_tag: &tags[LAYER_TAG_LEN..],
            body,
        });
    }
    if bytes.len() < at + WRAPPED_KEY_LEN + 16 {
        return Err(DecryptError::Truncated);
    }
    Ok(SealedHeader {
        bytes,
        policy,
        layers,
        wrap_start: at,
    })
}

fn layer_key(ss: &[u8; 32]) -> Zeroizing<Vec<u8>> {
    hkdf_sha256(SEALED_SALT, ss, b"layer", 32).expect("valid length")
}

fn self_tag(lk: &[u8], body: &[u8]) -> [u8; LAYER_TAG_LEN] {
    let full = hmac_sha256_parts(lk, &[b"self", body]);
    full[..LAYER_TAG_LEN].try_into().expect("16 bytes")
}

fn bind_tag(lk: &[u8], nonce: &[u8], context: &[u8]) -> [u8; LAYER_TAG_LEN] {
    let full = hmac_sha256_parts(lk, &[b"bind", nonce, context]);
    full[..LAYER_TAG_LEN].try_into().expect("16 bytes")
}

fn kek(secrets: &[Zeroizing<[u8; 32]>]) -> Zeroizing<Vec<u8>> {
    let mut ikm = Zeroizing::new(Vec::with_capacity(32 * secrets.len()));
    for s in secrets {
        ikm.extend_from_slice(&s[..]);
    }
    hkdf_sha256(SEALED_SALT, &ikm, b"kek", 32).expect("valid length")
}

/// `W`: what the wrapped data key is authenticated with.
fn wrap_aad(prefix: &[u8], context: &[u8], aad_extra: &[u8]) -> Vec<u8> {
    let mut w = Vec::with_capacity(prefix.len() + context.len() + 4 + aad_extra.len());
    w.extend_from_slice(prefix);
    w.extend_from_slice(context);
    w.extend_from_slice(&(aad_extra.len() as u32).to_be_bytes());
    w.extend_from_slice(aad_extra);
    w
}

fn data_aad(nonce: &[u8; NONCE_LEN], context: &[u8]) -> Vec<u8> {
    let mut a = Vec::with_capacity(16 + context.len());
    a.extend_from_slice(&MAGIC);
    a.push(FORMAT_VERSION);
    a.push(ALG_SEALED);
    a.extend_from_slice(nonce);
    a.extend_from_slice(context);
    a
}

/// What a value is sealed to: a policy's name, its canonical AAD and its layers' recipients.
#[derive(Debug, Clone)]
pub struct SealingPolicy {
    name: String,
    aad_extra: Vec<u8>,
    recipients: Vec<(KeyId, RecipientPublicKey)>,
}

/// The randomness of one sealing, explicit for test vectors.
pub struct SealRandomness {
    pub data_key: Zeroizing<[u8; 32]>,
    pub nonce: [u8; NONCE_LEN],
    /// One entry per layer, `kem.randomness_len()` bytes each.
    pub kem: Vec<Zeroizing<Vec<u8>>>,
}

impl SealRandomness {
    fn fresh(policy: &SealingPolicy) -> Result<Self, CryptoError> {
        let mut r = SealRandomness {
            data_key: Zeroizing::new([0; 32]),
            nonce: [0; NONCE_LEN],
            kem: Vec::new(),
        };
        let mut os = rand::rngs::SysRng;
        let fail = |e: rand::rngs::SysError| CryptoError::Rng(e.to_string());
        os.try_fill_bytes(&mut r.data_key[..]).map_err(fail)?;
        os.try_fill_bytes(&mut r.nonce).map_err(fail)?;
        for (_, pk) in &policy.recipients {
            let mut k = Zeroizing::new(vec![0u8; pk.algorithm().randomness_len()]);
            os.try_fill_bytes(&mut k[..]).map_err(fail)?;
            r.kem.push(k);
        }
        Ok(r)
    }
}

impl SealingPolicy {
    /// `recipients` in layer order; `aad_extra` from [`canonical_aad`].
    pub fn new(
        name: &str,
        aad_extra: Vec<u8>,
        recipients: Vec<(KeyId, RecipientPublicKey)>,
    ) -> Result<Self, CryptoError> {
        if !is_valid_policy_name(name) {
            return Err(CryptoError::InvalidSealing("invalid policy name"));
        }
        if recipients.is_empty() || recipients.len() > MAX_LAYERS {
            return Err(CryptoError::InvalidSealing("a policy has 1 to 4 layers"));
        }
        Ok(SealingPolicy {
            name: name.to_string(),
            aad_extra,
            recipients,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The recipient key ids joined by `+` (the key-version column's value once sealed here).
    pub fn recipient_marker(&self) -> String {
        self.recipients
            .iter()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>()
            .join("+")
    }

    pub fn recipients(&self) -> impl Iterator<Item = (&KeyId, KemAlgorithm)> {
        self.recipients.iter().map(|(id, pk)| (id, pk.algorithm()))
    }

    /// Whether a parsed value already has exactly this policy's name and layers.
    pub fn is_satisfied_by(&self, header: &SealedHeader<'_>) -> bool {
        header.policy == self.name
            && header.layers.len() == self.recipients.len()
            && header
                .layers
                .iter()
                .zip(&self.recipients)
                .all(|(l, (id, pk))| l.kem == pk.algorithm() && l.recipient == id.as_str())
    }

    /// Seals `plaintext` for `context` with fresh randomness.
    pub fn seal(&self, context: &Context<'_>, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let r = SealRandomness::fresh(self)?;
        self.seal_with(context, plaintext, &r)
    }

    /// Seals with the given randomness (test vectors).
    pub fn seal_with(
        &self,
        context: &Context<'_>,
        plaintext: &[u8],
        r: &SealRandomness,
    ) -> Result<Vec<u8>, CryptoError> {
        let ctx = context.encode()?;
        let data = aes_gcm_siv_seal(
            &r.data_key[..],
            &r.nonce,
            &data_aad(&r.nonce, &ctx),
            plaintext,
        )?;
        self.wrap(&ctx, &r.nonce, &r.data_key, &data, &r.kem)
    }

    /// Builds the envelope around an existing data ciphertext: layers, wrapped key, data.
    fn wrap(
        &self,
        ctx: &[u8],
        nonce: &[u8; NONCE_LEN],
        data_key: &[u8; 32],
        data: &[u8],
        kem_randomness: &[Zeroizing<Vec<u8>>],
    ) -> Result<Vec<u8>, CryptoError> {
        if kem_randomness.len() != self.recipients.len() {
            return Err(CryptoError::InvalidSealing("one KEM randomness per layer"));
        }
        let n = self.recipients.len();
        let mut out = Vec::with_capacity(64 + n * 1200 + data.len());
        out.extend_from_slice(&MAGIC);
        out.push(FORMAT_VERSION);
        out.push(ALG_SEALED);
        out.extend_from_slice(nonce);
        out.push(self.name.len() as u8);
        out.extend_from_slice(self.name.as_bytes());
        out.push(n as u8);
        let mut secrets = Vec::with_capacity(n);
        for (i, ((id, pk), rnd)) in self.recipients.iter().zip(kem_randomness).enumerate() {
            let (ct, ss) = pk.encapsulate_deterministic(rnd)?;
            let start = out.len();
            out.push(pk.algorithm().byte());
            out.push(id.as_str().len() as u8);
            out.extend_from_slice(id.as_str().as_bytes());
            out.push(i as u8);
            out.push(n as u8);
            out.extend_from_slice(&ct);
            let lk = layer_key(&ss);
            let st = self_tag(&lk, &out[start..]);
            out.extend_from_slice(&st);
            out.extend_from_slice(&bind_tag(&lk, nonce, ctx));
            secrets.push(ss);
        }
        let kek = kek(&secrets);
        let w = wrap_aad(&out, ctx, &self.aad_extra);
        let wrapped = aes_gcm_siv_seal(&kek, &ZERO_NONCE, &w, data_key)?;
        out.extend_from_slice(&wrapped);
        out.extend_from_slice(data);
        Ok(out)
    }
}

/// The private recipient keys and policy AADs a reader holds.
#[derive(Default)]
pub struct Opener {
    recipients: HashMap<String, RecipientPrivateKey>,
    unusable: HashMap<String, String>,
    policies: HashMap<String, Vec<u8>>,
}

impl fmt::Debug for Opener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Opener")
            .field("recipients", &self.recipients.keys().collect::<Vec<_>>())
            .field("unusable", &self.unusable)
            .field("policies", &self.policies.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Opener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_recipient(&mut self, key: RecipientPrivateKey) {
        self.recipients.insert(key.key_id().to_string(), key);
    }

    pub fn mark_unusable(&mut self, key_id: &str, status: &str) {
        self.unusable.insert(key_id.to_string(), status.to_string());
    }

    /// A policy whose values this opener reads, with its canonical AAD.
    pub fn add_policy(&mut self, name: &str, aad_extra: Vec<u8>) {
        self.policies.insert(name.to_string(), aad_extra);
    }

    pub fn holds(&self, key_id: &str) -> bool {
        self.recipients.contains_key(key_id)
    }

    /// Opens the data key (docs/FORMAT.md §12, decryption steps 8 to 14).
    fn open_data_key(
        &self,
        h: &SealedHeader<'_>,
        ctx: &[u8],
    ) -> Result<Zeroizing<[u8; 32]>, DecryptError> {
        let aad_extra = self
            .policies
            .get(h.policy)
            .ok_or_else(|| DecryptError::UnknownPolicy(h.policy.to_string()))?;
        let n = h.layers.len();
        let mut secrets = Vec::with_capacity(n);
        for (i, layer) in h.layers.iter().enumerate() {
            let Some(key) = self.recipients.get(layer.recipient) else {
                return Err(match self.unusable.get(layer.recipient) {
                    Some(status) => DecryptError::KeyNotUsable {
                        key_id: layer
                            .recipient
                            .parse()
                            .map_err(|_| DecryptError::Malformed("recipient key id"))?,
                        status: status.clone(),
                    },
                    None => DecryptError::UnknownRecipient(layer.recipient.to_string()),
                });
            };
            if key.algorithm() != layer.kem {
                return Err(DecryptError::LayerTampered);
            }
            let ss = key
                .decapsulate(layer.ciphertext)
                .map_err(|_| DecryptError::LayerTampered)?;
            let lk = layer_key(&ss);
            if !ct_eq(&self_tag(&lk, layer.body), layer.self_tag) {
                return Err(DecryptError::LayerTampered);
            }
            if layer.count as usize > n {
                return Err(DecryptError::LayerMissing);
            }
            if layer.position as usize != i || (layer.count as usize) < n {
                return Err(DecryptError::LayerSwapped);
            }
            if !ct_eq(&bind_tag(&lk, h.nonce(), ctx), layer.bind_tag) {
                return Err(DecryptError::LayerSwapped);
            }
            secrets.push(ss);
        }
        let kek = kek(&secrets);
        let w = wrap_aad(&h.bytes[..h.wrap_start], ctx, aad_extra);
        let dk = aes_gcm_siv_open(&kek, &ZERO_NONCE, &w, h.wrapped_key())
            .map_err(|_| DecryptError::Tampered)?;
        if dk.len() != DATA_KEY_LEN {
            return Err(DecryptError::Tampered);
        }
        let mut out = Zeroizing::new([0u8; 32]);
        out.copy_from_slice(&dk);
        Ok(out)
    }

    /// Opens a sealed value for `context`.
    pub fn open(
        &self,
        bytes: &[u8],
        context: &Context<'_>,
    ) -> Result<Zeroizing<Vec<u8>>, DecryptError> {
        let h = parse_sealed(bytes)?;
        let ctx = context
            .encode()
            .map_err(|_| DecryptError::InvalidContext("cannot encode the context"))?;
        let dk = self.open_data_key(&h, &ctx)?;
        aes_gcm_siv_open(&dk[..], h.nonce(), &data_aad(h.nonce(), &ctx), h.data())
            .map_err(|_| DecryptError::Tampered)
    }

    /// The value sealed to `target` instead: the data key is opened, checked against the data,
    /// wrapped to the target's layers, and the result opened again before it is returned. The data
    /// ciphertext is kept byte for byte.
    pub fn reseal(
        &self,
        bytes: &[u8],
        context: &Context<'_>,
        target: &SealingPolicy,
    ) -> Result<Vec<u8>, ResealError> {
        let h = parse_sealed(bytes).map_err(ResealError::Open)?;
        let ctx = context.encode().map_err(|_| {
            ResealError::Open(DecryptError::InvalidContext("cannot encode the context"))
        })?;
        let dk = self.open_data_key(&h, &ctx).map_err(ResealError::Open)?;
        let plaintext = aes_gcm_siv_open(&dk[..], h.nonce(), &data_aad(h.nonce(), &ctx), h.data())
            .map_err(|_| ResealError::Open(DecryptError::Tampered))?;
        let r = SealRandomness::fresh(target).map_err(ResealError::Seal)?;
        let out = target
            .wrap(&ctx, h.nonce(), &dk, h.data(), &r.kem)
            .map_err(ResealError::Seal)?;
        match self.open(&out, context) {
            Ok(again) if ct_eq(&again, &plaintext) => Ok(out),
            _ => Err(ResealError::CheckFailed),
        }
    }
}

/// Why a value could not be moved to another policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResealError {
    /// The current value does not open.
    Open(DecryptError),
    /// The target's layers cannot be built (a recipient public key refused).
    Seal(CryptoError),
    /// The new value did not open to the same plaintext (or its recipient key is not held).
    CheckFailed,
}
