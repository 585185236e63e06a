//! `keys rotate` end to end: the engine against a real database with seeded data, including
//! kill -9 at several points, live writers, poison rows, a second operator, dry runs and re-runs.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use idctl::crypto::{ColumnCrypto, KeyId};
use idctl::keystore::{self, Keyring};

use crate::harness::{TestDb, block_on, migrated_db, run};

/// A seeded database with an operator (id 1) and a keyring.
pub struct Seeded {
    pub db: TestDb,
    pub keyring: tempfile::TempDir,
}

impl Seeded {
    pub fn idctl(&self) -> assert_cmd::Command {
        let mut cmd = self.db.idctl();
        cmd.env("IDCTL_KEYRING", self.keyring.path())
            .env("IDCTL_ACTOR", "1")
            .env("IDCTL_RETIRE_AFTER", "0s");
        cmd
    }
    pub fn std_idctl(&self) -> std::process::Command {
        let mut cmd = crate::harness::std_idctl();
        cmd.env("DATABASE_URL", &self.db.url)
            .env("IDCTL_KEYRING", self.keyring.path())
            .env("IDCTL_ACTOR", "1")
            .env("IDCTL_RETIRE_AFTER", "0s");
        cmd
    }
}

impl Seeded {
    /// `keys rotate profile` in the background, slowed to `rate` rows/s in batches of `batch`, so
    /// that a test can act while it runs.
    /// The child is killed when dropped, so that a failed test leaves no rotation running.
    pub fn spawn_slow_rotate(
        &self,
        rate: u32,
        batch: u32,
        extra: &[&str],
    ) -> crate::harness::KillOnDrop {
        self.std_idctl()
            .args([
                "keys",
                "rotate",
                "profile",
                "--max-rate",
                &rate.to_string(),
                "--batch-size",
                &batch.to_string(),
                "--fixed-batch-size",
                "-q",
            ])
            .args(extra)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(crate::harness::KillOnDrop)
            .unwrap()
    }
}

pub fn seeded(users: u32) -> Seeded {
    let db = migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    let s = Seeded { db, keyring };
    run(s
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "-q"]))
    .expect_code(0);
    run(s
        .idctl()
        .args(["dev", "seed", "--users", &users.to_string(), "-q"]))
    .expect_code(0);
    s
}

/// user_id -> plaintext of every profile, decrypted with the library (any usable key).
pub fn profile_plaintexts(s: &Seeded) -> BTreeMap<i64, Vec<u8>> {
    let url = s.db.url.clone();
    let dir = s.keyring.path().to_path_buf();
    block_on(async move {
        let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        let keys = keystore::load_basename(&client, &Keyring::new(Some(&dir)).unwrap(), "profile")
            .await
            .unwrap();
        let mut crypto = ColumnCrypto::new("user_profiles", "profile_enc").unwrap();
        for k in &keys.decrypting {
            crypto.add_key(k).unwrap();
        }
        let rows = client
            .query(
                "SELECT user_id, profile_enc, key_version FROM user_profiles ORDER BY user_id",
                &[],
            )
            .await
            .unwrap();
        rows.iter()
            .map(|r| {
                let id: i64 = r.get(0);
                let enc: Vec<u8> = r.get(1);
                let kv: String = r.get(2);
                let header = idctl::crypto::parse_envelope(&enc).unwrap();
                assert_eq!(
                    header.key_id_str(),
                    kv,
                    "user {id}: key_version matches the envelope"
                );
                (
                    id,
                    crypto
                        .decrypt(&enc, &[&id.to_string()])
                        .unwrap_or_else(|e| panic!("user {id}: {e}"))
                        .to_vec(),
                )
            })
            .collect()
    })
}

fn versions(db: &TestDb) -> BTreeMap<String, i64> {
    db.query("SELECT key_version, count(*) FROM user_profiles GROUP BY 1")
        .into_iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

#[test]
fn rotate_rewraps_every_row_verifies_and_retires_the_old_version() {
    let s = seeded(300);
    let before = profile_plaintexts(&s);
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v1".to_string(), 300)])
    );
    let out = run(s.idctl().args([
        "keys",
        "rotate",
        "profile",
        "-o",
        "json",
        "--batch-size",
        "64",
    ]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["status"], "completed", "{report}");
    assert_eq!(report["target"], "profile:v2");
    assert_eq!(report["rows_rewritten"], 300);
    assert_eq!(report["retired"], serde_json::json!(["profile:v1"]));
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 300)])
    );
    assert_eq!(profile_plaintexts(&s), before, "plaintexts unchanged");
    let status: String =
        s.db.scalar("SELECT status FROM crypto_keys WHERE basename = 'profile' AND version = 1");
    assert_eq!(status, "retired");
    let events: Vec<String> =
        s.db.query("SELECT event_type FROM key_events WHERE basename = 'profile' ORDER BY id")
            .into_iter()
            .map(|r| r.get(0))
            .collect();
    for e in [
        "generated",
        "rotation_started",
        "activated",
        "decrypt_only",
        "retired",
        "rotation_completed",
    ] {
        assert!(events.iter().any(|x| x == e), "{e} in {events:?}");
    }
    let job: String = s.db.scalar("SELECT status FROM key_rotation_jobs");
    assert_eq!(job, "completed");
    let actor: i64 = s.db.scalar("SELECT executed_by FROM key_rotation_jobs");
    assert_eq!(actor, 1);
    run(s.idctl().args(["keys", "verify", "profile", "--all"])).expect_code(0);

    // Re-running a finished rotation is a no-op that says so.
    let out = run(s.idctl().args(["keys", "rotate", "profile"]));
    out.expect_code(0);
    assert!(out.stderr.contains("nothing to do"), "{}", out.stderr);
    let jobs: i64 = s.db.scalar("SELECT count(*) FROM key_rotation_jobs");
    assert_eq!(jobs, 1);
    let keys: i64 =
        s.db.scalar("SELECT count(*) FROM crypto_keys WHERE basename = 'profile'");
    assert_eq!(keys, 2);
}

#[test]
fn verify_all_with_small_batches_checks_every_row_once() {
    // Regression: primary keys were ordered by their text form ("1", "10", "100", ...) while pages
    // were cut numerically, so pages skipped and repeated rows.
    let s = seeded(150);
    let out = run(s
        .idctl()
        .args(["keys", "verify", "--all", "--batch-size", "7", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    for col in report["columns"].as_array().unwrap() {
        let table = col["table"].as_str().unwrap();
        let column = col["column"].as_str().unwrap();
        let rows: i64 = s.db.scalar(&format!(
            "SELECT count(*) FROM {table} WHERE {column} IS NOT NULL"
        ));
        assert_eq!(col["checked"].as_i64().unwrap(), rows, "{table}.{column}");
    }
    // Equal counts could hide one skipped and one repeated row: with every value damaged, each
    // row is listed as failed, and the list is exactly the table's primary keys, each once.
    s.db.exec(
        "UPDATE user_profiles
            SET profile_enc = set_byte(profile_enc, length(profile_enc) - 1,
                                       get_byte(profile_enc, length(profile_enc) - 1) # 1)",
    );
    let out = run(s.idctl().args([
        "keys",
        "verify",
        "profile",
        "--all",
        "--batch-size",
        "7",
        "--max-listed",
        "1000",
        "-o",
        "json",
    ]));
    out.expect_code(65);
    let report = out.json();
    let col = report["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["table"] == "user_profiles" && c["column"] == "profile_enc")
        .expect("user_profiles.profile_enc is verified");
    let mut listed: Vec<i64> = col["failed_rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["primary_key"].as_str().unwrap().parse().unwrap())
        .collect();
    listed.sort();
    let all: Vec<i64> =
        s.db.query("SELECT user_id FROM user_profiles ORDER BY user_id")
            .iter()
            .map(|r| r.get(0))
            .collect();
    assert_eq!(listed, all, "every row checked exactly once");
}

#[test]
fn the_first_pass_rewrites_everything_with_small_batches() {
    let s = seeded(120);
    let out = run(s.idctl().args([
        "keys",
        "rotate",
        "profile",
        "--batch-size",
        "7",
        "--fixed-batch-size",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    let job = out.json()["job_id"].as_i64().unwrap();
    let passes: i64 = s.db.scalar(&format!(
        "SELECT count(*) FROM job_ranges WHERE job_id = {job} AND range_start IS NULL"
    ));
    assert_eq!(passes, 1, "no verification pass was needed");
    let done: i64 = s.db.scalar(&format!(
        "SELECT sum(rows_done)::bigint FROM job_ranges WHERE job_id = {job}"
    ));
    assert_eq!(done, 120);
}

#[test]
fn dry_run_and_plan_change_nothing() {
    let s = seeded(50);
    let snapshot = |db: &TestDb| -> (i64, i64, i64, BTreeMap<String, i64>) {
        (
            db.scalar("SELECT count(*) FROM crypto_keys"),
            db.scalar("SELECT count(*) FROM key_rotation_jobs"),
            db.scalar("SELECT count(*) FROM key_events"),
            versions(db),
        )
    };
    let before = snapshot(&s.db);
    let out = run(s
        .idctl()
        .args(["keys", "rotate", "profile", "--dry-run", "-o", "json"]));
    out.expect_code(0);
    let plan = out.json();
    assert_eq!(plan["target"], "profile:v2");
    assert_eq!(plan["rows_to_rewrite"], 50);
    run(s
        .idctl()
        .args(["keys", "plan", "newsletter_email", "-o", "json"]))
    .expect_code(0);
    assert_eq!(snapshot(&s.db), before);
}

#[test]
fn a_poison_row_is_left_alone_recorded_and_exits_65() {
    let s = seeded(40);
    // Copy user A's profile into user B's row: B's envelope now belongs to another row.
    let ids: Vec<i64> =
        s.db.query("SELECT user_id FROM user_profiles ORDER BY user_id LIMIT 2")
            .iter()
            .map(|r| r.get(0))
            .collect();
    let (a, b) = (ids[0], ids[1]);
    s.db.exec(&format!(
        "UPDATE user_profiles SET profile_enc = (SELECT profile_enc FROM user_profiles WHERE user_id = {a}) WHERE user_id = {b}"
    ));
    let verify = run(s
        .idctl()
        .args(["keys", "verify", "profile", "--all", "-o", "json"]));
    verify.expect_code(65);
    let failed = &verify.json()["columns"][0]["failed_rows"];
    assert_eq!(failed.as_array().unwrap().len(), 1, "{failed}");
    assert_eq!(failed[0]["primary_key"], b.to_string());
    assert_eq!(failed[0]["error_class"], "wrong_context");
    let poisoned: Vec<u8> = s.db.scalar(&format!(
        "SELECT profile_enc FROM user_profiles WHERE user_id = {b}"
    ));

    let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(65);
    let report = out.json();
    assert_eq!(report["status"], "completed_with_errors");
    assert_eq!(report["rows_failed"], 1);
    assert_eq!(
        report["kept"],
        serde_json::json!(["profile:v1"]),
        "the old key stays while a row needs it"
    );
    let after: Vec<u8> = s.db.scalar(&format!(
        "SELECT profile_enc FROM user_profiles WHERE user_id = {b}"
    ));
    assert_eq!(after, poisoned, "not rewritten");
    let job_id = report["job_id"].as_i64().unwrap();
    let show = run(s
        .idctl()
        .args(["jobs", "show", &job_id.to_string(), "-o", "json"]));
    show.expect_code(0);
    let rows = show.json()["failed_rows"].as_array().unwrap().clone();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["primary_key"], b.to_string());
    assert_eq!(rows[0]["error_class"], "wrong_context");
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([
            ("profile:v1".to_string(), 1),
            ("profile:v2".to_string(), 39)
        ])
    );
}

#[test]
fn a_second_operator_gets_75_naming_the_running_job() {
    let s = seeded(200);
    let mut first = s.spawn_slow_rotate(100, 10, &[]);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let n: i64 =
            s.db.scalar("SELECT count(*) FROM key_rotation_jobs WHERE status = 'running'");
        if n == 1 {
            break;
        }
        assert!(Instant::now() < deadline, "rotation did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let job_id: i64 = s.db.scalar("SELECT id FROM key_rotation_jobs");
    let out = run(s.idctl().args(["keys", "rotate", "profile"]));
    out.expect_code(75);
    assert!(
        out.stderr.contains(&format!("job {job_id}")),
        "{}",
        out.stderr
    );
    first.kill().unwrap();
    first.wait().unwrap();
    // The killed run resumes and finishes.
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 200)])
    );
}

#[test]
fn kill_9_at_several_points_then_resume_loses_nothing() {
    let s = seeded(400);
    let before = profile_plaintexts(&s);
    let mut done_before = 0i64;
    for (i, delay_ms) in [0u64, 150, 300, 450].into_iter().enumerate() {
        let mut child = s.spawn_slow_rotate(100, 8, &[]);
        // Wait until this attempt has committed batches of its own, then a little more, so that
        // each kill lands at a different point of a run that is really under way.
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let done: i64 =
                s.db.scalar("SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges");
            if done > done_before {
                break;
            }
            assert!(Instant::now() < deadline, "attempt {i} made no progress");
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(delay_ms));
        // SIGKILL: no chance to checkpoint or clean up.
        let _ = child.kill();
        let status = child.wait().unwrap();
        let attempts: i32 = s.db.scalar("SELECT attempts FROM key_rotation_jobs");
        done_before =
            s.db.scalar("SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges");
        let now = versions(&s.db);
        eprintln!(
            "kill {i} after {delay_ms} ms: {status:?}, attempts {attempts}, versions {now:?}"
        );
        assert!(status.code().is_none(), "killed mid-run (not finished)");
        assert_eq!(
            attempts,
            i as i32 + 1,
            "each run is one more attempt of the same job"
        );
        assert!(
            now.get("profile:v1").copied().unwrap_or(0) > 0,
            "rows remain for the next run"
        );
    }
    let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["status"], "completed", "{report}");
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 400)])
    );
    assert_eq!(
        profile_plaintexts(&s),
        before,
        "every plaintext equals the original"
    );
    let jobs: i64 = s.db.scalar("SELECT count(*) FROM key_rotation_jobs");
    assert_eq!(jobs, 1, "one job, resumed");
    let keys: i64 =
        s.db.scalar("SELECT count(*) FROM crypto_keys WHERE basename = 'profile'");
    assert_eq!(keys, 2, "no extra key version created by the resumes");
    run(s.idctl().args(["keys", "verify", "profile", "--all"])).expect_code(0);
}

#[test]
fn live_writers_lose_no_update() {
    let s = seeded(300);
    let url = s.db.url.clone();
    let dir = s.keyring.path().to_path_buf();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop2 = stop.clone();
    // An application: read-modify-write with the `version` compare-and-swap, encrypting under the
    // active key as it is at the time of each write.
    let writer = std::thread::spawn(move || {
        block_on(async move {
            let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
                .await
                .unwrap();
            tokio::spawn(conn);
            let keyring = Keyring::new(Some(&dir)).unwrap();
            let mut expected: BTreeMap<i64, Vec<u8>> = BTreeMap::new();
            let ids: Vec<i64> = client
                .query("SELECT user_id FROM user_profiles", &[])
                .await
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            let mut n = 0u64;
            while !stop2.load(std::sync::atomic::Ordering::SeqCst) {
                let id = ids[(n as usize * 7919) % ids.len()];
                n += 1;
                if let Some(plain) =
                    application_write(&client, &keyring, id, &format!(" edit{n}")).await
                {
                    expected.insert(id, plain);
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            expected
        })
    });
    std::thread::sleep(Duration::from_millis(200));
    let out = run(s.idctl().args([
        "keys",
        "rotate",
        "profile",
        "--batch-size",
        "20",
        "--fixed-batch-size",
        "--max-rate",
        "600",
        "-o",
        "json",
    ]));
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let expected = writer.join().unwrap();
    out.expect_code(0);
    assert!(
        expected.len() > 10,
        "the application wrote meanwhile ({} rows)",
        expected.len()
    );
    // The writes really overlapped the rotation: rows the application changed while the job ran.
    let overlapped: i64 = s.db.scalar(
        "SELECT count(*) FROM user_profiles p, key_rotation_jobs j
          WHERE p.updated_at > j.started_at AND p.updated_at < j.finished_at",
    );
    let report = out.json();
    let retried = rows_retried(&report);
    eprintln!(
        "application rows written during the rotation: {overlapped}; rows retried by compare-and-swap: {retried}"
    );
    assert!(overlapped > 0, "the application wrote while the job ran");
    let now = profile_plaintexts(&s);
    for (id, plain) in &expected {
        assert_eq!(
            now.get(id),
            Some(plain),
            "user {id}: the application's last write survives"
        );
    }
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 300)])
    );
}

/// Rows a rotation's report says it read again after a compare-and-swap missed, over all columns.
fn rows_retried(report: &serde_json::Value) -> i64 {
    report["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["retried"].as_i64().unwrap())
        .sum()
}

/// The application's write of one profile, as the live-writers test does it: read, decrypt with
/// any usable key, change, encrypt under the active key, compare-and-swap on `version`. The new
/// plaintext, if the write won.
async fn application_write(
    client: &tokio_postgres::Client,
    keyring: &Keyring,
    id: i64,
    edit: &str,
) -> Option<Vec<u8>> {
    let keys = keystore::load_basename(client, keyring, "profile")
        .await
        .unwrap();
    let mut crypto = ColumnCrypto::new("user_profiles", "profile_enc").unwrap();
    for k in &keys.decrypting {
        crypto.add_key(k).unwrap();
    }
    let active: KeyId = keys.active.clone().unwrap();
    let row = client
        .query_one(
            "SELECT profile_enc, version FROM user_profiles WHERE user_id = $1",
            &[&id],
        )
        .await
        .unwrap();
    let enc: Vec<u8> = row.get(0);
    let version: i32 = row.get(1);
    let pk = id.to_string();
    let mut plain = crypto.decrypt(&enc, &[&pk]).unwrap().to_vec();
    plain.extend_from_slice(edit.as_bytes());
    let new_enc = crypto.encrypt(&active, &plain, &[&pk]).unwrap();
    let updated = client
        .execute(
            "UPDATE user_profiles SET profile_enc = $1, key_version = $2, version = version + 1, updated_at = now()
              WHERE user_id = $3 AND version = $4",
            &[&new_enc, &active.to_string(), &id, &version],
        )
        .await
        .unwrap();
    (updated == 1).then_some(plain)
}

/// Deterministic overlap: every worker is held between reading a batch and writing it, and the
/// application rewrites every row meanwhile. Each compare-and-swap then misses, the rows are read
/// again (`retried`), and every application write survives.
#[test]
fn rows_changed_between_read_and_write_are_retried_and_the_application_wins() {
    let s = seeded(40);
    let child = s
        .std_idctl()
        .env("IDCTL_FAILPOINT", "worker.before_write:sleep=2500")
        .args([
            "keys",
            "rotate",
            "profile",
            "--batch-size",
            "20",
            "--fixed-batch-size",
            "-o",
            "json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The target is active once the job runs: from then on the application writes under it.
    wait_for(
        &s.db,
        "SELECT EXISTS (SELECT 1 FROM job_ranges WHERE status = 'running')",
        "the workers to hold their first batches",
    );
    let ids: Vec<i64> =
        s.db.query("SELECT user_id FROM user_profiles ORDER BY user_id")
            .iter()
            .map(|r| r.get(0))
            .collect();
    let keyring = Keyring::new(Some(s.keyring.path())).unwrap();
    let url = s.db.url.clone();
    let expected: BTreeMap<i64, Vec<u8>> = block_on(async move {
        let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        keyring.bind(&client).await.unwrap();
        let mut out = BTreeMap::new();
        for id in ids {
            if let Some(plain) = application_write(&client, &keyring, id, " (app)").await {
                out.insert(id, plain);
            }
        }
        out
    });
    assert_eq!(expected.len(), 40, "the application wrote every row");
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let retried = rows_retried(&report);
    assert!(retried > 0, "compare-and-swap missed and re-read: {report}");
    let now = profile_plaintexts(&s);
    for (id, plain) in &expected {
        assert_eq!(
            now.get(id),
            Some(plain),
            "user {id}: the application's write survives"
        );
    }
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 40)])
    );
}

fn wait_for(db: &TestDb, query: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !db.scalar::<bool>(query) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_second_host_joins_with_jobs_work_and_ranges_are_shared() {
    let s = seeded(400);
    let slow = [
        "--max-rate",
        "200",
        "--batch-size",
        "10",
        "--fixed-batch-size",
        "--workers",
        "1",
        "-q",
    ];
    let mut first = s.spawn_slow_rotate(200, 10, &["--ranges", "8", "--workers", "1"]);
    wait_for(
        &s.db,
        "SELECT EXISTS (SELECT 1 FROM job_ranges WHERE status = 'running')",
        "the first worker",
    );
    let job_id: i64 = s.db.scalar("SELECT id FROM key_rotation_jobs");
    let out = run(s
        .idctl()
        .args(["jobs", "work", &job_id.to_string(), "-o", "json"])
        .args(slow));
    out.expect_code(0);
    assert!(
        out.json()["rows_rewritten"].as_u64().unwrap() > 0,
        "the second worker did work: {}",
        out.stdout
    );
    assert!(first.wait().unwrap().success());
    let owners: i64 = s.db.scalar(&format!(
        "SELECT count(DISTINCT lease_owner) FROM job_ranges WHERE job_id = {job_id}"
    ));
    assert!(
        owners >= 2,
        "ranges were shared between the two workers ({owners})"
    );
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 400)])
    );
    let status: String = s.db.scalar("SELECT status FROM key_rotation_jobs");
    assert_eq!(status, "completed");
}

#[test]
fn run_due_stops_checkpointed_at_its_deadline_and_finishes_later() {
    let s = seeded(300);
    let out = run(s.idctl().args([
        "keys",
        "rotate",
        "profile",
        "--schedule",
        "0s",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["status"], "pending");
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v1".to_string(), 300)]),
        "scheduling changes no data"
    );
    let slow = [
        "--max-rate",
        "50",
        "--batch-size",
        "10",
        "--fixed-batch-size",
    ];
    let started = Instant::now();
    let out = run(s
        .idctl()
        .args(["jobs", "run-due", "--max-duration", "2s", "-o", "json"])
        .args(slow));
    out.expect_code(0);
    assert!(started.elapsed() < Duration::from_secs(15));
    assert_eq!(out.json()[0]["outcome"], "interrupted", "{}", out.stdout);
    let done: i64 =
        s.db.scalar("SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges");
    assert!(done > 0 && done < 300, "checkpointed part-way ({done})");
    let status: String = s.db.scalar("SELECT status FROM key_rotation_jobs");
    assert_eq!(status, "running");
    let out = run(s.idctl().args(["jobs", "run-due", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()[0]["outcome"], "completed", "{}", out.stdout);
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 300)])
    );
    let out = run(s.idctl().args(["jobs", "run-due"]));
    out.expect_code(0);
    assert!(out.stderr.contains("No job is due"), "{}", out.stderr);
}

#[test]
fn a_cancelled_job_stops_its_workers_and_stays_cancelled() {
    let s = seeded(300);
    let mut first = s.spawn_slow_rotate(100, 10, &[]);
    wait_for(
        &s.db,
        "SELECT EXISTS (SELECT 1 FROM job_ranges WHERE rows_done > 0)",
        "progress",
    );
    let job_id: i64 = s.db.scalar("SELECT id FROM key_rotation_jobs");
    run(s
        .idctl()
        .args(["jobs", "cancel", &job_id.to_string(), "-q"]))
    .expect_code(0);
    let status = first.wait().unwrap();
    assert_eq!(
        status.code(),
        Some(79),
        "the running rotation stops, reporting the cancellation (not 'retry later', not a panic)"
    );
    let job: String = s.db.scalar("SELECT status FROM key_rotation_jobs");
    assert_eq!(job, "cancelled");
    // cron's run-due does not pick a cancelled job up again.
    run(s.idctl().args(["jobs", "run-due", "-q"])).expect_code(0);
    let job: String = s.db.scalar("SELECT status FROM key_rotation_jobs");
    assert_eq!(job, "cancelled", "stays cancelled");
    // Everything still decrypts: rewritten rows under v2 (still active), the rest under v1.
    let _ = profile_plaintexts(&s);
    run(s.idctl().args(["keys", "verify", "profile", "--all", "-q"])).expect_code(0);
}

#[test]
fn a_database_restart_mid_run_loses_nothing() {
    // A cluster of its own: restarting the shared one would disturb the other tests.
    let dir = tempfile::Builder::new()
        .prefix("idctl-restart-")
        .tempdir_in("/tmp")
        .unwrap()
        .keep();
    let cluster = idctl::dev::localpg::LocalCluster::init(
        &dir,
        &idctl::dev::localpg::ClusterOptions::default(),
    )
    .unwrap();
    cluster
        .stop_when_process_exits(std::process::id(), true)
        .unwrap();
    crate::harness::exec(&cluster.url("postgres"), "CREATE DATABASE restart");
    crate::harness::mark_dev_database(&cluster.url("restart"));
    let db = TestDb {
        name: "restart".into(),
        url: cluster.url("restart"),
    };
    let s = Seeded {
        db,
        keyring: tempfile::tempdir().unwrap(),
    };
    run(s
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["db", "migrate", "-q"]))
    .expect_code(0);
    run(s
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "-q"]))
    .expect_code(0);
    run(s.idctl().args(["dev", "seed", "--users", "300", "-q"])).expect_code(0);
    let before = profile_plaintexts(&s);
    let mut child = s.spawn_slow_rotate(150, 10, &[]);
    wait_for(
        &s.db,
        "SELECT EXISTS (SELECT 1 FROM job_ranges WHERE rows_done > 0)",
        "progress",
    );
    cluster.stop("fast").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    cluster.start().unwrap();
    let status = child.wait().unwrap();
    // The run rides out the restart (retries with backoff for up to --reconnect-timeout).
    assert_eq!(status.code(), Some(0), "{status:?}");
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 300)])
    );
    assert_eq!(profile_plaintexts(&s), before);
    // The TestDb must not try to drop its database on the shared server.
    std::mem::forget(s);
    let _ = cluster.stop("immediate");
}

#[test]
fn header_only_columns_rotate_by_their_envelope_header() {
    let s = seeded(200);
    for basename in ["two_factor", "session"] {
        let out = run(s.idctl().args(["keys", "rotate", basename, "-o", "json"]));
        out.expect_code(0);
        let report = out.json();
        assert_eq!(report["status"], "completed", "{report}");
        for col in report["columns"].as_array().unwrap() {
            assert_eq!(col["remaining_on_old_versions"], 0, "{col}");
        }
    }
    let headers: Vec<String> = s
        .db
        .query("SELECT DISTINCT convert_from(substring(secret from 6 for get_byte(secret, 4)), 'UTF8') FROM two_factor")
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(headers, ["two_factor:v2"]);
    run(s.idctl().args(["keys", "verify", "--all", "-q"])).expect_code(0);
}

#[test]
fn blind_indexes_are_rehashed_from_their_source_and_lookups_work_across_versions() {
    let s = seeded(150);
    let out = run(s
        .idctl()
        .args(["keys", "rotate", "email_hash", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    // users.email_hash has no source: idctl's part is done, the rest waits for the application,
    // and the report says so in its own state, with the count.
    assert_eq!(report["status"], "waiting_for_application", "{report}");
    assert_eq!(report["waiting_for_application"], 150, "{report}");
    let cols = report["columns"].as_array().unwrap();
    let newsletter = cols
        .iter()
        .find(|c| c["table"] == "newsletter_subscribers")
        .unwrap();
    assert_eq!(
        newsletter["remaining_on_old_versions"], 0,
        "rehashed from email_enc"
    );
    let users = cols.iter().find(|c| c["table"] == "users").unwrap();
    assert!(
        users["remaining_on_old_versions"].as_i64().unwrap() > 0,
        "no source: left to the application"
    );
    assert!(users["note"].as_str().unwrap().contains("application"));
    assert_eq!(
        report["kept"],
        serde_json::json!(["email_hash:v1"]),
        "still referenced by users.email_hash"
    );
    // keys status shows the same state; a re-run changes nothing and says what waits.
    let status = run(s
        .idctl()
        .args(["keys", "status", "email_hash", "-o", "json"]));
    status.expect_code(0);
    let status = status.json();
    let users_status = status
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["table"] == "users")
        .unwrap()
        .clone();
    assert_eq!(users_status["state"], "waiting_for_application", "{status}");
    assert_eq!(users_status["rows_behind"], 150, "{status}");
    let again = run(s
        .idctl()
        .args(["keys", "rotate", "email_hash", "-o", "json"]));
    again.expect_code(0);
    let again = again.json();
    assert_eq!(again["status"], "nothing_to_do", "{again}");
    assert_eq!(again["waiting_for_application"], 150, "{again}");
    assert_eq!(
        s.db.scalar::<i64>("SELECT count(*) FROM crypto_keys WHERE basename = 'email_hash'"),
        2
    );
    run(s
        .idctl()
        .args(["keys", "verify", "email_hash", "--all", "-q"]))
    .expect_code(0);
    // A user whose hash is still under v1 is found by email while v2 is active.
    let id: i64 =
        s.db.scalar("SELECT min(id) FROM users WHERE email_hash IS NOT NULL AND id > 1");
    let email = idctl::dev::seed::user_email(1, id).entered;
    let url = s.db.url.clone();
    let dir = s.keyring.path().to_path_buf();
    let found = block_on(async move {
        let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        idctl::lookup::subject_keys_by_email(
            &client,
            &Keyring::new(Some(&dir)).unwrap(),
            &idctl::registry::Registry::builtin(),
            &email,
        )
        .await
        .unwrap()
    });
    assert_eq!(found, vec![id.to_string()]);
}

#[test]
fn data_show_decrypts_only_for_an_allowed_actor_and_audits_it() {
    let s = seeded(20);
    let id: i64 = s.db.scalar("SELECT min(user_id) FROM user_profiles");
    let out = run(s.idctl().env_remove("IDCTL_ACTOR").args([
        "data",
        "show",
        "user_profiles",
        &id.to_string(),
        "--decrypt",
    ]));
    out.expect_code(77);
    assert!(out.stderr.contains("data.decrypt"), "{}", out.stderr);
    let out = run(s.idctl().env_remove("IDCTL_ACTOR").args([
        "data",
        "show",
        "user_profiles",
        &id.to_string(),
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert!(
        out.json()["columns"][0]["value"].is_null(),
        "no plaintext without --decrypt"
    );
    let out = run(s.idctl().args([
        "data",
        "show",
        "user_profiles",
        &id.to_string(),
        "--decrypt",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    let value = out.json()["columns"][0]["value"]
        .as_str()
        .unwrap()
        .to_string();
    let expected = String::from_utf8(profile_plaintexts(&s)[&id].clone()).unwrap();
    assert_eq!(value, expected);
    let audited: i64 = s.db.scalar(&format!(
        "SELECT count(*) FROM audit_log WHERE change_type = 'data_decrypted' AND record_id = {id} AND changed_by = 1"
    ));
    assert_eq!(audited, 1);
    let out = run(s.idctl().args([
        "data",
        "show",
        "two_factor",
        &s.db
            .scalar::<i64>("SELECT min(user_id) FROM two_factor")
            .to_string(),
        "--decrypt",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert!(out.stdout.contains("secret: not shown"), "{}", out.stdout);
}

#[test]
fn a_row_locked_by_the_application_is_waited_out_or_reported_as_temporary() {
    let s = seeded(120);
    let before = profile_plaintexts(&s);
    let id: i64 = s.db.scalar("SELECT min(user_id) + 50 FROM user_profiles");
    // The application holds a row lock until the first run has ended.
    let url = s.db.url.clone();
    let (locked_tx, locked) = std::sync::mpsc::channel::<()>();
    let (release, released) = std::sync::mpsc::channel::<()>();
    let holder = std::thread::spawn(move || {
        block_on(async move {
            let (mut client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
                .await
                .unwrap();
            tokio::spawn(conn);
            client
                .batch_execute("SET application_name = 'the_application'")
                .await
                .unwrap();
            let tx = client.transaction().await.unwrap();
            tx.execute(
                "SELECT 1 FROM user_profiles WHERE user_id = $1 FOR UPDATE",
                &[&id],
            )
            .await
            .unwrap();
            locked_tx.send(()).unwrap();
            // Until the test says so (or the test has failed and dropped the sender).
            let _ = tokio::task::spawn_blocking(move || released.recv()).await;
            tx.commit().await.unwrap();
        })
    });
    locked
        .recv_timeout(Duration::from_secs(30))
        .expect("the application holds the row lock");
    let out = run(s.idctl().args([
        "--lock-timeout",
        "100ms",
        "keys",
        "rotate",
        "profile",
        "--batch-size",
        "40",
        "--fixed-batch-size",
    ]));
    release.send(()).unwrap();
    holder.join().unwrap();
    // Retried with backoff, split down to the locked row, for 3 x --lock-timeout: the lock outlives
    // that, so the run stops as temporary (75), naming the session that holds the row, with
    // everything else rewritten and checkpointed.
    out.expect_code(75);
    assert!(
        out.stderr.contains("stayed locked") && out.stderr.contains("the_application"),
        "{}",
        out.stderr
    );
    // What was rewritten is exactly what the checkpoints count; the locked row is not among it.
    let now = versions(&s.db);
    let done: i64 =
        s.db.scalar("SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges");
    assert_eq!(now.get("profile:v2").copied().unwrap_or(0), done, "{now:?}");
    let locked_row: String = s.db.scalar(&format!(
        "SELECT key_version FROM user_profiles WHERE user_id = {id}"
    ));
    assert_eq!(locked_row, "profile:v1");
    // Once the application has committed, the same command finishes the job.
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 120)])
    );
    assert_eq!(profile_plaintexts(&s), before);
}

#[test]
fn jsonl_output_streams_progress_events_and_ends_with_a_summary() {
    let s = seeded(150);
    // Statistics far from the truth (as before autovacuum's first visit): the progress total
    // starts from the planner's estimate, about 10,000 rows here.
    s.db.exec("UPDATE pg_class SET reltuples = 10000 WHERE oid = 'user_profiles'::regclass");
    let out = run(s.idctl().args([
        "keys",
        "rotate",
        "profile",
        "-o",
        "jsonl",
        "--max-rate",
        "100",
        "--batch-size",
        "10",
        "--fixed-batch-size",
    ]));
    out.expect_code(0);
    let events: Vec<serde_json::Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    let progress: Vec<&serde_json::Value> =
        events.iter().filter(|e| e["event"] == "progress").collect();
    assert!(!progress.is_empty(), "{}", out.stdout);
    assert_eq!(progress[0]["table"], "user_profiles");
    // The total starts as the planner's estimate; the last frame of a finished run is exact.
    assert!(
        progress[0]["total"].as_i64().unwrap() > 1000,
        "{}",
        progress[0]
    );
    let final_frame = progress.last().unwrap();
    assert_eq!(final_frame["done"], 150, "{final_frame}");
    assert_eq!(final_frame["total"], 150, "{final_frame}");
    let last = events.last().unwrap();
    assert_eq!(last["event"], "summary");
    assert_eq!(last["status"], "completed");
    assert_eq!(last["rows_rewritten"], 150);
}

#[test]
fn a_crash_between_batches_before_verification_or_before_retirement_resumes_cleanly() {
    for point in [
        "worker.after_batch_commit",
        "rotation.before_verify",
        "rotation.before_retire",
    ] {
        let s = seeded(60);
        let before = profile_plaintexts(&s);
        let out = run(s.idctl().env("IDCTL_FAILPOINT", point).args([
            "keys",
            "rotate",
            "profile",
            "--batch-size",
            "10",
            "--fixed-batch-size",
        ]));
        assert_eq!(
            out.code, -1,
            "{point}: the process died (killed by a signal): {}",
            out.stderr
        );
        let status: String = s.db.scalar("SELECT status FROM key_rotation_jobs");
        assert_eq!(status, "running", "{point}: the job is left unfinished");
        let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
        out.expect_code(0);
        let report = out.json();
        assert_eq!(report["status"], "completed", "{point}: {report}");
        assert_eq!(report["resumed"], true, "{point}");
        assert_eq!(
            report["retired"],
            serde_json::json!(["profile:v1"]),
            "{point}"
        );
        assert_eq!(
            versions(&s.db),
            BTreeMap::from([("profile:v2".to_string(), 60)]),
            "{point}"
        );
        assert_eq!(profile_plaintexts(&s), before, "{point}");
        let keys: i64 =
            s.db.scalar("SELECT count(*) FROM crypto_keys WHERE basename = 'profile'");
        assert_eq!(keys, 2, "{point}: no extra version");
    }
}

/// The checks around a run (`census::off_target`) price sequential scans out only where an index
/// leads with the key-version column, and count the same rows either way.
#[test]
fn off_target_counts_through_the_key_version_index_only_where_there_is_one() {
    let s = seeded(40);
    let url = s.db.url.clone();
    block_on(async move {
        let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        let registry = idctl::registry::Registry::builtin();
        let col = registry
            .protected_column("user_profiles", "profile_enc")
            .unwrap();
        client
            .batch_execute(
                "UPDATE user_profiles SET key_version = 'profile:v7' WHERE user_id % 4 = 0;
                 UPDATE user_profiles SET key_version = NULL WHERE user_id % 4 = 1 AND user_id < 20;",
            )
            .await
            .unwrap();
        let expected = |rows: &[tokio_postgres::Row]| -> std::collections::BTreeMap<String, i64> {
            rows.iter().map(|r| (r.get(0), r.get(1))).collect()
        };
        let truth = expected(
            &client
                .query(
                    "SELECT coalesce(key_version, '(unversioned)'), count(*) FROM user_profiles
                      WHERE profile_enc IS NOT NULL AND key_version IS DISTINCT FROM 'profile:v1'
                      GROUP BY 1",
                    &[],
                )
                .await
                .unwrap(),
        );
        assert!(truth.len() >= 2, "{truth:?}");
        assert!(
            idctl::census::key_version_indexed(&client, col)
                .await
                .unwrap()
        );
        let indexed = idctl::census::off_target(&client, col, "profile:v1")
            .await
            .unwrap();
        assert_eq!(indexed, truth);
        assert_eq!(
            idctl::census::rows_under(&client, col, "profile:v7")
                .await
                .unwrap(),
            truth["profile:v7"]
        );
        // The setting does not outlive the check, inside a caller's transaction either.
        let mut client = client;
        let tx = client.transaction().await.unwrap();
        idctl::census::off_target(&tx, col, "profile:v1")
            .await
            .unwrap();
        let setting: String = tx
            .query_one("SHOW enable_seqscan", &[])
            .await
            .unwrap()
            .get(0);
        assert_eq!(setting, "on");
        tx.rollback().await.unwrap();
        // Without the index: a plain scan, the same counts.
        client
            .batch_execute("DROP INDEX ix_user_profiles_key_version")
            .await
            .unwrap();
        assert!(
            !idctl::census::key_version_indexed(&client, col)
                .await
                .unwrap()
        );
        assert_eq!(
            idctl::census::off_target(&client, col, "profile:v1")
                .await
                .unwrap(),
            truth
        );
    });
}
