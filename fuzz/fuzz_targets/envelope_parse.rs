//! Feeds arbitrary bytes to `parse_envelope` and `ColumnCrypto::decrypt`
//! (which must never panic and must agree on header errors), and checks the
//! encrypt/decrypt round trip with the input as plaintext.

#![no_main]

use std::sync::LazyLock;

use idctl::crypto::{
    Algorithm, ColumnCipher, ColumnCrypto, DecryptError, RootKey, TAG_LEN, parse_envelope,
};
use libfuzzer_sys::fuzz_target;

/// The root keys of tests/data/envelope_vectors.json (material `first..first+32`), so that the
/// seed corpus (built from those vectors) reaches the successful decryption path.
fn key(id: &str, first: u8) -> RootKey {
    let material: [u8; 32] = std::array::from_fn(|i| first + i as u8);
    RootKey::from_bytes(id.parse().unwrap(), Algorithm::Aes256GcmSiv, &material)
}

static CIPHER: LazyLock<ColumnCipher> = LazyLock::new(|| {
    ColumnCipher::new(&key("profile:v3", 0x00), "user_profiles", "profile_enc").unwrap()
});

static CRYPTO: LazyLock<ColumnCrypto> = LazyLock::new(|| {
    let mut cc = ColumnCrypto::new("user_profiles", "profile_enc").unwrap();
    cc.add_key(&key("profile:v3", 0x00)).unwrap();
    cc.add_key(&key("profile:v4", 0x20)).unwrap();
    cc.mark_unusable("profile:v2".parse().unwrap(), "retired");
    cc
});

fuzz_target!(|data: &[u8]| {
    let parsed = parse_envelope(data);
    match &parsed {
        Ok(h) => {
            assert!(h.header_len() + TAG_LEN <= data.len());
            assert_eq!(h.header_bytes().len() + h.ciphertext().len(), data.len());
            assert_eq!(h.key_id().as_str(), h.key_id_str());
            let _ = format!("{h:?}");
        }
        Err(e) => {
            let _ = e.error_class();
        }
    }
    for pk in [&["42"][..], &["7", "2024-01-01"][..], &[][..]] {
        let r = CRYPTO.decrypt(data, pk);
        match (&parsed, &r) {
            (Err(pe), Err(de)) => assert_eq!(pe, de),
            (Err(_), Ok(_)) => panic!("decrypted an unparsable envelope"),
            (Ok(_), Err(DecryptError::NotAnEnvelope | DecryptError::Truncated)) => {
                panic!("parse accepted what decrypt calls a header error")
            }
            _ => {}
        }
        if let Err(e) = &r {
            let _ = e.error_class();
            let _ = e.to_string();
        }
    }
    // Round trip with the input as plaintext.
    let env = CIPHER.encrypt(data, &["42"]).unwrap();
    assert_eq!(CRYPTO.decrypt(&env, &["42"]).unwrap().as_slice(), data);
});
