//! `idctl pq`: readiness report, policies, and `pq migrate` on the shared engine (kill -9, live
//! writers), on `dev seed --legacy` data.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use idctl::crypto::{Context, DecryptError, Opener, RecipientPrivateKey, parse_sealed};
use idctl::keystore::{self, Keyring};

use crate::harness::{block_on, migrated_db, run};
use crate::rotate::Seeded;

fn seeded_legacy(users: u32) -> Seeded {
    let db = migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    let s = Seeded { db, keyring };
    run(s
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "-q"]))
    .expect_code(0);
    run(s.idctl().args([
        "dev",
        "seed",
        "--users",
        &users.to_string(),
        "--legacy",
        "-q",
    ]))
    .expect_code(0);
    s
}

/// Gives `dev seed --legacy`'s Ed25519 checkpoints their ML-DSA companions (`pq status` counts
/// them as vulnerable until then).
fn resign_legacy(s: &Seeded) {
    run(s.idctl().args([
        "pq",
        "keys",
        "generate",
        "--name",
        "audit_sig",
        "--algorithm",
        "ml-dsa-65",
        "-q",
    ]))
    .expect_code(0);
    run(s.idctl().args(["pq", "resign", "-q"])).expect_code(0);
}

/// `pq migrate --policy customer` in the background, slowed down, killed when dropped.
fn spawn_slow_migrate(s: &Seeded, rate: u32, batch: u32) -> crate::harness::KillOnDrop {
    crate::harness::KillOnDrop(
        s.std_idctl()
            .args([
                "pq",
                "migrate",
                "--policy",
                "customer",
                "--fixed-batch-size",
                "-q",
            ])
            .args([
                "--max-rate",
                &rate.to_string(),
                "--batch-size",
                &batch.to_string(),
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    )
}

/// Rows the pq migration jobs have written so far.
fn migrated_so_far(s: &Seeded) -> i64 {
    s.db.scalar(
        "SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges WHERE job_kind = 'pq_migration'",
    )
}

/// Waits until the background migration has written more than `rows` rows.
fn wait_for_progress(s: &Seeded, rows: i64) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while migrated_so_far(s) <= rows {
        assert!(Instant::now() < deadline, "the migration made no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// (order id, sealed value) of every order with customer data.
fn sealed_values(s: &Seeded) -> Vec<(i64, Vec<u8>, String)> {
    s.db.query(
        "SELECT id, encrypted_customer_blob, encrypted_customer_blob_key_version FROM orders
          WHERE encrypted_customer_blob IS NOT NULL ORDER BY id",
    )
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2)))
    .collect()
}

/// An opener holding every recipient key (`all`) or only the versions of `only`.
fn opener(s: &Seeded, only: Option<&str>) -> Opener {
    let url = s.db.url.clone();
    let dir = s.keyring.path().to_path_buf();
    let only = only.map(String::from);
    block_on(async move {
        let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        let keyring = Keyring::new(Some(&dir)).unwrap();
        let mut opener = idctl::store::pq::load_opener(&client, &keyring)
            .await
            .unwrap();
        if let Some(name) = only {
            let mut narrow = Opener::new();
            for p in idctl::store::pq::policies(&client).await.unwrap() {
                narrow.add_policy(
                    &p.name,
                    idctl::crypto::canonical_aad(p.aad_template.as_ref()).unwrap(),
                );
            }
            for rec in keystore::list(&client, Some(&name)).await.unwrap() {
                let root = keyring.load(&rec).unwrap();
                narrow.add_recipient(RecipientPrivateKey::from_root(&root).unwrap());
            }
            opener = narrow;
        }
        opener
    })
}

fn plaintexts(s: &Seeded, opener: &Opener) -> BTreeMap<i64, Vec<u8>> {
    sealed_values(s)
        .into_iter()
        .map(|(id, v, _)| {
            let pk = id.to_string();
            let pks = [pk.as_str()];
            let ctx = Context::new("orders", "encrypted_customer_blob", &pks);
            (id, opener.open(&v, &ctx).unwrap().to_vec())
        })
        .collect()
}

#[test]
fn legacy_values_are_reported_then_migrated_to_x_wing_through_a_kill_and_live_writers() {
    let s = seeded_legacy(120);
    let all = opener(&s, None);
    let before = plaintexts(&s, &all);
    assert!(
        before.len() > 50,
        "orders with customer data: {}",
        before.len()
    );

    // The readiness report finds the X25519-only values and fails the gate.
    let out = run(s.idctl().args(["pq", "status", "-o", "json"]));
    out.expect_code(65);
    let report = out.json();
    let vulnerable = report["vulnerable_rows"].as_i64().unwrap();
    assert!(
        vulnerable > 0 && vulnerable < before.len() as i64,
        "{report}"
    );
    assert_eq!(
        report["columns"][0]["policy"], "customer-legacy",
        "{report}"
    );
    let legacy_count = sealed_values(&s)
        .iter()
        .filter(|(_, v, _)| parse_sealed(v).unwrap().is_quantum_vulnerable())
        .count() as i64;
    assert_eq!(
        vulnerable, legacy_count,
        "the report counts what the headers say"
    );

    // A policy that is not bound is refused before anything is written.
    run(s.idctl().args(["pq", "migrate", "--policy", "customer"])).expect_code(64);
    run(s.idctl().args([
        "pq",
        "policy",
        "bind",
        "customer",
        "orders.encrypted_customer_blob",
        "-q",
    ]))
    .expect_code(0);
    run(s
        .idctl()
        .args(["pq", "policy", "bind", "customer", "orders.nope", "-q"]))
    .expect_code(64);

    // A slow migration, killed mid-run, while the application updates orders.
    let mut child = spawn_slow_migrate(&s, 150, 5);
    let deadline = Instant::now() + Duration::from_secs(60);
    let ids: Vec<i64> = before.keys().copied().collect();
    let mut written = Vec::new();
    loop {
        let done = migrated_so_far(&s);
        // The application: a status change with the row version bumped, as it writes.
        let id = ids[written.len() * 7 % ids.len()];
        s.db.exec(&format!(
            "UPDATE orders SET status = 'app-{n}', version = version + 1 WHERE id = {id}",
            n = written.len()
        ));
        written.push((id, format!("app-{}", written.len())));
        if done > 10 {
            break;
        }
        assert!(Instant::now() < deadline, "the migration made no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.0.kill();
    let status = child.0.wait().unwrap();
    assert!(status.code().is_none(), "killed mid-run");
    let out = run(s.idctl().args(["pq", "status", "-o", "json"]));
    out.expect_code(65);

    // The re-run resumes the same job and finishes.
    let out = run(s
        .idctl()
        .args(["pq", "migrate", "--policy", "customer", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["status"], "completed", "{report}");
    assert_eq!(report["resumed"], true, "{report}");
    let jobs: i64 = s.db.scalar("SELECT count(*) FROM pq_migration_jobs");
    assert_eq!(jobs, 1, "one job, resumed");

    // No value is vulnerable any more; the legacy Ed25519 checkpoints still are, until re-signed.
    let out = run(s.idctl().args(["pq", "status", "-o", "json"]));
    out.expect_code(65);
    assert_eq!(out.json()["vulnerable_rows"], 0);
    assert_eq!(out.json()["vulnerable_signatures"], 10);
    resign_legacy(&s);
    run(s.idctl().args(["pq", "status", "-q"])).expect_code(0);

    // No update of the application was lost; every value opens to the same plaintext with the
    // X-Wing recipient alone, and not with the X25519 key alone.
    let last: BTreeMap<i64, String> = written.into_iter().collect();
    for (id, status) in &last {
        let now: String =
            s.db.scalar(&format!("SELECT status FROM orders WHERE id = {id}"));
        assert_eq!(&now, status, "order {id}: the application's write survived");
    }
    let x_wing = opener(&s, Some("customer_rcpt"));
    assert_eq!(plaintexts(&s, &x_wing), before, "every plaintext unchanged");
    let classical = opener(&s, Some("legacy_rcpt"));
    for (id, v, marker) in sealed_values(&s) {
        let h = parse_sealed(&v).unwrap();
        assert_eq!(h.layers.len(), 1);
        assert_eq!(h.layers[0].kem, idctl::crypto::KemAlgorithm::XWing);
        assert_eq!(
            marker,
            h.recipient_marker(),
            "key-version column matches the header"
        );
        let pk = id.to_string();
        let pks = [pk.as_str()];
        let ctx = Context::new("orders", "encrypted_customer_blob", &pks);
        assert!(matches!(
            classical.open(&v, &ctx),
            Err(DecryptError::UnknownRecipient(_))
        ));
    }
    // keys verify opens every sealed value too.
    run(s.idctl().args(["keys", "verify", "--all", "-q"])).expect_code(0);
    // A second run has nothing to do.
    let out = run(s
        .idctl()
        .args(["pq", "migrate", "--policy", "customer", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["status"], "nothing_to_do");
}

#[test]
fn policies_are_checked_before_they_are_stored() {
    let s = seeded_legacy(5);
    // hybrid needs a post-quantum layer; classic takes x25519 only; a recipient's algorithm must match.
    run(s.idctl().args([
        "pq",
        "policy",
        "create",
        "p1",
        "--mode",
        "hybrid",
        "--layer",
        "x25519:legacy_rcpt",
    ]))
    .expect_code(64);
    run(s.idctl().args([
        "pq",
        "policy",
        "create",
        "p2",
        "--mode",
        "classic",
        "--layer",
        "x-wing:customer_rcpt",
    ]))
    .expect_code(64);
    run(s.idctl().args([
        "pq",
        "policy",
        "create",
        "p3",
        "--mode",
        "hybrid",
        "--layer",
        "ml-kem-768:customer_rcpt",
    ]))
    .expect_code(64);
    run(s.idctl().args([
        "pq",
        "policy",
        "create",
        "p4",
        "--mode",
        "hybrid",
        "--layer",
        "x-wing:nobody",
    ]))
    .expect_code(78);
    run(s.idctl().args([
        "pq",
        "policy",
        "create",
        "p5",
        "--mode",
        "hybrid",
        "--layer",
        "x-wing:customer_rcpt",
        "--aad-template",
        "[1]",
    ]))
    .expect_code(64);
    let n: i64 =
        s.db.scalar("SELECT count(*) FROM encryption_policies WHERE policy_name LIKE 'p_'");
    assert_eq!(n, 0, "nothing stored");
    // A hybrid of two layers, with an ML-KEM-768 recipient generated for it.
    run(s.idctl().args([
        "pq",
        "keys",
        "generate",
        "--name",
        "pq_rcpt",
        "--algorithm",
        "ml-kem-768",
        "-q",
    ]))
    .expect_code(0);
    let out = run(s.idctl().args([
        "pq",
        "policy",
        "create",
        "both",
        "--mode",
        "hybrid",
        "--layer",
        "x25519:legacy_rcpt",
        "--layer",
        "ml-kem-768:pq_rcpt",
        "--aad-template",
        r#"{"purpose":"customer-data"}"#,
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["layers"].as_array().unwrap().len(), 2);
    run(s.idctl().args([
        "pq",
        "policy",
        "bind",
        "both",
        "orders.encrypted_customer_blob",
        "-q",
    ]))
    .expect_code(0);
    run(s.idctl().args(["pq", "migrate", "--policy", "both", "-q"])).expect_code(0);
    let all = opener(&s, None);
    let _ = plaintexts(&s, &all);
    for (_, v, _) in sealed_values(&s) {
        let h = parse_sealed(&v).unwrap();
        assert_eq!(h.policy, "both");
        assert_eq!(h.layers.len(), 2);
        assert!(!h.is_quantum_vulnerable());
    }
    run(s
        .idctl()
        .args(["pq", "algorithms", "--vulnerable", "-o", "json"]))
    .expect_code(0);
}

#[test]
fn a_killed_migration_is_finished_by_run_due_and_the_legacy_recipient_retires_once_unused() {
    let s = seeded_legacy(60);
    run(s.idctl().args([
        "pq",
        "policy",
        "bind",
        "customer",
        "orders.encrypted_customer_blob",
        "-q",
    ]))
    .expect_code(0);
    // Still bound and in use: the legacy recipient cannot be retired.
    run(s
        .idctl()
        .args(["pq", "keys", "retire", "legacy_rcpt:v1", "-q"]))
    .expect_code(65);
    let mut child = spawn_slow_migrate(&s, 100, 4);
    wait_for_progress(&s, 4);
    let _ = child.0.kill();
    let _ = child.0.wait();
    // The job is left running with no worker: run-due finishes it.
    let out = run(s.idctl().args(["jobs", "run-due", "-o", "json"]));
    out.expect_code(0);
    let text = out.stdout.clone();
    assert!(
        text.contains("policy:customer") && text.contains("\"completed\""),
        "{text}"
    );
    let status: String = s.db.scalar("SELECT status FROM pq_migration_jobs");
    assert_eq!(status, "completed");
    resign_legacy(&s);
    run(s.idctl().args(["pq", "status", "-q"])).expect_code(0);
    // Nothing is wrapped to the legacy recipient any more, and no bound policy seals to it.
    let out = run(s
        .idctl()
        .args(["pq", "keys", "show", "legacy_rcpt", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()[0]["values"], 0, "{}", out.stdout);
    run(s
        .idctl()
        .args(["pq", "keys", "retire", "legacy_rcpt:v1", "-q"]))
    .expect_code(0);
    let st: String = s
        .db
        .scalar("SELECT status FROM crypto_keys WHERE basename = 'legacy_rcpt' AND version = 1");
    assert_eq!(st, "retired");
    // The customer recipient is the active version of the bound policy: kept.
    run(s
        .idctl()
        .args(["pq", "keys", "retire", "customer_rcpt:v1", "-q"]))
    .expect_code(64);
    run(s.idctl().args(["keys", "verify", "--all", "-q"])).expect_code(0);
}

#[test]
fn a_value_that_does_not_open_is_quarantined_and_a_dry_run_changes_nothing() {
    let s = seeded_legacy(30);
    run(s.idctl().args([
        "pq",
        "policy",
        "bind",
        "customer",
        "orders.encrypted_customer_blob",
        "-q",
    ]))
    .expect_code(0);
    // Flip a byte inside the first legacy value's layer (its KEM ciphertext).
    let (victim, value, _) = sealed_values(&s)
        .into_iter()
        .find(|(_, v, _)| parse_sealed(v).unwrap().is_quantum_vulnerable())
        .unwrap();
    let at = 17 + "customer-legacy".len() + 1 + 2 + "legacy_rcpt:v1".len() + 2 + 5;
    let mut bad = value.clone();
    bad[at] ^= 0x01;
    s.db.exec(&format!(
        "UPDATE orders SET encrypted_customer_blob = '\\x{}'::bytea WHERE id = {victim}",
        hex::encode(&bad)
    ));
    let before = sealed_values(&s);
    let out = run(s.idctl().args([
        "pq",
        "migrate",
        "--policy",
        "customer",
        "--dry-run",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["status"], "planned");
    assert_eq!(sealed_values(&s), before, "a dry run writes nothing");
    let jobs: i64 = s.db.scalar("SELECT count(*) FROM pq_migration_jobs");
    assert_eq!(jobs, 0, "a dry run creates no job");

    let out = run(s
        .idctl()
        .args(["pq", "migrate", "--policy", "customer", "-o", "json"]));
    out.expect_code(65);
    let report = out.json();
    assert_eq!(report["status"], "completed_with_errors", "{report}");
    assert_eq!(report["rows_failed"], 1, "{report}");
    let class: String = s.db.scalar(&format!(
        "SELECT meta->>'error_class' FROM key_events WHERE event_type = 'row_failed'
          AND meta->>'job_kind' = 'pq_migration' AND meta->>'primary_key' = '{victim}'"
    ));
    assert_eq!(class, "layer_tampered");
    let left: Vec<u8> = s.db.scalar(&format!(
        "SELECT encrypted_customer_blob FROM orders WHERE id = {victim}"
    ));
    assert_eq!(left, bad, "the quarantined value is left as it was");
    // The readiness report still counts it.
    let out = run(s.idctl().args(["pq", "status", "-o", "json"]));
    out.expect_code(65);
    assert_eq!(out.json()["vulnerable_rows"], 1);
}

#[test]
fn a_cancelled_migration_stops_at_its_next_checkpoint_and_a_new_run_finishes() {
    let s = seeded_legacy(60);
    run(s.idctl().args([
        "pq",
        "policy",
        "bind",
        "customer",
        "orders.encrypted_customer_blob",
        "-q",
    ]))
    .expect_code(0);
    let mut child = spawn_slow_migrate(&s, 50, 2);
    wait_for_progress(&s, 1);
    let out = run(s.idctl().args(["pq", "jobs", "-o", "json"]));
    out.expect_code(0);
    let id = out.json()[0]["id"].as_i64().unwrap();
    assert_eq!(out.json()[0]["status"], "running");
    run(s.idctl().args(["pq", "cancel", &id.to_string(), "-q"])).expect_code(0);
    let status = child.0.wait().unwrap();
    assert_eq!(
        status.code(),
        Some(79),
        "the running migration reports the cancellation"
    );
    run(s.idctl().args(["pq", "cancel", &id.to_string(), "-q"])).expect_code(64);
    run(s.idctl().args(["pq", "status", "-q"])).expect_code(65);
    let out = run(s
        .idctl()
        .args(["pq", "migrate", "--policy", "customer", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["status"], "completed");
    assert_ne!(out.json()["job_id"], id, "a new job");
    resign_legacy(&s);
    run(s.idctl().args(["pq", "status", "-q"])).expect_code(0);
}
