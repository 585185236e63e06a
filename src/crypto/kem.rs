//! Key encapsulation for sealed values (docs/FORMAT.md §12): the three algorithms a recipient key
//! can have, behind one small interface.
//!
//! - `x25519`: classical ECDH with an ephemeral key (RFC 7748), turned into a KEM by hashing the
//!   shared point with both public keys. Breakable by a quantum computer: a value wrapped only to
//!   X25519 is a harvest-now-decrypt-later target.
//! - `x-wing`: the hybrid MLKEM768 + X25519 KEM of draft-connolly-cfrg-xwing-kem-06 (RustCrypto's
//!   `x-wing` crate), safe as long as either half holds.
//! - `ml-kem-768`: FIPS 203 ML-KEM-768 (RustCrypto's `ml-kem`), post-quantum only.
//!
//! Why RustCrypto and not `pqcrypto`: docs/decisions/0002-pq-libraries.md. Private keys are always
//! generated from a 32-byte seed held in an idctl key file (the same format as every other key, so
//! the keystore's checks apply unchanged); ML-KEM-768's 64-byte FIPS 203 seed `d || z` is derived
//! from it with HKDF. Public keys from outside (the database) are validated before use: the ML-KEM
//! modulus check of FIPS 203 §7.2 for ML-KEM-768 and X-Wing, and X25519's all-zero shared secret
//! (a low-order point) is refused.

use std::fmt;

use ml_kem::kem::{Decapsulate, KeyExport};
use ml_kem::ml_kem_768;
use rand::TryRng;
use zeroize::Zeroizing;

use super::error::CryptoError;
use super::keys::{Algorithm, RootKey};
use super::primitives::hkdf_sha256;

/// Salt of every HKDF in the sealed construction.
pub const SEALED_SALT: &[u8] = b"idctl/sealed/v1";
/// HKDF info deriving ML-KEM-768's 64-byte seed from a key file's 32 bytes.
pub const INFO_MLKEM768_SEED: &[u8] = b"ml-kem-768 seed";

/// A recipient key's algorithm, and the KEM byte of a sealed layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KemAlgorithm {
    X25519,
    XWing,
    MlKem768,
}

impl KemAlgorithm {
    pub const ALL: [KemAlgorithm; 3] = [
        KemAlgorithm::X25519,
        KemAlgorithm::XWing,
        KemAlgorithm::MlKem768,
    ];

    /// The layer's KEM byte in a sealed envelope.
    pub fn byte(self) -> u8 {
        match self {
            KemAlgorithm::X25519 => 0x01,
            KemAlgorithm::XWing => 0x02,
            KemAlgorithm::MlKem768 => 0x03,
        }
    }

    pub fn from_byte(b: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.byte() == b)
    }

    /// The key-file / crypto_keys algorithm name.
    pub fn algorithm(self) -> Algorithm {
        match self {
            KemAlgorithm::X25519 => Algorithm::X25519,
            KemAlgorithm::XWing => Algorithm::XWing,
            KemAlgorithm::MlKem768 => Algorithm::MlKem768,
        }
    }

    pub fn of(algorithm: Algorithm) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.algorithm() == algorithm)
    }

    pub fn as_str(self) -> &'static str {
        self.algorithm().as_str()
    }

    /// Whether a value wrapped to this algorithm survives a quantum computer.
    pub fn is_quantum_safe(self) -> bool {
        !matches!(self, KemAlgorithm::X25519)
    }

    pub fn public_key_len(self) -> usize {
        match self {
            KemAlgorithm::X25519 => 32,
            KemAlgorithm::XWing => x_wing::ENCAPSULATION_KEY_SIZE,
            KemAlgorithm::MlKem768 => 1184,
        }
    }

    pub fn ciphertext_len(self) -> usize {
        match self {
            KemAlgorithm::X25519 => 32,
            KemAlgorithm::XWing => x_wing::CIPHERTEXT_SIZE,
            KemAlgorithm::MlKem768 => 1088,
        }
    }

    /// Bytes of randomness one encapsulation consumes.
    pub fn randomness_len(self) -> usize {
        match self {
            KemAlgorithm::X25519 => 32,
            KemAlgorithm::XWing => x_wing::ENCAPSULATION_RANDOMNESS_SIZE,
            KemAlgorithm::MlKem768 => 32,
        }
    }
}

impl fmt::Display for KemAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

enum PublicInner {
    X25519(x25519_dalek::PublicKey),
    XWing(Box<x_wing::EncapsulationKey>),
    MlKem768(Box<ml_kem_768::EncapsulationKey>),
}

/// A validated recipient public key (what writers seal to).
pub struct RecipientPublicKey {
    algorithm: KemAlgorithm,
    bytes: Vec<u8>,
    inner: PublicInner,
}

impl fmt::Debug for RecipientPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecipientPublicKey")
            .field("algorithm", &self.algorithm)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl Clone for RecipientPublicKey {
    fn clone(&self) -> Self {
        RecipientPublicKey::from_bytes(self.algorithm, &self.bytes).expect("was valid")
    }
}

impl RecipientPublicKey {
    /// Parses and validates a public key: its length, and for ML-KEM-768 and X-Wing the FIPS 203
    /// §7.2 modulus check (every coefficient below q).
    pub fn from_bytes(algorithm: KemAlgorithm, bytes: &[u8]) -> Result<Self, CryptoError> {
        if bytes.len() != algorithm.public_key_len() {
            return Err(CryptoError::InvalidPublicKey(
                algorithm.as_str(),
                "wrong length",
            ));
        }
        let inner = match algorithm {
            KemAlgorithm::X25519 => {
                let arr: [u8; 32] = bytes.try_into().expect("length checked");
                let pk = x25519_dalek::PublicKey::from(arr);
                // A clamped scalar is a multiple of 8: with a small-order point the result is the
                // identity, so this refuses exactly the keys nothing could ever be sealed to.
                if !x25519_dalek::StaticSecret::from([1u8; 32])
                    .diffie_hellman(&pk)
                    .was_contributory()
                {
                    return Err(CryptoError::InvalidPublicKey(
                        "x25519",
                        "low-order point (all-zero shared secret)",
                    ));
                }
                PublicInner::X25519(pk)
            }
            KemAlgorithm::XWing => PublicInner::XWing(Box::new(
                x_wing::EncapsulationKey::try_from(bytes).map_err(|_| {
                    CryptoError::InvalidPublicKey(algorithm.as_str(), "ML-KEM modulus check failed")
                })?,
            )),
            KemAlgorithm::MlKem768 => {
                let key = ml_kem::array::Array::try_from(bytes).map_err(|_| {
                    CryptoError::InvalidPublicKey(algorithm.as_str(), "wrong length")
                })?;
                PublicInner::MlKem768(Box::new(ml_kem_768::EncapsulationKey::new(&key).map_err(
                    |_| {
                        CryptoError::InvalidPublicKey(
                            algorithm.as_str(),
                            "ML-KEM modulus check failed",
                        )
                    },
                )?))
            }
        };
        Ok(RecipientPublicKey {
            algorithm,
            bytes: bytes.to_vec(),
            inner,
        })
    }

    pub fn algorithm(&self) -> KemAlgorithm {
        self.algorithm
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Encapsulates with fresh randomness from the operating system.
    pub fn encapsulate(&self) -> Result<(Vec<u8>, Zeroizing<[u8; 32]>), CryptoError> {
        let mut randomness = Zeroizing::new(vec![0u8; self.algorithm.randomness_len()]);
        rand::rngs::SysRng
            .try_fill_bytes(&mut randomness[..])
            .map_err(|e| CryptoError::Rng(e.to_string()))?;
        self.encapsulate_deterministic(&randomness)
    }

    /// Encapsulates with the given randomness (`randomness_len()` bytes): for test vectors only.
    pub fn encapsulate_deterministic(
        &self,
        randomness: &[u8],
    ) -> Result<(Vec<u8>, Zeroizing<[u8; 32]>), CryptoError> {
        if randomness.len() != self.algorithm.randomness_len() {
            return Err(CryptoError::InvalidKeyLength(randomness.len()));
        }
        match &self.inner {
            PublicInner::X25519(pk) => {
                let mut e = [0u8; 32];
                e.copy_from_slice(randomness);
                let eph = x25519_dalek::StaticSecret::from(e);
                zeroize::Zeroize::zeroize(&mut e);
                let eph_pub = x25519_dalek::PublicKey::from(&eph);
                let dh = eph.diffie_hellman(pk);
                if !dh.was_contributory() {
                    return Err(CryptoError::InvalidPublicKey(
                        "x25519",
                        "low-order point (all-zero shared secret)",
                    ));
                }
                let ss = x25519_shared_secret(dh.as_bytes(), eph_pub.as_bytes(), pk.as_bytes());
                Ok((eph_pub.as_bytes().to_vec(), ss))
            }
            PublicInner::XWing(pk) => {
                let r = ml_kem::array::Array::try_from(randomness)
                    .map_err(|_| CryptoError::InvalidKeyLength(randomness.len()))?;
                let (ct, ss) = pk.encapsulate_deterministic(&r);
                Ok((ct.to_vec(), Zeroizing::new(ss.into())))
            }
            PublicInner::MlKem768(pk) => {
                let m = ml_kem::array::Array::try_from(randomness)
                    .map_err(|_| CryptoError::InvalidKeyLength(randomness.len()))?;
                let (ct, ss) = pk.encapsulate_deterministic(&m);
                Ok((ct.to_vec(), Zeroizing::new(ss.into())))
            }
        }
    }
}

/// X25519 as a KEM: `HKDF(salt = "idctl/sealed/v1", ikm = dh, info = "x25519" || eph || rcpt)`.
fn x25519_shared_secret(dh: &[u8; 32], eph: &[u8; 32], rcpt: &[u8; 32]) -> Zeroizing<[u8; 32]> {
    let mut info = Vec::with_capacity(6 + 64);
    info.extend_from_slice(b"x25519");
    info.extend_from_slice(eph);
    info.extend_from_slice(rcpt);
    let out = hkdf_sha256(SEALED_SALT, dh, &info, 32).expect("32 is a valid HKDF length");
    let mut ss = Zeroizing::new([0u8; 32]);
    ss.copy_from_slice(&out);
    ss
}

enum PrivateInner {
    X25519(x25519_dalek::StaticSecret),
    XWing(Box<XWingExpanded>),
    MlKem768(Box<ml_kem_768::DecapsulationKey>),
}

/// An X-Wing private key expanded once (draft-06 §5.2: SHAKE256 of the 32-byte seed gives the
/// ML-KEM-768 seed and the X25519 scalar). The `x-wing` crate's `DecapsulationKey` re-expands the
/// seed on every decapsulation (an ML-KEM key generation each time); a migration decapsulates every
/// value it writes once more to check it, so the expansion is kept. The result is pinned to the
/// crate's and to the draft's vectors by the tests.
struct XWingExpanded {
    sk_m: ml_kem_768::DecapsulationKey,
    sk_x: x25519_dalek::StaticSecret,
    pk_x: x25519_dalek::PublicKey,
}

/// X-Wing's label (draft-06 §5.3): the ASCII bytes `\.//^\`.
const XWING_LABEL: &[u8; 6] = b"\\.//^\\";

impl XWingExpanded {
    fn new(seed: &[u8; 32]) -> Self {
        use shake::{ExtendableOutput, Update, XofReader};
        let mut shaker = shake::Shake256::default();
        shaker.update(seed);
        let mut reader = shaker.finalize_xof();
        let mut m_seed = ml_kem::Seed::default();
        reader.read(&mut m_seed);
        let mut x = Zeroizing::new([0u8; 32]);
        reader.read(&mut x[..]);
        let sk_m = ml_kem_768::DecapsulationKey::from_seed(m_seed);
        zeroize::Zeroize::zeroize(&mut m_seed[..]);
        let sk_x = x25519_dalek::StaticSecret::from(*x);
        let pk_x = x25519_dalek::PublicKey::from(&sk_x);
        XWingExpanded { sk_m, sk_x, pk_x }
    }

    fn decapsulate(&self, ct: &[u8]) -> Result<Zeroizing<[u8; 32]>, DecapsulateError> {
        use sha3::Digest;
        let (ct_m, ct_x) = ct.split_at(1088);
        let ct_m =
            ml_kem_768::Ciphertext::try_from(ct_m).map_err(|_| DecapsulateError::WrongLength)?;
        let ct_x: [u8; 32] = ct_x.try_into().map_err(|_| DecapsulateError::WrongLength)?;
        let ss_m = self.sk_m.decapsulate(&ct_m);
        let ss_x = self
            .sk_x
            .diffie_hellman(&x25519_dalek::PublicKey::from(ct_x));
        let mut h = sha3::Sha3_256::new();
        h.update(ss_m);
        h.update(ss_x.as_bytes());
        h.update(ct_x);
        h.update(self.pk_x.as_bytes());
        h.update(XWING_LABEL);
        Ok(Zeroizing::new(h.finalize().into()))
    }
}

/// A recipient's private key, expanded once from its key file (zeroized on drop by the crates).
pub struct RecipientPrivateKey {
    key_id: super::keys::KeyId,
    public: RecipientPublicKey,
    inner: PrivateInner,
}

impl fmt::Debug for RecipientPrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecipientPrivateKey")
            .field("key_id", &self.key_id.as_str())
            .field("algorithm", &self.public.algorithm)
            .finish_non_exhaustive()
    }
}

/// Why a layer's KEM ciphertext could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecapsulateError {
    WrongLength,
    /// X25519: the ciphertext is a low-order point.
    NotContributory,
}

impl RecipientPrivateKey {
    /// Expands a recipient key (an x25519, x-wing or ml-kem-768 root key) into its private and
    /// public halves.
    pub fn from_root(root: &RootKey) -> Result<Self, CryptoError> {
        // Not a recipient key: the error names X-Wing, the recommended recipient algorithm.
        let algorithm = KemAlgorithm::of(root.algorithm()).ok_or(CryptoError::WrongAlgorithm {
            key_id: root.id().clone(),
            expected: Algorithm::XWing,
            actual: root.algorithm(),
        })?;
        let material = root.material();
        let (inner, public) = match algorithm {
            KemAlgorithm::X25519 => {
                let sk = x25519_dalek::StaticSecret::from(*material);
                let pk = x25519_dalek::PublicKey::from(&sk);
                (
                    PrivateInner::X25519(sk),
                    RecipientPublicKey::from_bytes(algorithm, pk.as_bytes())?,
                )
            }
            KemAlgorithm::XWing => {
                let sk = x_wing::DecapsulationKey::from(*material);
                let pk = x_wing::Decapsulator::encapsulation_key(&sk).to_bytes();
                (
                    PrivateInner::XWing(Box::new(XWingExpanded::new(material))),
                    RecipientPublicKey::from_bytes(algorithm, &pk)?,
                )
            }
            KemAlgorithm::MlKem768 => {
                let seed = mlkem768_seed(material);
                let sk = ml_kem_768::DecapsulationKey::from_seed(seed);
                let pk = sk.encapsulation_key().to_bytes();
                (
                    PrivateInner::MlKem768(Box::new(sk)),
                    RecipientPublicKey::from_bytes(algorithm, &pk)?,
                )
            }
        };
        Ok(RecipientPrivateKey {
            key_id: root.id().clone(),
            public,
            inner,
        })
    }

    pub fn key_id(&self) -> &super::keys::KeyId {
        &self.key_id
    }

    pub fn public(&self) -> &RecipientPublicKey {
        &self.public
    }

    pub fn algorithm(&self) -> KemAlgorithm {
        self.public.algorithm
    }

    /// Opens a KEM ciphertext. ML-KEM rejects implicitly: a modified ciphertext gives a
    /// pseudo-random secret, which the layer tag then refuses.
    pub fn decapsulate(&self, ct: &[u8]) -> Result<Zeroizing<[u8; 32]>, DecapsulateError> {
        if ct.len() != self.algorithm().ciphertext_len() {
            return Err(DecapsulateError::WrongLength);
        }
        match &self.inner {
            PrivateInner::X25519(sk) => {
                let eph: [u8; 32] = ct.try_into().expect("length checked");
                let eph_pub = x25519_dalek::PublicKey::from(eph);
                let dh = sk.diffie_hellman(&eph_pub);
                if !dh.was_contributory() {
                    return Err(DecapsulateError::NotContributory);
                }
                let rcpt: [u8; 32] = self.public.as_bytes().try_into().expect("32 bytes");
                Ok(x25519_shared_secret(dh.as_bytes(), &eph, &rcpt))
            }
            PrivateInner::XWing(sk) => sk.decapsulate(ct),
            PrivateInner::MlKem768(sk) => {
                let ct = ml_kem_768::Ciphertext::try_from(ct)
                    .map_err(|_| DecapsulateError::WrongLength)?;
                Ok(Zeroizing::new(sk.decapsulate(&ct).into()))
            }
        }
    }
}

/// ML-KEM-768's FIPS 203 seed `d || z` (64 bytes) from a key file's 32 bytes:
/// `HKDF(salt = "idctl/v1", ikm = K, info = "ml-kem-768 seed", L = 64)`.
fn mlkem768_seed(material: &[u8; 32]) -> ml_kem::Seed {
    let out = hkdf_sha256(super::keys::HKDF_SALT, material, INFO_MLKEM768_SEED, 64)
        .expect("64 is a valid HKDF length");
    let mut seed = ml_kem::Seed::default();
    seed.copy_from_slice(&out);
    seed
}
