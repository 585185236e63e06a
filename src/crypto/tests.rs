//! Tests of the crypto core against published vectors (Wycheproof, RFC 8452,
//! RFC 5869), against the project's own format vectors
//! (`tests/data/envelope_vectors.json`, cross-checked by
//! `tools/format_reference.py`), and of every failure path.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use base64::Engine;
use serde_json::Value;

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
    v.as_array().expect("array").iter().map(s).collect()
}

fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().expect("array")
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

// ---------------------------------------------------------------------------
// Published vectors
// ---------------------------------------------------------------------------

#[test]
fn wycheproof_aes_gcm_siv() {
    let doc = load_json("vectors/wycheproof/aes_gcm_siv_test.json");
    let mut tally = Tally::default();
    for group in arr(&doc["testGroups"]) {
        assert_eq!(group["tagSize"], 128);
        for t in arr(&group["tests"]) {
            let id = &t["tcId"];
            let key = hx(&t["key"]);
            let iv = hx(&t["iv"]);
            let aad = hx(&t["aad"]);
            let msg = hx(&t["msg"]);
            let mut ct = hx(&t["ct"]);
            ct.extend_from_slice(&hx(&t["tag"]));
            let result = s(&t["result"]);
            let Ok(nonce) = <[u8; NONCE_LEN]>::try_from(iv.as_slice()) else {
                // Our API takes 96-bit nonces only; a valid vector with
                // another size would be a failure, an invalid one a pass.
                assert_ne!(result, "valid", "tcId {id}: unsupported nonce size");
                tally.add("invalid (rejected: nonce size)");
                continue;
            };
            let sealed = aes_gcm_siv_seal(&key, &nonce, &aad, &msg);
            let opened = aes_gcm_siv_open(&key, &nonce, &aad, &ct);
            let bits = key.len() * 8;
            match result {
                "valid" => {
                    assert_eq!(sealed.expect("seal"), ct, "tcId {id}");
                    assert_eq!(opened.expect("open").as_slice(), &msg[..], "tcId {id}");
                    tally.add(&format!("valid aes-{bits}"));
                }
                "invalid" => {
                    assert!(opened.is_err(), "tcId {id}: invalid vector opened");
                    tally.add(&format!("invalid aes-{bits}"));
                }
                "acceptable" => {
                    // Either outcome is allowed; if it opens it must give msg.
                    if let Ok(p) = opened {
                        assert_eq!(p.as_slice(), &msg[..], "tcId {id}");
                    }
                    tally.add("acceptable");
                }
                other => panic!("tcId {id}: unknown result {other}"),
            }
        }
    }
    println!("wycheproof aes_gcm_siv_test.json: {tally:?}");
    assert_eq!(
        tally.total(),
        doc["numberOfTests"].as_u64().unwrap() as usize
    );
    assert_eq!(tally.total(), 202);
    assert_eq!(
        tally.get("valid aes-128") + tally.get("valid aes-256"),
        136,
        "{tally:?}"
    );
    assert_eq!(
        tally.get("invalid aes-128") + tally.get("invalid aes-256"),
        66
    );
}

#[test]
fn wycheproof_hkdf_sha256() {
    let doc = load_json("vectors/wycheproof/hkdf_sha256_test.json");
    let mut tally = Tally::default();
    for group in arr(&doc["testGroups"]) {
        for t in arr(&group["tests"]) {
            let id = &t["tcId"];
            let size = t["size"].as_u64().unwrap() as usize;
            let out = hkdf_sha256(&hx(&t["salt"]), &hx(&t["ikm"]), &hx(&t["info"]), size);
            match s(&t["result"]) {
                "valid" => {
                    assert_eq!(
                        out.expect("hkdf").as_slice(),
                        &hx(&t["okm"])[..],
                        "tcId {id}"
                    );
                    tally.add("valid");
                }
                "invalid" => {
                    assert!(out.is_err(), "tcId {id}: invalid vector accepted");
                    tally.add("invalid");
                }
                "acceptable" => tally.add("acceptable"),
                other => panic!("tcId {id}: unknown result {other}"),
            }
        }
    }
    println!("wycheproof hkdf_sha256_test.json: {tally:?}");
    assert_eq!(tally.total(), 86);
    assert_eq!(tally.get("valid"), 83);
    assert_eq!(tally.get("invalid"), 3);
}

#[test]
fn wycheproof_hmac_sha256() {
    let doc = load_json("vectors/wycheproof/hmac_sha256_test.json");
    let mut tally = Tally::default();
    for group in arr(&doc["testGroups"]) {
        let tag_bytes = group["tagSize"].as_u64().unwrap() as usize / 8;
        assert!(tag_bytes <= 32);
        for t in arr(&group["tests"]) {
            let id = &t["tcId"];
            let full = hmac_sha256(&hx(&t["key"]), &hx(&t["msg"]));
            let expected = hx(&t["tag"]);
            assert_eq!(expected.len(), tag_bytes, "tcId {id}");
            // Truncated-tag groups: compare the leading tagSize bits.
            let matches = ct_eq(&full[..tag_bytes], &expected);
            match s(&t["result"]) {
                "valid" => {
                    assert!(matches, "tcId {id}");
                    tally.add(&format!("valid tag{}", tag_bytes * 8));
                }
                "invalid" => {
                    assert!(!matches, "tcId {id}: modified tag accepted");
                    tally.add(&format!("invalid tag{}", tag_bytes * 8));
                }
                "acceptable" => tally.add("acceptable"),
                other => panic!("tcId {id}: unknown result {other}"),
            }
        }
    }
    println!("wycheproof hmac_sha256_test.json: {tally:?}");
    assert_eq!(tally.total(), 174);
    assert_eq!(tally.get("valid tag256") + tally.get("valid tag128"), 66);
    assert_eq!(
        tally.get("invalid tag256") + tally.get("invalid tag128"),
        108
    );
}

#[test]
fn rfc8452_appendix_c() {
    let doc = load_json("vectors/rfc8452_appendix_c.json");
    let mut n = 0;
    for (section, key_len) in [("aes_128_gcm_siv", 16), ("aes_256_gcm_siv", 32)] {
        for (i, v) in arr(&doc[section]).iter().enumerate() {
            let key = hx(&v["key"]);
            assert_eq!(key.len(), key_len);
            let nonce: [u8; 12] = hx(&v["nonce"]).try_into().unwrap();
            let aad = hx(&v["aad"]);
            let pt = hx(&v["plaintext"]);
            let ct = hx(&v["ciphertext"]);
            assert_eq!(
                aes_gcm_siv_seal(&key, &nonce, &aad, &pt).unwrap(),
                ct,
                "{section} #{i}"
            );
            assert_eq!(
                aes_gcm_siv_open(&key, &nonce, &aad, &ct)
                    .unwrap()
                    .as_slice(),
                &pt[..]
            );
            let mut bad = ct.clone();
            *bad.last_mut().unwrap() ^= 0x80;
            assert_eq!(
                aes_gcm_siv_open(&key, &nonce, &aad, &bad),
                Err(CryptoError::AuthenticationFailed)
            );
            n += 1;
        }
    }
    println!("RFC 8452 Appendix C: {n} vectors (24 AES-128, 24 AES-256)");
    assert_eq!(n, 48);
}

#[test]
fn rfc5869_sha256() {
    let doc = load_json("vectors/rfc5869_sha256.json");
    let tests = arr(&doc["tests"]);
    for t in tests {
        let salt = hx(&t["salt"]);
        let ikm = hx(&t["ikm"]);
        let okm = hx(&t["okm"]);
        assert_eq!(t["length"].as_u64().unwrap() as usize, okm.len());
        let out = hkdf_sha256(&salt, &ikm, &hx(&t["info"]), okm.len()).unwrap();
        assert_eq!(out.as_slice(), &okm[..], "case {}", t["case"]);
        // Extract step alone: PRK = HMAC(salt, IKM) (empty salt = 32 zero bytes).
        let prk_salt = if salt.is_empty() { vec![0u8; 32] } else { salt };
        assert_eq!(hmac_sha256(&prk_salt, &ikm).to_vec(), hx(&t["prk"]));
    }
    println!("RFC 5869 Appendix A (SHA-256): {} cases", tests.len());
    assert_eq!(tests.len(), 3);
}

// ---------------------------------------------------------------------------
// Format vectors (tests/data/envelope_vectors.json)
// ---------------------------------------------------------------------------

fn vector_roots(doc: &Value) -> BTreeMap<String, RootKey> {
    arr(&doc["root_keys"])
        .iter()
        .map(|r| {
            let id: KeyId = s(&r["id"]).parse().unwrap();
            let alg: Algorithm = s(&r["algorithm"]).parse().unwrap();
            let m: [u8; 32] = hx(&r["material"]).try_into().unwrap();
            (id.to_string(), RootKey::from_bytes(id, alg, &m))
        })
        .collect()
}

#[test]
fn format_vectors() {
    let doc = load_json("envelope_vectors.json");
    let roots = vector_roots(&doc);
    let mut tally = Tally::default();

    for r in arr(&doc["root_keys"]) {
        let key = &roots[s(&r["id"])];
        assert_eq!(key.fingerprint(), s(&r["fingerprint"]));
        assert_eq!(
            hex::encode(*key.derive_context_tag_key()),
            s(&r["context_tag_key"])
        );
        assert_eq!(
            hex::encode(*key.derive_key_check_value_key()),
            s(&r["key_check_value_key"])
        );
        tally.add("root_keys");
    }

    for c in arr(&doc["column_keys"]) {
        let key = &roots[s(&c["key_id"])];
        let purpose = match s(&c["purpose"]) {
            "aead" => KeyPurpose::Aead,
            "blind-index" => KeyPurpose::BlindIndex,
            p => panic!("purpose {p}"),
        };
        let (table, column) = (s(&c["table"]), s(&c["column"]));
        let mut info = purpose.label().to_vec();
        info.extend_from_slice(format!("\0{table}\0{column}").as_bytes());
        assert_eq!(hex::encode(&info), s(&c["info"]));
        let k = key.derive_column_key(purpose, table, column).unwrap();
        assert_eq!(hex::encode(*k), s(&c["key"]));
        // Same as the generic HKDF wiring.
        let k2 = hkdf_sha256(HKDF_SALT, key.material(), &info, 32).unwrap();
        assert_eq!(&k2[..], &k[..]);
        tally.add("column_keys");
    }

    for c in arr(&doc["contexts"]) {
        let pk = strs(&c["primary_key"]);
        let ctx = Context::new(s(&c["table"]), s(&c["column"]), &pk);
        assert_eq!(hex::encode(ctx.encode().unwrap()), s(&c["encoding"]));
        tally.add("contexts");
    }

    for v in arr(&doc["envelopes"]) {
        let name = s(&v["name"]);
        let key = &roots[s(&v["key_id"])];
        let pk = strs(&v["primary_key"]);
        let cipher = ColumnCipher::new(key, s(&v["table"]), s(&v["column"])).unwrap();
        let nonce: [u8; 12] = hx(&v["nonce"]).try_into().unwrap();
        let pt = hx(&v["plaintext"]);
        let expected = hx(&v["envelope"]);
        assert_eq!(
            hex::encode(cipher.context_tag(&pk).unwrap()),
            s(&v["context_tag"]),
            "{name}"
        );
        let env = cipher.encrypt_with_nonce(&pt, &pk, nonce).unwrap();
        assert_eq!(hex::encode(&env), hex::encode(&expected), "{name}");
        assert_eq!(cipher.decrypt(&expected, &pk).unwrap().as_slice(), &pt[..]);
        let h = parse_envelope(&expected).unwrap();
        assert_eq!(h.key_id_str(), s(&v["key_id"]));
        assert_eq!(h.nonce(), &nonce);
        assert_eq!(hex::encode(h.context_tag()), s(&v["context_tag"]));
        assert_eq!(h.plaintext_len(), pt.len());
        tally.add("envelopes");
    }

    for v in arr(&doc["invalid_envelopes"]) {
        let name = s(&v["name"]);
        let mut cc = ColumnCrypto::new(s(&v["table"]), s(&v["column"])).unwrap();
        for k in strs(&v["loaded_keys"]) {
            cc.add_key(&roots[k]).unwrap();
        }
        for u in arr(&v["unusable_keys"]) {
            cc.mark_unusable(s(&u["id"]).parse().unwrap(), s(&u["status"]));
        }
        let pk = strs(&v["primary_key"]);
        let err = cc.decrypt(&hx(&v["envelope"]), &pk).unwrap_err();
        assert_eq!(err.error_class(), s(&v["error_class"]), "{name}: {err:?}");
        tally.add("invalid_envelopes");
    }

    for b in arr(&doc["blind_indexes"]) {
        let key = &roots[s(&b["key_id"])];
        let bik = BlindIndexKey::new(key, s(&b["table"]), s(&b["column"])).unwrap();
        let norm: Normalization = s(&b["normalization"]).parse().unwrap();
        let input = s(&b["input"]);
        let normalized = match norm {
            Normalization::Email => normalize_email(input),
            Normalization::Exact => input.to_owned(),
        };
        assert_eq!(normalized, s(&b["normalized"]), "input {input:?}");
        assert_eq!(hex::encode(bik.hash_with(norm, input)), s(&b["index"]));
        assert_eq!(hex::encode(bik.hash(normalized.as_bytes())), s(&b["index"]));
        tally.add("blind_indexes");
    }

    let dir = tempfile::tempdir().unwrap();
    for k in arr(&doc["key_files"]) {
        let key = &roots[s(&k["id"])];
        assert_eq!(keyfile::file_name(key.id()), s(&k["file_name"]));
        // Writing produces exactly the vector content...
        let path = keyfile::write_new(dir.path(), key).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), s(&k["content"]));
        // ...and reading the vector content gives the key back.
        let other = tempfile::tempdir().unwrap();
        let p2 = other.path().join(s(&k["file_name"]));
        fs::write(&p2, s(&k["content"])).unwrap();
        fs::set_permissions(&p2, fs::Permissions::from_mode(0o600)).unwrap();
        let back = keyfile::read(&p2).unwrap();
        assert_eq!(back.id(), key.id());
        assert_eq!(back.algorithm(), key.algorithm());
        assert_eq!(back.material(), key.material());
        tally.add("key_files");
    }

    println!("envelope_vectors.json: {tally:?}");
    assert_eq!(tally.get("root_keys"), 4);
    assert_eq!(tally.get("envelopes"), 6);
    assert_eq!(tally.get("invalid_envelopes"), 26);
    assert_eq!(tally.get("blind_indexes"), 21);
    // Every error class except the caller-side ones appears in the vectors.
    let classes: std::collections::BTreeSet<&str> = arr(&doc["invalid_envelopes"])
        .iter()
        .map(|v| s(&v["error_class"]))
        .collect();
    for c in DecryptError::ALL_CLASSES {
        assert!(classes.contains(c), "no vector for {c}");
    }
}

// ---------------------------------------------------------------------------
// Key ids, algorithms, root keys
// ---------------------------------------------------------------------------

fn test_key(id: &str, alg: Algorithm, fill: u8) -> RootKey {
    RootKey::from_bytes(id.parse().unwrap(), alg, &[fill; 32])
}

#[test]
fn key_id_syntax() {
    for ok in [
        "profile:v3",
        "a:v1",
        "email_idx:v999999",
        "abcdefghijklmnopqrstuvwxyz_0123456789_abcdefghij:v1",
    ] {
        let id: KeyId = ok.parse().unwrap_or_else(|e| panic!("{ok}: {e}"));
        assert_eq!(id.to_string(), ok);
    }
    for bad in [
        "",
        "profile",
        "profile:",
        "profile:v",
        "profile:3",
        "profile:v0",
        "profile:v03",
        "profile:v1000000",
        "Profile:v3",
        "9profile:v3",
        "_p:v1",
        "pro-file:v1",
        "pro file:v1",
        ":v1",
        "profile:v3 ",
        " profile:v3",
        "profile:v3:v4",
        "profile:V3",
        "profile:v+3",
        "profile:v١",
        "abcdefghijklmnopqrstuvwxyz_0123456789_abcdefghijk:v1",
    ] {
        assert!(bad.parse::<KeyId>().is_err(), "{bad:?} accepted");
    }
    let id = KeyId::new("profile", 3).unwrap();
    assert_eq!(id.basename(), "profile");
    assert_eq!(id.version(), 3);
    assert_eq!(id.next_version().unwrap().as_str(), "profile:v4");
    assert!(KeyId::new("profile", 0).is_err());
    assert!(KeyId::new("profile", 1_000_000).is_err());
    assert!(
        KeyId::new("profile", 999_999)
            .unwrap()
            .next_version()
            .is_none()
    );
    // Numeric ordering of versions.
    let mut ids: Vec<KeyId> = ["profile:v10", "profile:v9", "email:v2", "profile:v1"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    ids.sort();
    let sorted: Vec<&str> = ids.iter().map(KeyId::as_str).collect();
    assert_eq!(
        sorted,
        ["email:v2", "profile:v1", "profile:v9", "profile:v10"]
    );
    // serde as a string.
    let json = serde_json::to_string(&ids[0]).unwrap();
    assert_eq!(json, "\"email:v2\"");
    let back: KeyId = serde_json::from_str(&json).unwrap();
    assert_eq!(back, ids[0]);
    assert!(serde_json::from_str::<KeyId>("\"Email:v2\"").is_err());
}

#[test]
fn algorithm_names() {
    for a in [Algorithm::Aes256GcmSiv, Algorithm::HmacSha256] {
        assert_eq!(a.to_string().parse::<Algorithm>().unwrap(), a);
        let j = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<Algorithm>(&j).unwrap(), a);
    }
    assert_eq!(Algorithm::Aes256GcmSiv.to_string(), "aes-256-gcm-siv");
    assert_eq!(Algorithm::HmacSha256.to_string(), "hmac-sha256");
    assert!("AES-256-GCM-SIV".parse::<Algorithm>().is_err());
    assert!("aes-256-gcm".parse::<Algorithm>().is_err());
}

#[test]
fn generated_keys_are_random_and_fingerprints_distinct() {
    let id: KeyId = "profile:v1".parse().unwrap();
    let a = RootKey::generate(id.clone(), Algorithm::Aes256GcmSiv).unwrap();
    let b = RootKey::generate(id, Algorithm::Aes256GcmSiv).unwrap();
    assert_ne!(a.material(), b.material());
    assert_ne!(a.fingerprint(), b.fingerprint());
    assert_eq!(a.fingerprint().len(), 64);
    assert!(
        a.fingerprint()
            .bytes()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
    );
    // Not a plain hash of the material.
    use sha2::Digest;
    assert_ne!(
        a.fingerprint(),
        hex::encode(sha2::Sha256::digest(a.material()))
    );
}

/// Hex and base64 renderings of a key's material that must never appear in
/// any output.
fn secret_renderings(key: &RootKey) -> Vec<String> {
    let m = key.material();
    let mut v = vec![
        hex::encode(m),
        hex::encode_upper(m),
        base64::engine::general_purpose::STANDARD.encode(m),
        base64::engine::general_purpose::STANDARD_NO_PAD.encode(m),
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(m),
        format!("{m:?}"),
    ];
    // Also the first 8 bytes alone, in hex.
    v.push(hex::encode(&m[..8]));
    v
}

#[test]
fn debug_and_errors_never_show_material() {
    let mut material = [0u8; 32];
    for (i, b) in material.iter_mut().enumerate() {
        *b = 0x5a ^ (i as u8 * 7);
    }
    let key = RootKey::from_bytes(
        "profile:v3".parse().unwrap(),
        Algorithm::Aes256GcmSiv,
        &material,
    );
    let bkey = RootKey::from_bytes(
        "email_idx:v1".parse().unwrap(),
        Algorithm::HmacSha256,
        &material,
    );
    let cipher = ColumnCipher::new(&key, "user_profiles", "profile_enc").unwrap();
    let mut cc = ColumnCrypto::new("user_profiles", "profile_enc").unwrap();
    cc.add_key(&key).unwrap();
    let bik = BlindIndexKey::new(&bkey, "users", "email_hash").unwrap();
    let env = cipher.encrypt(b"very secret plaintext", &["42"]).unwrap();
    let header = parse_envelope(&env).unwrap();

    let mut outputs = vec![
        format!("{key:?}"),
        format!("{key:#?}"),
        format!("{bkey:?}"),
        format!("{cipher:?}"),
        format!("{cc:?}"),
        format!("{bik:?}"),
        format!("{header:?}"),
    ];
    assert_eq!(
        outputs[0],
        "RootKey { id: \"profile:v3\", algorithm: Aes256GcmSiv, material: <redacted> }"
    );
    // Every error this key can produce.
    let errs: Vec<DecryptError> = vec![
        cipher.decrypt(&env, &["43"]).unwrap_err(),
        cipher.decrypt(&env[..env.len() - 1], &["42"]).unwrap_err(),
        cipher.decrypt(&env[..10], &["42"]).unwrap_err(),
        cipher.decrypt(&env, &[]).unwrap_err(),
    ];
    for e in &errs {
        outputs.push(format!("{e}"));
        outputs.push(format!("{e:?}"));
    }
    let cerrs = vec![
        ColumnCipher::new(&bkey, "t", "c").unwrap_err(),
        BlindIndexKey::new(&key, "t", "c").unwrap_err(),
        cc.add_key(&key).unwrap_err(),
    ];
    for e in &cerrs {
        outputs.push(format!("{e}"));
        outputs.push(format!("{e:?}"));
    }
    // Key file errors.
    let dir = tempfile::tempdir().unwrap();
    let path = keyfile::write_new(dir.path(), &key).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let e = keyfile::read(&path).unwrap_err();
    outputs.push(format!("{e}"));
    outputs.push(format!("{e:?}"));
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    let content = fs::read_to_string(&path).unwrap();
    fs::write(&path, content.replace("material: ", "material:  ")).unwrap();
    let e = keyfile::read(&path).unwrap_err();
    outputs.push(format!("{e}"));
    outputs.push(format!("{e:?}"));
    let e = keyfile::write_new(dir.path(), &key).unwrap_err();
    outputs.push(format!("{e}"));

    for out in &outputs {
        for secret in secret_renderings(&key) {
            assert!(!out.contains(&secret), "material leaked in {out:?}");
        }
        assert!(!out.contains("very secret"), "plaintext leaked in {out:?}");
    }
}

// ---------------------------------------------------------------------------
// Envelope behaviour and failure paths
// ---------------------------------------------------------------------------

fn profile_setup() -> (RootKey, ColumnCipher, ColumnCrypto) {
    let key = test_key("profile:v3", Algorithm::Aes256GcmSiv, 0x11);
    let cipher = ColumnCipher::new(&key, "user_profiles", "profile_enc").unwrap();
    let mut cc = ColumnCrypto::new("user_profiles", "profile_enc").unwrap();
    cc.add_key(&key).unwrap();
    (key, cipher, cc)
}

#[test]
fn roundtrip_and_random_nonces() {
    let (_, cipher, cc) = profile_setup();
    for len in [0usize, 1, 15, 16, 17, 100, 4096] {
        let pt: Vec<u8> = (0..len).map(|i| i as u8).collect();
        let a = cipher.encrypt(&pt, &["42"]).unwrap();
        let b = cipher.encrypt(&pt, &["42"]).unwrap();
        assert_ne!(a, b, "nonces must differ");
        assert_eq!(
            a.len(),
            FIXED_HEADER_LEN + "profile:v3".len() + len + TAG_LEN
        );
        assert_eq!(cipher.decrypt(&a, &["42"]).unwrap().as_slice(), &pt[..]);
        assert_eq!(cc.decrypt(&b, &["42"]).unwrap().as_slice(), &pt[..]);
    }
    // Composite keys.
    let env = cipher.encrypt(b"x", &["7", "2024-01-01"]).unwrap();
    assert_eq!(
        cipher
            .decrypt(&env, &["7", "2024-01-01"])
            .unwrap()
            .as_slice(),
        b"x"
    );
    for other in [
        &["7"][..],
        &["2024-01-01", "7"][..],
        &["72024-01-01"][..],
        &["7", "2024-01-01", ""][..],
    ] {
        assert_eq!(
            cipher.decrypt(&env, other).unwrap_err(),
            DecryptError::WrongContext
        );
    }
}

#[test]
fn wrong_context_for_other_row_column_table() {
    let (key, cipher, _) = profile_setup();
    let env = cipher.encrypt(b"secret", &["42"]).unwrap();
    assert_eq!(
        cipher.decrypt(&env, &["43"]).unwrap_err(),
        DecryptError::WrongContext
    );
    let other_col = ColumnCipher::new(&key, "user_profiles", "encryption_meta").unwrap();
    assert_eq!(
        other_col.decrypt(&env, &["42"]).unwrap_err(),
        DecryptError::WrongContext
    );
    let other_table = ColumnCipher::new(&key, "user_profiles_old", "profile_enc").unwrap();
    assert_eq!(
        other_table.decrypt(&env, &["42"]).unwrap_err(),
        DecryptError::WrongContext
    );
    // Ambiguity checks of the encoding: ("ab","c") vs ("a","bc").
    let k = test_key("k:v1", Algorithm::Aes256GcmSiv, 1);
    let c1 = ColumnCipher::new(&k, "ab", "c").unwrap();
    let c2 = ColumnCipher::new(&k, "a", "bc").unwrap();
    let e = c1.encrypt(b"v", &["1"]).unwrap();
    assert!(c2.decrypt(&e, &["1"]).is_err());
    // The tag check is a shortcut only: with the context tag forged to the
    // other row's value, AEAD still refuses (the context is in the AAD).
    let mut forged = env.clone();
    let l = "profile:v3".len();
    forged[5 + l..13 + l].copy_from_slice(&cipher.context_tag(&["43"]).unwrap());
    assert_eq!(
        cipher.decrypt(&forged, &["43"]).unwrap_err(),
        DecryptError::Tampered
    );
}

#[test]
fn domain_separation_between_columns_and_purposes() {
    let key = test_key("profile:v3", Algorithm::Aes256GcmSiv, 0x22);
    let a = key
        .derive_column_key(KeyPurpose::Aead, "user_profiles", "profile_enc")
        .unwrap();
    let b = key
        .derive_column_key(KeyPurpose::Aead, "user_profiles", "encryption_meta")
        .unwrap();
    let c = key
        .derive_column_key(KeyPurpose::BlindIndex, "user_profiles", "profile_enc")
        .unwrap();
    let d = key.derive_context_tag_key();
    let e = key.derive_key_check_value_key();
    let all = [&a[..], &b[..], &c[..], &d[..], &e[..], &key.material()[..]];
    for i in 0..all.len() {
        for j in i + 1..all.len() {
            assert_ne!(all[i], all[j]);
        }
    }
    // Even with a forged context tag, another column's key cannot open it.
    let ca = ColumnCipher::new(&key, "user_profiles", "profile_enc").unwrap();
    let cb = ColumnCipher::new(&key, "user_profiles", "encryption_meta").unwrap();
    let mut env = ca.encrypt(b"secret", &["1"]).unwrap();
    let l = "profile:v3".len();
    env[5 + l..13 + l].copy_from_slice(&cb.context_tag(&["1"]).unwrap());
    assert_eq!(
        cb.decrypt(&env, &["1"]).unwrap_err(),
        DecryptError::Tampered
    );
}

#[test]
fn wrong_algorithm_and_bad_identifiers_refused() {
    let aes = test_key("profile:v3", Algorithm::Aes256GcmSiv, 1);
    let mac = test_key("email_idx:v1", Algorithm::HmacSha256, 1);
    assert!(matches!(
        ColumnCipher::new(&mac, "t", "c"),
        Err(CryptoError::WrongAlgorithm { .. })
    ));
    assert!(matches!(
        BlindIndexKey::new(&aes, "t", "c"),
        Err(CryptoError::WrongAlgorithm { .. })
    ));
    let long = "x".repeat(256);
    for (t, c) in [
        ("", "c"),
        ("t", ""),
        ("t\0x", "c"),
        ("t", "c\0"),
        (long.as_str(), "c"),
    ] {
        assert!(matches!(
            ColumnCipher::new(&aes, t, c),
            Err(CryptoError::InvalidIdentifier { .. })
        ));
        assert!(ColumnCrypto::new(t, c).is_err());
        assert!(BlindIndexKey::new(&mac, t, c).is_err());
    }
    assert!(ColumnCipher::new(&aes, &"x".repeat(255), "c").is_ok());
}

#[test]
fn invalid_primary_keys() {
    let (_, cipher, cc) = profile_setup();
    assert!(matches!(
        cipher.encrypt(b"x", &[]),
        Err(CryptoError::InvalidContext(_))
    ));
    let many: Vec<&str> = vec!["1"; 256];
    assert!(cipher.encrypt(b"x", &many).is_err());
    let max: Vec<&str> = vec!["1"; 255];
    let env = cipher.encrypt(b"x", &max).unwrap();
    assert_eq!(cc.decrypt(&env, &max).unwrap().as_slice(), b"x");
    assert_eq!(
        cc.decrypt(&env, &many).unwrap_err().error_class(),
        "invalid_context"
    );
    assert_eq!(
        cc.decrypt(&env, &[]).unwrap_err().error_class(),
        "invalid_context"
    );
    // Empty part is fine and differs from a missing part.
    let env = cipher.encrypt(b"y", &[""]).unwrap();
    assert_eq!(cipher.decrypt(&env, &[""]).unwrap().as_slice(), b"y");
    assert_eq!(
        cipher.decrypt(&env, &["", ""]).unwrap_err(),
        DecryptError::WrongContext
    );
}

#[test]
fn truncation_at_every_length() {
    let (_, cipher, cc) = profile_setup();
    for pt_len in [0usize, 5, 40] {
        let env = cipher.encrypt(&vec![7u8; pt_len], &["42"]).unwrap();
        let min = FIXED_HEADER_LEN + "profile:v3".len() + TAG_LEN;
        for n in 0..env.len() {
            let prefix = &env[..n];
            let e1 = cc.decrypt(prefix, &["42"]).unwrap_err();
            let e2 = parse_envelope(prefix).map(|_| ());
            if n < min {
                assert_eq!(e1, DecryptError::Truncated, "len {n}");
                assert_eq!(e2, Err(DecryptError::Truncated), "len {n}");
            } else {
                // Long enough to parse: the shortened ciphertext fails AEAD.
                assert_eq!(e1, DecryptError::Tampered, "len {n}");
                assert!(e2.is_ok());
            }
        }
        assert!(cc.decrypt(&env, &["42"]).is_ok());
    }
}

#[test]
fn every_bit_flip_is_detected() {
    let (_, cipher, cc) = profile_setup();
    let env = cipher.encrypt(b"{\"name\":\"Ada\"}", &["42"]).unwrap();
    let l = "profile:v3".len();
    let mut classes = Tally::default();
    for i in 0..env.len() {
        for bit in 0..8 {
            let mut m = env.clone();
            m[i] ^= 1 << bit;
            let err = cc
                .decrypt(&m, &["42"])
                .expect_err("a flipped bit must never decrypt");
            let class = err.error_class();
            classes.add(class);
            let expected: &[&str] = match i {
                0 | 1 => &["not_an_envelope"],
                2 => &["unsupported_format_version"],
                3 => &["unknown_algorithm"],
                // The length byte: out of range, or a different split of
                // the key id and following bytes.
                4 => &["malformed", "truncated", "unknown_key_id"],
                _ if i < 5 + l => &["malformed", "unknown_key_id"],
                _ if i < 13 + l => &["wrong_context"],
                _ => &["tampered"],
            };
            assert!(
                expected.contains(&class),
                "byte {i} bit {bit}: {class} not in {expected:?}"
            );
        }
    }
    println!("bit flips over {} bytes: {classes:?}", env.len());
}

#[test]
fn parse_envelope_header_errors() {
    let (_, cipher, cc) = profile_setup();
    let env = cipher.encrypt(b"abc", &["42"]).unwrap();
    let with = |i: usize, b: u8| {
        let mut m = env.clone();
        m[i] = b;
        m
    };
    assert_eq!(
        parse_envelope(&with(0, b'x')).unwrap_err(),
        DecryptError::NotAnEnvelope
    );
    assert_eq!(
        parse_envelope(b"x").unwrap_err(),
        DecryptError::NotAnEnvelope
    );
    assert_eq!(parse_envelope(b"i").unwrap_err(), DecryptError::Truncated);
    assert_eq!(parse_envelope(b"").unwrap_err(), DecryptError::Truncated);
    assert_eq!(
        parse_envelope(&with(2, 2)).unwrap_err(),
        DecryptError::UnsupportedFormatVersion(2)
    );
    assert_eq!(
        parse_envelope(&with(3, 9)).unwrap_err(),
        DecryptError::UnknownAlgorithm(9)
    );
    assert_eq!(
        parse_envelope(&with(4, 0)).unwrap_err().error_class(),
        "malformed"
    );
    assert_eq!(
        parse_envelope(&with(4, 65)).unwrap_err().error_class(),
        "malformed"
    );
    assert_eq!(
        parse_envelope(&with(5, 0xff)).unwrap_err().error_class(),
        "malformed"
    );
    // A valid but unloaded key id.
    let mut cc2 = ColumnCrypto::new("user_profiles", "profile_enc").unwrap();
    assert_eq!(
        cc2.decrypt(&env, &["42"]).unwrap_err(),
        DecryptError::UnknownKeyId("profile:v3".parse().unwrap())
    );
    // Marked unusable.
    cc2.mark_unusable("profile:v3".parse().unwrap(), "destroyed");
    let err = cc2.decrypt(&env, &["42"]).unwrap_err();
    assert_eq!(err.error_class(), "key_not_usable");
    assert_eq!(
        err.to_string(),
        "key profile:v3 is destroyed and cannot be used"
    );
    // A ColumnCipher only opens its own key id.
    let other = ColumnCipher::new(
        &test_key("profile:v4", Algorithm::Aes256GcmSiv, 0x11),
        "user_profiles",
        "profile_enc",
    )
    .unwrap();
    assert_eq!(
        other.decrypt(&env, &["42"]).unwrap_err().error_class(),
        "unknown_key_id"
    );
    assert!(cc.decrypt(&env, &["42"]).is_ok());
}

#[test]
fn error_classes_are_stable() {
    let id: KeyId = "a:v1".parse().unwrap();
    let all = [
        DecryptError::NotAnEnvelope,
        DecryptError::Truncated,
        DecryptError::Malformed("x"),
        DecryptError::UnsupportedFormatVersion(2),
        DecryptError::UnknownAlgorithm(2),
        DecryptError::UnknownKeyId(id.clone()),
        DecryptError::KeyNotUsable {
            key_id: id,
            status: "retired".into(),
        },
        DecryptError::WrongContext,
        DecryptError::Tampered,
        DecryptError::InvalidContext("x"),
    ];
    let names: Vec<&str> = all.iter().map(DecryptError::error_class).collect();
    assert_eq!(names, DecryptError::ALL_CLASSES);
    assert_eq!(DecryptError::WrongContext.error_class(), "wrong_context");
}

#[test]
fn column_crypto_routing_and_rotation() {
    let v3 = test_key("profile:v3", Algorithm::Aes256GcmSiv, 3);
    let v4 = test_key("profile:v4", Algorithm::Aes256GcmSiv, 4);
    let mut cc = ColumnCrypto::new("user_profiles", "profile_enc").unwrap();
    cc.add_key(&v3).unwrap();
    cc.add_key(&v4).unwrap();
    assert!(matches!(cc.add_key(&v4), Err(CryptoError::DuplicateKey(_))));
    let e3 = cc.encrypt(v3.id(), b"three", &["1"]).unwrap();
    let e4 = cc.encrypt(v4.id(), b"four", &["1"]).unwrap();
    assert_eq!(parse_envelope(&e3).unwrap().key_id(), *v3.id());
    assert_eq!(cc.decrypt(&e3, &["1"]).unwrap().as_slice(), b"three");
    assert_eq!(cc.decrypt(&e4, &["1"]).unwrap().as_slice(), b"four");
    // Rewrap v3 -> v4.
    let pt = cc.decrypt(&e3, &["1"]).unwrap();
    let re = cc.encrypt(v4.id(), &pt, &["1"]).unwrap();
    assert_eq!(parse_envelope(&re).unwrap().key_id_str(), "profile:v4");
    // Retire v3.
    cc.mark_unusable(v3.id().clone(), "retired");
    assert_eq!(cc.key_ids().count(), 1);
    assert_eq!(
        cc.decrypt(&e3, &["1"]).unwrap_err().error_class(),
        "key_not_usable"
    );
    assert!(matches!(
        cc.encrypt(v3.id(), b"x", &["1"]),
        Err(CryptoError::KeyNotUsable { .. })
    ));
    assert!(matches!(
        cc.add_key(&v3),
        Err(CryptoError::KeyNotUsable { .. })
    ));
    let v5: KeyId = "profile:v5".parse().unwrap();
    assert!(matches!(
        cc.encrypt(&v5, b"x", &["1"]),
        Err(CryptoError::UnknownKeyId(_))
    ));
    assert_eq!(cc.decrypt(&re, &["1"]).unwrap().as_slice(), b"three");
}

#[test]
fn column_cipher_is_send_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<ColumnCipher>();
    assert_send_sync::<ColumnCrypto>();
    assert_send_sync::<BlindIndexKey>();
    assert_send_sync::<RootKey>();
}

// ---------------------------------------------------------------------------
// Blind index
// ---------------------------------------------------------------------------

#[test]
fn email_normalization() {
    assert_eq!(
        normalize_email("  Alice@Example.COM\n"),
        "alice@example.com"
    );
    assert_eq!(normalize_email("E\u{301}mile@x.fr"), "\u{e9}mile@x.fr");
    assert_eq!(normalize_email("\u{c9}MILE@X.FR"), "\u{e9}mile@x.fr");
    assert_eq!(normalize_email("\u{3000}a@b\u{a0}"), "a@b");
    assert_eq!(normalize_email("a b@c"), "a b@c");
    assert_eq!(normalize_email("\u{200b}a@b"), "\u{200b}a@b");
    assert_eq!(normalize_email("\u{1f}a@b"), "\u{1f}a@b");
    assert_eq!(normalize_email(""), "");
    assert_eq!(normalize_email(" \t\n"), "");
    let mac = test_key("email_idx:v1", Algorithm::HmacSha256, 9);
    let k = BlindIndexKey::new(&mac, "users", "email_hash").unwrap();
    assert_eq!(
        k.hash_with(Normalization::Email, " Bob@Example.org "),
        k.hash(b"bob@example.org")
    );
    assert_ne!(
        k.hash_with(Normalization::Exact, "Bob@Example.org"),
        k.hash(b"bob@example.org")
    );
    let other_col = BlindIndexKey::new(&mac, "users", "last_login_ip_hash").unwrap();
    assert_ne!(other_col.hash(b"x"), k.hash(b"x"));
    assert_eq!(k.key_id().as_str(), "email_idx:v1");
}

// ---------------------------------------------------------------------------
// Key files
// ---------------------------------------------------------------------------

#[test]
fn keyfile_write_read_list_remove() {
    let dir = tempfile::tempdir().unwrap();
    let key = RootKey::generate("profile:v3".parse().unwrap(), Algorithm::Aes256GcmSiv).unwrap();
    let path = keyfile::write_new(dir.path(), &key).unwrap();
    assert_eq!(path, dir.path().join("profile.v3.key"));
    let meta = fs::metadata(&path).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let back = keyfile::read(&path).unwrap();
    assert_eq!(back.material(), key.material());
    assert_eq!(back.fingerprint(), key.fingerprint());
    // Never overwrite.
    let other = RootKey::generate("profile:v3".parse().unwrap(), Algorithm::Aes256GcmSiv).unwrap();
    assert!(matches!(
        keyfile::write_new(dir.path(), &other),
        Err(KeyFileError::AlreadyExists { .. })
    ));
    assert_eq!(keyfile::read(&path).unwrap().material(), key.material());
    // No temporary files left behind.
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["profile.v3.key"]);
    // list() sorts by key id and skips foreign files.
    let k10 = RootKey::generate("profile:v10".parse().unwrap(), Algorithm::Aes256GcmSiv).unwrap();
    let k2 = RootKey::generate("email:v2".parse().unwrap(), Algorithm::HmacSha256).unwrap();
    keyfile::write_new(dir.path(), &k10).unwrap();
    keyfile::write_new(dir.path(), &k2).unwrap();
    fs::write(dir.path().join("README"), "x").unwrap();
    fs::write(dir.path().join("profile.v03.key"), "x").unwrap();
    let listed: Vec<String> = keyfile::list(dir.path())
        .unwrap()
        .into_iter()
        .map(|(id, _)| id.to_string())
        .collect();
    assert_eq!(listed, ["email:v2", "profile:v3", "profile:v10"]);
    // remove() refuses non-key names, removes key files.
    assert!(matches!(
        keyfile::remove(&dir.path().join("README")),
        Err(KeyFileError::NotAKeyFileName { .. })
    ));
    keyfile::remove(&path).unwrap();
    assert!(!path.exists());
    assert!(matches!(keyfile::read(&path), Err(KeyFileError::Io { .. })));
    assert_eq!(
        keyfile::parse_file_name("profile.v3.key").unwrap().as_str(),
        "profile:v3"
    );
    assert!(keyfile::parse_file_name("profile.v3.key.bak").is_none());
    assert!(keyfile::parse_file_name(".profile.v3.key.tmp-00").is_none());
}

#[test]
fn keyfile_insecure_mode_refused_with_chmod_hint() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key("profile:v3", Algorithm::Aes256GcmSiv, 1);
    let path = keyfile::write_new(dir.path(), &key).unwrap();
    for mode in [
        0o644,
        0o640,
        0o604,
        0o660,
        0o606,
        0o610,
        0o601,
        0o700 | 0o004,
    ] {
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
        let err = keyfile::read(&path).unwrap_err();
        assert!(
            matches!(err, KeyFileError::InsecurePermissions { .. }),
            "mode {mode:o}: {err:?}"
        );
        let msg = err.to_string();
        assert!(
            msg.contains(&format!("chmod 600 {}", path.display())),
            "{msg}"
        );
    }
    for mode in [0o600, 0o400] {
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
        assert!(keyfile::read(&path).is_ok(), "mode {mode:o}");
    }
}

#[test]
fn keyfile_non_regular_files_refused() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("profile.v3.key");
    fs::create_dir(&sub).unwrap();
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o700)).unwrap();
    assert!(matches!(
        keyfile::read(&sub),
        Err(KeyFileError::NotRegularFile { .. })
    ));
    let fifo = dir.path().join("email.v1.key");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    assert!(matches!(
        keyfile::read(&fifo),
        Err(KeyFileError::NotRegularFile { .. })
    ));
    assert!(keyfile::read(Path::new("/dev/null")).is_err());
}

#[test]
fn keyfile_bad_contents_refused_without_echo() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key("profile:v3", Algorithm::Aes256GcmSiv, 0x3c);
    let path = keyfile::write_new(dir.path(), &key).unwrap();
    let good = fs::read_to_string(&path).unwrap();
    let b64 = base64::engine::general_purpose::STANDARD.encode(key.material());
    let other_fp = test_key("profile:v3", Algorithm::Aes256GcmSiv, 0x3d).fingerprint();
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("no final newline", good.trim_end().to_owned()),
        ("crlf", good.replace('\n', "\r\n")),
        ("bad header", good.replace("idctl-key v1", "idctl-key v2")),
        ("extra line", format!("{good}extra: 1\n")),
        ("blank line", format!("{good}\n")),
        (
            "missing line",
            good.replace("algorithm: aes-256-gcm-siv\n", ""),
        ),
        ("bad id", good.replace("id: profile:v3", "id: Profile:v3")),
        (
            "bad algorithm",
            good.replace("aes-256-gcm-siv", "aes-128-gcm"),
        ),
        ("field order", {
            let l: Vec<&str> = good.lines().collect();
            format!("{}\n{}\n{}\n{}\n{}\n", l[0], l[2], l[1], l[3], l[4])
        }),
        ("space before colon", good.replace("id: ", "id : ")),
        ("two spaces", good.replace("material: ", "material:  ")),
        (
            "trailing space",
            good.replace(&format!("{b64}\n"), &format!("{b64} \n")),
        ),
        ("short material", good.replace(&b64, &b64[4..])),
        ("bad base64", good.replace(&b64, &format!("!{}", &b64[1..]))),
        (
            "no padding",
            good.replace(&b64, &format!("{}A", &b64[..43])),
        ),
        (
            "fingerprint upper",
            good.replace(&key.fingerprint(), &key.fingerprint().to_uppercase()),
        ),
        (
            "fingerprint mismatch",
            good.replace(&key.fingerprint(), &other_fp),
        ),
        ("utf8 junk", format!("{good}\u{ff}")),
    ];
    for (what, content) in cases {
        fs::write(&path, &content).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        let err = keyfile::read(&path).expect_err(what);
        assert!(
            matches!(
                err,
                KeyFileError::Parse { .. } | KeyFileError::FingerprintMismatch { .. }
            ),
            "{what}: {err:?}"
        );
        let msg = format!("{err} {err:?}");
        assert!(msg.contains("profile.v3.key"), "{what}: {msg}");
        assert!(
            !msg.contains(&b64) && !msg.contains(&b64[..12]),
            "{what}: {msg}"
        );
        assert!(!msg.contains(&hex::encode(key.material())), "{what}: {msg}");
    }
    // Too large.
    fs::write(&path, "x".repeat(5000)).unwrap();
    assert!(matches!(
        keyfile::read(&path),
        Err(KeyFileError::TooLarge { .. })
    ));
    // A valid file under the wrong name.
    fs::write(&path, &good).unwrap();
    let renamed = dir.path().join("profile.v4.key");
    fs::rename(&path, &renamed).unwrap();
    assert!(matches!(
        keyfile::read(&renamed),
        Err(KeyFileError::NameMismatch { .. })
    ));
}

/// Rough throughput figure (not a benchmark harness): run with
/// `cargo test --release --lib crypto::tests::rewrap_throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn rewrap_throughput() {
    let v3 = test_key("profile:v3", Algorithm::Aes256GcmSiv, 3);
    let v4 = test_key("profile:v4", Algorithm::Aes256GcmSiv, 4);
    let mut cc = ColumnCrypto::new("user_profiles", "profile_enc").unwrap();
    cc.add_key(&v3).unwrap();
    cc.add_key(&v4).unwrap();
    let payload = vec![0x41u8; 200];
    let rows = 200_000usize;
    let pks: Vec<String> = (0..rows).map(|i| i.to_string()).collect();
    let envs: Vec<Vec<u8>> = pks
        .iter()
        .map(|pk| cc.encrypt(v3.id(), &payload, &[pk.as_str()]).unwrap())
        .collect();
    let start = std::time::Instant::now();
    let mut bytes = 0usize;
    for (env, pk) in envs.iter().zip(&pks) {
        let pt = cc.decrypt(env, &[pk.as_str()]).unwrap();
        bytes += cc.encrypt(v4.id(), &pt, &[pk.as_str()]).unwrap().len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "rewrap of {rows} rows x {} bytes: {secs:.3} s, {:.0} rows/s ({bytes} bytes out)",
        payload.len(),
        rows as f64 / secs
    );
}

#[test]
fn keyfile_parse_error_messages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.v3.key");
    fs::write(&path, "idctl-key v1\nid: profile:v3").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(
        keyfile::read(&path).unwrap_err().to_string(),
        format!(
            "key file {}: line 2: no newline at the end of the line (LF)",
            path.display()
        )
    );
    fs::write(&path, "idctl-key v1\nid: profile:v3\n").unwrap();
    assert_eq!(
        keyfile::read(&path).unwrap_err().to_string(),
        format!(
            "key file {}: line 3: expected exactly 5 lines: header, id, algorithm, fingerprint, material",
            path.display()
        )
    );
    // Every error names a line: a whole key file without its final newline names line 5, invalid
    // UTF-8 the line it is on, an empty file line 1.
    let key = test_key("profile:v3", Algorithm::Aes256GcmSiv, 0x3c);
    let other = tempfile::tempdir().unwrap();
    let good = fs::read_to_string(keyfile::write_new(other.path(), &key).unwrap()).unwrap();
    let cases: [(&[u8], &str); 3] = [
        (
            good.trim_end().as_bytes(),
            "line 5: no newline at the end of the line (LF)",
        ),
        (
            b"idctl-key v1\nid: profile:v3\nalgorithm: \xff\n",
            "line 3: not valid UTF-8",
        ),
        (b"", "line 1: empty file; expected \"idctl-key v2\""),
    ];
    for (content, message) in cases {
        fs::write(&path, content).unwrap();
        assert_eq!(
            keyfile::read(&path).unwrap_err().to_string(),
            format!("key file {}: {message}", path.display())
        );
    }
}

/// The text form an IP address has before it is blind-indexed (docs/FORMAT.md §7): RFC 5952 for
/// IPv6 (lower case, no leading zeros, the longest run of two or more zero groups as `::`, the
/// first on a tie, IPv4-mapped as `::ffff:a.b.c.d`), dotted decimal for IPv4: `IpAddr`'s Display,
/// what `dev seed` hashes.
#[test]
fn ip_addresses_are_indexed_in_their_canonical_text_form() {
    for (input, canonical) in [
        ("192.0.2.1", "192.0.2.1"),
        ("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
        ("0:0:0:0:0:ffff:c000:0201", "::ffff:192.0.2.1"),
        ("::", "::"),
    ] {
        let ip: std::net::IpAddr = input.parse().unwrap();
        assert_eq!(ip.to_string(), canonical, "{input}");
    }
}
