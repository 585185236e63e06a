//! The stored format as the database holds it (docs/FORMAT.md): envelope headers read in SQL for
//! header-only columns, and the primary key's text form that every envelope's context binds.

use idctl::crypto::{ColumnCrypto, KeyId};
use idctl::keystore::{self, Keyring};

use crate::harness::{block_on, migrated_db, run};
use crate::rotate::seeded;

/// A header-only value whose key-id bytes are not UTF-8 (here: `0xff` in the id) is one malformed
/// row: verify reports it and checks every other column, the census counts it as `(malformed)`,
/// and a rotation leaves it alone and records it, as for the versioned columns.
#[test]
fn a_header_key_id_that_is_not_utf8_is_one_malformed_row() {
    let s = seeded(30);
    let bad: i64 =
        s.db.scalar("SELECT min(user_id) FROM two_factor WHERE secret IS NOT NULL");
    let session: i64 =
        s.db.scalar("SELECT min(id) FROM sessions WHERE session_blob IS NOT NULL");
    s.db.exec(&format!(
        "UPDATE two_factor SET secret = overlay(secret placing '\\xff'::bytea from 6 for 1)
          WHERE user_id = {bad};
         UPDATE sessions SET session_blob = overlay(session_blob placing '\\xc3'::bytea from 7 for 1)
          WHERE id = {session};"
    ));
    let total: i64 =
        s.db.scalar("SELECT count(*) FROM two_factor WHERE secret IS NOT NULL");

    let out = run(s.idctl().args(["keys", "verify", "--all", "-o", "json"]));
    out.expect_code(65);
    assert!(
        out.stderr.contains("2 of") && out.stderr.contains("failed verification"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("22021"), "{}", out.stderr);
    let report = out.json();
    assert_eq!(report["failed"], 2, "{report}");
    let columns = report["columns"].as_array().unwrap();
    assert!(columns.len() >= 5, "every column verified: {report}");
    for c in columns {
        let name = format!(
            "{}.{}",
            c["table"].as_str().unwrap(),
            c["column"].as_str().unwrap()
        );
        match name.as_str() {
            "two_factor.secret" | "sessions.session_blob" => {
                assert_eq!(c["failed"], 1, "{c}");
                assert_eq!(c["failures_by_class"]["malformed"], 1, "{c}");
                let row = &c["failed_rows"][0];
                assert_eq!(row["error_class"], "malformed", "{c}");
                let pk = if name == "two_factor.secret" {
                    bad
                } else {
                    session
                };
                assert_eq!(row["primary_key"], pk.to_string(), "{c}");
            }
            _ => assert_eq!(c["failed"], 0, "{c}"),
        }
    }

    // The census, the plan and status do not abort either.
    let out = run(s
        .idctl()
        .args(["keys", "status", "two_factor", "-o", "json"]));
    out.expect_code(0);
    let census = out.json();
    let secret = census
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["column"] == "secret")
        .unwrap();
    assert_eq!(secret["versions"]["(malformed)"], 1, "{secret}");
    assert_eq!(secret["versions"]["two_factor:v1"], total - 1, "{secret}");
    let out = run(s.idctl().args(["keys", "plan", "two_factor", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["target"], "two_factor:v2");

    // A rotation quarantines the row: left as it was, recorded, exit 65.
    let before: Vec<u8> = s.db.scalar(&format!(
        "SELECT secret FROM two_factor WHERE user_id = {bad}"
    ));
    let out = run(s
        .idctl()
        .args(["keys", "rotate", "two_factor", "-o", "json"]));
    out.expect_code(65);
    let report = out.json();
    assert_eq!(report["status"], "completed_with_errors", "{report}");
    assert_eq!(report["rows_failed"], 1, "{report}");
    let after: Vec<u8> = s.db.scalar(&format!(
        "SELECT secret FROM two_factor WHERE user_id = {bad}"
    ));
    assert_eq!(after, before, "not rewritten");
    let job = report["job_id"].as_i64().unwrap();
    let show = run(s
        .idctl()
        .args(["jobs", "show", &job.to_string(), "-o", "json"]));
    show.expect_code(0);
    let failed = show.json()["failed_rows"].as_array().unwrap().clone();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0]["primary_key"], bad.to_string());
    assert_eq!(failed[0]["error_class"], "malformed");
    let rest: i64 = s.db.scalar(&format!(
        "SELECT count(*) FROM two_factor WHERE secret IS NOT NULL AND user_id <> {bad}
            AND substring(secret from 6 for get_byte(secret, 4)) = 'two_factor:v2'::bytea"
    ));
    assert_eq!(rest, total - 1, "every other row rewrapped");
}

/// The census reads a header-only column's key ids in SQL exactly as §6 parses them: what is not a
/// valid key id (wrong syntax, length byte 0 or beyond 64, non-ASCII bytes) is `(malformed)`, a
/// value without the magic or too short for its id `(not an envelope)`; verify names the class.
#[test]
fn header_key_ids_are_read_in_sql_as_the_format_parses_them() {
    let s = seeded(40);
    let ids: Vec<i64> =
        s.db.query("SELECT id FROM sessions WHERE session_blob IS NOT NULL ORDER BY id LIMIT 6")
            .iter()
            .map(|r| r.get(0))
            .collect();
    let crafted = [
        // (new value as SQL, census key, verify class)
        ("'\\x69640101'::bytea", "(not an envelope)", "truncated"),
        (
            "'plain text'::bytea",
            "(not an envelope)",
            "not_an_envelope",
        ),
        (
            "overlay(session_blob placing '\\x00'::bytea from 5 for 1)",
            "(malformed)",
            "malformed",
        ),
        (
            "overlay(session_blob placing 'S'::bytea from 6 for 1)",
            "(malformed)",
            "malformed",
        ),
        (
            "overlay(session_blob placing '\\x80'::bytea from 8 for 1)",
            "(malformed)",
            "malformed",
        ),
        (
            "'\\x6964010109'::bytea || 'xyz_abc:v7'::bytea || session_blob",
            "(malformed)",
            "malformed",
        ),
    ];
    assert_eq!(ids.len(), crafted.len());
    for ((value, _, _), id) in crafted.iter().zip(&ids) {
        s.db.exec(&format!(
            "UPDATE sessions SET session_blob = {value} WHERE id = {id}"
        ));
    }
    let out = run(s.idctl().args(["keys", "status", "session", "-o", "json"]));
    out.expect_code(0);
    let versions = &out.json()[0]["versions"];
    for (_, key, _) in &crafted {
        let n = crafted.iter().filter(|(_, k, _)| k == key).count();
        assert_eq!(versions[*key], n, "{versions}");
    }
    let out = run(s
        .idctl()
        .args(["keys", "verify", "session", "--all", "-o", "json"]));
    out.expect_code(65);
    let failed = out.json()["columns"][0]["failed_rows"].clone();
    for ((_, _, class), id) in crafted.iter().zip(&ids) {
        let row = failed
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["primary_key"].as_str() == Some(id.to_string().as_str()))
            .unwrap_or_else(|| panic!("{id} in {failed}"));
        assert_eq!(row["error_class"], *class, "{row}");
    }
}

const TS_TABLE: &str = "CREATE TABLE ts_events (
    at    timestamptz NOT NULL,
    day   date NOT NULL,
    x     double precision NOT NULL,
    span  interval NOT NULL,
    payload bytea,
    version integer NOT NULL DEFAULT 1,
    PRIMARY KEY (at, day, x, span))";

fn ts_registry() -> String {
    format!(
        "{}\n[[protected]]\ntable = \"ts_events\"\nprimary_key = [\"at\", \"day\", \"x\", \"span\"]\n\
         column = \"payload\"\nkind = \"aead\"\nbasename = \"ts_secret\"\nrow_version_column = \"version\"\n",
        idctl::registry::BUILTIN_TOML
    )
}

/// The primary key's text form is PostgreSQL's output under the settings idctl pins on every
/// session (TimeZone UTC, DateStyle ISO, IntervalStyle postgres, extra_float_digits 1), whatever
/// the database, role or PGOPTIONS say: changing the server's timezone does not turn valid
/// envelopes on timestamp, date, float or interval keys into `wrong_context`.
#[test]
fn key_text_does_not_depend_on_the_database_session_settings() {
    let db = migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    let registry_dir = tempfile::tempdir().unwrap();
    let registry = registry_dir.path().join("registry.toml");
    std::fs::write(&registry, ts_registry()).unwrap();
    let idctl = || {
        let mut cmd = db.idctl();
        cmd.env("IDCTL_KEYRING", keyring.path())
            .env("IDCTL_REGISTRY", &registry)
            .env("IDCTL_ACTOR", "1");
        cmd
    };
    run(idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "-q"]))
    .expect_code(0);
    run(idctl().args(["keys", "generate", "ts_secret", "--activate", "-q"])).expect_code(0);
    db.exec(TS_TABLE);
    db.exec(
        "INSERT INTO ts_events (at, day, x, span)
         SELECT timestamptz '2024-03-01 12:34:56.789+00' + g * interval '1 hour 0.5 second',
                date '2024-02-29' + g, 0.1::float8 + 0.2::float8 + g, interval '1 day 02:03:04' * g
           FROM generate_series(0, 19) g",
    );
    // Write every value with the canonical key text, as the application does.
    let url = db.url.clone();
    let dir = keyring.path().to_path_buf();
    block_on(async move {
        let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        client
            .batch_execute(
                "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres';
                 SET extra_float_digits = 1",
            )
            .await
            .unwrap();
        let keys =
            keystore::load_basename(&client, &Keyring::new(Some(&dir)).unwrap(), "ts_secret")
                .await
                .unwrap();
        let mut crypto = ColumnCrypto::new("ts_events", "payload").unwrap();
        for k in &keys.decrypting {
            crypto.add_key(k).unwrap();
        }
        let id: KeyId = "ts_secret:v1".parse().unwrap();
        let rows = client
            .query(
                "SELECT at::text, day::text, x::text, span::text, ctid::text FROM ts_events",
                &[],
            )
            .await
            .unwrap();
        for r in rows {
            let pk: Vec<String> = (0..4).map(|i| r.get(i)).collect();
            let pk_refs: Vec<&str> = pk.iter().map(String::as_str).collect();
            let env = crypto.encrypt(&id, b"payload", &pk_refs).unwrap();
            let ctid: String = r.get(4);
            client
                .execute(
                    "UPDATE ts_events SET payload = $1 WHERE ctid = $2::text::tid",
                    &[&env, &ctid],
                )
                .await
                .unwrap();
        }
    });
    let ok = |what: &str| {
        let out = run(idctl().args(["keys", "verify", "ts_secret", "--all", "-o", "json"]));
        out.expect_code(0);
        let report = out.json();
        assert_eq!(report["checked"], 20, "{what}: {report}");
        assert_eq!(report["failed"], 0, "{what}: {report}");
    };
    ok("as written");
    // Every setting that changes a key's text output, on the database, the role and PGOPTIONS.
    db.exec(&format!(
        "ALTER DATABASE \"{0}\" SET timezone = 'Asia/Kolkata';
         ALTER DATABASE \"{0}\" SET DateStyle = 'SQL, DMY';
         ALTER DATABASE \"{0}\" SET IntervalStyle = 'sql_standard';
         ALTER DATABASE \"{0}\" SET extra_float_digits = 0",
        db.name
    ));
    // The database's new defaults are in force for other sessions.
    let shown: String = db.scalar("SELECT (timestamptz '2024-03-01 00:00+00')::text");
    assert!(shown.contains("05:30"), "{shown}");
    ok("after ALTER DATABASE");
    let out = run(idctl()
        .env(
            "PGOPTIONS",
            "-c TimeZone=America/St_Johns -c DateStyle=German",
        )
        .args(["keys", "verify", "ts_secret", "--all", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["failed"], 0, "{}", out.stdout);

    // A rotation under those settings rewraps every row with the same key text.
    let out = run(idctl().args(["keys", "rotate", "ts_secret", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["status"], "completed", "{report}");
    assert_eq!(report["rows_rewritten"], 20, "{report}");
    ok("after the rotation");
}

/// `rust-version` in Cargo.toml is what the build really needs: no package of the dependency tree
/// (as `cargo metadata` resolves it from Cargo.lock) declares a higher one. A lower value also
/// makes cargo's MSRV-aware resolver hold dependencies back (it kept `time` at 0.3.45,
/// RUSTSEC-2026-0009).
#[test]
fn rust_version_is_at_least_every_dependency_s() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo metadata");
    assert!(
        out.status.success(),
        "cargo metadata --locked: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let parse = |v: &str| -> Vec<u64> {
        let mut parts: Vec<u64> = v.split('.').map(|p| p.parse().unwrap()).collect();
        parts.resize(3, 0);
        parts
    };
    let packages = meta["packages"].as_array().unwrap();
    let ours = packages
        .iter()
        .find(|p| p["name"] == "idctl" && p["source"].is_null())
        .and_then(|p| p["rust_version"].as_str())
        .expect("Cargo.toml declares rust-version");
    let higher: Vec<String> = packages
        .iter()
        .filter_map(|p| {
            let v = p["rust_version"].as_str()?;
            (parse(v) > parse(ours)).then(|| format!("{} {} needs {v}", p["name"], p["version"]))
        })
        .collect();
    assert!(
        higher.is_empty(),
        "rust-version = \"{ours}\" in Cargo.toml, but: {higher:?}"
    );
}
