//! The second schema: seed 003's compact, UUID-keyed identity database, built from plain SQL
//! (tests/data/seed003_compact_uuid.sql, not idctl's migrations) and served through
//! registries/compact-uuid.toml alone, with idctl's own tables in the `idctl` bookkeeping schema.

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use idctl::crypto::ColumnCrypto;
use idctl::keystore::{self, Keyring};

use crate::harness::{TestDb, block_on, empty_db, migrated_db, run};

const REGISTRY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/registries/compact-uuid.toml");

/// A seed-003 database with idctl's bookkeeping schema, demo users and a first operator (user 1).
pub struct Compact {
    pub db: TestDb,
    pub keyring: tempfile::TempDir,
    /// The operator's email (the first demo user's).
    pub operator: String,
}

impl Compact {
    /// idctl on this database with the compact registry, its keyring and its operator.
    pub fn idctl(&self) -> Command {
        let mut cmd = self.db.idctl();
        cmd.env("IDCTL_REGISTRY", REGISTRY)
            .env("IDCTL_KEYRING", self.keyring.path())
            .env("IDCTL_ACTOR", &self.operator)
            .env("IDCTL_RETIRE_AFTER", "0s");
        cmd
    }

    fn std_idctl(&self) -> std::process::Command {
        let mut cmd = crate::harness::std_idctl();
        cmd.env("DATABASE_URL", &self.db.url)
            .env("IDCTL_REGISTRY", REGISTRY)
            .env("IDCTL_KEYRING", self.keyring.path())
            .env("IDCTL_ACTOR", &self.operator)
            .env("IDCTL_RETIRE_AFTER", "0s");
        cmd
    }
}

pub fn compact(users: u32) -> Compact {
    let db = empty_db();
    db.exec(idctl::dev::seed_compact::SCHEMA_SQL);
    let keyring = tempfile::tempdir().unwrap();
    let c = Compact {
        db,
        keyring,
        operator: idctl::dev::seed_compact::email(1),
    };
    run(c
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["db", "migrate", "--bookkeeping", "-q"]))
    .expect_code(0);
    run(c.idctl().env_remove("IDCTL_ACTOR").args([
        "dev",
        "seed",
        "--users",
        &users.to_string(),
        "--allow-non-dev-database",
        "--yes",
        "-q",
    ]))
    .expect_code(0);
    let admin = run(c.idctl().env_remove("IDCTL_ACTOR").args([
        "users",
        "bootstrap-admin",
        "--email",
        &c.operator,
        "-o",
        "json",
    ]));
    admin.expect_code(0);
    let subject = admin.json()["subject"].as_str().unwrap().to_string();
    let first: String = c.db.scalar("SELECT uuid::text FROM users WHERE id = 1");
    assert_eq!(subject, first, "the operator is linked to the first user");
    c
}

/// A connection that sees the bookkeeping schema first, as idctl's do.
async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    client
        .batch_execute("SET search_path = idctl, public")
        .await
        .unwrap();
    client
}

/// (id, column) -> plaintext of every provider token, decrypted with the library (any usable key),
/// and the key id each envelope names.
fn provider_tokens(c: &Compact) -> BTreeMap<(i64, &'static str), (Vec<u8>, String)> {
    let url = c.db.url.clone();
    let dir = c.keyring.path().to_path_buf();
    block_on(async move {
        let client = connect(&url).await;
        let keys = keystore::load_basename(
            &client,
            &Keyring::new(Some(&dir)).unwrap(),
            "provider_token",
        )
        .await
        .unwrap();
        let mut out = BTreeMap::new();
        for column in ["access_token", "refresh_token"] {
            let mut crypto = ColumnCrypto::new("user_auth_providers", column).unwrap();
            for k in &keys.decrypting {
                crypto.add_key(k).unwrap();
            }
            let rows = client
                .query(
                    &format!("SELECT id, {column} FROM user_auth_providers ORDER BY id"),
                    &[],
                )
                .await
                .unwrap();
            for r in rows {
                let id: i64 = r.get(0);
                let enc: Vec<u8> = r.get(1);
                let header = idctl::crypto::parse_envelope(&enc).unwrap();
                let plain = crypto.decrypt(&enc, &[&id.to_string()]).unwrap().to_vec();
                out.insert((id, column), (plain, header.key_id_str().to_string()));
            }
        }
        out
    })
}

fn key_ids(tokens: &BTreeMap<(i64, &'static str), (Vec<u8>, String)>) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for (_, k) in tokens.values() {
        *out.entry(k.clone()).or_default() += 1;
    }
    out
}

#[test]
fn rotation_on_the_compact_schema_survives_kill_9_and_loses_nothing() {
    let c = compact(600);
    run(c.idctl().args(["keys", "verify", "--all", "-q"])).expect_code(0);
    let before = provider_tokens(&c);
    assert!(
        before.len() > 400,
        "the seed made provider tokens: {}",
        before.len()
    );
    assert_eq!(
        key_ids(&before).keys().collect::<Vec<_>>(),
        ["provider_token:v1"]
    );
    run(c
        .idctl()
        .args(["keys", "generate", "provider_token", "--activate", "-q"]))
    .expect_code(0);

    // A slow rotation, killed (SIGKILL) once it has committed batches of its own.
    let mut child = crate::harness::KillOnDrop(
        c.std_idctl()
            .args([
                "keys",
                "rotate",
                "provider_token",
                "--max-rate",
                "100",
                "--batch-size",
                "8",
                "--fixed-batch-size",
                "--yes",
                "-q",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let done: i64 =
            c.db.scalar("SELECT coalesce(sum(rows_done), 0)::bigint FROM idctl.job_ranges");
        if done > 16 {
            break;
        }
        assert!(Instant::now() < deadline, "the rotation made no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let status = child.wait().unwrap();
    assert!(status.code().is_none(), "killed mid-run");
    let middle = provider_tokens(&c);
    let mixed = key_ids(&middle);
    assert!(
        mixed.contains_key("provider_token:v1") && mixed.contains_key("provider_token:v2"),
        "killed half-way: {mixed:?}"
    );
    // Every value still decrypts (provider_tokens unwraps every one), to the same plaintext.
    let plain = |t: &BTreeMap<(i64, &'static str), (Vec<u8>, String)>| -> BTreeMap<(i64, &'static str), Vec<u8>> {
        t.iter().map(|(k, (p, _))| (*k, p.clone())).collect()
    };
    assert_eq!(plain(&middle), plain(&before));

    // The next run resumes the same job and finishes it.
    let out = run(c
        .idctl()
        .args(["keys", "rotate", "provider_token", "--yes", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["status"], "completed", "{}", out.stdout);
    let after = provider_tokens(&c);
    assert_eq!(
        plain(&after),
        plain(&before),
        "every plaintext equals the original"
    );
    assert_eq!(
        key_ids(&after),
        BTreeMap::from([("provider_token:v2".to_string(), before.len())])
    );
    let jobs: i64 = c.db.scalar("SELECT count(*) FROM idctl.key_rotation_jobs");
    assert_eq!(jobs, 1, "one job, resumed");
    let attempts: i32 = c.db.scalar("SELECT attempts FROM idctl.key_rotation_jobs");
    assert_eq!(attempts, 2);
    // The MFA factors (another basename) were not touched; everything verifies.
    run(c.idctl().args(["keys", "verify", "--all", "-q"])).expect_code(0);
    // The job and its events name the operator (idctl's operators table), never a users.id.
    let executed_by: i64 =
        c.db.scalar("SELECT executed_by FROM idctl.key_rotation_jobs");
    assert_eq!(executed_by, 1);
    // idctl wrote nothing into the application's schema.
    let foreign: i64 = c.db.scalar(
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'
            AND tablename IN ('crypto_keys', 'key_events', 'job_ranges', 'key_rotation_jobs', 'audit_log', 'idctl_schema_migrations')",
    );
    assert_eq!(foreign, 0);
}

#[test]
fn an_operator_is_resolved_through_the_registry_and_checked() {
    let c = compact(20);
    // By email (user_emails, in clear, any case) and by operator id.
    for actor in [c.operator.to_uppercase(), "1".to_string()] {
        let out = run(c
            .idctl()
            .env("IDCTL_ACTOR", &actor)
            .args(["users", "whoami", "-o", "json"]));
        out.expect_code(0);
        assert_eq!(out.json()["id"], 1, "{actor}");
    }
    // A user of the application who is no operator may not act (77), and nothing is written.
    let other = idctl::dev::seed_compact::email(2);
    let out = run(c.idctl().env("IDCTL_ACTOR", &other).args([
        "keys",
        "generate",
        "provider_token",
        "--activate",
    ]));
    out.expect_code(77);
    assert!(out.stderr.contains("not an operator"), "{}", out.stderr);
    let out = run(c.idctl().env("IDCTL_ACTOR", "nobody@example.org").args([
        "keys",
        "generate",
        "provider_token",
    ]));
    out.expect_code(77);
    let versions: i64 =
        c.db.scalar("SELECT count(*) FROM idctl.crypto_keys WHERE basename = 'provider_token'");
    assert_eq!(versions, 1);
    // A second bootstrap is refused (65): an operator exists.
    run(c
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "--email", &other]))
    .expect_code(65);
    // A locked operator may not act.
    c.db.exec("UPDATE idctl.operators SET is_locked = true WHERE id = 1");
    run(c.idctl().args(["keys", "generate", "provider_token"])).expect_code(77);
}

/// idctl's bookkeeping tables are the full schema's, column for column and type for type, with the
/// documented exceptions: a migration changing one set and not the other fails here.
#[test]
fn the_bookkeeping_schema_has_the_full_schemas_columns() {
    let full = migrated_db();
    let c = empty_db();
    c.exec(idctl::dev::seed_compact::SCHEMA_SQL);
    run(c
        .idctl()
        .env("IDCTL_REGISTRY", REGISTRY)
        .args(["db", "migrate", "-q"]))
    .expect_code(0);
    let columns = |db: &TestDb, schema: &str| -> BTreeMap<(String, String), String> {
        db.query(&format!(
            "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod)
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              WHERE n.nspname = '{schema}' AND c.relkind = 'r'"
        ))
        .into_iter()
        .map(|r| ((r.get(0), r.get(1)), r.get(2)))
        .collect()
    };
    let book = columns(&c, "idctl");
    let public = columns(&full, "public");
    let mut differ = Vec::new();
    for ((table, column), ty) in &book {
        if table == "operators" {
            continue; // idctl's own, only in the bookkeeping schema
        }
        match public.get(&(table.clone(), column.clone())) {
            Some(full_ty) if full_ty == ty => {}
            // Documented: a privacy request names its subject by key text (a uuid here).
            Some(_) if (table.as_str(), column.as_str()) == ("privacy_requests", "user_id") => {}
            other => differ.push(format!("{table}.{column}: {ty} vs {other:?}")),
        }
    }
    let tables: std::collections::BTreeSet<&String> = book.keys().map(|(t, _)| t).collect();
    for (table, column) in public.keys() {
        if tables.contains(table) && !book.contains_key(&(table.clone(), column.clone())) {
            differ.push(format!(
                "{table}.{column}: missing from the bookkeeping schema"
            ));
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
    assert!(tables.len() >= 25, "{tables:?}");
}

/// Every table's rows, as text, for comparing a database before and after a change.
fn snapshot(db: &TestDb, tables: &[&str]) -> BTreeMap<String, Vec<String>> {
    tables
        .iter()
        .map(|t| {
            let rows = db.query(&format!("SELECT t::text FROM {t} t ORDER BY 1"));
            (t.to_string(), rows.iter().map(|r| r.get(0)).collect())
        })
        .collect()
}

const TABLES: [&str; 10] = [
    "users",
    "user_profiles",
    "user_emails",
    "user_status",
    "user_roles",
    "user_credentials",
    "user_auth_providers",
    "user_mfa_factors",
    "user_devices",
    "login_audit_logs",
];

#[test]
fn find_export_and_hard_delete_a_user_of_the_compact_schema() {
    let c = compact(40);
    // A user with a linked provider, found by email.
    let n: i64 = c.db.scalar(
        "SELECT min(u.id) FROM users u JOIN user_auth_providers p ON p.user_uuid = u.uuid WHERE u.id > 1",
    );
    let email = idctl::dev::seed_compact::email(n);
    let uuid: String =
        c.db.scalar(&format!("SELECT uuid::text FROM users WHERE id = {n}"));
    let found = run(c
        .idctl()
        .args(["users", "find", "--email", &email, "-o", "json"]));
    found.expect_code(0);
    assert_eq!(found.json()[0]["id"], uuid.as_str());

    // Export: the manifest lists every seed-003 table holding the subject's rows, no secret.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("export.json");
    run(c.idctl().args([
        "privacy",
        "export",
        &email,
        "--format",
        "json",
        "--out",
        out.to_str().unwrap(),
        "-q",
    ]))
    .expect_code(0);
    let text = std::fs::read_to_string(&out).unwrap();
    let export: serde_json::Value = serde_json::from_str(&text).unwrap();
    for table in TABLES {
        let rows = export["tables"][table]
            .as_array()
            .unwrap_or_else(|| panic!("{table} in {text}"));
        let expected: i64 = if table == "users" {
            1
        } else {
            c.db.scalar(&format!(
                "SELECT count(*) FROM {table} WHERE user_uuid = '{uuid}'"
            ))
        };
        assert_eq!(rows.len() as i64, expected, "{table}");
        // The manifest lists it, with the same count.
        let listed = export["manifest"]["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["table"] == table)
            .unwrap_or_else(|| panic!("{table} not in the manifest"));
        assert_eq!(
            listed["rows"].as_i64(),
            Some(expected),
            "{table} in the manifest"
        );
    }
    // Secrets are left out of the rows (the manifest names them as excluded).
    for (table, secret) in [
        ("user_auth_providers", "access_token"),
        ("user_auth_providers", "refresh_token"),
        ("user_mfa_factors", "factor_data"),
        ("user_credentials", "password_hash"),
    ] {
        for row in export["tables"][table].as_array().unwrap() {
            assert!(
                row.get(secret).is_none(),
                "{table}.{secret} exported: {row}"
            );
        }
    }

    // Hard deletion: the subject's rows go, its provider link is revoked first, its sign-in
    // events are anonymized, and no other user's row changes.
    let others = |db: &TestDb| -> BTreeMap<String, Vec<String>> {
        let mut s = snapshot(db, &TABLES);
        for rows in s.values_mut() {
            rows.retain(|r| !r.contains(&uuid));
        }
        s
    };
    let before = others(&c.db);
    let events: i64 = c.db.scalar(&format!(
        "SELECT count(*) FROM login_audit_logs WHERE user_uuid = '{uuid}'"
    ));
    let anonymized_before: i64 =
        c.db.scalar("SELECT count(*) FROM login_audit_logs WHERE user_uuid IS NULL");
    run(c.idctl().args([
        "deletion",
        "schedule",
        &uuid,
        "--hard",
        "--reason",
        "erasure request",
        "-q",
    ]))
    .expect_code(0);
    let done = run(c
        .idctl()
        .args(["deletion", "run", "--due", "--yes", "-o", "json"]));
    done.expect_code(0);
    for table in TABLES {
        let column = if table == "users" {
            "uuid"
        } else {
            "user_uuid"
        };
        let left: i64 = c.db.scalar(&format!(
            "SELECT count(*) FROM {table} WHERE {column} = '{uuid}'"
        ));
        assert_eq!(left, 0, "{table} still holds the subject's rows");
    }
    let anonymized: i64 =
        c.db.scalar("SELECT count(*) FROM login_audit_logs WHERE user_uuid IS NULL");
    assert_eq!(anonymized, anonymized_before + events);
    let mut after = others(&c.db);
    // The anonymized events are no other user's rows.
    after
        .get_mut("login_audit_logs")
        .unwrap()
        .retain(|r| !r.starts_with("(") || !r.contains(",,"));
    let mut before_events = before.clone();
    before_events
        .get_mut("login_audit_logs")
        .unwrap()
        .retain(|r| !r.starts_with("(") || !r.contains(",,"));
    assert_eq!(after, before_events, "another user's rows changed");
    run(c.idctl().args(["deletion", "verify", "1"])).expect_code(0);
}

#[test]
fn lock_and_unlock_on_the_compact_schema_cut_off_access_and_operators() {
    let c = compact(30);
    let n: i64 = c.db.scalar(
        "SELECT min(u.id) FROM users u JOIN user_auth_providers p ON p.user_uuid = u.uuid WHERE u.id > 1",
    );
    let email = idctl::dev::seed_compact::email(n);
    let uuid: String =
        c.db.scalar(&format!("SELECT uuid::text FROM users WHERE id = {n}"));
    let providers: i64 = c.db.scalar(&format!(
        "SELECT count(*) FROM user_auth_providers WHERE user_uuid = '{uuid}'"
    ));
    assert!(providers > 0);
    // Make the user an operator too: a grant creates their operator row.
    let granted = run(c
        .idctl()
        .args(["users", "grant", &email, "--role", "support", "-o", "json"]));
    granted.expect_code(0);
    let operator_id = granted.json()["user_id"].as_i64().unwrap();
    run(c
        .idctl()
        .env("IDCTL_ACTOR", &email)
        .args(["users", "whoami", "-q"]))
    .expect_code(0);
    let before = snapshot(&c.db, &TABLES);

    // Lock: the status says suspended, the provider links are revoked, in one transaction,
    // audited; nobody else's rows change.
    let out = run(c.idctl().args([
        "users",
        "lock",
        &email,
        "--reason",
        "compromised",
        "--yes",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    let status: String = c.db.scalar(&format!(
        "SELECT status::text FROM user_status WHERE user_uuid = '{uuid}'"
    ));
    assert_eq!(status, "suspended");
    let left: i64 = c.db.scalar(&format!(
        "SELECT count(*) FROM user_auth_providers WHERE user_uuid = '{uuid}'"
    ));
    assert_eq!(left, 0, "provider tokens revoked");
    let after = snapshot(&c.db, &TABLES);
    for table in TABLES {
        let others = |s: &BTreeMap<String, Vec<String>>| -> Vec<String> {
            s[table]
                .iter()
                .filter(|r| !r.contains(&uuid))
                .cloned()
                .collect()
        };
        assert_eq!(
            others(&after),
            others(&before),
            "{table}: another user's row changed"
        );
    }
    let audited: i64 =
        c.db.scalar("SELECT count(*) FROM idctl.audit_log WHERE change_type = 'user_locked'");
    assert!(audited >= 1, "the lock is audited");
    // The locked user's operator cannot act (77), whatever roles it holds.
    let refused = run(c
        .idctl()
        .env("IDCTL_ACTOR", &email)
        .args(["users", "whoami"]));
    refused.expect_code(77);
    assert!(refused.stderr.contains("is locked"), "{}", refused.stderr);
    run(c
        .idctl()
        .env("IDCTL_ACTOR", operator_id.to_string())
        .args(["users", "whoami"]))
    .expect_code(77);
    // Locking yourself is refused (65) and changes nothing.
    let me = run(c
        .idctl()
        .args(["users", "lock", &c.operator, "--reason", "oops", "--yes"]));
    me.expect_code(65);
    let mine: i64 = c.db.scalar(
        "SELECT count(*) FROM user_status s JOIN users u ON u.uuid = s.user_uuid
          WHERE u.id = 1 AND s.status = 'suspended'",
    );
    assert_eq!(mine, 0);
    // Unlock: active again, the operator can act again; revoked links are not given back.
    run(c.idctl().args([
        "users", "unlock", &email, "--reason", "cleared", "--yes", "-q",
    ]))
    .expect_code(0);
    let status: String = c.db.scalar(&format!(
        "SELECT status::text FROM user_status WHERE user_uuid = '{uuid}'"
    ));
    assert_eq!(status, "active");
    run(c
        .idctl()
        .env("IDCTL_ACTOR", &email)
        .args(["users", "whoami", "-q"]))
    .expect_code(0);
    let left: i64 = c.db.scalar(&format!(
        "SELECT count(*) FROM user_auth_providers WHERE user_uuid = '{uuid}'"
    ));
    assert_eq!(left, 0);
}

/// Seed 003's subject has no deleted_at: the registry erases the user's row, so a soft deletion
/// keeps no tombstone and ends like a hard one (the plan says so: tombstone `erased`).
#[test]
fn a_soft_deletion_on_the_compact_schema_erases_the_user_row() {
    let c = compact(10);
    let uuid: String = c.db.scalar("SELECT uuid::text FROM users WHERE id = 4");
    let planned = run(c.idctl().args([
        "deletion",
        "schedule",
        &uuid,
        "--reason",
        "closed the account",
        "-o",
        "json",
    ]));
    planned.expect_code(0);
    assert_eq!(planned.json()["tombstone"], "erased", "{}", planned.stdout);
    assert!(
        planned.stderr.contains("ends like a hard one"),
        "{}",
        planned.stderr
    );
    run(c.idctl().args(["deletion", "run", "--due", "--yes", "-q"])).expect_code(0);
    let left: i64 =
        c.db.scalar(&format!("SELECT count(*) FROM users WHERE uuid = '{uuid}'"));
    assert_eq!(left, 0);
    let others: i64 = c.db.scalar("SELECT count(*) FROM users");
    assert_eq!(others, 9);
}

/// The engine on a UUID primary key: seed 003 draws its secrets on bigint-keyed tables, so this
/// test adds one protected column to a uuid-keyed table (user_profiles) with a registry of its own,
/// fills it through the library, and rotates it (the envelope binds the uuid's text form).
#[test]
fn rotation_on_a_uuid_keyed_table() {
    let c = compact(50);
    c.db.exec("ALTER TABLE user_profiles ADD COLUMN bio_enc bytea");
    let dir = tempfile::tempdir().unwrap();
    let registry = dir.path().join("registry.toml");
    std::fs::write(
        &registry,
        format!(
            "{}\n[[protected]]\ntable = \"user_profiles\"\nprimary_key = [\"user_uuid\"]\n\
             column = \"bio_enc\"\nkind = \"aead\"\nbasename = \"bio\"\n",
            std::fs::read_to_string(REGISTRY).unwrap()
        ),
    )
    .unwrap();
    let idctl = || {
        let mut cmd = c.idctl();
        cmd.env("IDCTL_REGISTRY", &registry);
        cmd
    };
    run(idctl().args(["keys", "generate", "bio", "--activate", "-q"])).expect_code(0);
    // Values written as the application would: one envelope per row, bound to the uuid.
    let url = c.db.url.clone();
    let keyring = c.keyring.path().to_path_buf();
    let written: BTreeMap<String, Vec<u8>> = block_on(async move {
        let client = connect(&url).await;
        let keys = keystore::load_basename(&client, &Keyring::new(Some(&keyring)).unwrap(), "bio")
            .await
            .unwrap();
        let cipher = idctl::crypto::ColumnCipher::new(
            keys.active_key().unwrap(),
            "user_profiles",
            "bio_enc",
        )
        .unwrap();
        let mut out = BTreeMap::new();
        for r in client
            .query("SELECT user_uuid::text FROM user_profiles", &[])
            .await
            .unwrap()
        {
            let u: String = r.get(0);
            let plain = format!("bio of {u}").into_bytes();
            let env = cipher.encrypt(&plain, &[&u]).unwrap();
            client
                .execute(
                    "UPDATE user_profiles SET bio_enc = $1 WHERE user_uuid = $2::text::uuid",
                    &[&env, &u],
                )
                .await
                .unwrap();
            out.insert(u, plain);
        }
        out
    });
    assert_eq!(written.len(), 50);
    run(idctl().args(["keys", "verify", "bio", "--all", "-q"])).expect_code(0);
    run(idctl().args(["keys", "generate", "bio", "--activate", "-q"])).expect_code(0);
    let out = run(idctl().args([
        "keys",
        "rotate",
        "bio",
        "--batch-size",
        "7",
        "--fixed-batch-size",
        "--yes",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["status"], "completed", "{}", out.stdout);
    run(idctl().args(["keys", "verify", "bio", "--all", "-q"])).expect_code(0);
    // Every value is under v2 and opens to what was written.
    let url = c.db.url.clone();
    let keyring = c.keyring.path().to_path_buf();
    let read: BTreeMap<String, (Vec<u8>, String)> = block_on(async move {
        let client = connect(&url).await;
        let keys = keystore::load_basename(&client, &Keyring::new(Some(&keyring)).unwrap(), "bio")
            .await
            .unwrap();
        let mut crypto = ColumnCrypto::new("user_profiles", "bio_enc").unwrap();
        for k in &keys.decrypting {
            crypto.add_key(k).unwrap();
        }
        let mut out = BTreeMap::new();
        for r in client
            .query("SELECT user_uuid::text, bio_enc FROM user_profiles", &[])
            .await
            .unwrap()
        {
            let (u, env): (String, Vec<u8>) = (r.get(0), r.get(1));
            let id = idctl::crypto::parse_envelope(&env)
                .unwrap()
                .key_id_str()
                .to_string();
            out.insert(
                u.clone(),
                (crypto.decrypt(&env, &[&u]).unwrap().to_vec(), id),
            );
        }
        out
    });
    for (u, plain) in &written {
        assert_eq!(read[u], (plain.clone(), "bio:v2".to_string()), "{u}");
    }
}
