//! The key lifecycle around a rotation: nothing changes before every precondition holds, no
//! version appears that the operator did not ask for, a re-run never repeats work, a cancelled or
//! crashed job is finished rather than superseded, and the old version retires only after its
//! grace period.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::harness::run;
use crate::rotate::{Seeded, seeded};

/// Everything a failed command must leave as it was: key versions and their states, jobs, key
/// events, and the key files in the keyring.
type LifecycleState = (Vec<(String, i32, String)>, i64, i64, Vec<String>);

fn lifecycle_state(s: &Seeded) -> LifecycleState {
    let keys =
        s.db.query("SELECT basename::text, version, status FROM crypto_keys ORDER BY 1, 2")
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
    let jobs: i64 = s.db.scalar("SELECT count(*) FROM key_rotation_jobs");
    let events: i64 = s.db.scalar("SELECT count(*) FROM key_events");
    let files = crate::harness::keyring_files(s.keyring.path());
    (keys, jobs, events, files)
}

/// The built-in registry with one edit, written to a file in the test's keyring directory's
/// sibling (a temp dir kept alive by the caller).
fn edited_registry(from: &str, to: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/registry/builtin.toml"
    ))
    .unwrap();
    assert!(text.contains(from), "the built-in registry has {from:?}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("registry.toml");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    (dir, path)
}

fn key_count(s: &Seeded, basename: &str) -> i64 {
    s.db.scalar(&format!(
        "SELECT count(*) FROM crypto_keys WHERE basename = '{basename}'"
    ))
}

fn status_of(s: &Seeded, key: &str) -> String {
    let (b, v) = key.split_once(":v").unwrap();
    s.db.scalar(&format!(
        "SELECT status FROM crypto_keys WHERE basename = '{b}' AND version = {v}"
    ))
}

#[test]
fn a_registry_that_does_not_match_the_database_stops_rotate_status_and_dry_run_before_any_write() {
    let s = seeded(30);
    for (from, to) in [
        ("column = \"profile_enc\"", "column = \"profile_encc\""),
        ("table = \"user_profiles\"", "table = \"pg_authid\""),
    ] {
        let (_dir, registry) = edited_registry(from, to);
        let before = lifecycle_state(&s);
        let out = run(s
            .idctl()
            .arg("--registry")
            .arg(&registry)
            .args(["keys", "rotate", "profile"]));
        out.expect_code(78);
        assert!(
            out.stderr.contains("does not match the database")
                && out.stderr.contains("nothing was changed"),
            "{to}: {}",
            out.stderr
        );
        assert_eq!(lifecycle_state(&s), before, "{to}: nothing changed");
        for args in [
            &["keys", "status", "profile"][..],
            &["keys", "rotate", "profile", "--dry-run"][..],
            &["keys", "plan", "profile"][..],
        ] {
            let out = run(s.idctl().arg("--registry").arg(&registry).args(args));
            out.expect_code(78);
            assert!(
                !out.stdout.contains("30"),
                "{args:?} reports no count for a column that does not exist: {}",
                out.stdout
            );
        }
        assert_eq!(lifecycle_state(&s), before, "{to}: nothing changed");
    }
}

#[test]
fn a_rerun_after_completed_with_errors_reports_the_quarantined_rows_and_does_nothing_else() {
    let s = seeded(40);
    let ids: Vec<i64> =
        s.db.query("SELECT user_id FROM user_profiles ORDER BY user_id LIMIT 2")
            .iter()
            .map(|r| r.get(0))
            .collect();
    s.db.exec(&format!(
        "UPDATE user_profiles SET profile_enc = (SELECT profile_enc FROM user_profiles WHERE user_id = {}) WHERE user_id = {}",
        ids[0], ids[1]
    ));
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(65);
    assert_eq!(key_count(&s, "profile"), 2);
    let rewritten_first: i64 = s.db.scalar("SELECT sum(rows_done)::bigint FROM job_ranges");
    assert_eq!(rewritten_first, 39);

    for _ in 0..2 {
        let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
        out.expect_code(65);
        let report = out.json();
        assert_eq!(report["status"], "completed_with_errors", "{report}");
        assert_eq!(report["quarantined_rows"], 1, "{report}");
        assert_eq!(report["job_id"], serde_json::Value::Null, "no new job");
        assert!(
            report["message"]
                .as_str()
                .unwrap()
                .contains("--retry-quarantined"),
            "{report}"
        );
    }
    assert_eq!(key_count(&s, "profile"), 2, "no new version");
    assert_eq!(
        s.db.scalar::<i64>("SELECT count(*) FROM key_rotation_jobs"),
        1
    );
    let rewritten: i64 = s.db.scalar("SELECT sum(rows_done)::bigint FROM job_ranges");
    assert_eq!(rewritten, 39, "no good row rewritten again");

    // Asked to, it tries the quarantined row again, onto the same version.
    let out = run(s.idctl().args([
        "keys",
        "rotate",
        "profile",
        "--retry-quarantined",
        "-o",
        "json",
    ]));
    out.expect_code(65);
    let report = out.json();
    assert_eq!(report["target"], "profile:v2", "{report}");
    assert_eq!(report["rows_failed"], 1, "{report}");
    assert_eq!(key_count(&s, "profile"), 2, "still no new version");

    // jobs show explains it and lists the row.
    let show = run(s.idctl().args(["jobs", "show", "1", "-o", "json"]));
    show.expect_code(0);
    let show = show.json();
    assert_eq!(show["rows_failed"], 1, "{show}");
    assert_eq!(show["failed_rows"][0]["primary_key"], ids[1].to_string());
    assert!(show["state_note"].as_str().unwrap().contains("quarantined"));
}

/// Waits until the rotation has committed some batches, then returns.
fn wait_for_progress(s: &Seeded, child: &mut std::process::Child) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let done: i64 =
            s.db.scalar("SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges");
        if done >= 20 {
            return;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the rotation ended before the test could act"
        );
        assert!(Instant::now() < deadline, "no progress in 30 s");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_cancelled_job_can_be_resumed_and_nothing_is_redone() {
    let s = seeded(200);
    let mut child = s.spawn_slow_rotate(100, 10, &[]);
    wait_for_progress(&s, &mut child);
    run(s.idctl().args(["jobs", "cancel", "1", "-q"])).expect_code(0);
    let status = child.wait().unwrap();
    assert_eq!(
        status.code(),
        Some(79),
        "a cancelled rotation is not 'retry later' (75)"
    );
    assert_eq!(
        s.db.scalar::<String>("SELECT status FROM key_rotation_jobs WHERE id = 1"),
        "cancelled",
        "stays cancelled"
    );
    let event: String =
        s.db.scalar("SELECT event_type FROM key_events WHERE job_id = 1 ORDER BY id DESC LIMIT 1");
    assert_eq!(event, "rotation_cancelled");
    let done_before: i64 = s.db.scalar("SELECT sum(rows_done)::bigint FROM job_ranges");
    assert!(done_before > 0 && done_before < 200, "{done_before}");

    let out = run(s.idctl().args(["jobs", "resume", "1", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["status"], "completed", "{report}");
    assert_eq!(report["job_id"], 1, "the same job");
    assert_eq!(report["target"], "profile:v2");
    assert_eq!(report["rows_rewritten"], 200, "total over both attempts");
    assert_eq!(
        report["rows_rewritten_this_run"].as_i64().unwrap(),
        200 - done_before,
        "nothing done before was redone"
    );
    assert_eq!(key_count(&s, "profile"), 2, "no new version");
}

#[test]
fn after_a_cancelled_job_keys_rotate_finishes_the_move_onto_its_target() {
    let s = seeded(200);
    let mut child = s.spawn_slow_rotate(100, 10, &[]);
    wait_for_progress(&s, &mut child);
    run(s.idctl().args(["jobs", "cancel", "1", "-q"])).expect_code(0);
    child.wait().unwrap();
    let moved: i64 =
        s.db.scalar("SELECT count(*) FROM user_profiles WHERE key_version = 'profile:v2'");
    assert!(moved > 0 && moved < 200);

    // The dry run names the target the real run then uses.
    let plan = run(s
        .idctl()
        .args(["keys", "rotate", "profile", "--dry-run", "-o", "json"]));
    plan.expect_code(0);
    let plan = plan.json();
    assert_eq!(plan["target"], "profile:v2", "{plan}");
    assert_eq!(plan["reason"], "finish_move_onto_active", "{plan}");
    assert_eq!(plan["rows_to_rewrite"].as_i64().unwrap(), 200 - moved);

    let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["target"], "profile:v2", "{report}");
    assert_eq!(report["rows_rewritten"].as_i64().unwrap(), 200 - moved);
    assert_eq!(report["retired"], serde_json::json!(["profile:v1"]));
    assert_eq!(key_count(&s, "profile"), 2, "no new version");
}

#[test]
fn a_version_activated_by_hand_is_the_target_and_to_names_one_explicitly() {
    let s = seeded(50);
    run(s.idctl().args(["keys", "generate", "profile", "-q"])).expect_code(0);
    run(s.idctl().args(["keys", "generate", "profile", "-q"])).expect_code(0);
    run(s.idctl().args(["keys", "activate", "profile:v3", "-q"])).expect_code(0);
    let plan = run(s.idctl().args(["keys", "plan", "profile", "-o", "json"]));
    plan.expect_code(0);
    assert_eq!(plan.json()["target"], "profile:v3", "{}", plan.stdout);
    let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["target"], "profile:v3", "{}", out.stdout);
    assert_eq!(key_count(&s, "profile"), 3, "no v4");
    assert_eq!(
        s.db.scalar::<i64>("SELECT count(*) FROM user_profiles WHERE key_version = 'profile:v3'"),
        50
    );

    // --to: back onto the pending v2, explicitly.
    let out = run(s.idctl().args([
        "keys",
        "rotate",
        "profile",
        "--to",
        "profile:v2",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["target"], "profile:v2", "{}", out.stdout);
    assert_eq!(status_of(&s, "profile:v2"), "active");
    assert_eq!(key_count(&s, "profile"), 3);
    // --to a version of another basename, or one that does not exist.
    run(s
        .idctl()
        .args(["keys", "rotate", "profile", "--to", "email_hash:v1"]))
    .expect_code(64);
    let out = run(s
        .idctl()
        .args(["keys", "rotate", "profile", "--to", "profile:v9"]));
    out.expect_code(65);
    assert!(
        out.stderr.contains("profile:v9 does not exist"),
        "{}",
        out.stderr
    );
}

#[test]
fn resuming_a_job_refuses_to_demote_a_version_activated_since_unless_forced() {
    let s = seeded(30);
    let out = run(s
        .idctl()
        .env("IDCTL_FAILPOINT", "rotation.before_verify")
        .args(["keys", "rotate", "profile"]));
    assert_eq!(out.code, -1, "{}", out.stderr);
    run(s
        .idctl()
        .args(["keys", "generate", "profile", "--activate", "-q"]))
    .expect_code(0);
    assert_eq!(status_of(&s, "profile:v3"), "active");
    let before = lifecycle_state(&s);
    let out = run(s.idctl().args(["keys", "rotate", "profile"]));
    out.expect_code(65);
    assert!(
        out.stderr.contains("demote profile:v3") && out.stderr.contains("--force"),
        "{}",
        out.stderr
    );
    assert_eq!(lifecycle_state(&s), before, "nothing changed");
    run(s.idctl().args(["jobs", "resume", "1"])).expect_code(65);
    assert_eq!(lifecycle_state(&s), before, "nothing changed");

    let out = run(s
        .idctl()
        .args(["keys", "rotate", "profile", "--force", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["target"], "profile:v2");
    assert_eq!(status_of(&s, "profile:v2"), "active");
}

#[test]
fn a_rotation_that_fails_after_starting_says_what_it_had_done_and_how_to_continue() {
    let s = seeded(20);
    // A fault injected by the database itself: finishing the job fails.
    s.db.exec(
        "CREATE FUNCTION fail_finish() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF NEW.status IN ('completed', 'completed_with_errors') THEN
             RAISE EXCEPTION 'injected fault';
           END IF;
           RETURN NEW;
         END $$;
         CREATE TRIGGER fail_finish BEFORE UPDATE ON key_rotation_jobs
           FOR EACH ROW EXECUTE FUNCTION fail_finish();",
    );
    let out = run(s.idctl().args(["keys", "rotate", "profile"]));
    assert_ne!(out.code, 0);
    assert!(
        out.stderr
            .contains("job 1 was created and profile:v2 activated")
            && out.stderr.contains("idctl keys rotate profile")
            && out.stderr.contains("idctl jobs cancel 1"),
        "{}",
        out.stderr
    );
    s.db.exec("DROP TRIGGER fail_finish ON key_rotation_jobs");
    let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["resumed"], true, "{report}");
    assert_eq!(report["target"], "profile:v2");
}

#[test]
fn a_dry_run_checks_what_the_run_checks_and_predicts_it() {
    let s = seeded(20);
    // An actor without keys.rotate.
    s.db.exec("INSERT INTO users (id, is_active, is_locked) VALUES (900, true, false)");
    let out =
        run(s
            .idctl()
            .env("IDCTL_ACTOR", "900")
            .args(["keys", "rotate", "profile", "--dry-run"]));
    out.expect_code(77);
    assert!(out.stderr.contains("keys.rotate"), "{}", out.stderr);
    // A keyring without the key files.
    let empty = tempfile::tempdir().unwrap();
    run(s.idctl().env("IDCTL_KEYRING", empty.path()).args([
        "keys",
        "rotate",
        "profile",
        "--dry-run",
    ]))
    .expect_code(78);

    // After a completed rotation, the dry run says there is nothing to do, as the run does.
    run(s.idctl().args(["keys", "rotate", "newsletter_email", "-q"])).expect_code(0);
    let plan = run(s.idctl().args([
        "keys",
        "rotate",
        "newsletter_email",
        "--dry-run",
        "-o",
        "json",
    ]));
    plan.expect_code(0);
    let plan = plan.json();
    assert_eq!(plan["target"], serde_json::Value::Null, "{plan}");
    assert!(plan["message"].as_str().unwrap().contains("nothing to do"));
    let out = run(s
        .idctl()
        .args(["keys", "rotate", "newsletter_email", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["status"], "nothing_to_do");
    assert_eq!(key_count(&s, "newsletter_email"), 2);
}

#[test]
fn the_old_version_retires_only_after_its_grace_period_and_only_if_unused() {
    let s = seeded(30);
    let (uid, old_value): (i64, Vec<u8>) = {
        let r =
            s.db.query("SELECT user_id, profile_enc FROM user_profiles ORDER BY user_id LIMIT 1");
        (r[0].get(0), r[0].get(1))
    };
    let out = run(s
        .idctl()
        .env_remove("IDCTL_RETIRE_AFTER")
        .args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["retired"], serde_json::json!([]), "{report}");
    assert_eq!(
        report["retire_scheduled"][0]["key"], "profile:v1",
        "{report}"
    );
    assert_eq!(status_of(&s, "profile:v1"), "decrypt_only");
    let hours: f64 = s.db.scalar(
        "SELECT extract(epoch FROM retire_after - now())::float8 / 3600 FROM crypto_keys WHERE basename = 'profile' AND version = 1",
    );
    assert!((0.9..=1.0).contains(&hours), "default grace 1h: {hours}");

    // Before the time, run-due leaves it.
    let due = run(s.idctl().args(["jobs", "run-due", "-o", "json"]));
    due.expect_code(0);
    assert_eq!(status_of(&s, "profile:v1"), "decrypt_only");

    // An application instance that cached v1 writes under it during the grace period.
    let bytes = old_value
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    s.db.exec(&format!(
        "UPDATE user_profiles SET profile_enc = '\\x{bytes}', key_version = 'profile:v1' WHERE user_id = {uid};
         UPDATE crypto_keys SET retire_after = now() - interval '1 second' WHERE basename = 'profile' AND version = 1"
    ));
    let due = run(s.idctl().args(["jobs", "run-due", "-o", "json"]));
    due.expect_code(0);
    let due = due.json();
    assert_eq!(due[0]["outcome"], "retirement_deferred", "{due}");
    assert_eq!(status_of(&s, "profile:v1"), "decrypt_only", "still used");

    // keys rotate moves that row onto v2 (no new version), and run-due then retires v1.
    let out = run(s
        .idctl()
        .env_remove("IDCTL_RETIRE_AFTER")
        .args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["target"], "profile:v2", "{report}");
    assert_eq!(report["rows_rewritten"], 1, "{report}");
    assert_eq!(key_count(&s, "profile"), 2);
    s.db.exec(
        "UPDATE crypto_keys SET retire_after = now() - interval '1 second' WHERE basename = 'profile' AND version = 1",
    );
    let due = run(s.idctl().args(["jobs", "run-due", "-o", "json"]));
    due.expect_code(0);
    assert_eq!(due.json()[0]["outcome"], "retired");
    assert_eq!(status_of(&s, "profile:v1"), "retired");
}

#[test]
fn a_killed_job_shows_no_live_worker_and_totals_count_every_attempt() {
    let s = seeded(120);
    let out = run(s
        .idctl()
        .env("IDCTL_FAILPOINT", "worker.after_batch_commit")
        .args([
            "keys",
            "rotate",
            "profile",
            "--batch-size",
            "10",
            "--fixed-batch-size",
        ]));
    assert_eq!(out.code, -1, "{}", out.stderr);
    let show = run(s.idctl().args(["jobs", "show", "1", "-o", "json"]));
    show.expect_code(0);
    let show = show.json();
    assert_eq!(show["status"], "running");
    assert_eq!(show["workers"]["live_workers"], 0, "{show}");
    assert!(
        show["state_note"]
            .as_str()
            .unwrap()
            .contains("no worker is alive"),
        "{show}"
    );
    let first = show["rows_rewritten"].as_i64().unwrap();
    assert!(first > 0 && first < 120, "{show}");

    let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["rows_rewritten"], 120, "{report}");
    assert_eq!(
        report["rows_rewritten_this_run"].as_i64().unwrap(),
        120 - first,
        "{report}"
    );
}

#[test]
fn a_cleared_value_with_a_stale_key_version_does_not_keep_the_old_key_alive() {
    let s = seeded(20);
    // Erasure (deletion, privacy) clears values and leaves the key-version column as it was.
    s.db.exec(
        "UPDATE user_profiles SET profile_enc = NULL WHERE user_id = (SELECT min(user_id) FROM user_profiles)",
    );
    let status = run(s.idctl().args(["keys", "status", "profile", "-o", "json"]));
    status.expect_code(0);
    let versions: BTreeMap<String, i64> =
        serde_json::from_value(status.json()[0]["versions"].clone()).unwrap();
    assert_eq!(
        versions,
        BTreeMap::from([("(none)".to_string(), 1), ("profile:v1".to_string(), 19)])
    );
    let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["retired"], serde_json::json!(["profile:v1"]));
    let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["status"], "nothing_to_do");
    assert_eq!(key_count(&s, "profile"), 2, "no new version on a re-run");
}

#[test]
fn a_scheduled_or_resumed_rotation_honours_keep_old() {
    let s = seeded(20);
    run(s.idctl().args([
        "keys",
        "rotate",
        "profile",
        "--schedule",
        "0s",
        "--keep-old",
        "-q",
    ]))
    .expect_code(0);
    let due = run(s.idctl().args(["jobs", "run-due", "-o", "json"]));
    due.expect_code(0);
    assert_eq!(due.json()[0]["outcome"], "completed", "{}", due.stdout);
    assert_eq!(status_of(&s, "profile:v1"), "decrypt_only", "kept");
    assert_eq!(status_of(&s, "profile:v2"), "active");
}

#[test]
fn job_rows_edited_by_hand_give_a_clear_error_not_a_panic() {
    let s = seeded(5);
    s.db.exec(
        "INSERT INTO key_rotation_jobs (basename, target_version, status) VALUES ('profile', NULL, 'failed')",
    );
    for args in [&["jobs", "list"][..], &["jobs", "show", "1"][..]] {
        let out = run(s.idctl().args(args));
        out.expect_code(65);
        assert!(
            out.stderr.contains("has no target_version"),
            "{}",
            out.stderr
        );
    }
    s.db.exec("UPDATE key_rotation_jobs SET target_version = 2, result = '{not json' WHERE id = 1");
    let out = run(s.idctl().args(["jobs", "show", "1"]));
    out.expect_code(65);
    assert!(out.stderr.contains("result is not JSON"), "{}", out.stderr);
}

#[test]
fn a_key_file_left_by_a_killed_generate_is_set_aside_not_a_dead_end() {
    let s = seeded(20);
    let before = key_count(&s, "profile");
    // Killed after the key file is written, before its row commits.
    let out = run(s
        .idctl()
        .env("IDCTL_FAILPOINT", "keystore.after_key_file")
        .args(["keys", "generate", "profile"]));
    assert_ne!(out.code, 0, "the failpoint aborts: {}", out.stderr);
    assert_eq!(key_count(&s, "profile"), before, "no row was committed");
    let next = format!("profile.v{}.key", before + 1);
    let orphan: Vec<String> = crate::harness::keyring_files(s.keyring.path())
        .into_iter()
        .filter(|f| f.ends_with(&next))
        .collect();
    assert_eq!(orphan.len(), 1, "the file was written: {orphan:?}");
    let orphan_bytes = std::fs::read(s.keyring.path().join(&orphan[0])).unwrap();

    // The next generate makes that version, moving the orphan aside (never deleting it).
    let out = run(s.idctl().args(["keys", "generate", "profile"]));
    out.expect_code(0);
    assert!(
        out.stderr.contains("had no crypto_keys row") && out.stderr.contains("moved aside"),
        "{}",
        out.stderr
    );
    assert_eq!(key_count(&s, "profile"), before + 1);
    let files = crate::harness::keyring_files(s.keyring.path());
    let aside: Vec<&String> = files
        .iter()
        .filter(|f| f.contains(&format!("{next}.orphaned-")))
        .collect();
    assert_eq!(aside.len(), 1, "{files:?}");
    assert_eq!(
        std::fs::read(s.keyring.path().join(aside[0])).unwrap(),
        orphan_bytes,
        "the orphan is kept as it was"
    );
    assert_ne!(
        std::fs::read(s.keyring.path().join(&orphan[0])).unwrap(),
        orphan_bytes,
        "the new version has a new key"
    );
    // And every key still checks against its row.
    run(s.idctl().args(["keys", "verify", "profile", "-q"])).expect_code(0);
}
