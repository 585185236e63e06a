//! Guards: `dev seed` only on throwaway databases and atomically, `dev up`'s own keyring, and one
//! answer for a basename, version or algorithm the registry does not declare.

use std::path::{Path, PathBuf};

use crate::harness::{Outcome, TestDb, empty_db, migrated_db, run};

/// Key files in `dir` (none when it does not exist).
/// The key files anywhere under a keyring directory, as paths relative to it.
fn key_files(dir: &Path) -> Vec<String> {
    crate::harness::keyring_files(dir)
        .into_iter()
        .filter(|f| f.ends_with(".key"))
        .collect()
}

fn count(db: &TestDb, table: &str) -> i64 {
    db.scalar(&format!("SELECT count(*) FROM {table}"))
}

/// What a refused command must have left alone.
#[track_caller]
fn assert_nothing_written(db: &TestDb, keyring: &Path) {
    assert_eq!(count(db, "crypto_keys"), 0, "crypto_keys rows");
    assert_eq!(count(db, "key_events"), 0, "key_events rows");
    assert_eq!(count(db, "users"), 0, "users rows");
    assert_eq!(key_files(keyring), Vec::<String>::new(), "key files");
}

// ---- dev seed: only on throwaway databases ---------------------------------------------------

/// A migrated database that `dev up` did not create (no dev marker).
fn unmarked_migrated_db() -> TestDb {
    let db = empty_db();
    run(db.idctl().args(["db", "migrate", "-q"])).expect_code(0);
    db
}

#[test]
fn seed_refuses_a_database_dev_up_did_not_create_unless_told_and_confirmed() {
    let db = unmarked_migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    let seed = || {
        let mut cmd = db.idctl();
        cmd.env("IDCTL_KEYRING", keyring.path())
            .args(["dev", "seed", "--users", "5"]);
        cmd
    };

    let out = run(&mut seed());
    out.expect_code(78);
    assert!(
        out.stderr.contains(&format!(
            "database \"{}\" was not created by `idctl dev up`",
            db.name
        )),
        "names the database: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains("--allow-non-dev-database"),
        "names the flag: {}",
        out.stderr
    );
    assert_nothing_written(&db, keyring.path());

    // The flag alone is not enough without a terminal: it must be confirmed.
    let out = run(seed().arg("--allow-non-dev-database"));
    out.expect_code(64);
    assert!(
        out.stderr.contains("refusing without confirmation"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains(&db.name), "{}", out.stderr);
    assert_nothing_written(&db, keyring.path());

    // Flag and confirmation: seeded.
    run(seed().args(["--allow-non-dev-database", "--yes", "-q"])).expect_code(0);
    assert_eq!(count(&db, "users"), 5);
    assert_eq!(key_files(keyring.path()).len(), 9);
}

#[test]
fn a_dev_marker_from_another_cluster_does_not_count() {
    // A dump of a dev database restored on another server carries the marker table.
    let db = migrated_db();
    db.exec("UPDATE idctl_dev.marker SET system_identifier = '1'");
    let keyring = tempfile::tempdir().unwrap();
    let out = run(db
        .idctl()
        .env("IDCTL_KEYRING", keyring.path())
        .args(["dev", "seed", "--users", "5"]));
    out.expect_code(78);
    assert!(
        out.stderr.contains("made on another cluster"),
        "{}",
        out.stderr
    );
    assert_nothing_written(&db, keyring.path());
}

// ---- dev seed: atomic ------------------------------------------------------------------------

#[test]
fn seed_checks_the_schema_before_generating_anything() {
    let keyring = tempfile::tempdir().unwrap();
    // A registered key-version column missing (the registry against the live schema) ...
    let db = migrated_db();
    db.exec("ALTER TABLE orders DROP COLUMN encrypted_customer_blob_key_version");
    let out = run(db
        .idctl()
        .env("IDCTL_KEYRING", keyring.path())
        .args(["dev", "seed", "--users", "5"]));
    out.expect_code(78);
    assert!(
        out.stderr.contains("not the schema dev seed fills")
            && out.stderr.contains("encrypted_customer_blob_key_version"),
        "{}",
        out.stderr
    );
    assert_nothing_written(&db, keyring.path());

    // ... and a column only the seed writes, mistyped.
    let db = migrated_db();
    db.exec("ALTER TABLE user_consents ALTER COLUMN granted TYPE text");
    let out = run(db
        .idctl()
        .env("IDCTL_KEYRING", keyring.path())
        .args(["dev", "seed", "--users", "5"]));
    out.expect_code(78);
    assert!(
        out.stderr.contains("user_consents.granted is text"),
        "{}",
        out.stderr
    );
    assert_nothing_written(&db, keyring.path());
}

#[test]
fn a_seed_that_fails_midway_leaves_no_rows_no_key_rows_and_no_key_files() {
    let db = migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    // The database fails the seed after the keys exist: the last table copied refuses its rows.
    db.exec(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'refused by the test' USING ERRCODE = 'check_violation'; END $$;
         CREATE TRIGGER refuse BEFORE INSERT ON two_factor FOR EACH ROW EXECUTE FUNCTION refuse();",
    );
    let seed = |users: &str| {
        run(db
            .idctl()
            .env("IDCTL_KEYRING", keyring.path())
            .args(["dev", "seed", "--users", users, "--batch", "50"]))
    };
    let out = seed("200");
    out.expect_code(65);
    assert!(out.stderr.contains("refused by the test"), "{}", out.stderr);
    assert_nothing_written(&db, keyring.path());

    // Keys that existed before a failed seed are kept: only the ones it made go.
    db.exec("ALTER TABLE two_factor DISABLE TRIGGER refuse");
    seed("20").expect_code(0);
    let files = key_files(keyring.path());
    assert_eq!(files.len(), 9, "{files:?}");
    db.exec("ALTER TABLE two_factor ENABLE TRIGGER refuse");
    seed("200").expect_code(65);
    assert_eq!(key_files(keyring.path()), files);
    assert_eq!(count(&db, "crypto_keys"), 9);
    assert_eq!(count(&db, "users"), 20);
}

// ---- dev up / dev down: the demo's own keyring -----------------------------------------------

/// Runs `dev down` on the directory when dropped, so that a failed test leaves no server running.
struct DevDir {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
}

impl Drop for DevDir {
    fn drop(&mut self) {
        let _ = crate::harness::idctl()
            .args(["dev", "down", "-q", "--dir"])
            .arg(&self.dir)
            .output();
    }
}

#[test]
fn dev_up_keeps_the_demo_keys_in_its_directory_and_exports_the_keyring() {
    let tmp = tempfile::Builder::new()
        .prefix("idctl-up-")
        .tempdir_in("/tmp")
        .unwrap();
    let home = tmp.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let dev = DevDir {
        dir: tmp.path().join("dev"),
        _tmp: tmp,
    };
    let idctl = || {
        let mut cmd = crate::harness::idctl();
        // The operator's own keyring would be $HOME/.local/share/idctl/keyring.
        cmd.env("HOME", &home).env_remove("XDG_DATA_HOME");
        cmd
    };
    let out = run(idctl()
        .args(["dev", "up", "-q", "--env", "--dir"])
        .arg(&dev.dir));
    out.expect_code(0);
    let exports: Vec<(&str, String)> = out
        .stdout
        .lines()
        .map(|l| {
            let (k, v) = l.strip_prefix("export ").unwrap().split_once('=').unwrap();
            (k, v.trim_matches('\'').to_string())
        })
        .collect();
    assert_eq!(exports.len(), 2, "{}", out.stdout);
    assert_eq!(exports[0].0, "DATABASE_URL");
    assert_eq!(exports[1].0, "IDCTL_KEYRING");
    let url = exports[0].1.clone();
    let keyring = PathBuf::from(&exports[1].1);
    assert_eq!(keyring, dev.dir.canonicalize().unwrap().join("keyring"));
    assert!(keyring.is_dir());

    // The default report names the keyring too.
    let out = run(idctl()
        .args(["dev", "up", "-o", "json", "--dir"])
        .arg(&dev.dir));
    out.expect_code(0);
    assert_eq!(out.json()["keyring"], keyring.display().to_string());

    // Seeding without IDCTL_KEYRING: the keys go to the dev keyring, not the operator's.
    run(idctl()
        .env("DATABASE_URL", &url)
        .args(["db", "migrate", "-q"]))
    .expect_code(0);
    let out = run(idctl()
        .env("DATABASE_URL", &url)
        .args(["dev", "seed", "--users", "10"]));
    out.expect_code(0);
    assert!(
        out.stderr.contains("Using the dev cluster's keyring"),
        "{}",
        out.stderr
    );
    assert_eq!(key_files(&keyring).len(), 9);
    assert!(!home.join(".local/share/idctl").exists());
    // And the exported keyring is what the other commands use.
    run(idctl()
        .env("DATABASE_URL", &url)
        .env("IDCTL_KEYRING", &keyring)
        .args(["keys", "verify", "--all", "-q"]))
    .expect_code(0);

    // dev down removes the keys with the cluster.
    run(idctl().args(["dev", "down", "-q", "--dir"]).arg(&dev.dir)).expect_code(0);
    assert!(!keyring.exists());
    assert!(!dev.dir.exists());
}

// ---- one answer for an unknown basename, version or algorithm --------------------------------

struct Env {
    db: TestDb,
    keyring: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        let env = Env {
            db: migrated_db(),
            keyring: tempfile::tempdir().unwrap(),
        };
        run(env
            .idctl()
            .env_remove("IDCTL_ACTOR")
            .args(["users", "bootstrap-admin", "-q"]))
        .expect_code(0);
        env
    }
    fn idctl(&self) -> assert_cmd::Command {
        let mut cmd = self.db.idctl();
        cmd.env("IDCTL_KEYRING", self.keyring.path())
            .env("IDCTL_ACTOR", "1");
        cmd
    }
    fn keys(&self, args: &[&str]) -> Outcome {
        run(self.idctl().arg("keys").args(args))
    }
    /// crypto_keys rows, key_events rows and key files.
    fn state(&self) -> (i64, i64, Vec<String>) {
        (
            count(&self.db, "crypto_keys"),
            count(&self.db, "key_events"),
            key_files(self.keyring.path()),
        )
    }
}

const KNOWN: &str = "known basenames: email_hash, ip_hash, newsletter_email, \
                     password_pepper, profile, session, signing_key, token_hash, two_factor";

#[test]
fn an_unknown_basename_gets_one_answer_from_every_keys_command() {
    let env = Env::new();
    env.keys(&["generate", "profile", "--activate", "-q"])
        .expect_code(0);
    let before = env.state();
    for (given, suggestion) in [("nosuch", None), ("profil", Some("profile"))] {
        let key = format!("{given}:v1");
        let commands: Vec<Vec<&str>> = vec![
            vec!["generate", given],
            vec!["generate", given, "--activate"],
            vec!["activate", &key],
            vec!["show", given],
            vec!["show", &key],
            vec!["list", given],
            vec!["verify", given],
            vec!["status", given],
            vec!["plan", given],
            vec!["rotate", given],
            vec!["rotate", given, "--dry-run"],
            vec!["rotate", given, "--schedule", "1h"],
            vec!["retire", &key],
            vec!["destroy", &key, "--yes"],
        ];
        for args in commands {
            let out = env.keys(&args);
            out.expect_code(65);
            assert!(
                out.stderr
                    .contains(&format!("unknown basename \"{given}\"")),
                "{args:?}: {}",
                out.stderr
            );
            assert!(out.stderr.contains(KNOWN), "{args:?}: {}", out.stderr);
            match suggestion {
                Some(s) => assert!(
                    out.stderr.contains(&format!("did you mean \"{s}\"?")),
                    "{args:?}: {}",
                    out.stderr
                ),
                None => assert!(!out.stderr.contains("did you mean"), "{}", out.stderr),
            }
            assert_eq!(out.stdout, "", "{args:?}");
            assert_eq!(env.state(), before, "{args:?} wrote something");
        }
    }
    assert_eq!(
        count(&env.db, "key_rotation_jobs"),
        0,
        "no rotation job for an unknown basename"
    );
}

#[test]
fn an_unknown_version_names_the_versions_that_exist() {
    let env = Env::new();
    env.keys(&["generate", "profile", "--activate", "-q"])
        .expect_code(0);
    env.keys(&["generate", "profile", "-q"]).expect_code(0);
    let before = env.state();
    for args in [
        vec!["show", "profile:v9"],
        vec!["activate", "profile:v9"],
        vec!["retire", "profile:v9"],
        vec!["destroy", "profile:v9", "--yes"],
    ] {
        let out = env.keys(&args);
        out.expect_code(65);
        assert!(
            out.stderr.contains(
                "unknown key version profile:v9: profile has profile:v1 (active), profile:v2 (pending)"
            ),
            "{args:?}: {}",
            out.stderr
        );
        assert_eq!(env.state(), before, "{args:?} wrote something");
    }
    // A declared basename without versions yet says how to make one.
    let out = env.keys(&["show", "newsletter_email:v1"]);
    out.expect_code(65);
    assert!(
        out.stderr.contains("newsletter_email has no versions")
            && out.stderr.contains("idctl keys generate newsletter_email"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_key_of_another_algorithm_than_the_registry_declares_is_refused() {
    let env = Env::new();
    let out = env.keys(&["generate", "profile", "--algorithm", "hmac-sha256"]);
    out.expect_code(65);
    assert!(
        out.stderr
            .contains("profile protects aead columns, which need aes-256-gcm-siv keys; refusing a hmac-sha256 key"),
        "{}",
        out.stderr
    );
    let out = env.keys(&["generate", "email_hash", "--algorithm", "aes-256-gcm-siv"]);
    out.expect_code(65);
    assert!(
        out.stderr.contains("need hmac-sha256 keys"),
        "{}",
        out.stderr
    );
    assert_eq!(env.state(), (0, 0, vec![]));

    // The algorithm the registry declares, given explicitly, is fine.
    env.keys(&[
        "generate",
        "profile",
        "--algorithm",
        "aes-256-gcm-siv",
        "--activate",
        "-q",
    ])
    .expect_code(0);

    // A version recorded with the wrong algorithm (made by another tool, or before this check)
    // cannot become the active key of an encrypted column.
    env.db.exec(
        "INSERT INTO crypto_keys (basename, version, status, algorithm, fingerprint)
         VALUES ('profile', 2, 'pending', 'hmac-sha256', repeat('0', 64))",
    );
    let before = env.state();
    let out = env.keys(&["activate", "profile:v2"]);
    out.expect_code(65);
    assert!(
        out.stderr.contains("refusing a hmac-sha256 key"),
        "{}",
        out.stderr
    );
    assert_eq!(env.state(), before);
    let active: String = env
        .db
        .scalar("SELECT basename || ':v' || version FROM crypto_keys WHERE status = 'active'");
    assert_eq!(active, "profile:v1");
}

#[test]
fn versions_of_a_basename_the_registry_no_longer_declares_can_still_be_seen_and_wound_down() {
    let env = Env::new();
    // Left over from a registry that had a `legacy` basename.
    env.db.exec(
        "INSERT INTO crypto_keys (basename, version, status, algorithm, fingerprint)
         VALUES ('legacy', 1, 'decrypt_only', 'aes-256-gcm-siv', repeat('0', 64))",
    );
    for args in [vec!["show", "legacy"], vec!["list", "legacy"]] {
        let out = env.keys(&args);
        out.expect_code(0);
        assert!(
            out.stderr
                .contains("the registry declares no protected column with basename \"legacy\""),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stdout.contains("legacy:v1"), "{args:?}: {}", out.stdout);
    }
    env.keys(&["retire", "legacy:v1", "-q"]).expect_code(0);
    let status: String = env
        .db
        .scalar("SELECT status FROM crypto_keys WHERE basename = 'legacy'");
    assert_eq!(status, "retired");
    // Nothing new can be made or activated under it.
    env.keys(&["generate", "legacy"]).expect_code(65);
    env.keys(&["activate", "legacy:v1"]).expect_code(65);
}

#[test]
fn dev_up_as_root_refuses_a_directory_the_postgres_user_cannot_reach() {
    // Only root runs PostgreSQL as another user; as any other user the server runs as oneself.
    let uid = std::process::Command::new("id").arg("-u").output().unwrap();
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::Builder::new()
        .prefix("idctl-private-")
        .tempdir_in("/tmp")
        .unwrap();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let dev = DevDir {
        dir: tmp.path().join("dev"),
        _tmp: tmp,
    };
    let out = run(crate::harness::idctl()
        .args(["dev", "up", "-q", "--dir"])
        .arg(&dev.dir));
    out.expect_code(78);
    assert!(
        out.stderr.contains("cannot reach") && out.stderr.contains("nothing was created"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("chmod o+x"), "{}", out.stderr);
    assert!(!dev.dir.exists(), "nothing is created before the check");
}
