//! The key lifecycle through the binary: actors, key files, states, and secrets that never leak.

use std::os::unix::fs::PermissionsExt;

use base64::Engine as _;

use crate::harness::{Outcome, TestDb, migrated_db, run};

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
    /// A key file of this database: in its directory of the keyring (`<system id>/<database>/`).
    fn key_file(&self, name: &str) -> std::path::PathBuf {
        let sysid: String = self
            .db
            .scalar("SELECT system_identifier::text FROM pg_control_system()");
        self.keyring
            .path()
            .join(sysid)
            .join(&self.db.name)
            .join(name)
    }
}

#[test]
fn a_mutating_command_without_an_actor_exits_77() {
    let env = Env::new();
    let out = run(env
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["keys", "generate", "profile"]));
    out.expect_code(77);
    assert!(
        out.stderr.contains("keys.generate"),
        "says which permission: {}",
        out.stderr
    );
    let keys: i64 = env.db.scalar("SELECT count(*) FROM crypto_keys");
    assert_eq!(keys, 0);
}

#[test]
fn actors_must_exist_be_active_unlocked_and_allowed() {
    let env = Env::new();
    env.db.exec(
        "INSERT INTO users (id, is_active, is_locked, actor_role) VALUES
            (100, true, true, 'admin'), (101, false, false, 'admin'), (102, true, false, NULL),
            (103, true, false, 'auditor'), (104, true, false, 'key_operator'), (105, true, false, NULL);
         INSERT INTO rbac_user_permissions (user_id, permission_id, effect)
              SELECT 104, id, 'deny' FROM permissions WHERE name = 'keys.generate';
         INSERT INTO rbac_user_permissions (user_id, permission_id, effect, expires_at)
              SELECT 105, id, 'allow', now() - interval '1 day' FROM permissions WHERE name = 'keys.generate';",
    );
    for (actor, needle) in [
        ("999", "no such user"),
        ("100", "locked"),
        ("101", "not active"),
        ("102", "lacks permission keys.generate"),
        ("103", "lacks permission keys.generate"),
        ("104", "explicitly denied"),
        ("105", "lacks permission keys.generate"),
        ("nobody", "expected a user id or an email"),
    ] {
        let out = run(env
            .idctl()
            .env("IDCTL_ACTOR", actor)
            .args(["keys", "generate", "profile"]));
        let code = if actor == "nobody" { 64 } else { 77 };
        out.expect_code(code);
        assert!(out.stderr.contains(needle), "actor {actor}: {}", out.stderr);
    }
    // Allowed through rbac_user_roles too.
    env.db.exec(
        "INSERT INTO users (id, is_active, is_locked) VALUES (106, true, false);
         INSERT INTO rbac_user_roles (user_id, role_id, status) SELECT 106, id, 'active' FROM rbac_roles WHERE name = 'key_operator';",
    );
    run(env
        .idctl()
        .env("IDCTL_ACTOR", "106")
        .args(["keys", "generate", "profile", "-q"]))
    .expect_code(0);
    let by: i64 = env
        .db
        .scalar("SELECT created_by FROM crypto_keys WHERE basename = 'profile'");
    assert_eq!(by, 106);
    let event_actor: i64 = env
        .db
        .scalar("SELECT actor_id FROM key_events WHERE event_type = 'generated'");
    assert_eq!(event_actor, 106);
}

#[test]
fn generate_writes_a_private_key_file_and_a_matching_row() {
    let env = Env::new();
    let out = run(env
        .idctl()
        .args(["keys", "generate", "profile", "--activate", "-o", "json"]));
    out.expect_code(0);
    let rec = out.json();
    assert_eq!(rec["key_id"], "profile:v1");
    assert_eq!(rec["status"], "active");
    assert_eq!(rec["algorithm"], "aes-256-gcm-siv");
    assert_eq!(rec["fingerprint"].as_str().unwrap().len(), 64);
    let path = env.key_file("profile.v1.key");
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let out = run(env
        .idctl()
        .args(["keys", "generate", "email_hash", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(
        out.json()["algorithm"],
        "hmac-sha256",
        "blind-index basenames get HMAC keys"
    );
    assert_eq!(out.json()["status"], "pending");
}

#[test]
fn a_key_file_readable_by_others_is_refused_with_a_fix() {
    let env = Env::new();
    run(env
        .idctl()
        .args(["keys", "generate", "profile", "--activate", "-q"]))
    .expect_code(0);
    let path = env.key_file("profile.v1.key");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run(env
        .idctl()
        .args(["keys", "show", "profile:v1", "-o", "json"]));
    out.expect_code(0);
    assert!(
        out.json()["versions"][0]["key_file"]
            .as_str()
            .unwrap()
            .contains("chmod 600"),
        "{}",
        out.stdout
    );
    let out = run(env.idctl().args(["keys", "verify", "profile"]));
    out.expect_code(78);
    assert!(
        out.stderr.contains("chmod 600") && out.stderr.contains("0644"),
        "{}",
        out.stderr
    );
    let out = run(env.idctl().args(["keys", "rotate", "profile"]));
    out.expect_code(78);
    let jobs: i64 = env.db.scalar("SELECT count(*) FROM key_rotation_jobs");
    assert_eq!(jobs, 0, "refused before any write");
}

#[test]
fn a_key_file_that_does_not_match_its_row_is_refused_before_any_write() {
    let env = Env::new();
    run(env
        .idctl()
        .args(["keys", "generate", "profile", "--activate", "-q"]))
    .expect_code(0);
    // Another key file under the same name: generate in another keyring, copy it over.
    let other = tempfile::tempdir().unwrap();
    let env2 = Env {
        db: migrated_db(),
        keyring: other,
    };
    run(env2
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "-q"]))
    .expect_code(0);
    run(env2
        .idctl()
        .args(["keys", "generate", "profile", "--activate", "-q"]))
    .expect_code(0);
    std::fs::remove_file(env.key_file("profile.v1.key")).unwrap();
    std::fs::copy(
        env2.key_file("profile.v1.key"),
        env.key_file("profile.v1.key"),
    )
    .unwrap();
    std::fs::set_permissions(
        env.key_file("profile.v1.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    let events_before: i64 = env.db.scalar("SELECT count(*) FROM key_events");
    let out = run(env.idctl().args(["keys", "rotate", "profile"]));
    // A key file is configuration (78); this one even belongs to another database, and says so.
    out.expect_code(78);
    assert!(
        out.stderr.contains("belongs to database")
            && out.stderr.contains(&env2.db.name)
            && out.stderr.contains(&env.db.name),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("profile.v1.key"),
        "names the file: {}",
        out.stderr
    );
    let events_after: i64 = env.db.scalar("SELECT count(*) FROM key_events");
    assert_eq!(events_before, events_after, "nothing written");
    run(env.idctl().args(["keys", "activate", "profile:v1"])).expect_code(78);
}

#[test]
fn lifecycle_states_and_gates() {
    let env = Env::new();
    run(env
        .idctl()
        .args(["keys", "generate", "newsletter_email", "--activate", "-q"]))
    .expect_code(0);
    run(env
        .idctl()
        .args(["keys", "generate", "newsletter_email", "-q"]))
    .expect_code(0);
    // The active version cannot be retired; pending -> active demotes the old one.
    let out = run(env.idctl().args(["keys", "retire", "newsletter_email:v1"]));
    out.expect_code(65);
    assert!(out.stderr.contains("active version"), "{}", out.stderr);
    run(env
        .idctl()
        .args(["keys", "activate", "newsletter_email:v2", "-q"]))
    .expect_code(0);
    let states: Vec<String> = env
        .db
        .query(
            "SELECT status FROM crypto_keys WHERE basename = 'newsletter_email' ORDER BY version",
        )
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(states, ["decrypt_only", "active"]);
    // Exactly one active version, whatever happens.
    let active: i64 = env.db.scalar(
        "SELECT count(*) FROM crypto_keys WHERE basename = 'newsletter_email' AND status = 'active'",
    );
    assert_eq!(active, 1);
    // A row still under v1 blocks retiring it, and says where.
    env.db.exec(
        "INSERT INTO users (id, is_active) VALUES (500, true);
                 INSERT INTO newsletter_subscribers (id, user_id, email_enc, email_key_version)
                      VALUES (9001, 500, '\\x00'::bytea, 'newsletter_email:v1');",
    );
    let out = run(env.idctl().args(["keys", "retire", "newsletter_email:v1"]));
    out.expect_code(65);
    assert!(
        out.stderr
            .contains("newsletter_subscribers.email_enc: 1 rows"),
        "{}",
        out.stderr
    );
    // --force without a terminal and without --yes refuses (64) rather than wait for input.
    let out = run(env
        .idctl()
        .args(["keys", "retire", "newsletter_email:v1", "--force"]));
    out.expect_code(64);
    assert!(
        out.stderr.contains("stdin is not a terminal"),
        "{}",
        out.stderr
    );
    env.db.exec("DELETE FROM newsletter_subscribers");
    run(env
        .idctl()
        .args(["keys", "retire", "newsletter_email:v1", "-q"]))
    .expect_code(0);
    // Destroy confirms (typed) — without a terminal it needs --yes.
    run(env.idctl().args(["keys", "destroy", "newsletter_email:v1"])).expect_code(64);
    assert!(env.key_file("newsletter_email.v1.key").exists());
    run(env
        .idctl()
        .args(["keys", "destroy", "newsletter_email:v1", "--yes", "-q"]))
    .expect_code(0);
    assert!(
        !env.key_file("newsletter_email.v1.key").exists(),
        "key file removed"
    );
    let status: String = env.db.scalar(
        "SELECT status FROM crypto_keys WHERE basename = 'newsletter_email' AND version = 1",
    );
    assert_eq!(status, "destroyed");
    let destroyed_by: i64 = env
        .db
        .scalar("SELECT actor_id FROM key_events WHERE event_type = 'destroyed'");
    assert_eq!(destroyed_by, 1);
}

/// Every key file's material, in the encodings it could leak in.
pub(crate) fn materials(dir: &std::path::Path) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        // Key files live in a directory per database (<system id>/<database>/).
        if entry.path().is_dir() {
            out.extend(materials(&entry.path()));
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for line in text.lines() {
            if let Some(b64) = line.strip_prefix("material: ") {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(b64.trim())
                    .unwrap();
                out.push(b64.trim().to_string());
                out.push(hex::encode(&bytes));
                out.push(format!("{bytes:?}"));
            }
        }
    }
    assert!(!out.is_empty(), "found key material to look for");
    out
}

#[test]
fn no_output_log_or_error_contains_key_material() {
    let env = Env::new();
    let mut outcomes: Vec<Outcome> = Vec::new();
    outcomes.push(run(env.idctl().args([
        "-vv",
        "keys",
        "generate",
        "profile",
        "--activate",
    ])));
    outcomes.push(run(env.idctl().args([
        "-vv",
        "keys",
        "generate",
        "email_hash",
        "--activate",
        "-o",
        "json",
    ])));
    outcomes.push(run(env
        .idctl()
        .args(["-vv", "keys", "generate", "profile"])));
    // A command that failed early "leaks nothing" trivially: each must have done its work.
    for o in &outcomes {
        o.expect_code(0);
    }
    // Collected now: `destroy --yes` below deletes profile.v1.key, whose material must be searched
    // for too.
    let mut materials = materials(env.keyring.path());
    assert!(
        materials.len() >= 3 * 3,
        "material of the three key files ({} encodings)",
        materials.len()
    );
    for (args, code) in [
        (vec!["keys", "list", "-o", "json"], 0),
        (vec!["keys", "show", "profile"], 0),
        (vec!["keys", "status", "-o", "csv"], 0),
        (vec!["keys", "verify", "--all", "-o", "json"], 0),
        (vec!["keys", "activate", "profile:v2"], 0),
        (vec!["keys", "plan", "profile", "-o", "jsonl"], 0),
        (vec!["keys", "rotate", "profile", "-o", "jsonl"], 0),
        (vec!["keys", "retire", "profile:v1"], 0),
        // Without --yes and without a terminal the confirmation cannot be asked.
        (vec!["keys", "destroy", "profile:v1"], 64),
        (vec!["keys", "destroy", "profile:v1", "--yes"], 0),
        (vec!["registry", "show", "-o", "json"], 0),
    ] {
        let mut cmd = env.idctl();
        cmd.arg("-vv").args(&args);
        let out = run(&mut cmd);
        assert_eq!(
            out.code, code,
            "{args:?}\n--- stdout:\n{}\n--- stderr:\n{}",
            out.stdout, out.stderr
        );
        outcomes.push(out);
    }
    // Broken key files produce errors that name the file, never its contents.
    let p = env.key_file("email_hash.v1.key");
    let original = std::fs::read_to_string(&p).unwrap();
    std::fs::write(
        &p,
        original.replace("algorithm: hmac-sha256", "algorithm: rot13"),
    )
    .unwrap();
    let out = run(env.idctl().args(["-vv", "keys", "show", "email_hash"]));
    assert!(
        out.code != 101 && !out.stderr.contains("panicked"),
        "{}",
        out.stderr
    );
    outcomes.push(out);
    for m in self::materials(env.keyring.path()) {
        if !materials.contains(&m) {
            materials.push(m);
        }
    }
    let everything: String = outcomes
        .iter()
        .map(|o| format!("{}\n{}\n", o.stdout, o.stderr))
        .collect();
    for m in &materials {
        assert!(
            !everything.contains(m.as_str()),
            "key material leaked into output"
        );
    }
    // And nothing of it in the database either: key rows, events (their meta) and job results.
    for table in ["crypto_keys", "key_events", "key_rotation_jobs"] {
        let dump: String = env
            .db
            .query(&format!(
                "SELECT coalesce(string_agg(t::text, ' '), '') FROM (SELECT * FROM {table}) t"
            ))
            .first()
            .map(|r| r.get(0))
            .unwrap();
        for m in &materials {
            assert!(!dump.contains(m.as_str()), "key material stored in {table}");
        }
    }
}

/// `keys destroy` asks for confirmation before it opens its transaction: while the operator
/// decides, the basename's lock is free and `keys generate` of the same basename goes through.
/// The prompt needs a terminal: `script` (util-linux, essential on Debian) gives it one.
#[test]
fn a_destroy_waiting_for_confirmation_holds_no_lock() {
    let s = crate::rotate::seeded(2);
    run(s.idctl().args(["keys", "generate", "profile", "-q"])).expect_code(0);
    let pending = "profile:v2";
    let cmd = s.std_idctl();
    let program = cmd.get_program().to_string_lossy().into_owned();
    let envs: Vec<(std::ffi::OsString, Option<std::ffi::OsString>)> = cmd
        .get_envs()
        .map(|(k, v)| (k.to_owned(), v.map(|v| v.to_owned())))
        .collect();
    let mut script = std::process::Command::new("script");
    for (k, v) in envs {
        match v {
            Some(v) => script.env(k, v),
            None => script.env_remove(k),
        };
    }
    script
        .args([
            "-qec",
            &format!("{program} keys destroy {pending}"),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    let mut prompt = crate::harness::KillOnDrop(script.spawn().expect("script(1) runs"));
    // Wait until the prompt is up (the destroy has read the version and checked its usage).
    let mut out = prompt.0.stdout.take().unwrap();
    let mut seen = Vec::new();
    let t = std::time::Instant::now();
    while !String::from_utf8_lossy(&seen).contains("to confirm") {
        let mut buf = [0u8; 256];
        let n = std::io::Read::read(&mut out, &mut buf).unwrap();
        assert!(
            n > 0,
            "the prompt never appeared: {}",
            String::from_utf8_lossy(&seen)
        );
        seen.extend_from_slice(&buf[..n]);
        assert!(t.elapsed() < std::time::Duration::from_secs(30));
    }
    let t = std::time::Instant::now();
    let g = run(s.idctl().args(["keys", "generate", "profile", "-q"]));
    g.expect_code(0);
    assert!(
        t.elapsed() < std::time::Duration::from_secs(10),
        "generate waited for the prompt"
    );
    drop(prompt);
    let status: String =
        s.db.scalar("SELECT status FROM crypto_keys WHERE basename = 'profile' AND version = 2");
    assert_eq!(status, "pending", "nothing destroyed without the answer");
}
