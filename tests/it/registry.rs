//! The registry against real databases: the built-in one matches the migrated schema, and a schema
//! change the registry does not know about (a dropped or retyped column, a new table or column
//! referencing users) is reported.

use idctl::registry::{Problem, Registry};

use crate::harness::{TestDb, block_on, empty_db, migrated_db, run};

fn check(db: &TestDb, registry: &Registry) -> Vec<Problem> {
    block_on(async {
        let (client, conn) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls)
            .await
            .expect("connect");
        tokio::spawn(conn);
        idctl::store::catalogue::check(registry, &client)
            .await
            .expect("store::catalogue::check")
    })
}

fn has(problems: &[Problem], table: &str, column: Option<&str>, needle: &str) -> bool {
    problems
        .iter()
        .any(|p| p.table == table && p.column.as_deref() == column && p.problem.contains(needle))
}

#[test]
fn builtin_registry_matches_the_migrated_schema() {
    let db = migrated_db();
    let problems = check(&db, &Registry::builtin());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_dropped_or_retyped_registered_column_is_reported() {
    let db = migrated_db();
    db.exec(
        "ALTER TABLE user_profiles DROP COLUMN key_version;
         ALTER TABLE two_factor ALTER COLUMN secret TYPE text USING encode(secret, 'base64');
         ALTER TABLE users ALTER COLUMN version TYPE numeric;
         ALTER TABLE auth_events ALTER COLUMN meta_email SET NOT NULL;
         DROP TABLE order_item_downloads;",
    );
    let problems = check(&db, &Registry::builtin());
    assert!(
        has(
            &problems,
            "user_profiles",
            Some("key_version"),
            "column is missing"
        ),
        "{problems:#?}"
    );
    assert!(
        has(
            &problems,
            "two_factor",
            Some("secret"),
            "has type text, expected bytea"
        ),
        "{problems:#?}"
    );
    assert!(
        has(
            &problems,
            "users",
            Some("version"),
            "row_version_column: has type numeric"
        ),
        "{problems:#?}"
    );
    assert!(
        has(&problems, "auth_events", Some("meta_email"), "is NOT NULL"),
        "{problems:#?}"
    );
    assert!(
        has(&problems, "order_item_downloads", None, "table is missing"),
        "{problems:#?}"
    );
    // users.version is also the [account]'s row_version_column.
    assert!(
        has(
            &problems,
            "users",
            Some("version"),
            "account row_version_column: has type numeric"
        ),
        "{problems:#?}"
    );
    assert_eq!(problems.len(), 6, "{problems:#?}");
}

/// The required test: a table with a foreign key to users that the registry does not classify.
#[test]
fn an_unclassified_foreign_key_to_users_is_reported() {
    let db = migrated_db();
    db.exec("CREATE TABLE x (id bigint primary key, user_id bigint references users(id))");
    let problems = check(&db, &Registry::builtin());
    assert!(
        has(
            &problems,
            "x",
            None,
            "the registry does not classify the table"
        ),
        "{problems:#?}"
    );
    assert!(
        problems[0].problem.contains("foreign key to users")
            && problems[0].problem.contains("user_id"),
        "{problems:#?}"
    );
    assert_eq!(problems.len(), 1, "{problems:#?}");

    // A new column referencing users on a classified table must be listed too.
    db.exec("ALTER TABLE reviews ADD COLUMN moderated_by bigint REFERENCES users (id) ON DELETE SET NULL");
    let problems = check(&db, &Registry::builtin());
    assert!(
        has(
            &problems,
            "reviews",
            Some("moderated_by"),
            "neither the entry's direct link column nor one of its actor_columns"
        ),
        "{problems:#?}"
    );

    // A table in a schema outside the search_path is reported qualified (idctl's SQL would not
    // reach it by its bare name).
    db.exec(
        "CREATE SCHEMA other;
         CREATE TABLE other.reviews (id bigint primary key, user_id bigint references public.users (id));",
    );
    let problems = check(&db, &Registry::builtin());
    assert!(
        has(&problems, "other.reviews", None, "does not classify"),
        "{problems:#?}"
    );
}

#[test]
fn a_registry_naming_what_the_database_lacks_is_reported() {
    let db = migrated_db();
    let text = Registry::builtin();
    let mut r = text.clone();
    // The row key of a protected column must be a key of the table.
    let p = r
        .protected
        .iter_mut()
        .find(|p| p.table == "orders")
        .unwrap();
    p.primary_key = vec!["uuid".into()];
    // A link whose type does not match the subject's key.
    let carts = r
        .personal_data
        .iter_mut()
        .find(|p| p.table == "carts")
        .unwrap();
    carts.link.as_mut().unwrap().column = "note".into();
    let problems = check(&db, &r);
    assert!(
        has(
            &problems,
            "orders",
            None,
            "primary_key (uuid) is neither the primary key nor a unique key"
        ),
        "{problems:#?}"
    );
    assert!(
        has(
            &problems,
            "carts",
            Some("note"),
            "but the users.id it refers to is bigint"
        ),
        "{problems:#?}"
    );
    // carts.user_id is still a foreign key to users, now unlisted.
    assert!(
        has(
            &problems,
            "carts",
            Some("user_id"),
            "foreign key fk_carts_user"
        ),
        "{problems:#?}"
    );
}

/// Every BYTEA column and every key-version column of the migrated schema is known to the registry
/// (protected, a key-version column, or deliberately unversioned) or is one of the few non-personal
/// binary columns listed here. A migration adding a protected column fails this until the registry
/// knows it.
#[test]
fn every_binary_and_key_version_column_is_accounted_for() {
    const NOT_PERSONAL_OR_NOT_HASHED: &[(&str, &str)] = &[
        ("signing_keys", "public_key"),   // public half of a key pair
        ("crypto_keys", "public_key"),    // a recipient key's public half (sealed values)
        ("signatures", "signature"),      // signatures over data
        ("signatures", "message_digest"), // the digest a signature signs (audit checkpoints)
        ("audit_chain", "prev_hash"),     // integrity chain over audit rows
        ("audit_chain", "chain_hash"),    // integrity chain over audit rows
        ("crypto_keys", "backup_blob"),   // key backup, protected by its own mechanism
        ("orders", "uuid_bin"),           // binary form of orders.uuid
        ("audit_log", "ip_bin"), // actor's IP, plaintext binary, retained with the audit row
        ("system_errors", "ip_bin"), // plaintext binary IP, anonymized on erasure
    ];
    let db = migrated_db();
    let r = Registry::builtin();
    let rows = db.query(
        "SELECT table_name::text, column_name::text, data_type::text
           FROM information_schema.columns
          WHERE table_schema = 'public'
            AND (data_type = 'bytea' OR column_name LIKE '%key_version')
          ORDER BY 1, 2",
    );
    let mut unknown = Vec::new();
    for row in &rows {
        let (table, column): (String, String) = (row.get(0), row.get(1));
        let known = r.protected_column(&table, &column).is_some()
            || r.protected_columns_in(&table)
                .iter()
                .any(|p| p.key_version_column.as_deref() == Some(column.as_str()))
            || r.unversioned_columns_in(&table)
                .iter()
                .any(|u| u.column == column)
            || NOT_PERSONAL_OR_NOT_HASHED.contains(&(table.as_str(), column.as_str()));
        if !known {
            unknown.push(format!("{table}.{column}"));
        }
    }
    assert!(unknown.is_empty(), "not in the registry: {unknown:?}");
    assert!(rows.len() > 50, "the query found the columns");
}

/// Seed 003's UUID-keyed schema is served by configuration alone: `db check` with the shipped
/// registry (registries/compact-uuid.toml) names what is missing on a database built like that
/// seed, `db migrate --bookkeeping` installs idctl's tables in their own schema without touching
/// the application's, and `db check` then passes.
#[test]
fn the_shipped_compact_registry_serves_a_seed_003_database() {
    let registry_file = concat!(env!("CARGO_MANIFEST_DIR"), "/registries/compact-uuid.toml");
    let registry = Registry::load(registry_file).unwrap();
    assert_eq!(registry.bookkeeping.as_ref().unwrap().schema, "idctl");
    let db = empty_db();
    db.exec(idctl::dev::seed_compact::SCHEMA_SQL);
    let application_schema = |db: &TestDb| -> String {
        db.scalar(
            "SELECT string_agg(format('%s.%s %s %s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull), ', ' ORDER BY 1)
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
              WHERE n.nspname = 'public'",
        )
    };
    let constraints = |db: &TestDb| -> i64 {
        db.scalar("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public'")
    };
    let (before, before_constraints) = (application_schema(&db), constraints(&db));

    // Before the bookkeeping schema exists, db check says what is missing (65).
    let out = run(db
        .idctl()
        .args(["--registry", registry_file, "db", "check", "-o", "json"]));
    out.expect_code(65);
    assert!(
        out.stderr.contains("db migrate --bookkeeping"),
        "{}",
        out.stderr
    );
    let report = out.json();
    let problems = report["problems"].as_array().unwrap();
    for table in [
        "crypto_keys",
        "key_events",
        "key_rotation_jobs",
        "audit_log",
        "operators",
    ] {
        assert!(
            problems
                .iter()
                .any(|p| p["table"] == table && p["problem"].as_str().unwrap().contains("missing")),
            "{table} not reported missing: {problems:#?}"
        );
    }
    // Without a registry naming the schema, --bookkeeping refuses (78) and changes nothing.
    run(db.idctl().args(["db", "migrate", "--bookkeeping"])).expect_code(78);
    assert_eq!(
        db.scalar::<i64>("SELECT count(*) FROM pg_namespace WHERE nspname = 'idctl'"),
        0
    );

    run(db.idctl().args([
        "--registry",
        registry_file,
        "db",
        "migrate",
        "--bookkeeping",
        "-q",
    ]))
    .expect_code(0);
    // Idempotent.
    let again = run(db
        .idctl()
        .args(["--registry", registry_file, "db", "migrate", "-o", "json"]));
    again.expect_code(0);
    assert_eq!(again.json()["applied_count"], 0);
    run(db
        .idctl()
        .args(["--registry", registry_file, "db", "check", "-q"]))
    .expect_code(0);
    let status = run(db
        .idctl()
        .args(["--registry", registry_file, "db", "status", "-o", "json"]));
    status.expect_code(0);
    assert_eq!(status.json()["migration_set"], "bookkeeping");
    assert_eq!(status.json()["up_to_date"], true);
    // Nothing of the application's schema changed, and idctl's tables are all in its own.
    assert_eq!(application_schema(&db), before);
    assert_eq!(constraints(&db), before_constraints);
    let in_idctl: i64 = db.scalar(
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'idctl' AND tablename IN ('crypto_keys', 'key_events', 'key_rotation_jobs', 'job_ranges', 'deletion_jobs', 'privacy_requests', 'audit_log', 'audit_chain', 'operators', 'idctl_schema_migrations')",
    );
    assert_eq!(in_idctl, 10);

    let problems = check(&db, &Registry::builtin());
    assert!(
        has(
            &problems,
            "user_profiles",
            Some("profile_enc"),
            "column is missing"
        ),
        "{problems:#?}"
    );
    assert!(
        has(&problems, "orders", None, "table is missing"),
        "{problems:#?}"
    );
    assert!(
        has(&problems, "user_emails", None, "does not classify"),
        "{problems:#?}"
    );
}

#[test]
fn a_token_column_on_a_table_linked_to_users_must_be_an_access_grant_or_say_why_not() {
    let db = migrated_db();
    db.exec("ALTER TABLE reviews ADD COLUMN share_token text");
    let problems = check(&db, &Registry::builtin());
    assert!(
        has(
            &problems,
            "reviews",
            Some("share_token"),
            "neither an [[access]] entry"
        ),
        "{problems:#?}"
    );
    // Classified as not granting access (with a reason), the problem goes away.
    let text = format!(
        "{}\n[[not_access]]\ntable = \"reviews\"\nreason = \"a share link shows one review\"\n",
        idctl::registry::BUILTIN_TOML
    );
    let registry = Registry::from_toml_str(&text).unwrap();
    let problems = check(&db, &registry);
    assert!(problems.is_empty(), "{problems:#?}");
    // An access entry whose revoke column has the wrong type is reported.
    let text = idctl::registry::BUILTIN_TOML.replace(
        "revoke = { how = \"status\", column = \"status\", value = \"revoked\" }",
        "revoke = { how = \"flag\", column = \"status\" }",
    );
    let registry = Registry::from_toml_str(&text).unwrap();
    let problems = check(&db, &registry);
    assert!(
        has(
            &problems,
            "api_keys",
            Some("status"),
            "access revoke column: has type"
        ),
        "{problems:#?}"
    );
}
