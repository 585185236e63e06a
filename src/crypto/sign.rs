//! Signatures for signed artefacts such as the audit trail: one small interface over ML-DSA's
//! three parameter sets (FIPS 204, RustCrypto's `ml-dsa`) and, for the transition and for legacy
//! signatures only, Ed25519 (RFC 8032, `ed25519-dalek`, strict verification).
//!
//! Why it looks the way it does:
//!
//! - **Why ML-DSA, and why RustCrypto's.** Signatures that must stay trustworthy for years have to
//!   survive a quantum computer; ML-DSA is the NIST standard for that. The library choice (and why
//!   `pqcrypto` was refused: its AVX2 verifier lacks the infinity-norm check of `z`,
//!   pq-crystals/dilithium#113) is docs/decisions/0002-pq-libraries.md. `src/crypto/sign_tests.rs`
//!   runs Wycheproof's ML-DSA verification vectors against the pinned version, the "violate index"
//!   cases that catch exactly that bug included.
//! - **Keys from a 32-byte seed.** Every idctl key is 32 bytes in a key file (docs/FORMAT.md §8).
//!   FIPS 204's `ML-DSA.KeyGen_internal` (Algorithm 6) expands a 32-byte seed ξ into the key pair,
//!   so [`SigningKey::from_seed`] takes the key file's bytes as ξ directly: the same seed always
//!   gives the same key pair, and the seed is the only private key form idctl stores. The expanded
//!   private key and the seed are zeroized when the [`SigningKey`] is dropped (the crate's
//!   `zeroize` feature), and `Debug` prints the algorithm only.
//! - **Pure ML-DSA with a context string.** Messages are signed as they are (FIPS 204 Algorithms 2
//!   and 3), not pre-hashed (HashML-DSA): the audit trail's messages are small, and pure ML-DSA is
//!   the variant with one unambiguous encoding. The context string (at most 255 bytes) separates
//!   uses of one key: a signature made for one context does not verify under another.
//! - **Hedged signing by default.** FIPS 204 allows both the hedged variant (32 fresh random bytes
//!   `rnd` mixed into the per-signature randomness) and the deterministic one (`rnd` = 0³²), and
//!   recommends the hedged one: it stays as secure as the deterministic variant if the randomness
//!   is weak, and blunts fault and side-channel attacks on the deterministic derivation. [`SigningKey::sign`] therefore
//!   takes `rnd` from the operating system; [`SigningKey::sign_deterministic`] is the deterministic
//!   variant, for tests and reproducible fixtures. Both produce ordinary ML-DSA signatures, and a
//!   verifier cannot tell them apart. The crate exposes randomized signing only behind its
//!   `rand_core` feature, which idctl does not enable; the hedged path therefore builds FIPS 204's
//!   `M′ = 0 ‖ |ctx| ‖ ctx ‖ M` itself and calls `ML-DSA.Sign_internal` (Algorithm 7) with `rnd`,
//!   which is exactly Algorithm 2. A test checks that this framing gives the crate's own
//!   deterministic signatures byte for byte.
//! - **Strict parsing.** Public keys and signatures from outside are length-checked before use;
//!   signatures whose hint encoding is not canonical or whose `z` violates the infinity-norm bound
//!   are refused while decoding (FIPS 204 Algorithm 27 and Algorithm 8, line 13), before any
//!   arithmetic. Every byte string of the right length is a valid public key encoding
//!   (`pkDecode`, Algorithm 23, has no invalid inputs).
//! - **Errors carry no key material**: only the algorithm, lengths and a fixed reason.
//!
//! Typical use:
//!
//! ```ignore
//! let key = SigningKey::from_seed(SignatureAlgorithm::MlDsa65, root.material());
//! let sig = key.sign(b"entry 42", b"idctl audit v1")?;              // Vec<u8>
//! let pk = VerifyingKey::from_bytes(SignatureAlgorithm::MlDsa65, key.public_key_bytes())?;
//! pk.verify(b"entry 42", b"idctl audit v1", &sig)?;
//! ```

use std::fmt;
use std::str::FromStr;

use ml_dsa::{EncodedSignature, EncodedVerifyingKey, MlDsa44, MlDsa65, MlDsa87, MlDsaParams};
use rand::TryRng;
use zeroize::Zeroizing;

/// Length of the seed ξ a signing key is generated from.
pub const SIGNING_SEED_LEN: usize = 32;
/// Longest context string FIPS 204 allows.
pub const MAX_SIGNATURE_CONTEXT_LEN: usize = 255;

/// An ML-DSA parameter set (FIPS 204 Table 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignatureAlgorithm {
    /// ML-DSA-44, security category 2.
    MlDsa44,
    /// ML-DSA-65, security category 3.
    MlDsa65,
    /// ML-DSA-87, security category 5.
    MlDsa87,
    /// Ed25519 (RFC 8032), classical and quantum-vulnerable: for the transition (hybrid
    /// checkpoints) and for legacy signatures that `pq resign` gives an ML-DSA companion.
    Ed25519,
}

impl SignatureAlgorithm {
    pub const ALL: [SignatureAlgorithm; 4] = [
        SignatureAlgorithm::MlDsa44,
        SignatureAlgorithm::MlDsa65,
        SignatureAlgorithm::MlDsa87,
        SignatureAlgorithm::Ed25519,
    ];

    /// The signature algorithm of a key file's algorithm, if it is a signing key.
    pub fn of(algorithm: crate::crypto::Algorithm) -> Option<Self> {
        use crate::crypto::Algorithm as A;
        match algorithm {
            A::MlDsa44 => Some(SignatureAlgorithm::MlDsa44),
            A::MlDsa65 => Some(SignatureAlgorithm::MlDsa65),
            A::MlDsa87 => Some(SignatureAlgorithm::MlDsa87),
            A::Ed25519 => Some(SignatureAlgorithm::Ed25519),
            _ => None,
        }
    }

    /// Whether a quantum computer breaks it (NIST IR 8547: Ed25519 is disallowed after 2035).
    pub fn quantum_vulnerable(self) -> bool {
        matches!(self, SignatureAlgorithm::Ed25519)
    }

    /// The stable name: `ml-dsa-44`, `ml-dsa-65` or `ml-dsa-87`.
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureAlgorithm::MlDsa44 => "ml-dsa-44",
            SignatureAlgorithm::MlDsa65 => "ml-dsa-65",
            SignatureAlgorithm::MlDsa87 => "ml-dsa-87",
            SignatureAlgorithm::Ed25519 => "ed25519",
        }
    }

    /// Length of an encoded public key (FIPS 204 Table 2).
    pub fn public_key_len(self) -> usize {
        match self {
            SignatureAlgorithm::MlDsa44 => 1312,
            SignatureAlgorithm::MlDsa65 => 1952,
            SignatureAlgorithm::MlDsa87 => 2592,
            SignatureAlgorithm::Ed25519 => 32,
        }
    }

    /// Length of an encoded signature (FIPS 204 Table 2).
    pub fn signature_len(self) -> usize {
        match self {
            SignatureAlgorithm::MlDsa44 => 2420,
            SignatureAlgorithm::MlDsa65 => 3309,
            SignatureAlgorithm::MlDsa87 => 4627,
            SignatureAlgorithm::Ed25519 => 64,
        }
    }
}

impl fmt::Display for SignatureAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SignatureAlgorithm {
    type Err = SignatureError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or(SignatureError::UnknownAlgorithm)
    }
}

/// Why a key could not be parsed, a message not signed or a signature not verified. Carries no key
/// material: only the algorithm, lengths and fixed reasons.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignatureError {
    /// A string is not a known signature algorithm name.
    #[error(
        "unknown signature algorithm name (expected ml-dsa-44, ml-dsa-65, ml-dsa-87 or ed25519)"
    )]
    UnknownAlgorithm,
    /// The public key has the wrong length for its algorithm.
    #[error("{algorithm} public key must be {expected} bytes, got {actual}")]
    WrongPublicKeyLength {
        algorithm: SignatureAlgorithm,
        expected: usize,
        actual: usize,
    },
    /// The public key is not a valid encoding (an Ed25519 point that does not decompress).
    #[error("{algorithm} public key is not a valid encoding")]
    InvalidPublicKey { algorithm: SignatureAlgorithm },
    /// The signature has the wrong length for its algorithm.
    #[error("{algorithm} signature must be {expected} bytes, got {actual}")]
    WrongSignatureLength {
        algorithm: SignatureAlgorithm,
        expected: usize,
        actual: usize,
    },
    /// The context string is longer than FIPS 204's 255 bytes.
    #[error("signature context of {len} bytes is longer than 255 bytes")]
    ContextTooLong { len: usize },
    /// The signature is not a valid encoding: non-canonical hints, or a `z` coefficient beyond the
    /// infinity-norm bound. Rejected before any verification arithmetic.
    #[error("malformed signature (hint encoding or norm bound)")]
    MalformedSignature,
    /// The signature does not verify for this key, message and context.
    #[error("invalid signature")]
    Invalid,
    /// The operating system's random number generator failed.
    #[error("random number generator failed: {0}")]
    Rng(String),
}

/// The crate's key type for one parameter set. The crate's `SigningKey` (rather than its bare
/// `ExpandedSigningKey`) keeps the expanded key on the heap, in one place, zeroized on drop together
/// with the seed, and precomputes the public key.
enum SigningInner {
    MlDsa44(ml_dsa::SigningKey<MlDsa44>),
    MlDsa65(ml_dsa::SigningKey<MlDsa65>),
    MlDsa87(ml_dsa::SigningKey<MlDsa87>),
    /// Zeroized on drop (the crate's `zeroize` feature).
    Ed25519(ed25519_dalek::SigningKey),
}

/// An ML-DSA private key, expanded from its 32-byte seed ξ. The seed and the expanded key are
/// zeroized on drop; `Debug` shows the algorithm only.
pub struct SigningKey {
    inner: SigningInner,
    public: VerifyingKey,
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("algorithm", &self.algorithm())
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// Generates the key pair of `algorithm` from the seed ξ (FIPS 204 `ML-DSA.KeyGen_internal`,
    /// Algorithm 6). Deterministic: the same seed always gives the same key pair. The caller keeps
    /// ownership of (and zeroizes) `seed`; the copy held inside the key is zeroized on drop.
    pub fn from_seed(algorithm: SignatureAlgorithm, seed: &[u8; SIGNING_SEED_LEN]) -> Self {
        // A borrowed view of the caller's bytes, so no unzeroized copy of ξ is made here.
        let xi = ml_dsa::Seed::cast_from_core(seed);
        let (inner, public) = match algorithm {
            SignatureAlgorithm::MlDsa44 => {
                let sk = ml_dsa::SigningKey::<MlDsa44>::from_seed(xi);
                let pk = VerifyingKey::from_inner(algorithm, sk.as_ref());
                (SigningInner::MlDsa44(sk), pk)
            }
            SignatureAlgorithm::MlDsa65 => {
                let sk = ml_dsa::SigningKey::<MlDsa65>::from_seed(xi);
                let pk = VerifyingKey::from_inner(algorithm, sk.as_ref());
                (SigningInner::MlDsa65(sk), pk)
            }
            SignatureAlgorithm::MlDsa87 => {
                let sk = ml_dsa::SigningKey::<MlDsa87>::from_seed(xi);
                let pk = VerifyingKey::from_inner(algorithm, sk.as_ref());
                (SigningInner::MlDsa87(sk), pk)
            }
            SignatureAlgorithm::Ed25519 => {
                // RFC 8032 §5.1.5: the 32-byte secret key is the seed.
                let sk = ed25519_dalek::SigningKey::from_bytes(seed);
                let vk = sk.verifying_key();
                let pk = VerifyingKey {
                    algorithm,
                    bytes: vk.to_bytes().to_vec(),
                    inner: VerifyingInner::Ed25519(vk),
                };
                (SigningInner::Ed25519(sk), pk)
            }
        };
        Self { inner, public }
    }

    /// The signing key of a key file's root key (its 32 bytes are the seed), or
    /// [`SignatureError::UnknownAlgorithm`] if the key is not a signing key.
    pub fn from_root(root: &crate::crypto::RootKey) -> Result<Self, SignatureError> {
        let algorithm =
            SignatureAlgorithm::of(root.algorithm()).ok_or(SignatureError::UnknownAlgorithm)?;
        Ok(Self::from_seed(algorithm, root.material()))
    }

    pub fn algorithm(&self) -> SignatureAlgorithm {
        self.public.algorithm
    }

    /// The encoded public key (`pkEncode`, FIPS 204 Algorithm 22), `public_key_len()` bytes.
    pub fn public_key_bytes(&self) -> &[u8] {
        self.public.as_bytes()
    }

    /// The matching public key, ready to verify.
    pub fn verifying_key(&self) -> &VerifyingKey {
        &self.public
    }

    /// Signs `message` under `context` with hedged ML-DSA (FIPS 204 Algorithm 2, 32 bytes of
    /// operating-system randomness as `rnd`). Two signatures of the same message differ; both
    /// verify.
    ///
    /// Errors: [`SignatureError::ContextTooLong`] above 255 bytes of context,
    /// [`SignatureError::Rng`] if the operating system has no randomness to give.
    ///
    /// Panics only if ML-DSA's rejection-sampling loop exhausts the crate's bound (over 9000
    /// attempts), which for a key generated by `ML-DSA.KeyGen` has a negligible probability: each
    /// attempt succeeds with probability about 1/4 to 1/5 (FIPS 204 Table 1).
    pub fn sign(&self, message: &[u8], context: &[u8]) -> Result<Vec<u8>, SignatureError> {
        check_context(context)?;
        let mut rnd = Zeroizing::new([0u8; 32]);
        rand::rngs::SysRng
            .try_fill_bytes(&mut rnd[..])
            .map_err(|e| SignatureError::Rng(e.to_string()))?;
        self.sign_with_randomness(message, context, &rnd)
    }

    /// Signs with FIPS 204's deterministic variant (`rnd` = 0³²): the same key, message and context
    /// always give the same signature. For tests and reproducible fixtures; production signing
    /// uses [`SigningKey::sign`]. Errors and panics as there.
    pub fn sign_deterministic(
        &self,
        message: &[u8],
        context: &[u8],
    ) -> Result<Vec<u8>, SignatureError> {
        self.sign_with_randomness(message, context, &[0u8; 32])
    }

    /// FIPS 204 `ML-DSA.Sign` (Algorithm 2) with the given `rnd`: builds
    /// `M′ = IntegerToBytes(0, 1) ‖ IntegerToBytes(|ctx|, 1) ‖ ctx ‖ M` (pure ML-DSA, domain
    /// separator 0) and calls `ML-DSA.Sign_internal` (Algorithm 7).
    ///
    /// Ed25519 has no context input (RFC 8032's Ed25519ctx is not what legacy signers used), so
    /// it signs the same framed `M′` with plain Ed25519 (deterministic by design; `rnd` unused):
    /// a signature for one context still does not verify under another.
    fn sign_with_randomness(
        &self,
        message: &[u8],
        context: &[u8],
        rnd: &[u8; 32],
    ) -> Result<Vec<u8>, SignatureError> {
        let ctx_len = [check_context(context)?];
        let m_prime: [&[u8]; 4] = [&[0u8], &ctx_len, context, message];
        if let SigningInner::Ed25519(sk) = &self.inner {
            use ed25519_dalek::Signer;
            return Ok(sk.sign(&m_prime.concat()).to_bytes().to_vec());
        }
        let rnd = ml_dsa::B32::cast_from_core(rnd);
        // `expanded_key()` is public but `#[doc(hidden)]` in ml-dsa 0.1.2 (its own Wycheproof tests
        // sign through it); with the crate's `rand_core` feature, `sign_randomized` would replace
        // this. A change there breaks the build, not the signatures: the tests pin the bytes.
        Ok(match &self.inner {
            SigningInner::MlDsa44(sk) => sk
                .expanded_key()
                .sign_internal(&m_prime, rnd)
                .encode()
                .to_vec(),
            SigningInner::MlDsa65(sk) => sk
                .expanded_key()
                .sign_internal(&m_prime, rnd)
                .encode()
                .to_vec(),
            SigningInner::MlDsa87(sk) => sk
                .expanded_key()
                .sign_internal(&m_prime, rnd)
                .encode()
                .to_vec(),
            SigningInner::Ed25519(_) => unreachable!("signed above"),
        })
    }
}

/// The context's length byte, or [`SignatureError::ContextTooLong`].
fn check_context(context: &[u8]) -> Result<u8, SignatureError> {
    u8::try_from(context.len()).map_err(|_| SignatureError::ContextTooLong { len: context.len() })
}

/// The crate's public key type for one parameter set.
#[derive(Clone)]
enum VerifyingInner {
    MlDsa44(ml_dsa::VerifyingKey<MlDsa44>),
    MlDsa65(ml_dsa::VerifyingKey<MlDsa65>),
    MlDsa87(ml_dsa::VerifyingKey<MlDsa87>),
    Ed25519(ed25519_dalek::VerifyingKey),
}

/// An ML-DSA public key: its encoding and the crate's expanded form (the matrix Â is expanded
/// once, when the key is parsed).
#[derive(Clone)]
pub struct VerifyingKey {
    algorithm: SignatureAlgorithm,
    bytes: Vec<u8>,
    inner: VerifyingInner,
}

impl fmt::Debug for VerifyingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyingKey")
            .field("algorithm", &self.algorithm)
            .finish_non_exhaustive()
    }
}

impl PartialEq for VerifyingKey {
    fn eq(&self, other: &Self) -> bool {
        self.algorithm == other.algorithm && self.bytes == other.bytes
    }
}

impl Eq for VerifyingKey {}

/// Conversion from the crate's public key types, so that [`VerifyingKey::from_inner`] is one
/// generic function.
trait IntoInner: Sized {
    fn into_inner(self) -> VerifyingInner;
}

impl IntoInner for ml_dsa::VerifyingKey<MlDsa44> {
    fn into_inner(self) -> VerifyingInner {
        VerifyingInner::MlDsa44(self)
    }
}

impl IntoInner for ml_dsa::VerifyingKey<MlDsa65> {
    fn into_inner(self) -> VerifyingInner {
        VerifyingInner::MlDsa65(self)
    }
}

impl IntoInner for ml_dsa::VerifyingKey<MlDsa87> {
    fn into_inner(self) -> VerifyingInner {
        VerifyingInner::MlDsa87(self)
    }
}

impl VerifyingKey {
    fn from_inner<P: MlDsaParams>(
        algorithm: SignatureAlgorithm,
        vk: &ml_dsa::VerifyingKey<P>,
    ) -> Self
    where
        ml_dsa::VerifyingKey<P>: IntoInner,
    {
        Self {
            algorithm,
            bytes: vk.encode().to_vec(),
            inner: vk.clone().into_inner(),
        }
    }

    /// Parses an encoded public key (`pkDecode`, FIPS 204 Algorithm 23). The only possible error
    /// is [`SignatureError::WrongPublicKeyLength`]: every byte string of the right length encodes
    /// a public key.
    pub fn from_bytes(algorithm: SignatureAlgorithm, bytes: &[u8]) -> Result<Self, SignatureError> {
        let wrong_length = || SignatureError::WrongPublicKeyLength {
            algorithm,
            expected: algorithm.public_key_len(),
            actual: bytes.len(),
        };
        if bytes.len() != algorithm.public_key_len() {
            return Err(wrong_length());
        }
        let inner = match algorithm {
            SignatureAlgorithm::MlDsa44 => {
                decode_public::<MlDsa44>(bytes).map(VerifyingInner::MlDsa44)
            }
            SignatureAlgorithm::MlDsa65 => {
                decode_public::<MlDsa65>(bytes).map(VerifyingInner::MlDsa65)
            }
            SignatureAlgorithm::MlDsa87 => {
                decode_public::<MlDsa87>(bytes).map(VerifyingInner::MlDsa87)
            }
            SignatureAlgorithm::Ed25519 => {
                let raw: &[u8; 32] = bytes.try_into().map_err(|_| wrong_length())?;
                Some(VerifyingInner::Ed25519(
                    ed25519_dalek::VerifyingKey::from_bytes(raw)
                        .map_err(|_| SignatureError::InvalidPublicKey { algorithm })?,
                ))
            }
        }
        .ok_or_else(wrong_length)?;
        Ok(Self {
            algorithm,
            bytes: bytes.to_vec(),
            inner,
        })
    }

    pub fn algorithm(&self) -> SignatureAlgorithm {
        self.algorithm
    }

    /// The encoded public key, `public_key_len()` bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Verifies `signature` on `message` under `context` (pure ML-DSA, FIPS 204 Algorithm 3).
    ///
    /// Errors, checked in this order: [`SignatureError::ContextTooLong`],
    /// [`SignatureError::WrongSignatureLength`], [`SignatureError::MalformedSignature`] (hint
    /// encoding or infinity norm of `z`), [`SignatureError::Invalid`] (the challenge does not
    /// match). Any error means "not signed by this key"; the distinction is for diagnostics.
    pub fn verify(
        &self,
        message: &[u8],
        context: &[u8],
        signature: &[u8],
    ) -> Result<(), SignatureError> {
        check_context(context)?;
        if signature.len() != self.algorithm.signature_len() {
            return Err(SignatureError::WrongSignatureLength {
                algorithm: self.algorithm,
                expected: self.algorithm.signature_len(),
                actual: signature.len(),
            });
        }
        match &self.inner {
            VerifyingInner::MlDsa44(vk) => verify_with(vk, message, context, signature),
            VerifyingInner::MlDsa65(vk) => verify_with(vk, message, context, signature),
            VerifyingInner::MlDsa87(vk) => verify_with(vk, message, context, signature),
            VerifyingInner::Ed25519(vk) => {
                let raw: &[u8; 64] = signature.try_into().map_err(|_| SignatureError::Invalid)?;
                let sig = ed25519_dalek::Signature::from_bytes(raw);
                let ctx_len = [check_context(context)?];
                // Strict: no small-order keys or non-canonical `R`/`S` (RFC 8032 §5.1.7 as written).
                vk.verify_strict(&[&[0u8][..], &ctx_len, context, message].concat(), &sig)
                    .map_err(|_| SignatureError::Invalid)
            }
        }
    }
}

impl VerifyingKey {
    /// Verifies a plain RFC 8032 Ed25519 signature over `message` as it is, without idctl's context
    /// framing: for legacy signatures made by other software (a `signatures` row with no context),
    /// which `pq resign` must verify before it gives them a companion. ML-DSA keys refuse
    /// ([`SignatureError::UnknownAlgorithm`]): pure ML-DSA always has a context.
    pub fn verify_unframed(&self, message: &[u8], signature: &[u8]) -> Result<(), SignatureError> {
        let VerifyingInner::Ed25519(vk) = &self.inner else {
            return Err(SignatureError::UnknownAlgorithm);
        };
        let raw: &[u8; 64] =
            signature
                .try_into()
                .map_err(|_| SignatureError::WrongSignatureLength {
                    algorithm: self.algorithm,
                    expected: 64,
                    actual: signature.len(),
                })?;
        vk.verify_strict(message, &ed25519_dalek::Signature::from_bytes(raw))
            .map_err(|_| SignatureError::Invalid)
    }
}

fn decode_public<P: MlDsaParams>(bytes: &[u8]) -> Option<ml_dsa::VerifyingKey<P>> {
    let enc = EncodedVerifyingKey::<P>::try_from(bytes).ok()?;
    Some(ml_dsa::VerifyingKey::<P>::decode(&enc))
}

fn verify_with<P: MlDsaParams>(
    vk: &ml_dsa::VerifyingKey<P>,
    message: &[u8],
    context: &[u8],
    signature: &[u8],
) -> Result<(), SignatureError> {
    // The length was checked by the caller; a mismatch here would be a bug in `signature_len`.
    let enc = EncodedSignature::<P>::try_from(signature).map_err(|_| SignatureError::Invalid)?;
    // `sigDecode` (Algorithm 27) refuses non-canonical hints and `‖z‖∞ ≥ γ1 − β` (Algorithm 8,
    // line 13).
    let sig = ml_dsa::Signature::<P>::decode(&enc).ok_or(SignatureError::MalformedSignature)?;
    if vk.verify_with_context(message, context, &sig) {
        Ok(())
    } else {
        Err(SignatureError::Invalid)
    }
}
