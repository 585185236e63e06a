//! Demo data for the compact, UUID-keyed schema of seed 003 (`idctl dev seed` with a registry that
//! keeps idctl's tables in a bookkeeping schema, e.g. `registries/compact-uuid.toml`).
//!
//! It stands for a database some other platform created: the application's tables are created
//! from `tests/data/seed003_compact_uuid.sql` (plain SQL, not idctl's migrations) when they are
//! missing, idctl's bookkeeping schema is installed as `idctl db migrate` would, and then users are
//! added with their emails, profiles, status, credentials, roles, linked providers (access and
//! refresh tokens encrypted as the registry says), second factors (encrypted), devices and login
//! events. Everything after the migration is one transaction.
//!
//! The generator knows this one schema (as `dev::seed` knows the full one): it checks that the
//! registry describes it before writing.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};

use crate::crypto::{ColumnCipher, RootKey};
use crate::db::migrate::{self, MigrationSet};
use crate::db::row::RowExt;
use crate::error::{Error, Result};
use crate::keystore::{self, KeyStatus, Keyring};
use crate::registry::{ProtectedKind, Registry};

use super::seed::{Progress, SeedOptions, SeedReport, TableRows};

/// The schema, as drawn in seed 003.
pub const SCHEMA_SQL: &str = include_str!("../../tests/data/seed003_compact_uuid.sql");

/// The encrypted columns this generator fills: (table, column).
const ENCRYPTED: [(&str, &str); 3] = [
    ("user_auth_providers", "access_token"),
    ("user_auth_providers", "refresh_token"),
    ("user_mfa_factors", "factor_data"),
];

const FIRST: &[&str] = &[
    "ada",
    "alan",
    "grace",
    "edsger",
    "barbara",
    "donald",
    "frances",
    "ken",
    "margaret",
    "niklaus",
    "radia",
    "tony",
    "whitfield",
    "leslie",
    "shafi",
    "silvio",
];
const LAST: &[&str] = &[
    "lovelace",
    "turing",
    "hopper",
    "dijkstra",
    "liskov",
    "knuth",
    "allen",
    "thompson",
    "hamilton",
    "wirth",
    "perlman",
    "hoare",
    "diffie",
    "lamport",
    "goldwasser",
    "micali",
];
const PROVIDERS: &[&str] = &["google", "github", "apple", "microsoft"];
const DEVICES: &[&str] = &[
    "Firefox on Linux",
    "Safari on iPhone",
    "Chrome on Android",
    "Edge on Windows",
];
const EVENTS: &[&str] = &[
    "login_succeeded",
    "login_failed",
    "logout",
    "password_changed",
];

/// Whether the registry describes the seed-003 schema this generator fills.
pub fn is_compact(registry: &Registry) -> bool {
    registry.bookkeeping.is_some()
        && registry.subject.table == "users"
        && registry.subject.primary_key == ["uuid"]
}

/// Creates the schema if it is missing, installs the bookkeeping schema, and adds
/// `options.users` users with their rows.
pub async fn seed(
    client: &mut tokio_postgres::Client,
    registry: &Registry,
    keyring: &Keyring,
    options: &SeedOptions,
    mut on_progress: impl FnMut(&Progress),
) -> Result<SeedReport> {
    let started = Instant::now();
    let Some(bookkeeping) = &registry.bookkeeping else {
        return Err(Error::internal(
            "seed_compact needs a registry with [bookkeeping]",
        ));
    };
    if options.profiles_only {
        return Err(Error::usage(
            "--profiles-only seeds the built-in schema's users and profiles; this registry serves another schema",
        ));
    }
    for (table, column) in ENCRYPTED {
        if !registry
            .protected
            .iter()
            .any(|p| p.table == table && p.column == column && p.kind == ProtectedKind::Aead)
        {
            return Err(Error::config(format!(
                "the registry does not declare {table}.{column} as an aead column: dev seed fills \
                 the compact schema of registries/compact-uuid.toml"
            )));
        }
    }
    // The application's tables, as another platform would have made them.
    let app_schema = crate::census::ident(&bookkeeping.application_schema);
    let has_users: bool = client
        .query_one(
            "SELECT to_regclass(format('%I.users', $1::text)) IS NOT NULL",
            &[&bookkeeping.application_schema],
        )
        .await?
        .col(0)?;
    if !has_users {
        let tx = client.transaction().await?;
        tx.batch_execute(&format!("SET LOCAL search_path = {app_schema}"))
            .await?;
        tx.batch_execute(SCHEMA_SQL).await?;
        tx.commit().await?;
    }
    migrate::migrate(client, &MigrationSet::of(registry), false, 0).await?;

    let mut written: Vec<std::path::PathBuf> = Vec::new();
    let result = fill(
        client,
        registry,
        keyring,
        options,
        &mut on_progress,
        &mut written,
        started,
    )
    .await;
    if result.is_err() {
        // The transaction rolled back: no crypto_keys row refers to these files.
        for path in &written {
            let _ = std::fs::remove_file(path);
        }
    }
    result
}

async fn fill(
    client: &mut tokio_postgres::Client,
    registry: &Registry,
    keyring: &Keyring,
    options: &SeedOptions,
    on_progress: &mut impl FnMut(&Progress),
    written: &mut Vec<std::path::PathBuf>,
    started: Instant,
) -> Result<SeedReport> {
    let tx = client.transaction().await?;
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtext('idctl:dev-seed'))",
        &[],
    )
    .await?;
    // Keys: the active version of every basename, generated if there is none.
    let mut keys: BTreeMap<String, RootKey> = BTreeMap::new();
    let mut generated = Vec::new();
    for basename in registry.basenames() {
        keystore::lock_basename(&tx, basename).await?;
        let has_active = keystore::list(&tx, Some(basename))
            .await?
            .iter()
            .any(|r| r.status == KeyStatus::Active);
        if !has_active {
            let rec = keystore::generate(
                &tx,
                keyring,
                basename,
                crate::crypto::Algorithm::Aes256GcmSiv,
                None,
                true,
            )
            .await?;
            written.push(keyring.path_of(&rec.id()?));
            generated.push(rec.key_id);
        }
        let loaded = keystore::load_basename(&tx, keyring, basename).await?;
        let key = loaded
            .active_key()
            .cloned()
            .ok_or_else(|| Error::data(format!("{basename} has no active key version")))?;
        keys.insert(basename.to_string(), key);
    }
    let mut ciphers = BTreeMap::new();
    for (table, column) in ENCRYPTED {
        let p = registry
            .protected
            .iter()
            .find(|p| p.table == table && p.column == column)
            .ok_or_else(|| Error::internal(format!("{table}.{column} not registered")))?;
        let key = keys
            .get(&p.basename)
            .ok_or_else(|| Error::internal(format!("no key for {}", p.basename)))?;
        let cipher = ColumnCipher::new(key, table, column)
            .map_err(|e| Error::config(format!("{table}.{column}: {e}")))?;
        ciphers.insert(column, cipher);
    }
    tx.batch_execute(
        "INSERT INTO roles (role_name, description)
         SELECT v.n, v.d FROM (VALUES ('member', 'a signed-up user'), ('staff', 'an employee'))
             AS v (n, d)
          WHERE NOT EXISTS (SELECT 1 FROM roles r WHERE r.role_name = v.n)",
    )
    .await?;
    let first_number: i64 = tx
        .query_one("SELECT coalesce(max(id), 0) FROM users", &[])
        .await?
        .col(0)?;
    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    let mut done = 0u64;
    let batch = options.batch.max(1);
    while done < options.users {
        let n = batch.min(options.users - done);
        let numbers: Vec<i64> = (0..n as i64)
            .map(|i| first_number + done as i64 + i + 1)
            .collect();
        fill_chunk(&tx, options.seed, &numbers, &ciphers, &mut counts).await?;
        done += n;
        let rows: u64 = counts.values().sum();
        on_progress(&Progress {
            users_done: done,
            users_total: options.users,
            rows_done: rows,
            elapsed: started.elapsed(),
        });
    }
    tx.commit().await?;
    let elapsed = started
        .elapsed()
        .max(Duration::from_micros(1))
        .as_secs_f64();
    let rows: u64 = counts.values().sum();
    Ok(SeedReport {
        users: options.users,
        first_user_id: Some(first_number + 1),
        last_user_id: Some(first_number + options.users as i64),
        seed: options.seed,
        batch,
        rows,
        elapsed_seconds: elapsed,
        rows_per_second: (rows as f64 / elapsed) as u64,
        users_per_second: (options.users as f64 / elapsed) as u64,
        keys: keys
            .iter()
            .map(|(b, k)| (b.clone(), k.id().to_string()))
            .collect(),
        keys_generated: generated,
        tables: counts
            .iter()
            .map(|(t, r)| TableRows {
                table: t.to_string(),
                rows: *r,
                per_user: *r as f64 / options.users.max(1) as f64,
            })
            .collect(),
    })
}

/// A version-4 UUID from the generator (deterministic for a seed and a user number).
fn uuid(r: &mut SmallRng) -> String {
    let mut b: [u8; 16] = r.random();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// The demo email address of user number `n` (what `--actor` and `users find` take).
pub fn email(n: i64) -> String {
    let (first, last) = name(n);
    format!("{first}.{last}.{n}@example.org")
}

fn name(n: i64) -> (&'static str, &'static str) {
    let i = n.unsigned_abs() as usize;
    (FIRST[i % FIRST.len()], LAST[(i / FIRST.len()) % LAST.len()])
}

async fn fill_chunk(
    tx: &tokio_postgres::Transaction<'_>,
    seed: u64,
    numbers: &[i64],
    ciphers: &BTreeMap<&str, ColumnCipher>,
    counts: &mut BTreeMap<&'static str, u64>,
) -> Result<()> {
    let cipher = |column: &str| {
        ciphers
            .get(column)
            .ok_or_else(|| Error::internal(format!("no cipher for {column}")))
    };
    let (access, refresh, factor) = (
        cipher("access_token")?,
        cipher("refresh_token")?,
        cipher("factor_data")?,
    );
    let mut uuids = Vec::new();
    let mut providers: Vec<(String, &str, String)> = Vec::new();
    let mut factors: Vec<(String, &str)> = Vec::new();
    let mut devices: Vec<(String, &str, String)> = Vec::new();
    let mut events: Vec<(String, &str, String)> = Vec::new();
    for &n in numbers {
        let mut r = SmallRng::seed_from_u64(seed ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let u = uuid(&mut r);
        for p in 0..r.random_range(0..3usize) {
            providers.push((
                u.clone(),
                PROVIDERS[(n as usize + p) % PROVIDERS.len()],
                format!("ext-{n}-{p}"),
            ));
        }
        if r.random_range(0..3) == 0 {
            factors.push((
                u.clone(),
                if r.random_bool(0.5) {
                    "totp"
                } else {
                    "webauthn"
                },
            ));
        }
        for _ in 0..r.random_range(1..3usize) {
            devices.push((
                u.clone(),
                DEVICES[r.random_range(0..DEVICES.len())],
                hex::encode(r.random::<[u8; 8]>()),
            ));
        }
        for _ in 0..r.random_range(2..5usize) {
            events.push((
                u.clone(),
                EVENTS[r.random_range(0..EVENTS.len())],
                format!("192.0.2.{}", r.random_range(1..255)),
            ));
        }
        uuids.push(u);
    }
    let count = |counts: &mut BTreeMap<&'static str, u64>, t: &'static str, n: u64| {
        *counts.entry(t).or_default() += n;
    };
    tx.execute(
        "INSERT INTO users (uuid, id, created_at, last_login_at)
         SELECT u::uuid, n, now() - (n % 700) * interval '1 day', now() - (n % 30) * interval '1 hour'
           FROM unnest($1::text[], $2::int8[]) AS t(u, n)",
        &[&uuids, &numbers],
    )
    .await?;
    let emails: Vec<String> = numbers.iter().map(|&n| email(n)).collect();
    let usernames: Vec<String> = numbers
        .iter()
        .map(|&n| {
            let (f, l) = name(n);
            format!("{f}.{l}.{n}")
        })
        .collect();
    tx.execute(
        "INSERT INTO user_emails (user_uuid, email, is_verified, is_primary)
         SELECT u::uuid, e, true, true FROM unnest($1::text[], $2::text[]) AS t(u, e)",
        &[&uuids, &emails],
    )
    .await?;
    tx.execute(
        "INSERT INTO user_profiles (user_uuid, username, display_name, bio)
         SELECT u::uuid, n, initcap(replace(split_part(n, '.', 1) || ' ' || split_part(n, '.', 2), '.', ' ')),
                'demo user'
           FROM unnest($1::text[], $2::text[]) AS t(u, n)",
        &[&uuids, &usernames],
    )
    .await?;
    tx.execute(
        "INSERT INTO user_status (user_uuid, status) SELECT u::uuid, 'active' FROM unnest($1::text[]) AS t(u)",
        &[&uuids],
    )
    .await?;
    // argon2id-shaped placeholders that match no password.
    tx.execute(
        "INSERT INTO user_credentials (user_uuid, password_hash, password_changed_at)
         SELECT u::uuid, '$argon2id$v=19$m=65536,t=3,p=4$' || md5(u) || '$' || md5(u || 'x'), now()
           FROM unnest($1::text[]) AS t(u)",
        &[&uuids],
    )
    .await?;
    tx.execute(
        "INSERT INTO user_roles (user_uuid, role_id)
         SELECT u::uuid, (SELECT role_id FROM roles WHERE role_name = 'member') FROM unnest($1::text[]) AS t(u)",
        &[&uuids],
    )
    .await?;
    for (t, n) in [
        ("users", uuids.len()),
        ("user_emails", uuids.len()),
        ("user_profiles", uuids.len()),
        ("user_status", uuids.len()),
        ("user_credentials", uuids.len()),
        ("user_roles", uuids.len()),
    ] {
        count(counts, t, n as u64);
    }
    // Encrypted rows: their ids are taken first, because the envelope binds the primary key.
    let provider_ids = reserve(tx, "user_auth_providers", providers.len()).await?;
    let mut access_tokens = Vec::new();
    let mut refresh_tokens = Vec::new();
    for (i, id) in provider_ids.iter().enumerate() {
        let pk = id.to_string();
        let secret = format!("demo-token-{id}-{i}");
        access_tokens.push(
            access
                .encrypt(format!("at.{secret}").as_bytes(), &[&pk])
                .map_err(|e| Error::internal(e.to_string()))?,
        );
        refresh_tokens.push(
            refresh
                .encrypt(format!("rt.{secret}").as_bytes(), &[&pk])
                .map_err(|e| Error::internal(e.to_string()))?,
        );
    }
    let (pu, pn, pe): (Vec<_>, Vec<_>, Vec<_>) = unzip3(&providers);
    tx.execute(
        "INSERT INTO user_auth_providers (id, user_uuid, provider_name, external_user_id, access_token,
                                          refresh_token, token_expires_at)
         SELECT i, u::uuid, p, e, a, r, now() + interval '1 hour'
           FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::bytea[], $6::bytea[])
             AS t(i, u, p, e, a, r)",
        &[&provider_ids, &pu, &pn, &pe, &access_tokens, &refresh_tokens],
    )
    .await?;
    count(counts, "user_auth_providers", provider_ids.len() as u64);
    let factor_ids = reserve(tx, "user_mfa_factors", factors.len()).await?;
    let mut factor_data = Vec::new();
    for id in &factor_ids {
        let pk = id.to_string();
        factor_data.push(
            factor
                .encrypt(format!("otpauth-seed-{id}").as_bytes(), &[&pk])
                .map_err(|e| Error::internal(e.to_string()))?,
        );
    }
    let fu: Vec<String> = factors.iter().map(|f| f.0.clone()).collect();
    let ft: Vec<String> = factors.iter().map(|f| f.1.to_string()).collect();
    tx.execute(
        "INSERT INTO user_mfa_factors (id, user_uuid, factor_type, factor_data, is_enabled)
         SELECT i, u::uuid, t, d, true FROM unnest($1::int8[], $2::text[], $3::text[], $4::bytea[]) AS x(i, u, t, d)",
        &[&factor_ids, &fu, &ft, &factor_data],
    )
    .await?;
    count(counts, "user_mfa_factors", factor_ids.len() as u64);
    let (du, dn, df) = unzip3(&devices);
    tx.execute(
        "INSERT INTO user_devices (user_uuid, device_name, device_fingerprint, last_seen_at)
         SELECT u::uuid, n, f, now() FROM unnest($1::text[], $2::text[], $3::text[]) AS t(u, n, f)",
        &[&du, &dn, &df],
    )
    .await?;
    count(counts, "user_devices", devices.len() as u64);
    let (eu, et, ei) = unzip3(&events);
    tx.execute(
        "INSERT INTO login_audit_logs (user_uuid, event_type, ip_address, user_agent)
         SELECT u::uuid, t, i::inet, 'Mozilla/5.0 (demo)' FROM unnest($1::text[], $2::text[], $3::text[]) AS x(u, t, i)",
        &[&eu, &et, &ei],
    )
    .await?;
    count(counts, "login_audit_logs", events.len() as u64);
    Ok(())
}

fn unzip3(v: &[(String, &str, String)]) -> (Vec<String>, Vec<String>, Vec<String>) {
    (
        v.iter().map(|x| x.0.clone()).collect(),
        v.iter().map(|x| x.1.to_string()).collect(),
        v.iter().map(|x| x.2.clone()).collect(),
    )
}

/// `n` ids from the table's serial sequence.
async fn reserve(tx: &tokio_postgres::Transaction<'_>, table: &str, n: usize) -> Result<Vec<i64>> {
    let rows = tx
        .query(
            "SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2::int)",
            &[&table, &(n as i32)],
        )
        .await?;
    rows.iter().map(|r| r.col(0)).collect()
}
