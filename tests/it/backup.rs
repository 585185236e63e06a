//! `keys backup` / `keys restore`: key versions sealed to an X-Wing recipient whose key file is
//! kept apart; a deleted key file restored from the database, checked, 0600; `keys verify --all`
//! passes again.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::harness::{keyring_files, run};
use crate::rotate::seeded;

fn key_file(keyring: &Path, name: &str) -> PathBuf {
    let rel = keyring_files(keyring)
        .into_iter()
        .find(|f| f.ends_with(&format!("/{name}")))
        .unwrap_or_else(|| panic!("no key file {name}"));
    keyring.join(rel)
}

/// Flips one bit of the active profile version's backup (twice: back as it was).
fn flip_profile_backup_bit(s: &crate::rotate::Seeded) {
    s.db.exec(
        "UPDATE crypto_keys SET backup_blob = set_byte(backup_blob, length(backup_blob) - 3,
                get_byte(backup_blob, length(backup_blob) - 3) # 1)
          WHERE basename = 'profile' AND status = 'active'",
    );
}

#[test]
fn a_deleted_key_file_is_restored_from_its_backup_and_verify_passes() {
    let s = seeded(200);
    run(s.idctl().args([
        "pq",
        "keys",
        "generate",
        "--name",
        "backup_rcpt",
        "--algorithm",
        "x-wing",
        "-q",
    ]))
    .expect_code(0);
    // Two post-quantum recipients: which one must be said.
    run(s.idctl().args(["keys", "backup", "-q"])).expect_code(64);
    run(s
        .idctl()
        .args(["keys", "backup", "--recipient", "customer_rcpt_nope", "-q"]))
    .expect_code(64);
    let out = run(s
        .idctl()
        .args(["keys", "backup", "--recipient", "backup_rcpt", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    let versions: i64 = s.db.scalar(
        "SELECT count(*) FROM crypto_keys WHERE status <> 'destroyed' AND basename <> 'backup_rcpt'",
    );
    assert_eq!(
        report["backed_up"].as_array().unwrap().len() as i64,
        versions
    );
    assert_eq!(
        s.db.scalar::<i64>(
            "SELECT count(*) FROM crypto_keys WHERE is_backup_encrypted AND backup_blob IS NOT NULL"
        ),
        versions
    );
    // Again: nothing new to do.
    let again = run(s
        .idctl()
        .args(["keys", "backup", "--recipient", "backup_rcpt", "-o", "json"]));
    again.expect_code(0);
    assert_eq!(again.json()["backed_up"].as_array().unwrap().len(), 0);
    assert_eq!(again.json()["up_to_date"].as_i64(), Some(versions));

    // The recipient's key file goes offline; the profile key file is lost.
    let offline = tempfile::tempdir().unwrap();
    let rcpt = offline.path().join("backup_rcpt.v1.key");
    std::fs::rename(key_file(s.keyring.path(), "backup_rcpt.v1.key"), &rcpt).unwrap();
    let profile: String = s.db.scalar(
        "SELECT basename || ':v' || version FROM crypto_keys WHERE basename = 'profile' AND status = 'active'",
    );
    let file_name = format!("{}.key", profile.replace(":v", ".v"));
    let lost = key_file(s.keyring.path(), &file_name);
    std::fs::remove_file(&lost).unwrap();
    assert_ne!(
        run(s.idctl().args(["keys", "verify", "--all", "-q"])).code,
        0
    );

    // The wrong recipient key file: refused, nothing written.
    let wrong = key_file(s.keyring.path(), "customer_rcpt.v1.key");
    run(s.idctl().args([
        "keys",
        "restore",
        &profile,
        "--recipient-key",
        wrong.to_str().unwrap(),
        "-q",
    ]))
    .expect_code(64);
    assert!(!lost.exists());
    // A tampered backup: refused, nothing written.
    flip_profile_backup_bit(&s);
    run(s.idctl().args([
        "keys",
        "restore",
        &profile,
        "--recipient-key",
        rcpt.to_str().unwrap(),
        "-q",
    ]))
    .expect_code(65);
    assert!(!lost.exists());
    flip_profile_backup_bit(&s);

    let out = run(s.idctl().args([
        "keys",
        "restore",
        &profile,
        "--recipient-key",
        rcpt.to_str().unwrap(),
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["written"], true);
    assert!(lost.exists());
    assert_eq!(
        std::fs::metadata(&lost).unwrap().permissions().mode() & 0o777,
        0o600
    );
    run(s.idctl().args(["keys", "verify", "--all", "-q"])).expect_code(0);
    // Present already: left alone.
    let out = run(s.idctl().args([
        "keys",
        "restore",
        &profile,
        "--recipient-key",
        rcpt.to_str().unwrap(),
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["written"], false);
    assert_eq!(
        s.db.scalar::<i64>("SELECT count(*) FROM key_events WHERE event_type = 'restored'"),
        1
    );
    // The recipient's own versions are never backed up to themselves.
    run(s.idctl().args([
        "keys",
        "restore",
        "backup_rcpt:v1",
        "--recipient-key",
        rcpt.to_str().unwrap(),
        "-q",
    ]))
    .expect_code(65);
}
