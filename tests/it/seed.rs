//! `idctl dev seed`: demo data that every other command accepts as the application's own.

use std::path::Path;

use idctl::crypto::{BlindIndexKey, Normalization, keyfile};

use crate::harness::{TestDb, migrated_db, run};

const SEED: u64 = 7;

fn seed(db: &TestDb, keyring: &Path, args: &[&str]) -> serde_json::Value {
    let out = run(db
        .idctl()
        .env("IDCTL_KEYRING", keyring)
        .args(["dev", "seed", "--seed", &SEED.to_string(), "-o", "json"])
        .args(args));
    out.expect_code(0);
    out.json()
}

fn count(db: &TestDb, table: &str) -> i64 {
    db.scalar(&format!("SELECT count(*) FROM {table}"))
}

/// A digest of every row belonging to users 1..=`last`, in every seeded table.
fn digest_of_first_users(db: &TestDb, last: i64) -> String {
    db.scalar(&format!(
        "SELECT md5(concat_ws('|',
            (SELECT string_agg(t::text, ',' ORDER BY id) FROM users t WHERE id <= {last}),
            (SELECT string_agg(t::text, ',' ORDER BY user_id) FROM user_profiles t WHERE user_id <= {last}),
            (SELECT string_agg(t::text, ',' ORDER BY id) FROM orders t WHERE user_id <= {last}),
            (SELECT string_agg(t::text, ',' ORDER BY id) FROM sessions t WHERE user_id <= {last}),
            (SELECT string_agg(t::text, ',' ORDER BY id) FROM auth_events t WHERE user_id <= {last}),
            (SELECT string_agg(t::text, ',' ORDER BY id) FROM user_consents t WHERE user_id <= {last}),
            (SELECT string_agg(t::text, ',' ORDER BY id) FROM newsletter_subscribers t WHERE user_id <= {last}),
            (SELECT string_agg(t::text, ',' ORDER BY user_id) FROM two_factor t WHERE user_id <= {last})))"
    ))
}

fn verify_all(db: &TestDb, keyring: &Path) -> serde_json::Value {
    let out = run(db
        .idctl()
        .env("IDCTL_KEYRING", keyring)
        .args(["keys", "verify", "--all", "-o", "json"]));
    out.expect_code(0);
    out.json()
}

fn active_key(db: &TestDb, basename: &str) -> String {
    db.scalar(&format!(
        "SELECT basename || ':v' || version FROM crypto_keys WHERE basename = '{basename}' AND status = 'active'"
    ))
}

#[test]
fn seed_writes_consistent_data_that_verifies_and_a_second_seed_only_adds() {
    let db = migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    let keyring = keyring.path();

    // ---- first run: 200 users, in several chunks
    let report = seed(&db, keyring, &["--users", "200", "--batch", "64"]);
    assert_eq!(report["users"], 200);
    assert_eq!(report["first_user_id"], 1);
    assert_eq!(report["last_user_id"], 200);
    let generated = report["keys_generated"].as_array().unwrap();
    assert_eq!(generated.len(), 9, "{report}");
    for t in report["tables"].as_array().unwrap() {
        let table = t["table"].as_str().unwrap();
        assert_eq!(count(&db, table), t["rows"].as_i64().unwrap(), "{table}");
    }
    assert_eq!(count(&db, "users"), 200);
    assert_eq!(count(&db, "user_profiles"), 200);
    assert!((200..=700).contains(&count(&db, "orders")));
    assert!(count(&db, "auth_events") >= 200);
    assert!(count(&db, "user_consents") >= 400);
    for table in ["sessions", "newsletter_subscribers", "two_factor"] {
        assert!(count(&db, table) > 0, "{table}");
    }
    let orphans: i64 = db.scalar(
        "SELECT count(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM user_profiles p WHERE p.user_id = u.id)
            OR NOT EXISTS (SELECT 1 FROM auth_events e WHERE e.user_id = u.id AND e.type = 'register')",
    );
    assert_eq!(orphans, 0);
    let bad_totals: i64 = db.scalar(
        "SELECT count(*) FROM orders WHERE total <> subtotal - discount_total + tax_total OR total <= 0",
    );
    assert_eq!(bad_totals, 0);

    // ---- every key-version column names the active key of the registry's basename
    let key_columns = [
        ("users", "email_hash_key_version", "email_hash"),
        ("users", "password_key_version", "password_pepper"),
        ("users", "last_login_ip_key_version", "ip_hash"),
        ("user_profiles", "key_version", "profile"),
        ("sessions", "token_hash_key_version", "token_hash"),
        ("sessions", "ip_hash_key_version", "ip_hash"),
        ("auth_events", "ip_hash_key_version", "ip_hash"),
        (
            "newsletter_subscribers",
            "email_hash_key_version",
            "email_hash",
        ),
        (
            "newsletter_subscribers",
            "email_key_version",
            "newsletter_email",
        ),
        (
            "newsletter_subscribers",
            "confirm_key_version",
            "token_hash",
        ),
        (
            "newsletter_subscribers",
            "unsubscribe_token_key_version",
            "token_hash",
        ),
        ("newsletter_subscribers", "ip_hash_key_version", "ip_hash"),
    ];
    for (table, column, basename) in key_columns {
        let versions: Vec<String> = db
            .query(&format!(
                "SELECT DISTINCT {column}::text FROM {table} WHERE {column} IS NOT NULL"
            ))
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert_eq!(
            versions,
            vec![active_key(&db, basename)],
            "{table}.{column}"
        );
    }
    let header_keys: Vec<String> = db
        .query(
            "SELECT DISTINCT convert_from(substr(v, 6, get_byte(v, 4)), 'UTF8') FROM (
                SELECT secret AS v FROM two_factor UNION ALL SELECT recovery_codes_enc FROM two_factor
             ) x",
        )
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(header_keys, vec![active_key(&db, "two_factor")]);

    // ---- every value decrypts (aead) or matches its source (newsletter e-mail index)
    let verified = verify_all(&db, keyring);
    assert_eq!(verified["all_ok"], true);
    assert_eq!(verified["failed"], 0);
    for col in verified["columns"].as_array().unwrap() {
        let (table, column) = (
            col["table"].as_str().unwrap(),
            col["column"].as_str().unwrap(),
        );
        if [
            "profile_enc",
            "encrypted_customer_blob",
            "email_enc",
            "session_blob",
            "secret",
        ]
        .contains(&column)
        {
            assert_eq!(col["checks"], "fully", "{table}.{column}");
            assert_eq!(
                col["ok"].as_i64().unwrap(),
                count(&db, table),
                "{table}.{column}"
            );
        }
    }

    // ---- the e-mail blind indexes find the users
    let sysid: String = db.scalar("SELECT system_identifier::text FROM pg_control_system()");
    let root =
        keyfile::read(&keyring.join(sysid).join(&db.name).join("email_hash.v1.key")).unwrap();
    let users_index = BlindIndexKey::new(&root, "users", "email_hash").unwrap();
    let newsletter_index =
        BlindIndexKey::new(&root, "newsletter_subscribers", "email_hash").unwrap();
    let mut varied = 0;
    for row in db.query("SELECT id, email_hash FROM users ORDER BY id") {
        let (id, stored): (i64, Vec<u8>) = (row.get(0), row.get(1));
        let email = idctl::dev::seed::user_email(SEED, id);
        assert!(
            email.normalized.contains(&format!(".{id}@")) && email.normalized.contains("example."),
            "{email:?}"
        );
        assert_eq!(
            stored,
            users_index.hash_with(Normalization::Email, &email.normalized),
            "user {id}"
        );
        assert_eq!(
            stored,
            users_index.hash_with(Normalization::Email, &email.entered),
            "user {id}"
        );
        varied += usize::from(email.entered != email.normalized);
    }
    assert!(varied > 0, "no e-mail variant exercised normalization");
    for row in db.query("SELECT user_id, email_hash FROM newsletter_subscribers") {
        let (id, stored): (i64, Vec<u8>) = (row.get(0), row.get(1));
        let email = idctl::dev::seed::user_email(SEED, id);
        assert_eq!(
            stored,
            newsletter_index.hash_with(Normalization::Email, &email.normalized)
        );
    }

    // ---- a second run adds users after the first ones and changes none of them
    let before = digest_of_first_users(&db, 200);
    let orders_before = count(&db, "orders");
    let report = seed(&db, keyring, &["--users", "50"]);
    assert_eq!(report["first_user_id"], 201);
    assert_eq!(report["last_user_id"], 250);
    assert_eq!(report["keys_generated"].as_array().unwrap().len(), 0);
    assert_eq!(count(&db, "users"), 250);
    assert_eq!(count(&db, "user_profiles"), 250);
    assert_eq!(digest_of_first_users(&db, 200), before);
    let new_orders: i64 = db.scalar("SELECT count(*) FROM orders WHERE user_id > 200");
    assert_eq!(count(&db, "orders"), orders_before + new_orders);
    let keys: i64 = db.scalar("SELECT count(*) FROM crypto_keys");
    assert_eq!(keys, 9);

    // ---- the identity sequences continue after the seeded rows
    let next_user: i64 = db.scalar("INSERT INTO users DEFAULT VALUES RETURNING id");
    assert_eq!(next_user, 251);
    let max_order: i64 = db.scalar("SELECT max(id) FROM orders");
    let next_order: i64 = db.scalar("INSERT INTO orders (status) VALUES ('pending') RETURNING id");
    assert_eq!(next_order, max_order + 1);

    assert_eq!(verify_all(&db, keyring)["all_ok"], true);
}

#[test]
fn seed_refuses_bad_arguments_and_a_database_without_the_schema() {
    let db = migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    run(db
        .idctl()
        .env("IDCTL_KEYRING", keyring.path())
        .args(["dev", "seed", "--users", "0"]))
    .expect_code(64);
    let empty = crate::harness::empty_db();
    let out = run(empty
        .idctl()
        .env("IDCTL_KEYRING", keyring.path())
        .args(["dev", "seed", "--users", "5"]));
    out.expect_code(78);
    assert!(
        out.stderr.contains("not created by `idctl dev up`"),
        "{}",
        out.stderr
    );
    // Told to seed it anyway: the schema is checked before anything is generated.
    let out = run(empty.idctl().env("IDCTL_KEYRING", keyring.path()).args([
        "dev",
        "seed",
        "--users",
        "5",
        "--allow-non-dev-database",
        "--yes",
    ]));
    out.expect_code(78);
    assert!(
        out.stderr.contains("not the schema dev seed fills"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("idctl db migrate"), "{}", out.stderr);
    assert_eq!(
        std::fs::read_dir(keyring.path())
            .map(|d| d.count())
            .unwrap_or(0),
        0
    );
}

#[test]
fn a_profiles_only_seed_writes_users_and_profiles_that_verify_and_rotate() {
    let db = migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    let keyring = keyring.path();
    run(db
        .idctl()
        .env("IDCTL_KEYRING", keyring)
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "-q"]))
    .expect_code(0);
    let report = seed(&db, keyring, &["--users", "120", "--profiles-only"]);
    assert_eq!(count(&db, "users"), 121, "{report}");
    assert_eq!(count(&db, "user_profiles"), 120);
    for table in [
        "orders",
        "sessions",
        "auth_events",
        "user_consents",
        "two_factor",
    ] {
        assert_eq!(count(&db, table), 0, "{table}");
    }
    verify_all(&db, keyring);
    // The rows are the application's own: a rotation moves all of them and retires the old key.
    let before = active_key(&db, "profile");
    let out = run(db
        .idctl()
        .env("IDCTL_KEYRING", keyring)
        .env("IDCTL_ACTOR", "1")
        .args([
            "keys",
            "rotate",
            "profile",
            "--retire-after",
            "0s",
            "--yes",
            "-o",
            "json",
        ]));
    out.expect_code(0);
    let rotated = out.json();
    assert_eq!(rotated["rows_rewritten"], 120, "{rotated}");
    assert_eq!(rotated["retired"][0], before.as_str(), "{rotated}");
    assert_eq!(
        rotated["columns"][0]["remaining_on_old_versions"], 0,
        "{rotated}"
    );
    // --legacy seals orders, which this mode does not write.
    run(db.idctl().env("IDCTL_KEYRING", keyring).args([
        "dev",
        "seed",
        "--users",
        "5",
        "--profiles-only",
        "--legacy",
    ]))
    .expect_code(64);
}

/// `dev bench --rounds`: each round measures the floor, the read-out and a rotation back to back,
/// and the medians are of the rounds' own ratios. (Tiny: this checks the method, not the speed.)
#[test]
fn bench_rounds_pair_each_rotation_with_its_own_floor() {
    let out = run(crate::harness::idctl().args([
        "dev",
        "bench",
        "--rows",
        "2000",
        "--profiles-only",
        "--rounds",
        "3",
        "--naive-sample",
        "10",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    let report = out.json();
    let rounds = report["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 3, "{report}");
    let mut ratios = Vec::new();
    for (i, r) in rounds.iter().enumerate() {
        assert_eq!(r["round"], i as u64 + 1);
        let (a, b) = (
            r["floor_seconds"].as_f64().unwrap(),
            r["idctl_seconds"].as_f64().unwrap(),
        );
        assert!(a >= 0.0 && b > 0.0, "{r}");
        let ratio = r["idctl_over_floor"].as_f64().unwrap();
        assert!(ratio > 0.0, "{r}");
        if a >= 0.05 {
            // Computed from the unrounded times.
            assert!((ratio - b / a).abs() <= 0.1 * ratio, "{r}");
        }
        // The whole machine worked at least as long as the rotation's own process did.
        if let Some(machine) = r["idctl_machine_cpu_seconds"].as_f64() {
            assert!(
                machine + 0.05 >= r["idctl_cpu_seconds"].as_f64().unwrap(),
                "{r}"
            );
        }
        ratios.push(ratio);
    }
    ratios.sort_by(f64::total_cmp);
    assert_eq!(report["idctl_over_floor_median"].as_f64(), Some(ratios[1]));
    // The first round's figures are the top-level ones, as before --rounds.
    assert_eq!(report["floor_seconds"], rounds[0]["floor_seconds"]);
    // Every round rotated: the rotations of rounds 2 and 3 created versions of their own.
    assert_eq!(report["rotate_report"]["status"], "completed", "{report}");

    let out = run(crate::harness::idctl().args(["dev", "bench", "--rounds", "0"]));
    out.expect_code(64);
    assert!(out.stderr.contains("--rounds"), "{}", out.stderr);
}
