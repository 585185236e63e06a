//! `idctl privacy export` and `verify-export`: complete, decrypted, secret-free, all or nothing.

use std::collections::BTreeMap;
use std::io::Read;
use std::time::{Duration, Instant};

use base64::Engine;
use idctl::registry::{ExportAction, Registry};

use crate::deletion::{fill_every_linked_table, linked_rows, subject_condition};
use crate::harness::run;
use crate::rotate::{profile_plaintexts, seeded};

/// Every file of a ZIP archive: name -> bytes.
fn unzip(path: &std::path::Path) -> BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        out.insert(name, bytes);
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn an_export_holds_every_linked_table_decrypted_and_no_secret() {
    let s = seeded(20);
    fill_every_linked_table(&s.db, 6);
    let reg = Registry::builtin();
    // Give every omitted column of the subject's rows a distinctive value to search for.
    for p in reg
        .personal_data
        .iter()
        .filter(|p| p.export == ExportAction::Include)
    {
        let Some(cond) = subject_condition(&reg, &p.table, 6) else {
            continue;
        };
        for col in &p.omit {
            let ty: String = s.db.scalar(&format!(
                "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '{}'::regclass AND attname = '{col}'",
                p.table
            ));
            let value = match ty.as_str() {
                "bytea" => "decode(md5(random()::text) || md5(random()::text), 'hex')",
                _ => "'secret-' || md5(random()::text)",
            };
            s.db.exec(&format!(
                "UPDATE \"{}\" SET \"{col}\" = {value} WHERE {cond}",
                p.table
            ));
        }
    }
    // The secrets as they could appear: raw, hex, base64.
    let mut secrets: Vec<Vec<u8>> = Vec::new();
    for p in reg
        .personal_data
        .iter()
        .filter(|p| p.export != ExportAction::Exclude)
    {
        let Some(cond) = subject_condition(&reg, &p.table, 6) else {
            continue;
        };
        let cols: Vec<String> = if p.export == ExportAction::ExcludeSecret {
            s.db.query(&format!(
                "SELECT attname::text FROM pg_attribute WHERE attrelid = '{}'::regclass AND attnum > 0 AND NOT attisdropped AND format_type(atttypid, atttypmod) IN ('bytea', 'text')",
                p.table
            ))
            .iter()
            .map(|r| r.get(0))
            .collect()
        } else {
            p.omit.clone()
        };
        for col in cols {
            for r in s.db.query(&format!(
                "SELECT \"{col}\"::bytea FROM \"{}\" WHERE {cond} AND \"{col}\" IS NOT NULL",
                p.table
            )) {
                let v: Vec<u8> = r.get(0);
                if v.len() >= 8 {
                    secrets.push(hex::encode(&v).into_bytes());
                    secrets.push(
                        base64::engine::general_purpose::STANDARD
                            .encode(&v)
                            .into_bytes(),
                    );
                    secrets.push(v);
                }
            }
        }
    }
    assert!(
        secrets.len() > 30,
        "secrets to search for: {}",
        secrets.len()
    );
    for m in crate::keys::materials(s.keyring.path()) {
        secrets.push(m.into_bytes());
    }

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("u6.zip");
    let r = run(s.idctl().args([
        "privacy",
        "export",
        "6",
        "--out",
        out.to_str().unwrap(),
        "-o",
        "json",
    ]));
    r.expect_code(0);
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&out).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
    let files = unzip(&out);
    let manifest: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    // Every included linked table, with the subject's row count.
    let counts = linked_rows(&s.db, 6);
    let listed: BTreeMap<String, i64> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["table"].as_str().unwrap().to_string(),
                f["rows"].as_i64().unwrap(),
            )
        })
        .collect();
    for p in reg.personal_data.iter().filter(|p| p.link.is_some()) {
        match p.export {
            ExportAction::Include => {
                assert_eq!(listed.get(&p.table), Some(&counts[&p.table]), "{}", p.table);
                assert!(counts[&p.table] > 0, "the fixture has rows in {}", p.table);
                let rows: Vec<serde_json::Value> =
                    serde_json::from_slice(&files[&format!("{}.json", p.table)]).unwrap();
                assert_eq!(rows.len() as i64, counts[&p.table]);
                for row in &rows {
                    for col in &p.omit {
                        assert!(row.get(col).is_none(), "{}.{col} exported", p.table);
                    }
                }
            }
            _ => {
                assert!(!listed.contains_key(&p.table), "{} exported", p.table);
                assert!(
                    manifest["excluded"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|e| e["table"] == p.table.as_str()),
                    "{} not listed as excluded",
                    p.table
                );
            }
        }
    }
    // Decrypted values equal what was seeded.
    let plain = profile_plaintexts(&s);
    let profiles: Vec<serde_json::Value> =
        serde_json::from_slice(&files["user_profiles.json"]).unwrap();
    let seeded: serde_json::Value = serde_json::from_slice(&plain[&6]).unwrap();
    assert_eq!(profiles[0]["profile_enc"], seeded);
    // No secret anywhere in the archive (compressed or not).
    let raw = std::fs::read(&out).unwrap();
    let all: Vec<u8> = files.values().flatten().copied().collect();
    for secret in &secrets {
        assert!(
            !contains(&all, secret) && !contains(&raw, secret),
            "a secret value is in the export: {}",
            String::from_utf8_lossy(&secret[..secret.len().min(24)])
        );
    }
    // The audit row names the archive's hash, never the data.
    let audited: String = s.db.scalar(
        "SELECT new_value->>'sha256' FROM audit_log WHERE change_type = 'privacy_export' ORDER BY id DESC LIMIT 1",
    );
    assert_eq!(audited, r.json()["sha256"].as_str().unwrap());

    // verify-export: passes, then fails on one changed byte.
    run(s
        .idctl()
        .args(["privacy", "verify-export", out.to_str().unwrap()]))
    .expect_code(0);
    // An existing file is not overwritten without --force.
    let again = run(s
        .idctl()
        .args(["privacy", "export", "6", "--out", out.to_str().unwrap()]));
    again.expect_code(64);
    assert_eq!(std::fs::read(&out).unwrap(), raw);
    let mut bad = raw.clone();
    let at = bad.len() / 3;
    bad[at] ^= 0x01;
    let bad_path = dir.path().join("bad.zip");
    std::fs::write(&bad_path, &bad).unwrap();
    let v = run(s
        .idctl()
        .args(["privacy", "verify-export", bad_path.to_str().unwrap()]));
    v.expect_code(65);
}

#[test]
fn an_export_interrupted_by_a_terminated_backend_leaves_no_file() {
    let s = seeded(10);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("u3.zip");
    let mut child = crate::harness::KillOnDrop(
        s.std_idctl()
            .env("IDCTL_FAILPOINT", "privacy.after_table:sleep=1500")
            .args([
                "privacy",
                "export",
                "3",
                "--out",
                out.to_str().unwrap(),
                "-q",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let t = Instant::now();
    loop {
        let n: i64 = s.db.scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'idctl/privacy export%' AND state = 'idle in transaction'",
        );
        if n > 0 {
            break;
        }
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "the export never started"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    s.db.exec(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'idctl/privacy export%' AND datname = current_database()",
    );
    let status = child.0.wait().unwrap();
    assert!(!status.success(), "an interrupted export must not exit 0");
    assert_ne!(status.code(), Some(101), "no panic");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert!(left.is_empty(), "files left: {left:?}");
}

#[test]
fn an_unclassified_table_referencing_the_subject_stops_the_export() {
    let s = seeded(5);
    s.db.exec(
        "CREATE TABLE loyalty_cards (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
         INSERT INTO loyalty_cards VALUES (1, 2)",
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("u2.zip");
    let r = run(s
        .idctl()
        .args(["privacy", "export", "2", "--out", out.to_str().unwrap()]));
    r.expect_code(78);
    assert!(r.stderr.contains("loyalty_cards"), "{}", r.stderr);
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
    // JSON to stdout: one document with the tables and the manifest.
    s.db.exec("DROP TABLE loyalty_cards");
    let r = run(s
        .idctl()
        .args(["privacy", "export", "2", "--out", "-", "--format", "json"]));
    r.expect_code(0);
    let doc = r.json();
    assert_eq!(doc["manifest"]["subject_id"], "2");
    assert_eq!(doc["tables"]["users"].as_array().unwrap().len(), 1);
}

#[test]
fn requests_have_deadlines_extensions_and_are_processed_once() {
    let s = seeded(8);
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().to_str().unwrap();
    let r = run(s.idctl().args([
        "privacy", "requests", "create", "--user", "4", "--type", "access", "-o", "json",
    ]));
    r.expect_code(0);
    let access = r.json()["id"].as_i64().unwrap();
    let days: f64 = s.db.scalar(&format!(
        "SELECT extract(epoch FROM (meta->>'deadline')::timestamptz - requested_at)::float8 / 86400 FROM privacy_requests WHERE id = {access}"
    ));
    assert!((28.0..=31.0).contains(&days), "one month: {days} days");
    // Past its deadline: listed by --overdue; an extension moves it and records why, once.
    s.db.exec(&format!(
        "UPDATE privacy_requests SET requested_at = now() - interval '40 days',
                meta = meta || jsonb_build_object('deadline', now() - interval '9 days') WHERE id = {access}"
    ));
    let overdue = run(s
        .idctl()
        .args(["privacy", "requests", "list", "--overdue", "-o", "json"]));
    overdue.expect_code(0);
    let ids: Vec<i64> = overdue
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![access]);
    let ext = run(s.idctl().args([
        "privacy",
        "requests",
        "extend",
        &access.to_string(),
        "--reason",
        "complex request",
        "-o",
        "json",
    ]));
    ext.expect_code(0);
    let e = ext.json();
    assert_eq!(e["overdue"], false);
    assert_eq!(e["meta"]["extension"]["reason"], "complex request");
    run(s.idctl().args([
        "privacy",
        "requests",
        "extend",
        &access.to_string(),
        "--reason",
        "again",
    ]))
    .expect_code(65);
    // Processed twice: exported once.
    for _ in 0..2 {
        run(s.idctl().args([
            "privacy",
            "requests",
            "process",
            "--due",
            "--out-dir",
            out_dir,
            "-q",
        ]))
        .expect_code(0);
    }
    let exports: i64 =
        s.db.scalar("SELECT count(*) FROM audit_log WHERE change_type = 'privacy_export'");
    assert_eq!(exports, 1);
    let status: String = s.db.scalar(&format!(
        "SELECT status FROM privacy_requests WHERE id = {access}"
    ));
    assert_eq!(status, "completed");
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert_eq!(files.len(), 1);
    run(s.idctl().args([
        "privacy",
        "verify-export",
        files[0].path().to_str().unwrap(),
    ]))
    .expect_code(0);
    // Erasure: a deletion job, then completed once the job has run.
    let r = run(s.idctl().args([
        "privacy", "requests", "create", "--user", "5", "--type", "erasure", "-o", "json",
    ]));
    r.expect_code(0);
    let erasure = r.json()["id"].as_i64().unwrap().to_string();
    let p = run(s.idctl().args([
        "privacy",
        "requests",
        "process",
        "--id",
        &erasure,
        "--out-dir",
        out_dir,
        "-o",
        "json",
    ]));
    p.expect_code(0);
    let job = p.json()[0]["deletion_job"].as_i64().unwrap().to_string();
    run(s.idctl().args(["deletion", "run", "--id", &job])).expect_code(0);
    let p = run(s.idctl().args([
        "privacy",
        "requests",
        "process",
        "--id",
        &erasure,
        "--out-dir",
        out_dir,
        "-o",
        "json",
    ]));
    p.expect_code(0);
    assert_eq!(p.json()[0]["outcome"], "completed");
}

#[test]
fn jobs_run_due_processes_open_requests_when_given_an_export_directory() {
    let s = seeded(4);
    let dir = tempfile::tempdir().unwrap();
    run(s.idctl().args([
        "privacy",
        "requests",
        "create",
        "--user",
        "3",
        "--type",
        "portability",
    ]))
    .expect_code(0);
    // Without the directory, run-due leaves requests alone.
    run(s.idctl().args(["jobs", "run-due", "-q"])).expect_code(0);
    let open: i64 =
        s.db.scalar("SELECT count(*) FROM privacy_requests WHERE status = 'pending'");
    assert_eq!(open, 1);
    let out = run(s.idctl().args([
        "jobs",
        "run-due",
        "--privacy-out-dir",
        dir.path().to_str().unwrap(),
        "-o",
        "json",
    ]));
    out.expect_code(0);
    let rows = out.json();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["basename"] == "privacy_request:portability")
        .expect("the request is in the report");
    assert_eq!(row["outcome"], "request_exported");
    let status: String = s.db.scalar("SELECT status FROM privacy_requests");
    assert_eq!(status, "completed");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// Rewrites a ZIP archive with `edit` applied to its manifest.json.
fn rewrite_manifest(
    from: &std::path::Path,
    to: &std::path::Path,
    edit: impl Fn(&mut serde_json::Value),
) {
    use std::io::Write;
    let files = unzip(from);
    let mut z = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    for (name, bytes) in files {
        z.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        if name == "manifest.json" {
            let mut m: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            edit(&mut m);
            z.write_all(&serde_json::to_vec_pretty(&m).unwrap())
                .unwrap();
        } else {
            z.write_all(&bytes).unwrap();
        }
    }
    z.finish().unwrap();
}

#[test]
fn the_manifest_is_signed_with_ml_dsa_and_verify_export_checks_it() {
    let s = seeded(10);
    let dir = tempfile::tempdir().unwrap();
    let unsigned = dir.path().join("unsigned.zip");
    run(s.idctl().args([
        "privacy",
        "export",
        "4",
        "--out",
        unsigned.to_str().unwrap(),
        "-q",
    ]))
    .expect_code(0);
    run(s.idctl().args([
        "privacy",
        "verify-export",
        unsigned.to_str().unwrap(),
        "--require-signature",
    ]))
    .expect_code(65);
    run(s.idctl().args([
        "pq",
        "keys",
        "generate",
        "--name",
        "export_sig",
        "--algorithm",
        "ml-dsa-65",
        "--scope",
        "export",
        "-q",
    ]))
    .expect_code(0);
    let out = dir.path().join("signed.zip");
    run(s.idctl().args([
        "privacy",
        "export",
        "4",
        "--out",
        out.to_str().unwrap(),
        "-q",
    ]))
    .expect_code(0);
    let v = run(s.idctl().args([
        "privacy",
        "verify-export",
        out.to_str().unwrap(),
        "--require-signature",
        "-o",
        "json",
    ]));
    v.expect_code(0);
    let report = v.json();
    assert_eq!(report["signed"], true);
    assert_eq!(report["signatures"][0]["key"], "export_sig:v1");
    assert_eq!(report["signatures"][0]["algorithm"], "ml-dsa-65");
    let listed: String = s.db.scalar(
        "SELECT substr(encode(sha256(public_key), 'hex'), 1, 16) FROM signing_keys WHERE name = 'export_sig:v1'",
    );
    assert_eq!(
        report["signatures"][0]["public_key_digest"],
        listed.as_str()
    );
    assert_eq!(
        s.db.scalar::<i64>(
            "SELECT count(*) FROM signatures WHERE subject_kind = 'export_manifest' AND subject_id = 'users:4'"
        ),
        1
    );
    // A manifest edited after signing (the files untouched): the signature no longer verifies.
    let edited = dir.path().join("edited.zip");
    rewrite_manifest(&out, &edited, |m| m["subject_id"] = "5".into());
    let v = run(s.idctl().args([
        "privacy",
        "verify-export",
        edited.to_str().unwrap(),
        "-o",
        "json",
    ]));
    v.expect_code(65);
    assert_eq!(v.json()["signatures"][0]["ok"], false);
    // Re-serialised but unchanged: still verifies (the digest is over the parsed manifest).
    let same = dir.path().join("same.zip");
    rewrite_manifest(&out, &same, |_| {});
    run(s.idctl().args([
        "privacy",
        "verify-export",
        same.to_str().unwrap(),
        "--require-signature",
    ]))
    .expect_code(0);
}
