//! Tests of the post-quantum part of the crypto core: the KEMs against published vectors (the X-Wing
//! draft's, Wycheproof's ML-KEM-768 and X25519 files, vendored under `tests/data/vectors/`), and the
//! sealed envelope (docs/FORMAT.md §12) against `tests/data/sealed_vectors.json`, which
//! `tools/format_reference.py` generates and recomputes independently, and through every failure
//! path.
//!
//! Each test counts the vectors it ran and asserts the count, so that an empty or truncated file
//! cannot pass silently.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use ml_kem::kem::{Decapsulate, KeyExport};
use ml_kem::ml_kem_768;
use serde_json::Value;
use zeroize::Zeroizing;

use super::*;

fn data_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

fn load_json(rel: &str) -> Value {
    let text = fs::read_to_string(data_path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn hx(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().expect("hex string")).expect("valid hex")
}

fn s(v: &Value) -> &str {
    v.as_str().expect("string")
}

fn strs(v: &Value) -> Vec<&str> {
    arr(v).iter().map(s).collect()
}

fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().expect("array")
}

fn arr32(b: &[u8]) -> [u8; 32] {
    b.try_into().expect("32 bytes")
}

/// Per-result counters for a vector file.
#[derive(Default, Debug)]
struct Tally(BTreeMap<String, usize>);

impl Tally {
    fn add(&mut self, what: &str) {
        *self.0.entry(what.to_owned()).or_default() += 1;
    }
    fn get(&self, what: &str) -> usize {
        self.0.get(what).copied().unwrap_or(0)
    }
    fn total(&self) -> usize {
        self.0.values().sum()
    }
}

fn number_of_tests(doc: &Value) -> usize {
    doc["numberOfTests"].as_u64().expect("numberOfTests") as usize
}

/// Every test case of a Wycheproof file, with its group.
fn wycheproof_cases(doc: &Value) -> Vec<(&Value, &Value)> {
    arr(&doc["testGroups"])
        .iter()
        .flat_map(|g| arr(&g["tests"]).iter().map(move |t| (g, t)))
        .collect()
}

fn recipient(id: &str, alg: Algorithm, material: &[u8]) -> RecipientPrivateKey {
    let root = RootKey::from_bytes(id.parse().unwrap(), alg, &arr32(material));
    RecipientPrivateKey::from_root(&root).unwrap_or_else(|e| panic!("{id}: {e}"))
}

/// HKDF-SHA256 written out with this file's own constants (not the crate's), 32 bytes.
fn hkdf32(salt: &[u8], ikm: &[u8], info: &[u8]) -> Vec<u8> {
    hkdf_sha256(salt, ikm, info, 32).unwrap().to_vec()
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

// ---------------------------------------------------------------------------
// Published vectors
// ---------------------------------------------------------------------------

/// draft-connolly-cfrg-xwing-kem-06's vectors: the 32-byte seed is the private key (our key file's
/// material), `eseed` the 64 bytes of encapsulation randomness.
#[test]
fn xwing_draft_vectors() {
    let doc = load_json("vectors/xwing/test-vectors.json");
    let mut n = 0;
    for (i, v) in arr(&doc).iter().enumerate() {
        let seed = hx(&v["seed"]);
        assert_eq!(hx(&v["sk"]), seed, "vector {i}: sk is the seed");
        let key = recipient("xw:v1", Algorithm::XWing, &seed);
        assert_eq!(key.algorithm(), KemAlgorithm::XWing);
        assert_eq!(key.public().as_bytes(), &hx(&v["pk"])[..], "vector {i}: pk");
        let pk = RecipientPublicKey::from_bytes(KemAlgorithm::XWing, &hx(&v["pk"])).unwrap();
        let (ct, ss) = pk.encapsulate_deterministic(&hx(&v["eseed"])).unwrap();
        assert_eq!(ct, hx(&v["ct"]), "vector {i}: ct");
        assert_eq!(&ss[..], &hx(&v["ss"])[..], "vector {i}: ss");
        let ss2 = key.decapsulate(&hx(&v["ct"])).unwrap();
        assert_eq!(&ss2[..], &hx(&v["ss"])[..], "vector {i}: decapsulated ss");
        // The wrong amount of randomness is refused, not padded or cut.
        assert!(
            pk.encapsulate_deterministic(&hx(&v["eseed"])[..32])
                .is_err()
        );
        n += 1;
    }
    assert_eq!(n, 3);
}

/// FIPS 203 key generation from the 64-byte seed `d || z`: ek and the expanded dk. Our wrapper
/// derives that seed from a key file's 32 bytes with HKDF (docs/FORMAT.md §12), so it is checked
/// against ml-kem fed with the HKDF output computed here.
#[test]
fn wycheproof_mlkem_768_keygen_seed() {
    let doc = load_json("vectors/wycheproof/mlkem_768_keygen_seed_test.json");
    let mut tally = Tally::default();
    for (group, t) in wycheproof_cases(&doc) {
        assert_eq!(s(&group["parameterSet"]), "ML-KEM-768");
        let id = &t["tcId"];
        assert_eq!(s(&t["result"]), "valid", "tcId {id}");
        let seed = ml_kem::Seed::try_from(&hx(&t["seed"])[..]).expect("64-byte seed");
        let dk = ml_kem_768::DecapsulationKey::from_seed(seed);
        assert_eq!(
            &dk.encapsulation_key().to_bytes()[..],
            &hx(&t["ek"])[..],
            "tcId {id}: ek"
        );
        #[allow(deprecated)]
        let expanded = ml_kem::ExpandedKeyEncoding::to_expanded_bytes(&dk);
        assert_eq!(&expanded[..], &hx(&t["dk"])[..], "tcId {id}: dk");

        // Our wrapper, with the vector's first 32 seed bytes as key-file material.
        let material = &hx(&t["seed"])[..32];
        let ours = recipient("pq:v1", Algorithm::MlKem768, material);
        let derived = hkdf_sha256(b"idctl/v1", material, b"ml-kem-768 seed", 64).unwrap();
        let theirs =
            ml_kem_768::DecapsulationKey::from_seed(ml_kem::Seed::try_from(&derived[..]).unwrap());
        assert_eq!(
            ours.public().as_bytes(),
            &theirs.encapsulation_key().to_bytes()[..],
            "tcId {id}: wrapper public key"
        );
        assert_ne!(ours.public().as_bytes(), &hx(&t["ek"])[..]);
        tally.add("valid");
    }
    println!("wycheproof mlkem_768_keygen_seed_test.json: {tally:?}");
    assert_eq!(tally.total(), number_of_tests(&doc));
    assert_eq!(tally.get("valid"), 100);
}

/// Encapsulation with a given `m`, through our public key type: valid keys give `c` and `K`; keys
/// failing the modulus check of FIPS 203 §7.2, or of the wrong length, are refused by `from_bytes`.
#[test]
fn wycheproof_mlkem_768_encaps() {
    let doc = load_json("vectors/wycheproof/mlkem_768_encaps_test.json");
    let mut tally = Tally::default();
    for (group, t) in wycheproof_cases(&doc) {
        assert_eq!(s(&group["parameterSet"]), "ML-KEM-768");
        let id = &t["tcId"];
        let ek = hx(&t["ek"]);
        let pk = RecipientPublicKey::from_bytes(KemAlgorithm::MlKem768, &ek);
        match s(&t["result"]) {
            "valid" => {
                let pk = pk.unwrap_or_else(|e| panic!("tcId {id}: {e}"));
                let (c, k) = pk.encapsulate_deterministic(&hx(&t["m"])).unwrap();
                assert_eq!(c, hx(&t["c"]), "tcId {id}: c");
                assert_eq!(&k[..], &hx(&t["K"])[..], "tcId {id}: K");
                tally.add("valid");
            }
            "invalid" => {
                let err = pk.expect_err(&format!("tcId {id}: invalid key accepted"));
                let why = if ek.len() == 1184 {
                    "modulus"
                } else {
                    "length"
                };
                assert!(
                    matches!(err, CryptoError::InvalidPublicKey("ml-kem-768", _)),
                    "tcId {id}: {err:?}"
                );
                assert!(err.to_string().contains(why), "tcId {id}: {err}");
                tally.add(&format!("invalid ({why})"));
            }
            other => panic!("tcId {id}: unexpected result {other}"),
        }
    }
    println!("wycheproof mlkem_768_encaps_test.json: {tally:?}");
    assert_eq!(tally.total(), number_of_tests(&doc));
    assert_eq!(tally.get("valid"), 133);
    assert_eq!(tally.get("invalid (modulus)"), 112);
    assert_eq!(tally.get("invalid (length)"), 20);
}

/// Decapsulation with an expanded (2400-byte) decapsulation key. Our keys are never expanded keys
/// (they come from a seed), so this runs ml-kem's deprecated `from_expanded` directly, as the crate's
/// own Wycheproof test does, and also checks `K` for the valid vectors (the crate's does not).
#[test]
fn wycheproof_mlkem_768_semi_expanded_decaps() {
    let doc = load_json("vectors/wycheproof/mlkem_768_semi_expanded_decaps_test.json");
    let mut tally = Tally::default();
    for (_, t) in wycheproof_cases(&doc) {
        let id = &t["tcId"];
        let result = s(&t["result"]);
        let dk_bytes = hx(&t["dk"]);
        let c_bytes = hx(&t["c"]);
        #[allow(deprecated)]
        let Ok(expanded) = ml_kem_768::ExpandedDecapsulationKey::try_from(&dk_bytes[..]) else {
            assert_eq!(result, "invalid", "tcId {id}");
            tally.add("invalid (dk length)");
            continue;
        };
        #[allow(deprecated)]
        let Ok(dk) = ml_kem_768::DecapsulationKey::from_expanded(&expanded) else {
            assert_eq!(result, "invalid", "tcId {id}");
            tally.add("invalid (dk refused)");
            continue;
        };
        let Ok(c) = ml_kem_768::Ciphertext::try_from(&c_bytes[..]) else {
            assert_eq!(result, "invalid", "tcId {id}");
            tally.add("invalid (c length)");
            continue;
        };
        assert_eq!(result, "valid", "tcId {id}: an invalid vector was accepted");
        assert_eq!(
            &dk.encapsulation_key().to_bytes()[..],
            &hx(&t["ek"])[..],
            "tcId {id}"
        );
        assert_eq!(&dk.decapsulate(&c)[..], &hx(&t["K"])[..], "tcId {id}: K");
        tally.add("valid");
    }
    println!("wycheproof mlkem_768_semi_expanded_decaps_test.json: {tally:?}");
    assert_eq!(tally.total(), number_of_tests(&doc));
    assert_eq!(tally.get("valid"), 3);
    assert_eq!(tally.get("invalid (c length)"), 2);
    assert_eq!(tally.get("invalid (dk length)"), 2);
    assert_eq!(tally.get("invalid (dk refused)"), 2);
}

/// Key generation from the seed and decapsulation (including implicit rejection of modified
/// ciphertexts, which must give Wycheproof's pseudo-random `K`). Invalid vectors have a seed or a
/// ciphertext of the wrong length: ml-kem's types refuse them, and so does our `decapsulate`.
#[test]
fn wycheproof_mlkem_768() {
    let doc = load_json("vectors/wycheproof/mlkem_768_test.json");
    let ours = recipient("pq:v1", Algorithm::MlKem768, &[0x5a; 32]);
    let mut tally = Tally::default();
    for (group, t) in wycheproof_cases(&doc) {
        assert_eq!(s(&group["parameterSet"]), "ML-KEM-768");
        let id = &t["tcId"];
        let result = s(&t["result"]);
        let Ok(seed) = ml_kem::Seed::try_from(&hx(&t["seed"])[..]) else {
            assert_eq!(result, "invalid", "tcId {id}");
            tally.add("invalid (seed length)");
            continue;
        };
        let dk = ml_kem_768::DecapsulationKey::from_seed(seed);
        assert_eq!(
            &dk.encapsulation_key().to_bytes()[..],
            &hx(&t["ek"])[..],
            "tcId {id}: ek"
        );
        let c_bytes = hx(&t["c"]);
        let Ok(c) = ml_kem_768::Ciphertext::try_from(&c_bytes[..]) else {
            assert_eq!(result, "invalid", "tcId {id}");
            assert_eq!(
                ours.decapsulate(&c_bytes).unwrap_err(),
                DecapsulateError::WrongLength,
                "tcId {id}"
            );
            tally.add("invalid (c length)");
            continue;
        };
        assert_eq!(result, "valid", "tcId {id}: an invalid vector was accepted");
        assert_eq!(&dk.decapsulate(&c)[..], &hx(&t["K"])[..], "tcId {id}: K");
        tally.add("valid");
    }
    println!("wycheproof mlkem_768_test.json: {tally:?}");
    assert_eq!(tally.total(), number_of_tests(&doc));
    assert_eq!(tally.get("valid"), 153);
    assert_eq!(tally.get("invalid (seed length)"), 20);
    assert_eq!(tally.get("invalid (c length)"), 20);
}

/// X25519 (RFC 7748) through x25519-dalek, and our X25519-as-KEM on the same inputs: the raw DH
/// gives `shared`; an all-zero shared secret (a low-order point) is refused both when sealing to
/// such a public key and when opening such a KEM ciphertext; otherwise both directions give
/// `HKDF("idctl/sealed/v1", shared, "x25519" || eph || rcpt)`.
#[test]
fn wycheproof_x25519() {
    let doc = load_json("vectors/wycheproof/x25519_test.json");
    let mut tally = Tally::default();
    for (group, t) in wycheproof_cases(&doc) {
        assert_eq!(s(&group["curve"]), "curve25519");
        let id = &t["tcId"];
        let private = arr32(&hx(&t["private"]));
        let public = arr32(&hx(&t["public"]));
        let shared = hx(&t["shared"]);
        let result = s(&t["result"]);
        let flagged_zero = strs(&t["flags"]).contains(&"ZeroSharedSecret");

        let sk = x25519_dalek::StaticSecret::from(private);
        let dh = sk.diffie_hellman(&x25519_dalek::PublicKey::from(public));
        match result {
            "valid" | "acceptable" => assert_eq!(&dh.as_bytes()[..], &shared[..], "tcId {id}"),
            other => panic!("tcId {id}: unexpected result {other}"),
        }
        let zero = shared.iter().all(|&b| b == 0);
        assert_eq!(zero, flagged_zero, "tcId {id}");

        // A low-order public key is refused when it is parsed (nothing could be sealed to it).
        let encapsulated = RecipientPublicKey::from_bytes(KemAlgorithm::X25519, &public)
            .and_then(|pk| pk.encapsulate_deterministic(&private));
        let key = recipient("legacy:v1", Algorithm::X25519, &private);
        let decapsulated = key.decapsulate(&public);
        if zero {
            let err = encapsulated.expect_err(&format!("tcId {id}: low-order key accepted"));
            assert!(
                matches!(err, CryptoError::InvalidPublicKey("x25519", _)),
                "tcId {id}: {err:?}"
            );
            assert_eq!(
                decapsulated.expect_err(&format!("tcId {id}: low-order ciphertext accepted")),
                DecapsulateError::NotContributory,
                "tcId {id}"
            );
            tally.add(&format!("{result}, zero shared secret (refused)"));
        } else {
            let (ct, ss) = encapsulated.unwrap_or_else(|e| panic!("tcId {id}: {e}"));
            let eph = x25519_dalek::PublicKey::from(&sk).to_bytes();
            assert_eq!(
                ct, eph,
                "tcId {id}: the KEM ciphertext is the ephemeral public key"
            );
            let info = cat(&[b"x25519", &eph, &public]);
            assert_eq!(
                &ss[..],
                &hkdf32(b"idctl/sealed/v1", &shared, &info)[..],
                "tcId {id}"
            );
            let ss = decapsulated.unwrap_or_else(|e| panic!("tcId {id}: {e:?}"));
            let info = cat(&[b"x25519", &public, key.public().as_bytes()]);
            assert_eq!(
                &ss[..],
                &hkdf32(b"idctl/sealed/v1", &shared, &info)[..],
                "tcId {id}"
            );
            tally.add(result);
        }
    }
    println!("wycheproof x25519_test.json: {tally:?}");
    assert_eq!(tally.total(), number_of_tests(&doc));
    assert_eq!(tally.total(), 518);
    assert_eq!(tally.get("acceptable, zero shared secret (refused)"), 31);
    assert_eq!(tally.get("valid"), 264);
    assert_eq!(tally.get("acceptable"), 223);
}

/// An X-Wing public key is an ML-KEM-768 key followed by an X25519 key: one whose ML-KEM part fails
/// the modulus check (Wycheproof's invalid 1184-byte keys) is refused as a whole.
#[test]
fn xwing_public_key_failing_the_modulus_check_is_refused() {
    let doc = load_json("vectors/wycheproof/mlkem_768_encaps_test.json");
    let x_part = recipient("legacy:v1", Algorithm::X25519, &[9; 32])
        .public()
        .as_bytes()
        .to_vec();
    let (mut refused, mut accepted) = (0, 0);
    for (_, t) in wycheproof_cases(&doc) {
        let ek = hx(&t["ek"]);
        if ek.len() != 1184 {
            continue;
        }
        let xw = cat(&[&ek, &x_part]);
        let r = RecipientPublicKey::from_bytes(KemAlgorithm::XWing, &xw);
        if s(&t["result"]) == "invalid" {
            let err = r.expect_err(&format!("tcId {}: accepted", t["tcId"]));
            assert!(matches!(err, CryptoError::InvalidPublicKey("x-wing", _)));
            refused += 1;
        } else {
            r.unwrap();
            accepted += 1;
        }
    }
    assert_eq!(refused, 112);
    assert_eq!(accepted, 133);
    // Wrong lengths, for every algorithm.
    for alg in KemAlgorithm::ALL {
        for len in [0, alg.public_key_len() - 1, alg.public_key_len() + 1] {
            assert!(RecipientPublicKey::from_bytes(alg, &vec![1; len]).is_err());
        }
    }
}

// ---------------------------------------------------------------------------
// Sealed values: tests/data/sealed_vectors.json
// ---------------------------------------------------------------------------

struct SealedVectors {
    doc: Value,
}

impl SealedVectors {
    fn load() -> Self {
        SealedVectors {
            doc: load_json("sealed_vectors.json"),
        }
    }

    fn key_entry(&self, id: &str) -> &Value {
        arr(&self.doc["recipient_keys"])
            .iter()
            .find(|k| s(&k["id"]) == id)
            .unwrap_or_else(|| panic!("no key {id}"))
    }

    fn private(&self, id: &str) -> RecipientPrivateKey {
        let k = self.key_entry(id);
        recipient(id, s(&k["algorithm"]).parse().unwrap(), &hx(&k["material"]))
    }

    fn policy_entry(&self, name: &str) -> &Value {
        arr(&self.doc["policies"])
            .iter()
            .find(|p| s(&p["name"]) == name)
            .unwrap_or_else(|| panic!("no policy {name}"))
    }

    fn policy(&self, name: &str) -> SealingPolicy {
        let p = self.policy_entry(name);
        let aad = canonical_aad(Some(&p["aad_template"])).unwrap();
        assert_eq!(aad, hx(&p["aad"]), "policy {name}: canonical AAD");
        let recipients = strs(&p["layers"])
            .into_iter()
            .map(|id| {
                let k = self.key_entry(id);
                let alg = KemAlgorithm::of(s(&k["algorithm"]).parse().unwrap()).unwrap();
                let pk = RecipientPublicKey::from_bytes(alg, &hx(&k["public_key"])).unwrap();
                (id.parse().unwrap(), pk)
            })
            .collect();
        SealingPolicy::new(name, aad, recipients).unwrap()
    }

    /// An opener holding `held`, with `unusable` marked, reading `policies`.
    fn opener(&self, held: &[&str], unusable: &[(&str, &str)], policies: &[&str]) -> Opener {
        let mut o = Opener::new();
        for id in held {
            o.add_recipient(self.private(id));
        }
        for (id, status) in unusable {
            o.mark_unusable(id, status);
        }
        for p in policies {
            o.add_policy(p, hx(&self.policy_entry(p)["aad"]));
        }
        o
    }

    fn all_keys(&self) -> Vec<&str> {
        arr(&self.doc["recipient_keys"])
            .iter()
            .map(|k| s(&k["id"]))
            .collect()
    }

    fn all_policies(&self) -> Vec<&str> {
        arr(&self.doc["policies"])
            .iter()
            .map(|p| s(&p["name"]))
            .collect()
    }

    fn full_opener(&self) -> Opener {
        self.opener(&self.all_keys(), &[], &self.all_policies())
    }

    fn value(&self, name: &str) -> &Value {
        arr(&self.doc["sealed"])
            .iter()
            .find(|v| s(&v["name"]) == name)
            .unwrap_or_else(|| panic!("no sealed value {name}"))
    }
}

fn ctx_of(v: &Value) -> (String, String, Vec<String>) {
    (
        s(&v["table"]).to_string(),
        s(&v["column"]).to_string(),
        strs(&v["primary_key"])
            .into_iter()
            .map(str::to_string)
            .collect(),
    )
}

/// Opens `bytes` for the context `(table, column, pk)`.
fn open_in(
    o: &Opener,
    bytes: &[u8],
    (t, c, pk): &(String, String, Vec<String>),
) -> Result<Zeroizing<Vec<u8>>, DecryptError> {
    let pk: Vec<&str> = pk.iter().map(String::as_str).collect();
    o.open(bytes, &Context::new(t, c, &pk))
}

fn seal_in(
    policy: &SealingPolicy,
    plaintext: &[u8],
    r: &SealRandomness,
    (t, c, pk): &(String, String, Vec<String>),
) -> Vec<u8> {
    let pk: Vec<&str> = pk.iter().map(String::as_str).collect();
    policy
        .seal_with(&Context::new(t, c, &pk), plaintext, r)
        .unwrap()
}

fn randomness_of(v: &Value) -> SealRandomness {
    SealRandomness {
        data_key: Zeroizing::new(arr32(&hx(&v["data_key"]))),
        nonce: hx(&v["nonce"]).try_into().unwrap(),
        kem: arr(&v["kem_randomness"])
            .iter()
            .map(|r| Zeroizing::new(hx(r)))
            .collect(),
    }
}

#[test]
fn sealed_vectors_recompute_and_open() {
    let vs = SealedVectors::load();
    let mut keys = 0;
    for k in arr(&vs.doc["recipient_keys"]) {
        let key = vs.private(s(&k["id"]));
        assert_eq!(
            key.public().as_bytes(),
            &hx(&k["public_key"])[..],
            "{}",
            k["id"]
        );
        assert_eq!(key.algorithm().as_str(), s(&k["algorithm"]));
        if key.algorithm() == KemAlgorithm::MlKem768 {
            let seed = hkdf_sha256(b"idctl/v1", &hx(&k["material"]), b"ml-kem-768 seed", 64);
            assert_eq!(&seed.unwrap()[..], &hx(&k["ml_kem_seed"])[..]);
        }
        keys += 1;
    }
    assert_eq!(keys, 4);

    let opener = vs.full_opener();
    let mut kems = BTreeSet::new();
    let (mut values, mut layers) = (0, 0);
    for v in arr(&vs.doc["sealed"]) {
        let name = s(&v["name"]);
        let policy = vs.policy(s(&v["policy"]));
        let ctx = ctx_of(v);
        let expected = hx(&v["sealed"]);
        let r = randomness_of(v);

        // Each layer's KEM on its own: ciphertext and shared secret.
        let recipients: Vec<_> = policy.recipients().collect();
        assert_eq!(recipients.len(), arr(&v["layers"]).len(), "{name}");
        for (i, l) in arr(&v["layers"]).iter().enumerate() {
            let k = vs.key_entry(recipients[i].0.as_str());
            let pk =
                RecipientPublicKey::from_bytes(recipients[i].1, &hx(&k["public_key"])).unwrap();
            let (ct, ss) = pk.encapsulate_deterministic(&r.kem[i]).unwrap();
            assert_eq!(ct, hx(&l["kem_ciphertext"]), "{name} layer {i}");
            assert_eq!(&ss[..], &hx(&l["shared_secret"])[..], "{name} layer {i}");
            kems.insert(recipients[i].1);
            layers += 1;
        }

        let sealed = seal_in(&policy, &hx(&v["plaintext"]), &r, &ctx);
        assert_eq!(
            hex::encode(&sealed),
            s(&v["sealed"]),
            "{name}: sealed bytes"
        );
        assert!(is_sealed(&expected));
        let h = parse_sealed(&expected).unwrap();
        assert_eq!(h.policy, s(&v["policy"]));
        assert!(policy.is_satisfied_by(&h));
        assert_eq!(&h.nonce()[..], &hx(&v["nonce"])[..]);
        assert_eq!(
            h.is_quantum_vulnerable(),
            h.layers.iter().all(|l| l.kem == KemAlgorithm::X25519)
        );
        let pt = open_in(&opener, &expected, &ctx).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(&pt[..], &hx(&v["plaintext"])[..], "{name}: plaintext");
        values += 1;
    }
    assert_eq!(values, arr(&vs.doc["sealed"]).len());
    assert_eq!(values, 5);
    assert_eq!(layers, 6);
    assert_eq!(kems.len(), 3, "every KEM is covered");
    let hybrid = parse_sealed(&hx(&vs.value("hybrid_x25519_mlkem")["sealed"]))
        .unwrap()
        .layer_summary();
    assert_eq!(hybrid, "x25519:legacy:v1+ml-kem-768:pq:v1");
}

#[test]
fn sealed_invalid_vectors_fail_with_their_class() {
    let vs = SealedVectors::load();
    let mut tally = Tally::default();
    for v in arr(&vs.doc["invalid_sealed"]) {
        let name = s(&v["name"]);
        let unusable: Vec<(&str, &str)> = arr(&v["unusable_keys"])
            .iter()
            .map(|u| (s(&u["id"]), s(&u["status"])))
            .collect();
        let o = vs.opener(&strs(&v["held_keys"]), &unusable, &strs(&v["policies"]));
        let got = match open_in(&o, &hx(&v["sealed"]), &ctx_of(v)) {
            Ok(_) => "ok",
            Err(e) => e.error_class(),
        };
        assert_eq!(got, s(&v["error_class"]), "{name}");
        tally.add(got);
    }
    println!("sealed_vectors.json invalid_sealed: {tally:?}");
    assert_eq!(tally.total(), arr(&vs.doc["invalid_sealed"]).len());
    assert_eq!(tally.total(), 42);
    // Every class a sealed value can fail with is exercised.
    for class in [
        "not_an_envelope",
        "truncated",
        "malformed",
        "unsupported_format_version",
        "unknown_algorithm",
        "key_not_usable",
        "tampered",
        "invalid_context",
        "unknown_recipient",
        "unknown_policy",
        "layer_tampered",
        "layer_swapped",
        "layer_missing",
    ] {
        assert!(tally.get(class) > 0, "no vector for {class}: {tally:?}");
    }
}

/// The failure cases built here rather than read from the file (so that they do not depend on the
/// generator): distinct classes for distinct faults.
#[test]
fn sealed_failures_have_distinct_classes() {
    let vs = SealedVectors::load();
    let all = vs.full_opener();
    let x = vs.value("x25519_single");
    let x_bytes = hx(&x["sealed"]);
    let ctx = ctx_of(x);
    let class = |o: &Opener, b: &[u8], c: &(String, String, Vec<String>)| match open_in(o, b, c) {
        Ok(_) => "ok",
        Err(e) => e.error_class(),
    };
    assert_eq!(class(&all, &x_bytes, &ctx), "ok");

    // Offsets of the single x25519 layer: 17 + Lp is n, then kem, Lr, id, position, count, ct.
    let lp = x_bytes[16] as usize;
    let layer = 18 + lp;
    let lr = x_bytes[layer + 1] as usize;
    let ct_at = layer + 2 + lr + 2;

    // Tampered KEM ciphertext.
    let mut b = x_bytes.clone();
    b[ct_at + 5] ^= 0x10;
    assert_eq!(class(&all, &b, &ctx), "layer_tampered");

    // Recipient rewritten to another held key (same length id), or to one not held.
    let id = std::str::from_utf8(&x_bytes[layer + 2..layer + 2 + lr]).unwrap();
    assert_eq!(id, "legacy:v1");
    let mut b = x_bytes.clone();
    b[layer + 2 + lr - 1] = b'2';
    assert_eq!(class(&all, &b, &ctx), "layer_tampered");
    b[layer + 2 + lr - 1] = b'7';
    assert_eq!(class(&all, &b, &ctx), "unknown_recipient");

    // Retired recipient.
    let retired = vs.opener(&["pq:v1"], &[("legacy:v1", "retired")], &["legacy"]);
    let err = open_in(&retired, &x_bytes, &ctx).unwrap_err();
    assert_eq!(err.error_class(), "key_not_usable");
    assert!(err.to_string().contains("retired"), "{err}");

    // Unknown policy.
    let no_policy = vs.opener(&["legacy:v1"], &[], &["hybrid"]);
    assert_eq!(class(&no_policy, &x_bytes, &ctx), "unknown_policy");
    // A policy known under another AAD: the wrapped key does not open.
    let mut wrong_aad = vs.opener(&["legacy:v1"], &[], &[]);
    wrong_aad.add_policy("legacy", b"{\"tenant\":\"other\"}".to_vec());
    assert_eq!(class(&wrong_aad, &x_bytes, &ctx), "tampered");

    // A layer of another value sealed to the same recipient.
    let other = hx(&vs.value("x25519_single_other")["sealed"]);
    let layer_len = 2 + lr + 2 + 32 + 32;
    let mut b = x_bytes.clone();
    b[layer..layer + layer_len].copy_from_slice(&other[layer..layer + layer_len]);
    assert_eq!(class(&all, &b, &ctx), "layer_swapped");

    // Hybrid value: reorder the layers, or drop one (and decrement n).
    let hy = vs.value("hybrid_x25519_mlkem");
    let hy_bytes = hx(&hy["sealed"]);
    let hctx = ctx_of(hy);
    let h = parse_sealed(&hy_bytes).unwrap();
    assert_eq!(h.layers.len(), 2);
    let n_at = 17 + hy_bytes[16] as usize;
    let l0 = n_at + 1;
    let l1 = l0 + 2 + h.layers[0].recipient.len() + 2 + 32 + 32;
    let end = l1 + 2 + h.layers[1].recipient.len() + 2 + 1088 + 32;
    let (head, first, second, tail) = (
        &hy_bytes[..l0],
        &hy_bytes[l0..l1],
        &hy_bytes[l1..end],
        &hy_bytes[end..],
    );
    assert_eq!(
        class(&all, &cat(&[head, second, first, tail]), &hctx),
        "layer_swapped"
    );
    for kept in [first, second] {
        let mut b = cat(&[head, kept, tail]);
        b[n_at] = 1;
        assert_eq!(class(&all, &b, &hctx), "layer_missing");
    }
    // Holding only one of the two keys is not enough.
    let half = vs.opener(&["legacy:v1"], &[], &["hybrid"]);
    assert_eq!(class(&half, &hy_bytes, &hctx), "unknown_recipient");
    let half = vs.opener(&["pq:v1"], &[], &["hybrid"]);
    assert_eq!(class(&half, &hy_bytes, &hctx), "unknown_recipient");

    // Another context (primary key, column, table): refused, never opened.
    for other in [
        (ctx.0.clone(), ctx.1.clone(), vec!["43".to_string()]),
        (ctx.0.clone(), "encrypted_note".to_string(), ctx.2.clone()),
        ("orders_archive".to_string(), ctx.1.clone(), ctx.2.clone()),
    ] {
        let err = open_in(&all, &x_bytes, &other).unwrap_err();
        assert_eq!(err.error_class(), "layer_swapped", "{other:?}");
    }

    // A flipped data byte, a flipped wrapped-key byte.
    let wrap_at = x_bytes.len() - (hx(&x["plaintext"]).len() + 16) - 48;
    for i in [x_bytes.len() - 1, wrap_at + 48, wrap_at, wrap_at + 47] {
        let mut b = x_bytes.clone();
        b[i] ^= 0x01;
        assert_eq!(class(&all, &b, &ctx), "tampered", "byte {i}");
    }
}

#[test]
fn sealed_every_truncation_is_an_error() {
    let vs = SealedVectors::load();
    let o = vs.full_opener();
    let mut n = 0;
    for v in arr(&vs.doc["sealed"]) {
        let b = hx(&v["sealed"]);
        let ctx = ctx_of(v);
        let data_len = hx(&v["plaintext"]).len() + 16;
        for len in 0..b.len() {
            let err = open_in(&o, &b[..len], &ctx).expect_err("a truncated value opened");
            // Without the whole header, wrapped key and tag: truncated; cutting into the data
            // ciphertext can only be seen by its authentication.
            let expected = if len < b.len() - data_len + 16 {
                "truncated"
            } else {
                "tampered"
            };
            assert_eq!(err.error_class(), expected, "{} cut at {len}", v["name"]);
            n += 1;
        }
    }
    let total: usize = arr(&vs.doc["sealed"])
        .iter()
        .map(|v| hx(&v["sealed"]).len())
        .sum();
    assert_eq!(n, total);
    assert_eq!(n, 4170);
}

/// Every single-bit flip of a sealed value is an error, never a wrong plaintext: all bits of the
/// x25519 value and of the hybrid value, one bit per byte (rotating) of the others.
#[test]
fn sealed_every_bit_flip_is_detected() {
    let vs = SealedVectors::load();
    let o = vs.full_opener();
    let mut tally = Tally::default();
    let mut flips = 0;
    for v in arr(&vs.doc["sealed"]) {
        let name = s(&v["name"]);
        let b = hx(&v["sealed"]);
        let ctx = ctx_of(v);
        let every_bit = matches!(name, "x25519_single" | "hybrid_x25519_mlkem");
        flips += if every_bit { 8 * b.len() } else { b.len() };
        for i in 0..b.len() {
            let bits: Vec<u8> = if every_bit {
                (0..8).collect()
            } else {
                vec![(i % 8) as u8]
            };
            for bit in bits {
                let mut f = b.clone();
                f[i] ^= 1 << bit;
                match open_in(&o, &f, &ctx) {
                    Ok(pt) => panic!("{name}: flip of byte {i} bit {bit} opened to {pt:?}"),
                    Err(e) => tally.add(e.error_class()),
                }
            }
        }
    }
    println!("sealed bit flips: {tally:?}");
    assert_eq!(tally.total(), flips);
    assert_eq!(flips, 14593);
    for class in ["layer_tampered", "layer_swapped", "tampered", "malformed"] {
        assert!(tally.get(class) > 0, "{class}: {tally:?}");
    }
}

/// `reseal` keeps the data ciphertext (and nonce) byte for byte and changes only the layers; the
/// resealed value opens with the target's key alone and not with the old one.
#[test]
fn reseal_changes_only_the_layers() {
    let vs = SealedVectors::load();
    let x = vs.value("x25519_single");
    let x_bytes = hx(&x["sealed"]);
    let (t, c, pk) = ctx_of(x);
    let pk: Vec<&str> = pk.iter().map(String::as_str).collect();
    let ctx = Context::new(&t, &c, &pk);
    let target = vs.policy("orders");

    // The migrating reader holds both keys and knows both policies.
    let both = vs.opener(&["legacy:v1", "orders_rcpt:v1"], &[], &["legacy", "orders"]);
    let resealed = both.reseal(&x_bytes, &ctx, &target).unwrap();
    let (old, new) = (
        parse_sealed(&x_bytes).unwrap(),
        parse_sealed(&resealed).unwrap(),
    );
    assert_eq!(old.data(), new.data(), "the data ciphertext is kept");
    assert_eq!(old.nonce(), new.nonce());
    assert_eq!(new.policy, "orders");
    assert_eq!(new.layer_summary(), "x-wing:orders_rcpt:v1");
    assert!(target.is_satisfied_by(&new));
    assert!(!target.is_satisfied_by(&old));
    assert!(old.is_quantum_vulnerable() && !new.is_quantum_vulnerable());
    assert_eq!(&resealed[..4], &x_bytes[..4]);

    let only_xwing = vs.opener(&["orders_rcpt:v1"], &[], &["orders"]);
    assert_eq!(
        &only_xwing.open(&resealed, &ctx).unwrap()[..],
        &hx(&x["plaintext"])[..]
    );
    let only_x25519 = vs.opener(&["legacy:v1"], &[], &["legacy", "orders"]);
    assert_eq!(
        only_x25519.open(&resealed, &ctx).unwrap_err(),
        DecryptError::UnknownRecipient("orders_rcpt:v1".into())
    );
    // And the old value no longer needed: the new one does not open in another context either.
    let other = Context::new(&t, &c, &["43"]);
    assert!(only_xwing.open(&resealed, &other).is_err());

    // Resealing twice gives different layers (fresh KEM randomness), the same data.
    let again = both.reseal(&x_bytes, &ctx, &target).unwrap();
    assert_ne!(again, resealed);
    assert_eq!(parse_sealed(&again).unwrap().data(), old.data());

    // To the hybrid policy and back to a single layer.
    let hybrid = vs.policy("hybrid");
    let all = vs.full_opener();
    let h = all.reseal(&x_bytes, &ctx, &hybrid).unwrap();
    assert_eq!(parse_sealed(&h).unwrap().data(), old.data());
    let back = all.reseal(&h, &ctx, &vs.policy("pq-only")).unwrap();
    assert_eq!(parse_sealed(&back).unwrap().data(), old.data());
    assert_eq!(
        &all.open(&back, &ctx).unwrap()[..],
        &hx(&x["plaintext"])[..]
    );

    // Failures: a value that does not open, a target whose key the reader does not hold.
    let mut tampered = x_bytes.clone();
    let last = tampered.len() - 1;
    tampered[last] ^= 1;
    assert_eq!(
        both.reseal(&tampered, &ctx, &target).unwrap_err(),
        ResealError::Open(DecryptError::Tampered)
    );
    let legacy_only = vs.opener(&["legacy:v1"], &[], &["legacy", "orders"]);
    assert_eq!(
        legacy_only.reseal(&x_bytes, &ctx, &target).unwrap_err(),
        ResealError::CheckFailed
    );
}

/// An X25519 public key of low order is refused as soon as it is parsed (the shared secret would
/// be zero), so that no policy can name a recipient nothing could be sealed to.
#[test]
fn a_low_order_x25519_key_is_refused() {
    let low_order = [0u8; 32];
    let err = RecipientPublicKey::from_bytes(KemAlgorithm::X25519, &low_order).unwrap_err();
    assert!(
        matches!(err, CryptoError::InvalidPublicKey("x25519", _)),
        "{err:?}"
    );
}

#[test]
fn canonical_aad_is_sorted_and_strict() {
    let j = |s: &str| serde_json::from_str::<Value>(s).unwrap();
    assert_eq!(canonical_aad(None).unwrap(), b"");
    assert_eq!(canonical_aad(Some(&Value::Null)).unwrap(), b"");
    assert_eq!(canonical_aad(Some(&j("{}"))).unwrap(), b"");
    assert_eq!(
        canonical_aad(Some(&j(r#"{ "b" : "x", "a": "1" }"#))).unwrap(),
        br#"{"a":"1","b":"x"}"#
    );
    for bad in [
        r#"[]"#,
        r#""a""#,
        r#"{"a":1}"#,
        r#"{"a":null}"#,
        r#"{"a":{"b":"c"}}"#,
        r#"{"a":"x\"y"}"#,
        r#"{"a\\b":"x"}"#,
        r#"{"a":"caf\u00e9"}"#,
        r#"{"a":"line\nbreak"}"#,
    ] {
        assert!(canonical_aad(Some(&j(bad))).is_err(), "{bad}");
    }
}

#[test]
fn a_sealed_value_opens_with_every_layer_and_not_without() {
    let xw = RootKey::from_bytes(
        "orders_rcpt:v1".parse().unwrap(),
        Algorithm::XWing,
        &[7; 32],
    );
    let xw = RecipientPrivateKey::from_root(&xw).unwrap();
    let policy = SealingPolicy::new(
        "customer",
        canonical_aad(None).unwrap(),
        vec![(xw.key_id().clone(), xw.public().clone())],
    )
    .unwrap();
    let ctx = Context::new("orders", "encrypted_customer_blob", &["42"]);
    let sealed = policy.seal(&ctx, b"hello").unwrap();
    assert_ne!(
        sealed,
        policy.seal(&ctx, b"hello").unwrap(),
        "fresh randomness"
    );
    let mut opener = Opener::new();
    opener.add_policy("customer", vec![]);
    assert!(matches!(
        opener.open(&sealed, &ctx),
        Err(DecryptError::UnknownRecipient(_))
    ));
    opener.add_recipient(xw);
    assert_eq!(&opener.open(&sealed, &ctx).unwrap()[..], b"hello");
}

/// The X-Wing decapsulation idctl runs (its key expanded once) gives what the `x-wing` crate's
/// gives, for random keys and ciphertexts, modified ones included (implicit rejection).
#[test]
fn xwing_expanded_decapsulation_matches_the_crate() {
    use x_wing::{Decapsulate, KeyInit};
    let mut seed = [0u8; 32];
    for round in 0..20u8 {
        for (i, b) in seed.iter_mut().enumerate() {
            *b = (i as u8)
                .wrapping_mul(31)
                .wrapping_add(round.wrapping_mul(7));
        }
        let root = RootKey::from_bytes("xw:v1".parse().unwrap(), Algorithm::XWing, &seed);
        let ours = RecipientPrivateKey::from_root(&root).unwrap();
        let theirs = x_wing::DecapsulationKey::new(&seed.into());
        let (mut ct, ss) = ours.public().encapsulate().unwrap();
        let crate_ss = theirs.decapsulate(&x_wing::Ciphertext::try_from(&ct[..]).unwrap());
        assert_eq!(
            &ours.decapsulate(&ct).unwrap()[..],
            &crate_ss[..],
            "round {round}"
        );
        assert_eq!(&ss[..], &crate_ss[..]);
        ct[round as usize * 50] ^= 0x80;
        let crate_ss = theirs.decapsulate(&x_wing::Ciphertext::try_from(&ct[..]).unwrap());
        assert_eq!(
            &ours.decapsulate(&ct).unwrap()[..],
            &crate_ss[..],
            "modified, round {round}"
        );
    }
}
