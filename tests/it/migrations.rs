//! `db migrate` / `db status`: fresh apply, idempotent re-apply, checksum refusal, one runner.

use crate::harness::{LockHolder, empty_db, migrated_db, run};

#[test]
fn fresh_apply_then_nothing_to_do() {
    let db = empty_db();
    let out = run(db.idctl().args(["db", "migrate", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    let applied = report["applied_count"].as_u64().unwrap();
    assert!(applied >= 2, "{report}");
    let tables: i64 =
        db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'");
    assert!(tables > 60, "{tables} tables");

    let out = run(db.idctl().args(["db", "migrate", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["applied_count"], 0);
    assert!(out.stderr.contains("up to date"), "{}", out.stderr);

    let out = run(db.idctl().args(["db", "status", "-o", "json"]));
    out.expect_code(0);
    let status = out.json();
    assert_eq!(status["up_to_date"], true);
    assert_eq!(status["pending"], 0);
    assert_eq!(status["applied"].as_u64().unwrap(), applied);
    let recorded: String =
        db.scalar("SELECT application_name FROM idctl_schema_migrations ORDER BY version LIMIT 1");
    assert_eq!(recorded, "idctl/db migrate");
}

#[test]
fn dry_run_changes_nothing() {
    let db = empty_db();
    let out = run(db
        .idctl()
        .args(["db", "migrate", "--dry-run", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["dry_run"], true);
    assert!(
        report["migrations"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["state"] == "pending")
    );
    let tables: i64 =
        db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'");
    assert_eq!(tables, 0);
}

#[test]
fn status_on_an_empty_database_lists_pending_migrations() {
    let db = empty_db();
    let out = run(db.idctl().args(["db", "status", "-o", "jsonl"]));
    out.expect_code(0);
    let lines: Vec<serde_json::Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 2);
    assert!(lines.iter().all(|m| m["state"] == "pending"));
}

#[test]
fn a_changed_applied_migration_is_refused() {
    let db = migrated_db();
    db.exec("UPDATE idctl_schema_migrations SET checksum = repeat('0', 64) WHERE version = 1");
    let out = run(db.idctl().args(["db", "migrate"]));
    out.expect_code(65);
    assert!(
        out.stderr
            .contains("0001_identity_schema was changed after it was applied"),
        "{}",
        out.stderr
    );
    let out = run(db.idctl().args(["db", "status", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["migrations"][0]["state"], "changed");
}

#[test]
fn a_migration_from_a_newer_idctl_is_refused() {
    let db = migrated_db();
    db.exec("INSERT INTO idctl_schema_migrations (version, name, checksum, execution_ms) VALUES (9999, 'future', repeat('a', 64), 1)");
    let out = run(db.idctl().args(["db", "migrate"]));
    out.expect_code(78);
    assert!(out.stderr.contains("9999_future"), "{}", out.stderr);
}

#[test]
fn a_second_runner_exits_75_naming_the_first() {
    let db = empty_db();
    let holder = LockHolder::new(
        &db.url,
        idctl::db::locks::keys::MIGRATIONS,
        "other-operator",
    );
    let started = std::time::Instant::now();
    let out = run(db.idctl().args(["db", "migrate"]));
    out.expect_code(75);
    assert!(
        started.elapsed().as_secs() < 10,
        "must not wait for the lock"
    );
    assert!(out.stderr.contains("already running"), "{}", out.stderr);
    assert!(
        out.stderr.contains("other-operator"),
        "names the holder: {}",
        out.stderr
    );
    let tables: i64 =
        db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'");
    assert_eq!(tables, 0, "the refused runner changed nothing");
    drop(holder);
    run(db.idctl().args(["db", "migrate", "-q"])).expect_code(0);
}

#[test]
fn concurrent_runners_apply_each_migration_once() {
    let db = empty_db();
    let children: Vec<_> = (0..3)
        .map(|_| {
            crate::harness::std_idctl()
                .env("DATABASE_URL", &db.url)
                .args(["db", "migrate", "-o", "json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let codes: Vec<i32> = outputs.iter().map(|o| o.status.code().unwrap()).collect();
    assert!(codes.iter().all(|c| *c == 0 || *c == 75), "{codes:?}");
    assert!(codes.contains(&0), "{codes:?}");
    // Whatever the interleaving, the runners together applied each migration exactly once.
    let applied: u64 = outputs
        .iter()
        .filter(|o| o.status.code() == Some(0))
        .map(|o| {
            let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            report["applied_count"].as_u64().unwrap()
        })
        .sum();
    assert_eq!(applied as usize, idctl::db::migrate::embedded().len());
    run(db.idctl().args(["db", "migrate", "-q"])).expect_code(0);
    let rows: i64 = db.scalar("SELECT count(*) FROM idctl_schema_migrations");
    assert_eq!(rows as usize, idctl::db::migrate::embedded().len());
}

#[test]
fn check_passes_on_a_migrated_database() {
    let db = migrated_db();
    let out = run(db.idctl().args(["db", "check", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["ok"], true);
}

#[test]
fn check_reports_what_is_missing_and_exits_65() {
    let db = migrated_db();
    db.exec("ALTER TABLE key_events DROP COLUMN actor_id; ALTER TABLE crypto_keys ALTER COLUMN fingerprint TYPE bytea USING fingerprint::bytea; DROP TABLE rbac_role_permissions");
    let out = run(db.idctl().args(["db", "check", "-o", "json"]));
    out.expect_code(65);
    let problems = out.json()["problems"].as_array().unwrap().clone();
    let text = serde_json::to_string(&problems).unwrap();
    assert!(
        text.contains("\"key_events\"") && text.contains("actor_id"),
        "{text}"
    );
    assert!(
        text.contains("crypto_keys") && text.contains("has type bytea"),
        "{text}"
    );
    assert!(
        text.contains("rbac_role_permissions") && text.contains("table is missing"),
        "{text}"
    );
}

#[test]
fn check_on_an_empty_database_reports_everything_missing() {
    let db = empty_db();
    let out = run(db.idctl().args(["db", "check", "-o", "jsonl"]));
    out.expect_code(65);
    assert!(out.stdout.lines().count() >= 8, "{}", out.stdout);
}

#[test]
fn the_holder_named_is_the_one_in_this_database() {
    // Advisory locks are per database; the same key held in another database on the same server
    // must not be named as this database's holder.
    let other = empty_db();
    let db = empty_db();
    let _elsewhere = LockHolder::new(
        &other.url,
        idctl::db::locks::keys::MIGRATIONS,
        "operator-of-another-database",
    );
    // The other database's holder takes its lock first, so an unfiltered query finds it first.
    std::thread::sleep(std::time::Duration::from_millis(200));
    let _here = LockHolder::new(
        &db.url,
        idctl::db::locks::keys::MIGRATIONS,
        "operator-of-this-database",
    );
    let out = run(db.idctl().args(["db", "migrate"]));
    out.expect_code(75);
    assert!(
        out.stderr.contains("operator-of-this-database")
            && !out.stderr.contains("operator-of-another-database"),
        "{}",
        out.stderr
    );
}
