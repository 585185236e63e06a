//! The registry against real databases: the built-in one matches the migrated schema, and a schema
//! change the registry does not know about (a dropped or retyped column, a new table or column
//! referencing users) is reported.

use idctl::registry::{Problem, Registry};

use crate::harness::{TestDb, block_on, empty_db, migrated_db};

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

/// Seed 003's UUID-keyed schema is served by configuration alone: the example registry in
/// docs/REGISTRY.md matches a database built like that seed.
#[test]
fn the_documented_uuid_schema_registry_matches_a_seed_003_database() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/REGISTRY.md")).unwrap();
    let start = doc.find("<!-- seed-003-registry -->").unwrap();
    let body = &doc[start..];
    let from = body.find("```toml\n").unwrap() + "```toml\n".len();
    let to = body[from..].find("```").unwrap() + from;
    let registry = Registry::from_toml_str(&body[from..to]).unwrap();

    let db = empty_db();
    db.exec(
        "CREATE TYPE user_status_kind AS ENUM ('active', 'suspended', 'deactivated');
         CREATE TABLE users (uuid uuid PRIMARY KEY, id bigserial UNIQUE, created_at timestamp,
                             updated_at timestamp, last_login_at timestamp);
         CREATE TABLE user_profiles (user_uuid uuid PRIMARY KEY REFERENCES users (uuid),
                                     username varchar UNIQUE, display_name varchar,
                                     avatar_object_key text, bio text);
         CREATE TABLE user_emails (id bigserial PRIMARY KEY, user_uuid uuid REFERENCES users (uuid),
                                   email varchar UNIQUE, is_verified boolean, is_primary boolean,
                                   created_at timestamp);
         CREATE TABLE roles (role_id serial PRIMARY KEY, role_name varchar UNIQUE, description text);
         CREATE TABLE user_roles (user_uuid uuid REFERENCES users (uuid),
                                  role_id int REFERENCES roles (role_id), assigned_at timestamp,
                                  PRIMARY KEY (user_uuid, role_id));
         CREATE TABLE user_credentials (user_uuid uuid PRIMARY KEY REFERENCES users (uuid),
                                        password_hash text, password_changed_at timestamp);
         CREATE TABLE user_auth_providers (id bigserial PRIMARY KEY,
                                           user_uuid uuid REFERENCES users (uuid),
                                           provider_name varchar, external_user_id varchar,
                                           access_token bytea, refresh_token bytea,
                                           token_expires_at timestamp, created_at timestamp);
         CREATE TABLE user_status (user_uuid uuid PRIMARY KEY REFERENCES users (uuid),
                                   status user_status_kind, deactivated_at timestamp, reason text);
         CREATE TABLE user_mfa_factors (id bigserial PRIMARY KEY, user_uuid uuid REFERENCES users (uuid),
                                        factor_type varchar, factor_data bytea, is_enabled boolean,
                                        created_at timestamp);
         CREATE TABLE user_devices (id bigserial PRIMARY KEY, user_uuid uuid REFERENCES users (uuid),
                                    device_fingerprint varchar, device_name varchar,
                                    last_seen_at timestamp, created_at timestamp);
         CREATE TABLE login_audit_logs (id bigserial PRIMARY KEY, user_uuid uuid REFERENCES users (uuid),
                                        event_type varchar, ip_address inet, user_agent text,
                                        event_at timestamp);",
    );
    let problems = check(&db, &registry);
    assert!(problems.is_empty(), "{problems:#?}");

    // The built-in registry, pointed at this database, finds nothing it knows.
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
