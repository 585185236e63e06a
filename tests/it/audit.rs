//! `idctl audit`: the hash chain over audit_log (written by the database's trigger, concurrent
//! writers included), signed checkpoints (ML-DSA and Ed25519), and `audit verify` finding an
//! edited, deleted, inserted row or a rewritten chain at the right id.

use crate::harness::{TestDb, migrated_db, run};
use crate::rotate::Seeded;

fn setup() -> Seeded {
    let db = migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    let s = Seeded { db, keyring };
    run(s
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "-q"]))
    .expect_code(0);
    s
}

/// Application rows of every shape the encoding has: NULLs, unicode, jsonb, bytes, timestamps.
fn app_rows(db: &TestDb, n: i32) {
    db.exec(&format!(
        "INSERT INTO audit_log (table_name, record_id, changed_by, change_type, old_value, new_value,
                                changed_at, ip_bin, user_agent, request_id)
         SELECT CASE WHEN g % 3 = 0 THEN NULL ELSE 'users' END,
                CASE WHEN g % 4 = 0 THEN NULL ELSE g END, NULL,
                'update', CASE WHEN g % 2 = 0 THEN '{{\"b\": 1, \"a\": [1, 2.50, null]}}'::jsonb END,
                jsonb_build_object('name', 'Zoë ✓ ' || g, 'n', g),
                '2026-12-01 10:00:00.123456+00'::timestamptz + g * interval '1 second',
                CASE WHEN g % 5 = 0 THEN '\\x7f000001'::bytea END, 'agent/' || g, 'app-' || g
           FROM generate_series(1, {n}) g"
    ));
}

fn verify(s: &Seeded) -> (i32, serde_json::Value) {
    let out = run(s.idctl().args(["audit", "verify", "-o", "json"]));
    (out.code, out.json())
}

fn first_finding(report: &serde_json::Value) -> (String, i64) {
    let f = &report["findings"][0];
    (
        f["kind"].as_str().unwrap().to_string(),
        f["audit_id"].as_i64().unwrap_or(-1),
    )
}

#[test]
fn chain_checkpoints_and_tampering_found_at_the_right_id() {
    let s = setup();
    app_rows(&s.db, 40);
    // Concurrent writers never fork the chain.
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let url = s.db.url.clone();
            std::thread::spawn(move || {
                for _ in 0..15 {
                    crate::harness::exec(
                        &url,
                        "BEGIN; INSERT INTO audit_log (table_name, change_type, changed_at) VALUES ('t', 'a', now());
                         INSERT INTO audit_log (table_name, change_type, changed_at) VALUES ('t', 'b', now()); COMMIT;",
                    );
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let rows: i64 = s.db.scalar("SELECT count(*) FROM audit_log");
    let (code, report) = verify(&s);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["entries"].as_i64(), Some(rows));
    assert_eq!(report["checkpoints"].as_i64(), Some(0));

    // No signing key: nothing signed, exit 78.
    run(s.idctl().args(["audit", "checkpoint", "-q"])).expect_code(78);
    for (name, alg) in [("audit_sig", "ml-dsa-65"), ("audit_legacy", "ed25519")] {
        run(s.idctl().args([
            "pq",
            "keys",
            "generate",
            "--name",
            name,
            "--algorithm",
            alg,
            "-q",
        ]))
        .expect_code(0);
    }
    let out = run(s.idctl().args(["audit", "checkpoint", "-o", "json"]));
    out.expect_code(0);
    let cp = out.json();
    assert_eq!(cp["signed"], true);
    let algs: Vec<&str> = cp["signatures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["algorithm"].as_str().unwrap())
        .collect();
    assert_eq!(algs, ["ml-dsa-65", "ed25519"]);
    let again = run(s.idctl().args(["audit", "checkpoint", "-o", "json"]));
    again.expect_code(0);
    assert_eq!(
        again.json()["signed"],
        false,
        "nothing new since the last checkpoint"
    );
    let (code, report) = verify(&s);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["checkpoints_valid"].as_i64(), Some(2));

    // Edited by hand: found at that row; edited back: intact again.
    let victim: i64 =
        s.db.scalar("SELECT id FROM audit_log ORDER BY id OFFSET 17 LIMIT 1");
    s.db.exec(&format!(
        "UPDATE audit_log SET change_type = 'delete' WHERE id = {victim}"
    ));
    let (code, report) = verify(&s);
    assert_eq!(code, 65, "{report}");
    assert_eq!(first_finding(&report), ("edited".into(), victim));
    s.db.exec(&format!(
        "UPDATE audit_log SET change_type = 'update' WHERE id = {victim}"
    ));
    assert_eq!(verify(&s).0, 0);

    // Edited and the chain recomputed after it: only the signed checkpoint can tell.
    s.db.exec(&format!(
        "UPDATE audit_log SET new_value = '{{\"forged\": true}}' WHERE id = {victim};
         DO $$
         DECLARE e record; p bytea;
         BEGIN
           FOR e IN SELECT c.id, c.audit_id FROM audit_chain c ORDER BY c.id LOOP
             IF e.audit_id >= {victim} THEN
               SELECT coalesce((SELECT chain_hash FROM audit_chain WHERE id < e.id ORDER BY id DESC LIMIT 1),
                               decode(repeat('00', 32), 'hex')) INTO p;
               UPDATE audit_chain SET prev_hash = p,
                      chain_hash = idctl_audit_chain_hash(p, (SELECT a FROM audit_log a WHERE a.id = e.audit_id))
                WHERE id = e.id;
             END IF;
           END LOOP;
         END $$;"
    ));
    let (code, report) = verify(&s);
    assert_eq!(code, 65, "{report}");
    let kinds: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["checkpoint_mismatch", "checkpoint_mismatch"],
        "{report}"
    );
    // Refuses to sign a chain that does not verify.
    run(s.idctl().args(["audit", "checkpoint", "--force", "-q"])).expect_code(65);
}

#[test]
fn deleted_and_inserted_rows_and_bad_checkpoints() {
    let s = setup();
    app_rows(&s.db, 30);
    run(s.idctl().args([
        "pq",
        "keys",
        "generate",
        "--name",
        "audit_sig",
        "--algorithm",
        "ml-dsa-87",
        "-q",
    ]))
    .expect_code(0);
    run(s.idctl().args(["audit", "checkpoint", "-q"])).expect_code(0);
    assert_eq!(verify(&s).0, 0);
    let ids: Vec<i64> =
        s.db.query("SELECT id FROM audit_log ORDER BY id")
            .iter()
            .map(|r| r.get(0))
            .collect();

    // A row deleted with its chain entry: the next entry no longer follows.
    let (gone, next) = (ids[10], ids[11]);
    s.db.exec(&format!(
        "DELETE FROM audit_chain WHERE audit_id = {gone}; DELETE FROM audit_log WHERE id = {gone}"
    ));
    let (code, report) = verify(&s);
    assert_eq!(code, 65);
    assert_eq!(first_finding(&report), ("entry_removed".into(), next));
    assert!(
        report["findings"][0]["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("audit row {}", ids[9])),
        "{report}"
    );

    // A row deleted with the foreign key bypassed; a row inserted past the trigger.
    let s2 = setup();
    app_rows(&s2.db, 10);
    let row: i64 = s2.db.scalar("SELECT max(id) - 3 FROM audit_log");
    s2.db.exec(&format!(
        "SET session_replication_role = replica;
         DELETE FROM audit_log WHERE id = {row};
         INSERT INTO audit_log (table_name, change_type, changed_at) VALUES ('users', 'grant', now());
         SET session_replication_role = DEFAULT;"
    ));
    let inserted: i64 = s2.db.scalar("SELECT max(id) FROM audit_log");
    let (code, report) = verify(&s2);
    assert_eq!(code, 65);
    let found: Vec<(String, i64)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["audit_id"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("deleted".to_string(), row),
            ("inserted".to_string(), inserted)
        ]
    );

    // A checkpoint whose key was retired before it was made; one whose key is unusable.
    let s3 = setup();
    app_rows(&s3.db, 5);
    run(s3.idctl().args([
        "pq",
        "keys",
        "generate",
        "--name",
        "audit_sig",
        "--algorithm",
        "ed25519",
        "-q",
    ]))
    .expect_code(0);
    run(s3.idctl().args(["audit", "checkpoint", "-q"])).expect_code(0);
    s3.db.exec(
        "UPDATE signing_keys SET status = 'retired', retired_at = created_at - interval '1 day'",
    );
    let (code, report) = verify(&s3);
    assert_eq!(code, 65);
    assert_eq!(report["findings"][0]["kind"], "retired_key", "{report}");
    s3.db.exec("UPDATE signing_keys SET public_key = '\\x00'");
    let (code, report) = verify(&s3);
    assert_eq!(code, 65);
    assert_eq!(report["findings"][0]["kind"], "unknown_key", "{report}");
    // Retired keys do not sign.
    run(s3.idctl().args(["audit", "checkpoint", "--force", "-q"])).expect_code(78);
}

#[test]
fn audit_log_marks_coverage_and_verify_from() {
    let s = setup();
    app_rows(&s.db, 12);
    let out = run(s
        .idctl()
        .args(["audit", "log", "--limit", "5", "-o", "json"]));
    out.expect_code(0);
    let rows = out.json();
    assert_eq!(rows.as_array().unwrap().len(), 5);
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["chained"] == true && r["checkpointed"] == false)
    );
    let mid: i64 =
        s.db.scalar("SELECT id FROM audit_log ORDER BY id OFFSET 6 LIMIT 1");
    let out = run(s
        .idctl()
        .args(["audit", "verify", "--from", &mid.to_string(), "-o", "json"]));
    out.expect_code(0);
    let total: i64 =
        s.db.scalar(&format!("SELECT count(*) FROM audit_log WHERE id >= {mid}"));
    assert_eq!(out.json()["entries"].as_i64(), Some(total));
    run(s.idctl().args(["audit", "log", "--since", "tomorrow"])).expect_code(64);
    run(s.idctl().args(["audit", "verify", "--from", "0"])).expect_code(64);

    // On a schedule: `jobs run-due --audit-checkpoint` signs when there is something new.
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
    let out = run(s
        .idctl()
        .args(["jobs", "run-due", "--audit-checkpoint", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(
        out.json()[0]["outcome"],
        "audit_checkpointed",
        "{}",
        out.stdout
    );
    let out = run(s
        .idctl()
        .args(["jobs", "run-due", "--audit-checkpoint", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json(), serde_json::json!([]));
    let out = run(s
        .idctl()
        .args(["audit", "log", "--limit", "1", "-o", "json"]));
    assert_eq!(out.json()[0]["checkpointed"], true);
}

/// The done-when, on `dev seed --legacy` data: `pq status` counts the Ed25519-signed
/// checkpoints; `pq resign` (crashed after its first batch, then run again) gives each valid one a
/// verified ML-DSA-65 companion and quarantines a corrupted one; `audit verify` passes, then fails
/// at the right row after a hand edit.
#[test]
fn legacy_signatures_resigned_after_a_crash_corrupted_one_quarantined() {
    let s = setup();
    run(s
        .idctl()
        .args(["dev", "seed", "--users", "600", "--legacy", "-q"]))
    .expect_code(0);
    let out = run(s.idctl().args(["pq", "status", "-o", "json"]));
    out.expect_code(65);
    let status = out.json();
    let ed = status["signatures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["algorithm"] == "ed25519")
        .cloned()
        .unwrap();
    assert_eq!(ed["signatures"].as_i64(), Some(12), "{status}");
    assert_eq!(ed["to_resign"].as_i64(), Some(12));
    assert_eq!(status["vulnerable_signatures"].as_i64(), Some(12));
    assert_eq!(status["vulnerable_signing_keys"][0], "legacy_sig:v1");
    let (code, report) = verify(&s);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["checkpoints_valid"].as_i64(), Some(12));

    // The newest legacy signature is corrupted.
    let corrupted: i64 = s.db.scalar("SELECT max(id) FROM signatures");
    s.db.exec(&format!(
        "UPDATE signatures SET signature = set_byte(signature, 5, get_byte(signature, 5) # 1) WHERE id = {corrupted}"
    ));
    let (code, report) = verify(&s);
    assert_eq!(code, 65);
    assert_eq!(report["findings"][0]["kind"], "bad_signature", "{report}");

    // No post-quantum key yet: nothing written.
    run(s.idctl().args(["pq", "resign", "-q"])).expect_code(78);
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
    let dry = run(s.idctl().args(["pq", "resign", "--dry-run", "-o", "json"]));
    dry.expect_code(65);
    assert_eq!(dry.json()["resigned"].as_i64(), Some(11));
    let companions = |s: &Seeded| -> i64 {
        s.db.scalar("SELECT count(*) FROM signatures WHERE companion_of IS NOT NULL")
    };
    assert_eq!(companions(&s), 0, "a dry run writes nothing");

    // Crashed (abort, as kill -9) right after its first batch committed.
    let crashed = run(s
        .idctl()
        .env("IDCTL_FAILPOINT", "resign.after_batch")
        .args(["pq", "resign", "--batch-size", "4", "-q"]));
    assert_ne!(crashed.code, 0);
    assert_eq!(companions(&s), 4);
    let out = run(s
        .idctl()
        .args(["pq", "resign", "--batch-size", "4", "-o", "json"]));
    out.expect_code(65);
    let report = out.json();
    assert_eq!(report["resigned"].as_i64(), Some(7), "{report}");
    assert_eq!(report["quarantined_ids"], serde_json::json!([corrupted]));
    assert_eq!(companions(&s), 11, "one companion each, none twice");
    assert_eq!(
        s.db.scalar::<i64>(
            "SELECT count(*) FROM signatures c JOIN signing_keys k ON k.id = c.signing_key_id
               JOIN signatures o ON o.id = c.companion_of
              WHERE k.name = 'audit_sig:v1' AND c.message_digest = o.message_digest
                AND (c.meta->>'resigned_from')::bigint = o.id AND c.meta ? 'verified_at'"
        ),
        11
    );
    assert_eq!(
        s.db.scalar::<String>(&format!(
            "SELECT status FROM signatures WHERE id = {corrupted}"
        )),
        "quarantined"
    );
    // Nothing left to do.
    let again = run(s.idctl().args(["pq", "resign", "-o", "json"]));
    again.expect_code(0);
    assert_eq!(again.json()["examined"].as_i64(), Some(0));
    let out = run(s.idctl().args(["pq", "status", "-o", "json"]));
    assert_eq!(out.json()["vulnerable_signatures"].as_i64(), Some(0));

    // The chain and every companion verify; the quarantined one is not held against it.
    let (code, report) = verify(&s);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["checkpoints_valid"].as_i64(), Some(22));
    assert_eq!(report["checkpoints_quarantined"].as_i64(), Some(1));
    let victim: i64 =
        s.db.scalar("SELECT id FROM audit_log ORDER BY id OFFSET 100 LIMIT 1");
    s.db.exec(&format!(
        "UPDATE audit_log SET request_id = 'forged' WHERE id = {victim}"
    ));
    let (code, report) = verify(&s);
    assert_eq!(code, 65);
    assert_eq!(first_finding(&report), ("edited".into(), victim));
}
