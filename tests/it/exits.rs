//! Exit codes and messages by cause (README's table), no panic from any command line, colours only
//! where asked for, and key files that belong to one database.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use idctl::registry::Registry;

use crate::harness::{Outcome, TestDb, migrated_db, run, with_dbname};
use crate::rotate::{Seeded, seeded};

/// A panic used to exit 101 with Rust's report; the panic hook makes it 70. Neither may happen.
#[track_caller]
fn assert_no_panic(what: &str, out: &Outcome) {
    assert!(
        out.code != 101 && out.code != 70 && !out.stderr.contains("panicked"),
        "{what}: exit {}\n--- stderr:\n{}",
        out.code,
        out.stderr
    );
}

/// Every key file under `dir`, at any depth.
fn key_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "key") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn key_file(dir: &Path, name: &str) -> PathBuf {
    key_files(dir)
        .into_iter()
        .find(|p| p.file_name().is_some_and(|n| n == name))
        .unwrap_or_else(|| panic!("no key file {name} under {}", dir.display()))
}

/// The first primary key of `table` in text form (comma-separated for a composite key).
fn first_pk(db: &TestDb, table: &str, pk: &[String]) -> Option<String> {
    let cols: Vec<String> = pk.iter().map(|c| format!("\"{c}\"::text")).collect();
    let q = format!(
        "SELECT concat_ws(',', {}) FROM \"{table}\" ORDER BY {} LIMIT 1",
        cols.join(", "),
        pk.iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    db.query(&q).first().map(|r| r.get(0))
}

#[test]
fn every_read_command_works_on_every_registered_table_and_basename() {
    let s = seeded(20);
    let registry = Registry::builtin();
    for table in registry.tables() {
        let columns = registry.protected_columns_in(table);
        if columns.is_empty() {
            continue;
        }
        let pk = first_pk(&s.db, table, &columns[0].primary_key);
        let key = pk.clone().unwrap_or_else(|| "1".into());
        for decrypt in [false, true] {
            let mut cmd = s.idctl();
            cmd.args(["data", "show", table, &key, "-o", "json"]);
            if decrypt {
                cmd.arg("--decrypt");
            }
            let out = run(&mut cmd);
            let what = format!("data show {table} {key} (decrypt: {decrypt})");
            assert_no_panic(&what, &out);
            if pk.is_some() {
                out.expect_code(0);
                assert_eq!(out.json()["table"], table, "{what}");
            } else {
                out.expect_code(65);
                assert!(out.stderr.contains("no row"), "{what}: {}", out.stderr);
            }
        }
    }
    for basename in registry.basenames() {
        for args in [
            vec!["keys", "status", basename],
            vec!["keys", "plan", basename],
            vec!["keys", "show", basename],
            vec!["keys", "verify", basename, "--all"],
        ] {
            let out = run(s.idctl().args(&args).args(["-o", "json"]));
            assert_no_panic(&args.join(" "), &out);
            if args[1] == "verify" && basename == "password_pepper" {
                // Peppered password hashes cannot be decrypted, so there is nothing to verify.
                out.expect_code(64);
            } else if args[1] == "show" && out.stderr.contains("no key versions") {
                // A basename the seed gives no key (signing keys are the application's).
                out.expect_code(65);
            } else {
                out.expect_code(0);
            }
        }
    }
    for args in [
        vec!["keys", "list"],
        vec!["keys", "status"],
        vec!["keys", "verify"],
        vec!["jobs", "list"],
        vec!["registry", "show"],
        vec!["db", "status"],
        vec!["db", "check"],
    ] {
        let out = run(s.idctl().args(&args).args(["-o", "json"]));
        assert_no_panic(&args.join(" "), &out);
        out.expect_code(0);
    }
}

#[test]
fn no_option_value_makes_a_command_panic() {
    let s = seeded(5);
    let huge = "18446744073709551615";
    let extremes: Vec<Vec<&str>> = vec![
        vec!["keys", "rotate", "profile", "--schedule", "99999999d"],
        vec!["keys", "rotate", "profile", "--schedule", huge],
        vec![
            "keys",
            "rotate",
            "profile",
            "--schedule",
            "9999-12-31T23:59:59Z",
        ],
        vec![
            "keys",
            "rotate",
            "profile",
            "--schedule",
            "0000-01-01T00:00:00Z",
        ],
        vec!["--connect-timeout", huge, "db", "status"],
        vec!["--connect-timeout", "99999999d", "db", "status"],
        vec!["--lock-timeout", huge, "keys", "list"],
        vec!["--statement-timeout", huge, "keys", "list"],
        vec!["--statement-timeout", "0", "keys", "list"],
        vec!["keys", "rotate", "profile", "--batch-size", huge],
        vec![
            "keys",
            "rotate",
            "profile",
            "--batch-size",
            "0",
            "--fixed-batch-size",
        ],
        vec!["keys", "rotate", "profile", "--workers", "0"],
        vec!["keys", "rotate", "profile", "--ranges", "0"],
        vec!["keys", "rotate", "profile", "--max-rate", "-1"],
        vec!["keys", "rotate", "profile", "--max-rate", "0"],
        vec!["keys", "rotate", "profile", "--max-rate", "NaN"],
        vec!["keys", "rotate", "profile", "--max-rate", "inf"],
        vec!["keys", "rotate", "profile", "--target-batch-duration", "0"],
        vec!["keys", "rotate", "profile", "--target-batch-duration", huge],
        vec!["keys", "rotate", "profile", "--max-replica-lag", huge],
        vec!["keys", "verify", "profile", "--sample", "0"],
        vec!["keys", "verify", "profile", "--sample", "-1"],
        vec![
            "keys",
            "verify",
            "profile",
            "--sample",
            "9223372036854775807",
        ],
        vec!["keys", "verify", "--max-listed", "0"],
        vec!["keys", "show", "profile:v4294967296"],
        vec!["keys", "show", "profile:v0"],
        vec!["keys", "show", ""],
        vec!["keys", "generate", ""],
        vec!["keys", "status", "no-such-basename"],
        vec!["jobs", "show", "-1"],
        vec!["jobs", "show", "9223372036854775807"],
        vec!["jobs", "cancel", "0"],
        vec!["jobs", "list", "--limit", "-1"],
        vec!["jobs", "run-due", "--max-duration", "99999999d"],
        vec!["jobs", "run-due", "--max-duration", "0"],
        vec!["data", "show", "user_profiles", "99999999999999999999"],
        vec!["data", "show", "user_profiles", ""],
        vec!["data", "show", "user_profiles", "1,2,3"],
        vec!["data", "show", "", "1"],
        vec!["dev", "seed", "--users", "0"],
    ];
    for args in extremes {
        let out = run(s
            .idctl()
            .args(&args)
            .args(["-q", "--yes"])
            .timeout(Duration::from_secs(60)));
        assert_no_panic(&args.join(" "), &out);
        assert_ne!(out.code, -1, "{}: timed out", args.join(" "));
    }
}

#[test]
fn a_schedule_beyond_the_calendar_is_a_usage_error_not_a_panic() {
    let s = seeded(1);
    let out = run(s
        .idctl()
        .args(["keys", "rotate", "profile", "--schedule", "99999999d"]));
    out.expect_code(64);
    assert!(
        out.stderr.contains("too far in the future"),
        "{}",
        out.stderr
    );
    let jobs: i64 = s.db.scalar("SELECT count(*) FROM key_rotation_jobs");
    assert_eq!(jobs, 0);
}

#[test]
fn data_show_of_a_text_column_row_does_not_panic() {
    let s = seeded(3);
    let id: i64 = s.db.scalar("SELECT min(id) FROM users");
    let out = run(s
        .idctl()
        .args(["data", "show", "users", &id.to_string(), "-o", "json"]));
    out.expect_code(0);
    let columns = out.json()["columns"].as_array().unwrap().clone();
    assert!(
        columns.iter().any(|c| c["column"] == "password_hash"),
        "{}",
        out.stdout
    );
}

#[test]
fn data_show_with_a_malformed_primary_key_is_a_usage_error_with_the_key_cut_short() {
    let s = seeded(1);
    let out = run(s
        .idctl()
        .args(["data", "show", "user_profiles", "1; DROP TABLE users"]));
    out.expect_code(64);
    assert!(
        out.stderr
            .contains("is not a valid bigint for user_profiles.user_id"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("database error"), "{}", out.stderr);
    let long = "7".repeat(100_000);
    let out = run(s.idctl().args(["data", "show", "user_profiles", &long]));
    out.expect_code(64);
    assert!(out.stderr.len() < 1000, "{} bytes", out.stderr.len());
    assert!(out.stderr.contains("(100000 characters)"), "{}", out.stderr);
    let users: i64 = s.db.scalar("SELECT count(*) FROM users");
    assert!(users > 0);
}

#[test]
fn bootstrap_admin_when_an_operator_exists_is_a_data_error_not_a_permission_error() {
    let db = migrated_db();
    run(db.idctl().args(["users", "bootstrap-admin", "-q"])).expect_code(0);
    let out = run(db.idctl().args(["users", "bootstrap-admin"]));
    out.expect_code(65);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
}

#[test]
fn a_missing_database_is_a_configuration_error() {
    let db = migrated_db();
    let url = with_dbname(&db.url, "no_such_database_here");
    let out = run(crate::harness::idctl()
        .env("DATABASE_URL", &url)
        .args(["db", "status"]));
    out.expect_code(78);
    assert!(
        out.stderr.contains("no_such_database_here") && out.stderr.contains("does not exist"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: check the database name"),
        "{}",
        out.stderr
    );
}

#[test]
fn wrong_or_missing_password_is_a_configuration_error() {
    let db = migrated_db();
    // A role of its own that must give a password; the cluster's other users keep trust.
    let hba: String = db.scalar("SHOW hba_file");
    let Ok(original) = std::fs::read_to_string(&hba) else {
        eprintln!("skipped: cannot edit {hba}");
        return;
    };
    if !original.contains("idctl_pw_test") {
        let line = "local all idctl_pw_test scram-sha-256\n";
        std::fs::write(&hba, format!("{line}{original}")).unwrap();
    }
    db.exec(
        "DO $$ BEGIN
           IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'idctl_pw_test') THEN
             CREATE ROLE idctl_pw_test LOGIN PASSWORD 'right-password';
           END IF;
         END $$;
         SELECT pg_reload_conf();",
    );
    std::thread::sleep(Duration::from_millis(300));
    let url = db.url.replace("user=postgres", "user=idctl_pw_test");
    assert_ne!(url, db.url, "the harness URL names its user");
    let out = run(crate::harness::idctl()
        .env("DATABASE_URL", format!("{url}&password=wrong-password"))
        .args(["db", "status"]));
    out.expect_code(78);
    assert!(
        out.stderr.contains("password authentication failed"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("hint: check the user and password"));
    assert!(!out.stderr.contains("wrong-password"), "{}", out.stderr);
    let out = run(crate::harness::idctl()
        .env("DATABASE_URL", &url)
        .env("PGPASSFILE", "/nonexistent")
        .args(["db", "status"]));
    out.expect_code(78);
    assert!(out.stderr.contains("password missing"), "{}", out.stderr);
    assert!(out.stderr.contains("PGPASSWORD"), "{}", out.stderr);
}

/// Another session holding an exclusive lock on `table` until dropped.
struct TableLock {
    release: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TableLock {
    fn new(url: &str, table: &str) -> Self {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
        let url = url.to_string();
        let table = table.to_string();
        let thread = std::thread::spawn(move || {
            crate::harness::block_on(async move {
                let (mut client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
                    .await
                    .unwrap();
                tokio::spawn(conn);
                let tx = client.transaction().await.unwrap();
                tx.batch_execute(&format!("LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE"))
                    .await
                    .unwrap();
                ready_tx.send(()).unwrap();
                tokio::task::spawn_blocking(move || release_rx.recv())
                    .await
                    .unwrap()
                    .ok();
                drop(tx);
            })
        });
        ready_rx.recv().unwrap();
        TableLock {
            release: Some(release_tx),
            thread: Some(thread),
        }
    }
}

impl Drop for TableLock {
    fn drop(&mut self) {
        drop(self.release.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[test]
fn a_statement_timeout_is_not_reported_as_a_lock_held_by_another_session() {
    let db = migrated_db();
    let _lock = TableLock::new(&db.url, "crypto_keys");
    // A lock limit far beyond the statement's: statement_timeout ends the wait.
    let out = run(db.idctl().args([
        "--lock-timeout",
        "1h",
        "--statement-timeout",
        "300ms",
        "keys",
        "list",
    ]));
    out.expect_code(78);
    assert!(out.stderr.contains("statement timeout"), "{}", out.stderr);
    assert!(
        out.stderr.contains("raise --statement-timeout"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("another session holds a lock"),
        "{}",
        out.stderr
    );
    // A lock limit reached is temporary, and says so.
    let out = run(db.idctl().args([
        "--lock-timeout",
        "200ms",
        "--statement-timeout",
        "60s",
        "keys",
        "list",
    ]));
    out.expect_code(75);
    assert!(
        out.stderr.contains("another session holds a lock"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_cancelled_rotation_exits_79_naming_who_cancelled_it() {
    let s = seeded(300);
    let child = s
        .std_idctl()
        .args([
            "keys",
            "rotate",
            "profile",
            "--max-rate",
            "100",
            "--batch-size",
            "10",
            "--fixed-batch-size",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let progress: bool =
            s.db.scalar("SELECT EXISTS (SELECT 1 FROM job_ranges WHERE rows_done > 0)");
        if progress {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "no progress");
        std::thread::sleep(Duration::from_millis(50));
    }
    let job_id: i64 = s.db.scalar("SELECT id FROM key_rotation_jobs");
    run(s
        .idctl()
        .args(["jobs", "cancel", &job_id.to_string(), "-q"]))
    .expect_code(0);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(79), "{stderr}");
    assert!(
        stderr.contains(&format!("job {job_id} was cancelled by operator 1")),
        "{stderr}"
    );
    let status: String = s.db.scalar("SELECT status FROM key_rotation_jobs");
    assert_eq!(status, "cancelled");
}

#[test]
fn every_kind_of_key_file_damage_is_a_configuration_error() {
    let s = seeded(3);
    let path = key_file(s.keyring.path(), "profile.v1.key");
    let original = std::fs::read(&path).unwrap();
    let restore = || {
        if path.is_dir() {
            std::fs::remove_dir(&path).unwrap();
        } else {
            let _ = std::fs::remove_file(&path);
        }
        std::fs::write(&path, &original).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    };
    type Damage = Box<dyn Fn(&Path)>;
    let damages: Vec<(&str, Damage, &str)> = vec![
        (
            "missing",
            Box::new(|p| std::fs::remove_file(p).unwrap()),
            "No such file",
        ),
        (
            "readable by others",
            Box::new(|p| {
                std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o644)).unwrap()
            }),
            "chmod 600",
        ),
        (
            "empty",
            Box::new(|p| std::fs::write(p, "").unwrap()),
            "profile.v1.key",
        ),
        (
            "corrupt",
            Box::new(|p| {
                let mut text = std::fs::read_to_string(p).unwrap();
                let i = text.find("material: ").unwrap() + 12;
                let c = if &text[i..i + 1] == "A" { "B" } else { "A" };
                text.replace_range(i..i + 1, c);
                std::fs::write(p, text).unwrap();
            }),
            "fingerprint",
        ),
        (
            "a directory",
            Box::new(|p| {
                std::fs::remove_file(p).unwrap();
                std::fs::create_dir(p).unwrap();
            }),
            "not a regular file",
        ),
    ];
    for (what, damage, needle) in damages {
        damage(&path);
        let out = run(s.idctl().args(["keys", "verify", "profile"]));
        assert_eq!(out.code, 78, "{what}: {}", out.stderr);
        assert!(out.stderr.contains(needle), "{what}: {}", out.stderr);
        assert!(
            out.stderr.contains("profile.v1.key"),
            "{what}: names the file: {}",
            out.stderr
        );
        restore();
    }
    run(s.idctl().args(["keys", "verify", "profile", "-q"])).expect_code(0);
}

#[test]
fn one_keyring_serves_two_databases_and_refuses_a_key_file_of_the_other() {
    let a = seeded(3);
    // A second database with the same keyring directory.
    let b = Seeded {
        db: migrated_db(),
        keyring: tempfile::tempdir().unwrap(),
    };
    let shared = a.keyring.path();
    run(b
        .idctl()
        .env("IDCTL_KEYRING", shared)
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "-q"]))
    .expect_code(0);
    let out = run(b
        .idctl()
        .env("IDCTL_KEYRING", shared)
        .args(["dev", "seed", "--users", "3", "-q"]));
    out.expect_code(0);
    run(b
        .idctl()
        .env("IDCTL_KEYRING", shared)
        .args(["keys", "verify", "--all", "-q"]))
    .expect_code(0);
    run(a.idctl().args(["keys", "verify", "--all", "-q"])).expect_code(0);
    // Each database's files are in a directory of its own, and say whose they are.
    let files: Vec<PathBuf> = key_files(shared)
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "profile.v1.key"))
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
    let a_file = files
        .iter()
        .find(|p| p.parent().unwrap().ends_with(&a.db.name))
        .unwrap()
        .clone();
    let b_file = files
        .iter()
        .find(|p| p.parent().unwrap().ends_with(&b.db.name))
        .unwrap()
        .clone();
    let a_text = std::fs::read_to_string(&a_file).unwrap();
    assert!(a_text.starts_with("idctl-key v2\n"), "{a_text}");
    assert!(
        a_text.contains("database: ") && a_text.contains(&format!("/{}\n", a.db.name)),
        "{a_text}"
    );
    // A's key file presented as B's: refused, naming both databases, before anything is used.
    std::fs::remove_file(&b_file).unwrap();
    std::fs::copy(&a_file, &b_file).unwrap();
    let out = run(b
        .idctl()
        .env("IDCTL_KEYRING", shared)
        .args(["keys", "verify", "profile"]));
    out.expect_code(78);
    assert!(
        out.stderr.contains(&format!("/{}", a.db.name))
            && out.stderr.contains(&format!("/{}", b.db.name)),
        "names both databases: {}",
        out.stderr
    );
    assert!(out.stderr.contains("belongs to database"), "{}", out.stderr);
}

#[test]
fn key_files_written_before_the_binding_are_still_used() {
    let s = seeded(3);
    // Make profile.v1 a version 1 file directly in the keyring directory, as older idctl wrote it.
    let bound = key_file(s.keyring.path(), "profile.v1.key");
    let text = std::fs::read_to_string(&bound).unwrap();
    let v1: String = text
        .replace("idctl-key v2\n", "idctl-key v1\n")
        .lines()
        .filter(|l| !l.starts_with("database: "))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::remove_file(&bound).unwrap();
    let legacy = s.keyring.path().join("profile.v1.key");
    std::fs::write(&legacy, v1).unwrap();
    std::fs::set_permissions(&legacy, std::fs::Permissions::from_mode(0o600)).unwrap();
    run(s.idctl().args(["keys", "verify", "profile", "--all", "-q"])).expect_code(0);
}

#[test]
fn color_never_means_no_escape_codes_in_log_lines_either() {
    let db = migrated_db();
    for args in [
        vec!["--color", "never", "-vv", "db", "status"],
        vec!["-vv", "db", "status"],
    ] {
        let out = run(db.idctl().env("IDCTL_LOG", "debug").args(&args));
        out.expect_code(0);
        assert!(
            out.stderr.contains("DEBUG"),
            "-vv writes debug lines: {}",
            out.stderr
        );
        assert!(
            !out.stderr.contains('\u{1b}'),
            "{args:?}: escape codes on a pipe: {:?}",
            out.stderr
        );
    }
    let out = run(db
        .idctl()
        .env("IDCTL_LOG", "debug")
        .args(["--color", "always", "-vv", "db", "status"]));
    assert!(out.stderr.contains('\u{1b}'), "always means always");
}

#[test]
fn a_server_that_is_not_running_is_named_by_its_socket_like_psql_does() {
    let out = run(crate::harness::idctl()
        .env(
            "DATABASE_URL",
            "postgresql:///x?host=/nonexistent/sockets&port=5999&user=someone",
        )
        .args(["db", "status"]));
    out.expect_code(69);
    assert!(
        out.stderr
            .contains("socket \"/nonexistent/sockets/.s.PGSQL.5999\""),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("%2F"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("is the server running locally and accepting connections on that socket?"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_panic_exits_70_with_a_short_message_and_details_only_with_verbose() {
    let s = seeded(3);
    let out = run(s
        .idctl()
        .env("IDCTL_FAILPOINT", "rotation.before_verify:panic")
        .env("RUST_BACKTRACE", "1")
        .args(["keys", "rotate", "profile"])
        .timeout(Duration::from_secs(120)));
    out.expect_code(70);
    assert!(
        out.stderr
            .contains("error: internal error: idctl stopped on a bug"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("panicked at"), "{}", out.stderr);
    assert!(!out.stderr.contains("stack backtrace"), "{}", out.stderr);
    // The report itself is short (the notes and progress lines before it are the run's own).
    let report = &out.stderr[out.stderr.find("error: internal error").unwrap_or(0)..];
    assert!(report.lines().count() <= 3, "{}", out.stderr);
    // With -v: what and where.
    let out = run(s
        .idctl()
        .env("IDCTL_FAILPOINT", "rotation.before_verify:panic")
        .args(["-v", "keys", "rotate", "profile"])
        .timeout(Duration::from_secs(120)));
    out.expect_code(70);
    assert!(
        out.stderr
            .contains("failpoint rotation.before_verify at src/"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_database_role_without_privileges_is_a_configuration_error_not_an_operator_permission() {
    let db = migrated_db();
    db.exec(
        "DO $$ BEGIN
           IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'idctl_noprivs') THEN
             CREATE ROLE idctl_noprivs LOGIN;
           END IF;
         END $$;",
    );
    let url = db.url.replace("user=postgres", "user=idctl_noprivs");
    assert_ne!(url, db.url, "the harness URL names its user");
    let out = run(crate::harness::idctl()
        .env("DATABASE_URL", &url)
        .args(["keys", "list"]));
    out.expect_code(78);
    assert!(out.stderr.contains("permission denied"), "{}", out.stderr);
    assert!(
        out.stderr.contains("the database role lacks a privilege"),
        "{}",
        out.stderr
    );
}

/// A column idctl reads whose type was changed (a database idctl did not create, or edited by
/// hand) is a clear configuration error (78) naming the column, never a panic.
#[test]
fn a_column_of_another_type_is_a_clear_configuration_error() {
    let s = seeded(2);
    s.db.exec(
        "INSERT INTO key_rotation_jobs (basename, target_version, status) VALUES ('profile', 1, 'failed');
         ALTER TABLE key_rotation_jobs ALTER COLUMN started_at TYPE text;
         ALTER TABLE crypto_keys ALTER COLUMN activated_at TYPE text;",
    );
    for (args, column) in [
        (vec!["jobs", "list", "-o", "json"], "started_at"),
        (vec!["keys", "list", "-o", "json"], "activated_at"),
    ] {
        let out = run(s.idctl().args(&args));
        assert_no_panic(&args.join(" "), &out);
        out.expect_code(78);
        assert!(
            out.stderr.contains("not as idctl expects")
                && out.stderr.contains(&format!("\"{column}\""))
                && out.stderr.contains("text"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stderr.contains("idctl db check"), "{}", out.stderr);
    }
}

/// A job status idctl does not know (a constraint dropped, a row edited by hand) is bad data (65)
/// naming the row and the value, never a panic or a silently wrong decision.
#[test]
fn an_unknown_job_status_is_a_data_error_naming_the_row() {
    let s = seeded(2);
    s.db.exec(
        "ALTER TABLE key_rotation_jobs DROP CONSTRAINT ck_key_rotation_jobs_status;
         INSERT INTO key_rotation_jobs (id, basename, target_version, status) VALUES (4242, 'profile', 1, 'paused');",
    );
    for args in [
        vec!["jobs", "list", "-o", "json"],
        vec!["jobs", "show", "4242"],
    ] {
        let out = run(s.idctl().args(&args));
        assert_no_panic(&args.join(" "), &out);
        out.expect_code(65);
        assert!(
            out.stderr.contains("key_rotation_jobs row 4242") && out.stderr.contains("\"paused\""),
            "{args:?}: {}",
            out.stderr
        );
    }
}
