//! Demo and test data for `idctl dev seed`: realistic, internally consistent users with their
//! profiles, orders, sessions, security events, consents, newsletter subscriptions and second
//! factors, protected exactly as the application protects them (envelopes, blind indexes, key
//! versions), so that every idctl command has something real to work on.
//!
//! How it stays fast (a million users in minutes):
//! - users are generated in chunks (`--batch`); within a chunk, rayon generates, encrypts and
//!   encodes slices of users in parallel, straight into PostgreSQL's binary COPY format;
//! - a generator thread prepares the next chunk while the current one is copied
//!   (`COPY ... FROM STDIN (FORMAT binary)`, one statement per table per chunk); at most three
//!   chunks exist at a time, so memory stays bounded whatever the number of users;
//! - everything is one transaction: a seed that fails leaves no rows behind.
//!
//! Determinism: every user's data comes from a small RNG seeded with (`--seed`, user id, stream),
//! so the same seed on the same database gives the same people, orders and events whatever the
//! chunk size or the number of threads. Only what must be random stays random: key material and the
//! envelopes' nonces. Times are relative to the start of the current UTC day.
//!
//! What is protected, under which basename and key-version column, comes from the registry
//! ([`SEEDED_COLUMNS`]), so the data always matches what `keys verify` and the engine expect.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Cursor;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};
use rayon::prelude::*;
use serde::Serialize;
use sha2::Digest as _;
use unicode_normalization::UnicodeNormalization;

use crate::census::ident;
use crate::crypto::{
    Algorithm, BlindIndexKey, ColumnCipher, Normalization, RootKey, normalize_email,
};
use crate::db::row::RowExt;
use crate::error::{Error, Result};
use crate::keystore::{self, KeyStatus, Keyring};
use crate::registry::{Normalize, ProtectedKind, Registry};

// ================================================================================================
// What is seeded
// ================================================================================================

/// The tables `dev seed` fills, in COPY order (parents before children).
pub const TABLES: [&str; 8] = [
    "users",
    "user_profiles",
    "orders",
    "sessions",
    "auth_events",
    "user_consents",
    "newsletter_subscribers",
    "two_factor",
];

const USERS: usize = 0;
const PROFILES: usize = 1;
const ORDERS: usize = 2;
const SESSIONS: usize = 3;
const EVENTS: usize = 4;
const CONSENTS: usize = 5;
const NEWSLETTER: usize = 6;
const TWO_FACTOR: usize = 7;

/// Tables whose `id` is an identity column: their sequences are moved past the seeded ids.
const IDENTITY_TABLES: [usize; 6] = [USERS, ORDERS, SESSIONS, EVENTS, CONSENTS, NEWSLETTER];

/// Every protected column `dev seed` writes, with the kind it must have in the registry. The
/// registry supplies the basename, the key-version column and the normalization.
pub const SEEDED_COLUMNS: [(&str, &str, ProtectedKind); 16] = [
    ("users", "email_hash", ProtectedKind::BlindIndex),
    ("users", "password_hash", ProtectedKind::PasswordPepper),
    ("users", "last_login_ip_hash", ProtectedKind::BlindIndex),
    ("user_profiles", "profile_enc", ProtectedKind::Aead),
    ("orders", "encrypted_customer_blob", ProtectedKind::Sealed),
    ("sessions", "token_hash", ProtectedKind::BlindIndex),
    ("sessions", "ip_hash", ProtectedKind::BlindIndex),
    ("sessions", "session_blob", ProtectedKind::Aead),
    ("auth_events", "ip_hash", ProtectedKind::BlindIndex),
    (
        "newsletter_subscribers",
        "email_hash",
        ProtectedKind::BlindIndex,
    ),
    ("newsletter_subscribers", "email_enc", ProtectedKind::Aead),
    (
        "newsletter_subscribers",
        "confirm_validator_hash",
        ProtectedKind::BlindIndex,
    ),
    (
        "newsletter_subscribers",
        "unsubscribe_token_hash",
        ProtectedKind::BlindIndex,
    ),
    (
        "newsletter_subscribers",
        "ip_hash",
        ProtectedKind::BlindIndex,
    ),
    ("two_factor", "secret", ProtectedKind::Aead),
    ("two_factor", "recovery_codes_enc", ProtectedKind::Aead),
];

/// `encryption_meta` of profiles and orders.
const ENCRYPTION_META: &[u8] = br#"{"format":"idctl-envelope-v1","algorithm":"aes-256-gcm-siv"}"#;

// ================================================================================================
// Keys
// ================================================================================================

/// The active key of every basename the seeded columns use, loaded and checked against its
/// `crypto_keys` row.
pub struct SeedKeys {
    active: BTreeMap<String, RootKey>,
    /// Key ids generated (and activated) because the basename had no active version.
    pub generated: Vec<String>,
    /// What sealed columns are sealed to.
    sealing: Option<SeedSealing>,
}

/// The policies a seed seals values to: the one bound to the column (or the demo's hybrid
/// `customer` policy), and with `--legacy` a classical X25519-only one for most rows, so that
/// `pq status` and `pq migrate` have something real to do.
#[derive(Clone)]
struct SeedSealing {
    current: crate::crypto::SealingPolicy,
    legacy: Option<crate::crypto::SealingPolicy>,
}

/// The demo's recipient of sealed customer data (X-Wing) and its policy.
pub const DEMO_RECIPIENT: &str = "customer_rcpt";
pub const DEMO_POLICY: &str = "customer";
/// `--legacy`: the classical recipient (X25519 only) and its policy.
pub const LEGACY_RECIPIENT: &str = "legacy_rcpt";
pub const LEGACY_POLICY: &str = "customer-legacy";

impl SeedKeys {
    /// basename → active key id.
    pub fn key_ids(&self) -> BTreeMap<String, String> {
        self.active
            .iter()
            .map(|(b, k)| (b.clone(), k.id().to_string()))
            .collect()
    }

    fn get(&self, basename: &str) -> Result<&RootKey> {
        self.active
            .get(basename)
            .ok_or_else(|| Error::internal(format!("no key loaded for {basename}")))
    }
}

/// The basenames of [`SEEDED_COLUMNS`] in `registry`, sorted. Fails (exit 78) if the registry
/// lacks one of the columns or registers it as another kind.
pub fn basenames(registry: &Registry) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for (table, column, kind) in SEEDED_COLUMNS {
        let col = registered(registry, table, column, kind)?;
        if kind != ProtectedKind::Sealed && !out.contains(&col.basename) {
            out.push(col.basename.clone());
        }
    }
    out.sort();
    Ok(out)
}

fn registered<'r>(
    registry: &'r Registry,
    table: &str,
    column: &str,
    kind: ProtectedKind,
) -> Result<&'r crate::registry::ProtectedColumn> {
    let col = registry.protected_column(table, column).ok_or_else(|| {
        Error::config(format!(
            "the registry has no protected column {table}.{column}; dev seed writes it"
        ))
        .with_hint("dev seed fills the built-in identity schema; use the built-in registry")
    })?;
    if col.kind != kind {
        return Err(Error::config(format!(
            "the registry registers {table}.{column} as {}; dev seed writes it as {}",
            col.kind.as_str(),
            kind.as_str()
        )));
    }
    Ok(col)
}

/// The algorithm of the root keys of `basename`'s columns.
fn algorithm_of(registry: &Registry, basename: &str) -> Algorithm {
    match registry.basename_kind(basename) {
        Some(ProtectedKind::Aead) => Algorithm::Aes256GcmSiv,
        _ => Algorithm::HmacSha256,
    }
}

/// A sealing policy to a throwaway X-Wing key (layouts, tests).
fn throwaway_sealing() -> Result<SeedSealing> {
    let id =
        crate::crypto::KeyId::new(DEMO_RECIPIENT, 1).map_err(|e| Error::internal(e.to_string()))?;
    let root = RootKey::generate(id.clone(), Algorithm::XWing)
        .map_err(|e| Error::internal(e.to_string()))?;
    let key = crate::crypto::RecipientPrivateKey::from_root(&root)
        .map_err(|e| Error::internal(e.to_string()))?;
    let policy = crate::crypto::SealingPolicy::new(
        DEMO_POLICY,
        Vec::new(),
        vec![(id, key.public().clone())],
    )
    .map_err(|e| Error::internal(e.to_string()))?;
    Ok(SeedSealing {
        current: policy,
        legacy: None,
    })
}

/// Throwaway keys that are never stored: the tables' layouts depend only on the registry, so a
/// generator built with them tells which columns a seed writes before any real key exists.
fn placeholder_keys(registry: &Registry) -> Result<SeedKeys> {
    let mut active = BTreeMap::new();
    for basename in basenames(registry)? {
        let id = crate::crypto::KeyId::new(&basename, 1)
            .map_err(|e| Error::config(format!("basename {basename:?}: {e}")))?;
        let key = RootKey::generate(id, algorithm_of(registry, &basename))
            .map_err(|e| Error::internal(e.to_string()))?;
        active.insert(basename, key);
    }
    Ok(SeedKeys {
        active,
        generated: Vec::new(),
        sealing: Some(throwaway_sealing()?),
    })
}

/// For every basename the seeded columns use, inside the seed's transaction: generates and
/// activates a first version if none is active (`created_by` NULL: dev commands have no actor),
/// then loads the active key and checks it against its row. The paths of the key files written are
/// pushed to `written` as soon as they exist, so that the caller can remove them if the
/// transaction does not commit.
async fn ensure_keys(
    tx: &tokio_postgres::Transaction<'_>,
    keyring: &Keyring,
    registry: &Registry,
    legacy: bool,
    written: &mut Vec<std::path::PathBuf>,
) -> Result<SeedKeys> {
    let mut keys = SeedKeys {
        active: BTreeMap::new(),
        generated: Vec::new(),
        sealing: None,
    };
    for basename in basenames(registry)? {
        keystore::lock_basename(tx, &basename).await?;
        let has_active = keystore::list(tx, Some(&basename))
            .await?
            .iter()
            .any(|r| r.status == KeyStatus::Active);
        if !has_active {
            let algorithm = algorithm_of(registry, &basename);
            let rec = keystore::generate(tx, keyring, &basename, algorithm, None, true).await?;
            written.push(keyring.path_of(&rec.id()?));
            keys.generated.push(rec.key_id);
        }
        let loaded = keystore::load_basename(tx, keyring, &basename).await?;
        let key = loaded.active_key().cloned().ok_or_else(|| {
            Error::data(format!("{basename} has no active key version"))
                .with_hint("see `idctl keys list`")
        })?;
        keys.active.insert(basename, key);
    }
    keys.sealing = Some(ensure_sealing(tx, keyring, legacy, &mut keys.generated, written).await?);
    Ok(keys)
}

/// A recipient basename's active version, generated (and activated) if it has none.
async fn ensure_recipient(
    tx: &tokio_postgres::Transaction<'_>,
    keyring: &Keyring,
    basename: &str,
    algorithm: Algorithm,
    generated: &mut Vec<String>,
    written: &mut Vec<std::path::PathBuf>,
) -> Result<()> {
    keystore::lock_basename(tx, basename).await?;
    let has_active = keystore::list(tx, Some(basename))
        .await?
        .iter()
        .any(|r| r.status == KeyStatus::Active);
    if !has_active {
        let rec = keystore::generate(tx, keyring, basename, algorithm, None, true).await?;
        written.push(keyring.path_of(&rec.id()?));
        generated.push(rec.key_id);
    }
    Ok(())
}

/// A policy by name, created with one layer if it does not exist.
async fn ensure_policy(
    tx: &tokio_postgres::Transaction<'_>,
    name: &str,
    mode: crate::store::pq::PolicyMode,
    layer: (crate::crypto::KemAlgorithm, &str),
) -> Result<crate::store::pq::Policy> {
    use crate::store::pq;
    if let Some(p) = pq::policy_by_name(tx, name).await? {
        return Ok(p);
    }
    let layers = [(layer.0, layer.1.to_string())];
    let id = pq::create_policy(
        tx,
        &pq::NewPolicy {
            name,
            mode,
            layers: &layers,
            aad_template: None,
            notes: Some("created by idctl dev seed"),
            actor: None,
        },
    )
    .await?;
    pq::policy_by_id(tx, id)
        .await?
        .ok_or_else(|| Error::internal("policy just created is gone"))
}

/// The policies sealed columns are seeded under (see [`SeedSealing`]): the column's bound policy if
/// it has one, else the demo's hybrid policy (created, with its X-Wing recipient, and bound); with
/// `legacy`, also a classical X25519 policy, to which the column is bound and most rows sealed.
async fn ensure_sealing(
    tx: &tokio_postgres::Transaction<'_>,
    keyring: &Keyring,
    legacy: bool,
    generated: &mut Vec<String>,
    written: &mut Vec<std::path::PathBuf>,
) -> Result<SeedSealing> {
    use crate::crypto::KemAlgorithm;
    use crate::store::pq::{self, PolicyMode};
    let (table, column, _) = SEEDED_COLUMNS
        .iter()
        .find(|(_, _, kind)| *kind == ProtectedKind::Sealed)
        .copied()
        .ok_or_else(|| Error::internal("dev seed writes no sealed column"))?;
    ensure_recipient(
        tx,
        keyring,
        DEMO_RECIPIENT,
        Algorithm::XWing,
        generated,
        written,
    )
    .await?;
    let demo = ensure_policy(
        tx,
        DEMO_POLICY,
        PolicyMode::Hybrid,
        (KemAlgorithm::XWing, DEMO_RECIPIENT),
    )
    .await?;
    let bound = pq::binding_of(tx, table, column).await?;
    let current = match &bound {
        Some(name) if !legacy => pq::policy_by_name(tx, name).await?.ok_or_else(|| {
            Error::data(format!(
                "{table}.{column} is bound to a missing policy {name}"
            ))
        })?,
        _ => demo.clone(),
    };
    if bound.is_none() && !legacy {
        pq::bind(tx, demo.id, table, column, None).await?;
    }
    for l in &current.layers {
        let alg = l
            .algorithm
            .parse::<Algorithm>()
            .map_err(|e| Error::data(format!("{}: {e}", l.algorithm)))?;
        ensure_recipient(tx, keyring, &l.recipient, alg, generated, written).await?;
    }
    let current = pq::sealing_policy(tx, &current).await?;
    let legacy = if legacy {
        ensure_recipient(
            tx,
            keyring,
            LEGACY_RECIPIENT,
            Algorithm::X25519,
            generated,
            written,
        )
        .await?;
        let lp = ensure_policy(
            tx,
            LEGACY_POLICY,
            PolicyMode::Classic,
            (KemAlgorithm::X25519, LEGACY_RECIPIENT),
        )
        .await?;
        pq::bind(tx, lp.id, table, column, None).await?;
        Some(pq::sealing_policy(tx, &lp).await?)
    } else {
        None
    };
    Ok(SeedSealing { current, legacy })
}

/// Checks, before anything is generated or written, that the database is one `dev seed` can fill:
/// what idctl needs (as `db check` does), the registry against the live schema, and every column
/// the seed writes with a type its binary encoding fits. Exit 78 naming the first problem.
pub async fn check_schema(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
) -> Result<()> {
    use crate::db::requirements;
    let live = requirements::live_columns(client).await?;
    let mut problems = requirements::check_columns(&live, requirements::REQUIRED_COLUMNS);
    problems.extend(crate::store::catalogue::check(registry, client).await?);
    if let Some(first) = problems.first() {
        let first = match &first.column {
            Some(column) => format!("{}.{column}: {}", first.table, first.problem),
            None => format!("{}: {}", first.table, first.problem),
        };
        return Err(Error::config(format!(
            "the database is not the schema dev seed fills ({}; first: {first}); nothing was written",
            crate::text::count(problems.len() as i64, "problem", "problems")
        ))
        .with_hint("`idctl db check` lists them; on an empty database run `idctl db migrate` first"));
    }
    let layouts = Generator::new(registry, &placeholder_keys(registry)?, 0, 0)?.layouts;
    check_layouts(client, &layouts).await
}

// ================================================================================================
// Protected columns and table layouts
// ================================================================================================

enum Protector {
    Aead(Box<ColumnCipher>),
    /// Sealed to the current policy; with `legacy`, four rows in five to the legacy one.
    Sealed(Box<SeedSealing>),
    Blind(BlindIndexKey, Normalization),
    /// The key id only: the placeholder password hashes are not computed with it.
    Pepper,
}

/// One protected column as written: the value column, its key-version column (if any) and the
/// key that protects it.
struct Protected {
    column: String,
    table: String,
    key_version_column: Option<String>,
    key_id: String,
    protector: Protector,
}

impl Protected {
    fn new(registry: &Registry, keys: &SeedKeys, table: &str, column: &str) -> Result<Self> {
        let (_, _, kind) = SEEDED_COLUMNS
            .iter()
            .find(|(t, c, _)| *t == table && *c == column)
            .ok_or_else(|| Error::internal(format!("{table}.{column} is not seeded")))?;
        let col = registered(registry, table, column, *kind)?;
        if col.kind == ProtectedKind::Sealed {
            let sealing = keys
                .sealing
                .clone()
                .ok_or_else(|| Error::internal("no sealing policy loaded"))?;
            return Ok(Protected {
                column: column.to_string(),
                table: table.to_string(),
                key_version_column: col.key_version_column.clone(),
                key_id: sealing.current.recipient_marker(),
                protector: Protector::Sealed(Box::new(sealing)),
            });
        }
        let root = keys.get(&col.basename)?;
        let bad_key = |e: crate::crypto::CryptoError| {
            Error::config(format!("{table}.{column} with {}: {e}", root.id()))
        };
        let protector = match col.kind {
            ProtectedKind::Aead => Protector::Aead(Box::new(
                ColumnCipher::new(root, table, column).map_err(bad_key)?,
            )),
            ProtectedKind::BlindIndex => Protector::Blind(
                BlindIndexKey::new(root, table, column).map_err(bad_key)?,
                match col.normalize {
                    Some(Normalize::Email) => Normalization::Email,
                    _ => Normalization::Exact,
                },
            ),
            ProtectedKind::PasswordPepper => Protector::Pepper,
            ProtectedKind::Sealed => unreachable!("handled above"),
        };
        Ok(Protected {
            column: column.to_string(),
            table: table.to_string(),
            key_version_column: col.key_version_column.clone(),
            key_id: root.id().to_string(),
            protector,
        })
    }

    /// The value of `plaintext` for the row with primary key `pk`, and what its key-version column
    /// says (the key id; for a sealed value its recipients).
    fn seal_marked(&self, plaintext: &[u8], pk: i64) -> Result<(Vec<u8>, String)> {
        let Protector::Sealed(s) = &self.protector else {
            return Ok((self.seal(plaintext, pk)?, self.key_id.clone()));
        };
        let policy = match &s.legacy {
            Some(legacy) if pk % 5 != 0 => legacy,
            _ => &s.current,
        };
        let pk_text = pk.to_string();
        let pk_parts = [pk_text.as_str()];
        let ctx = crate::crypto::Context::new(&self.table, &self.column, &pk_parts);
        let value = policy
            .seal(&ctx, plaintext)
            .map_err(|e| Error::internal(format!("sealing {}: {e}", self.column)))?;
        Ok((value, policy.recipient_marker()))
    }

    /// The envelope of `plaintext` for the row with primary key `pk`.
    fn seal(&self, plaintext: &[u8], pk: i64) -> Result<Vec<u8>> {
        match &self.protector {
            Protector::Aead(cipher) => cipher
                .encrypt(plaintext, &[&pk.to_string()])
                .map_err(|e| Error::internal(format!("encrypting {}: {e}", self.column))),
            _ => Err(Error::internal(format!(
                "{} is not an aead column",
                self.column
            ))),
        }
    }

    /// The blind index of `input` (normalized as the registry says).
    fn index(&self, input: &str) -> [u8; 32] {
        match &self.protector {
            Protector::Blind(key, normalization) => key.hash_with(*normalization, input),
            _ => unreachable!("{} is not a blind index", self.column),
        }
    }
}

/// The wire types `dev seed` writes, and the PostgreSQL types (`pg_type.typname`) that accept them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    Int8,
    Int4,
    Bool,
    Bytea,
    Text,
    Timestamptz,
    Jsonb,
    Numeric,
}

impl Ty {
    fn accepts(self, typname: &str) -> bool {
        match self {
            Ty::Int8 => typname == "int8",
            Ty::Int4 => typname == "int4",
            Ty::Bool => typname == "bool",
            Ty::Bytea => typname == "bytea",
            Ty::Text => matches!(typname, "text" | "varchar" | "bpchar"),
            Ty::Timestamptz => typname == "timestamptz",
            Ty::Jsonb => typname == "jsonb",
            Ty::Numeric => typname == "numeric",
        }
    }
    fn name(self) -> &'static str {
        match self {
            Ty::Int8 => "bigint",
            Ty::Int4 => "integer",
            Ty::Bool => "boolean",
            Ty::Bytea => "bytea",
            Ty::Text => "text, varchar or char",
            Ty::Timestamptz => "timestamptz",
            Ty::Jsonb => "jsonb",
            Ty::Numeric => "numeric",
        }
    }
}

/// The columns of one table's COPY, in the order rows are encoded.
struct Layout {
    table: &'static str,
    columns: Vec<(String, Ty)>,
}

impl Layout {
    fn new(table: &'static str) -> Self {
        Layout {
            table,
            columns: Vec::new(),
        }
    }
    fn col(mut self, name: &str, ty: Ty) -> Self {
        self.columns.push((name.to_string(), ty));
        self
    }
    /// A protected column and, right after it, its key-version column if the registry has one.
    fn protected(mut self, p: &Protected, ty: Ty) -> Self {
        self.columns.push((p.column.clone(), ty));
        if let Some(kv) = &p.key_version_column {
            self.columns.push((kv.clone(), Ty::Text));
        }
        self
    }
    fn copy_sql(&self) -> String {
        let cols: Vec<String> = self.columns.iter().map(|(c, _)| ident(c)).collect();
        format!(
            "COPY {} ({}) FROM STDIN (FORMAT binary)",
            ident(self.table),
            cols.join(", ")
        )
    }
    fn fields(&self) -> i16 {
        self.columns.len() as i16
    }
}

// ================================================================================================
// Binary COPY encoding
// ================================================================================================

const COPY_MAGIC: &[u8] = b"PGCOPY\n\xff\r\n\0";
/// Microseconds from 1970-01-01 to 2000-01-01 (PostgreSQL's timestamp epoch).
const PG_EPOCH_US: i64 = 946_684_800_000_000;

/// The header of a binary COPY stream: signature, flags, header extension length.
fn copy_header() -> Vec<u8> {
    let mut out = Vec::with_capacity(COPY_MAGIC.len() + 8);
    out.extend_from_slice(COPY_MAGIC);
    out.extend_from_slice(&0i32.to_be_bytes());
    out.extend_from_slice(&0i32.to_be_bytes());
    out
}

/// One tuple being encoded in the binary COPY format (the same bytes tokio-postgres'
/// `BinaryCopyInWriter` produces, written without a `ToSql` round trip so that rayon workers can
/// encode in parallel).
struct Row<'a> {
    buf: &'a mut Vec<u8>,
    expected: i16,
    written: i16,
}

impl<'a> Row<'a> {
    fn begin(buf: &'a mut Vec<u8>, layout: &Layout) -> Self {
        buf.extend_from_slice(&layout.fields().to_be_bytes());
        Row {
            buf,
            expected: layout.fields(),
            written: 0,
        }
    }
    fn field(&mut self, bytes: &[u8]) -> &mut Self {
        self.buf
            .extend_from_slice(&(bytes.len() as i32).to_be_bytes());
        self.buf.extend_from_slice(bytes);
        self.written += 1;
        self
    }
    fn null(&mut self) -> &mut Self {
        self.buf.extend_from_slice(&(-1i32).to_be_bytes());
        self.written += 1;
        self
    }
    fn i64(&mut self, v: i64) -> &mut Self {
        self.field(&v.to_be_bytes())
    }
    fn i32(&mut self, v: i32) -> &mut Self {
        self.field(&v.to_be_bytes())
    }
    fn bool(&mut self, v: bool) -> &mut Self {
        self.field(&[u8::from(v)])
    }
    fn text(&mut self, v: &str) -> &mut Self {
        self.field(v.as_bytes())
    }
    fn opt_text(&mut self, v: Option<&str>) -> &mut Self {
        match v {
            Some(v) => self.text(v),
            None => self.null(),
        }
    }
    /// A timestamptz from microseconds since the Unix epoch.
    fn ts(&mut self, unix_us: i64) -> &mut Self {
        self.i64(unix_us - PG_EPOCH_US)
    }
    fn opt_ts(&mut self, v: Option<i64>) -> &mut Self {
        match v {
            Some(v) => self.ts(v),
            None => self.null(),
        }
    }
    /// jsonb: version byte 1, then the JSON text.
    fn jsonb(&mut self, json: &[u8]) -> &mut Self {
        self.buf
            .extend_from_slice(&(json.len() as i32 + 1).to_be_bytes());
        self.buf.push(1);
        self.buf.extend_from_slice(json);
        self.written += 1;
        self
    }
    /// A numeric with scale 0.
    fn numeric(&mut self, v: i64) -> &mut Self {
        let digits = numeric_digits(v);
        let (ndigits, weight) = (digits.len() as i16, numeric_weight(v));
        self.buf
            .extend_from_slice(&(8 + 2 * digits.len() as i32).to_be_bytes());
        self.buf.extend_from_slice(&ndigits.to_be_bytes());
        self.buf.extend_from_slice(&weight.to_be_bytes());
        let sign: u16 = if v < 0 { 0x4000 } else { 0 };
        self.buf.extend_from_slice(&sign.to_be_bytes());
        self.buf.extend_from_slice(&0i16.to_be_bytes());
        for d in digits {
            self.buf.extend_from_slice(&d.to_be_bytes());
        }
        self.written += 1;
        self
    }
    /// A protected value and its key id (when the column has a key-version column).
    fn protected(&mut self, p: &Protected, value: Option<&[u8]>) -> &mut Self {
        self.protected_marked(p, value.map(|v| (v, p.key_id.as_str())))
    }
    /// A protected value and the key-version column's value given with it.
    fn protected_marked(&mut self, p: &Protected, value: Option<(&[u8], &str)>) -> &mut Self {
        match value {
            Some((v, _)) => self.field(v),
            None => self.null(),
        };
        if p.key_version_column.is_some() {
            match value {
                Some((_, marker)) => self.text(marker),
                None => self.null(),
            };
        }
        self
    }
    fn end(&mut self) {
        assert_eq!(
            self.written, self.expected,
            "a seeded row has the wrong number of fields"
        );
    }
}

/// Base-10000 digits of |v|, most significant first, without trailing zero digits.
fn numeric_digits(v: i64) -> Vec<i16> {
    let mut u = v.unsigned_abs();
    let mut le = Vec::new();
    while u > 0 {
        le.push((u % 10_000) as i16);
        u /= 10_000;
    }
    let first_nonzero = le.iter().position(|&d| d != 0).unwrap_or(le.len());
    le[first_nonzero..].iter().rev().copied().collect()
}

/// The weight (power of 10000 of the first digit) of |v|.
fn numeric_weight(v: i64) -> i16 {
    let mut u = v.unsigned_abs();
    let mut groups = 0i16;
    while u > 0 {
        groups += 1;
        u /= 10_000;
    }
    (groups - 1).max(0)
}

/// The rows of some users, per table.
#[derive(Default)]
struct Part {
    bufs: [Vec<u8>; 8],
    rows: [u64; 8],
}

/// One chunk of users, encoded.
struct Chunk {
    users: u64,
    parts: Vec<Part>,
}

// ================================================================================================
// Deterministic randomness
// ================================================================================================

const STREAM_IDENTITY: u64 = 0x1D;
const STREAM_COUNTS: u64 = 0xC0;
const STREAM_DETAILS: u64 = 0xDE;

fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The RNG of one aspect (`stream`) of one user: independent of chunking and threads.
fn user_rng(seed: u64, user_id: i64, stream: u64) -> SmallRng {
    SmallRng::seed_from_u64(splitmix64(
        splitmix64(splitmix64(seed) ^ user_id as u64) ^ stream,
    ))
}

fn pick<T: Copy>(r: &mut SmallRng, items: &[T]) -> T {
    items[r.random_range(0..items.len())]
}

/// An item of `items` chosen with the weights given.
fn weighted<T: Copy>(r: &mut SmallRng, items: &[(T, u32)]) -> T {
    *weighted_ref(r, items)
}

fn weighted_ref<'a, T>(r: &mut SmallRng, items: &'a [(T, u32)]) -> &'a T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut x = r.random_range(0..total);
    for (item, w) in items {
        if x < *w {
            return item;
        }
        x -= w;
    }
    &items[items.len() - 1].0
}

fn random_token(r: &mut SmallRng, bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    r.fill(&mut buf[..]);
    URL_SAFE_NO_PAD.encode(&buf)
}

fn random_alnum(r: &mut SmallRng, len: usize) -> String {
    const ALNUM: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    (0..len)
        .map(|_| ALNUM[r.random_range(0..ALNUM.len())] as char)
        .collect()
}

/// An address from the documentation ranges (RFC 5737 TEST-NETs, RFC 3849 2001:db8::/32), in
/// canonical text form: what the application hashes.
fn random_ip(r: &mut SmallRng) -> String {
    if r.random_bool(0.85) {
        let nets = [[192, 0, 2], [198, 51, 100], [203, 0, 113]];
        let n = pick(r, &nets);
        Ipv4Addr::new(n[0], n[1], n[2], r.random_range(1..=254)).to_string()
    } else {
        Ipv6Addr::new(
            0x2001,
            0xdb8,
            r.random_range(0..16),
            r.random_range(0..4096),
            0,
            0,
            0,
            r.random_range(1..0xffff),
        )
        .to_string()
    }
}

fn random_uuid(r: &mut SmallRng) -> ([u8; 16], String) {
    let mut b = [0u8; 16];
    r.fill(&mut b[..]);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    let text = format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    );
    (b, text)
}

// ================================================================================================
// Reference data
// ================================================================================================

/// (as written, ASCII form for e-mail addresses)
type Name = (&'static str, &'static str);

#[rustfmt::skip]
const FIRST_NAMES: &[Name] = &[
    ("Anna", "anna"), ("Ben", "ben"), ("Chloé", "chloe"), ("David", "david"), ("Elif", "elif"),
    ("Fatima", "fatima"), ("Gustav", "gustav"), ("Hannah", "hannah"), ("Ivan", "ivan"),
    ("Jürgen", "juergen"), ("Kai", "kai"), ("Lena", "lena"), ("Mateo", "mateo"), ("Noor", "noor"),
    ("Oskar", "oskar"), ("Priya", "priya"), ("Quentin", "quentin"), ("Rosa", "rosa"),
    ("Søren", "soren"), ("Tomás", "tomas"), ("Uma", "uma"), ("Viktor", "viktor"), ("Wei", "wei"),
    ("Ximena", "ximena"), ("Yusuf", "yusuf"), ("Zoë", "zoe"), ("Amélie", "amelie"),
    ("Björn", "bjorn"), ("Carmen", "carmen"), ("Dmitri", "dmitri"), ("Emma", "emma"),
    ("Felix", "felix"), ("Giulia", "giulia"), ("Hugo", "hugo"), ("Inès", "ines"),
    ("Jakub", "jakub"), ("Karin", "karin"), ("Lukas", "lukas"), ("María", "maria"),
    ("Nils", "nils"), ("Olivia", "olivia"), ("Pablo", "pablo"), ("Rania", "rania"),
    ("Sofia", "sofia"), ("Theo", "theo"), ("Valentina", "valentina"), ("William", "william"),
    ("Yara", "yara"), ("Lars", "lars"), ("Aisha", "aisha"), ("Noah", "noah"), ("Mia", "mia"),
    ("Liam", "liam"), ("Sara", "sara"), ("Jonas", "jonas"), ("Laura", "laura"), ("Paul", "paul"),
    ("Julia", "julia"), ("Léon", "leon"), ("Clara", "clara"), ("Mehmet", "mehmet"),
    ("Agnieszka", "agnieszka"), ("Sean", "sean"), ("Freya", "freya"),
];

#[rustfmt::skip]
const LAST_NAMES: &[Name] = &[
    ("Müller", "mueller"), ("Schmidt", "schmidt"), ("García", "garcia"), ("Rossi", "rossi"),
    ("Dubois", "dubois"), ("Smith", "smith"), ("Johnson", "johnson"), ("Nowak", "nowak"),
    ("Jansen", "jansen"), ("Andersson", "andersson"), ("Kowalski", "kowalski"),
    ("Martin", "martin"), ("Bernard", "bernard"), ("Fischer", "fischer"), ("Weber", "weber"),
    ("Meyer", "meyer"), ("Wagner", "wagner"), ("Becker", "becker"), ("Schulz", "schulz"),
    ("Hoffmann", "hoffmann"), ("López", "lopez"), ("Martínez", "martinez"),
    ("Bianchi", "bianchi"), ("Romano", "romano"), ("Leroy", "leroy"), ("Moreau", "moreau"),
    ("Brown", "brown"), ("Taylor", "taylor"), ("Wilson", "wilson"), ("Davies", "davies"),
    ("de Vries", "devries"), ("van Dijk", "vandijk"), ("Nilsson", "nilsson"),
    ("Larsson", "larsson"), ("Lindqvist", "lindqvist"), ("Wiśniewski", "wisniewski"),
    ("Dąbrowski", "dabrowski"), ("Öztürk", "ozturk"), ("Yılmaz", "yilmaz"),
    ("Nakamura", "nakamura"), ("Kim", "kim"), ("Nguyen", "nguyen"), ("Singh", "singh"),
    ("Patel", "patel"), ("O'Brien", "obrien"), ("Murphy", "murphy"), ("Costa", "costa"),
    ("Silva", "silva"), ("Novák", "novak"), ("Horváth", "horvath"), ("Keller", "keller"),
    ("Huber", "huber"), ("Fontaine", "fontaine"), ("Ferrari", "ferrari"), ("Eriksson", "eriksson"),
    ("Walsh", "walsh"), ("Peeters", "peeters"), ("Berg", "berg"), ("Nieminen", "nieminen"),
];

/// Reserved example domains (RFC 2606): no mail to a real person, ever.
const DOMAINS: &[(&str, u32)] = &[
    ("example.org", 50),
    ("example.com", 30),
    ("example.net", 15),
    ("mail.example.org", 5),
];

struct Country {
    code: &'static str,
    locale: &'static str,
    timezone: &'static str,
    currency: &'static str,
    /// VAT in basis points.
    vat_bp: i64,
    phone: &'static str,
    /// `#` digit, `@` capital letter.
    postal: &'static str,
    number_first: bool,
    cities: &'static [&'static str],
    streets: &'static [&'static str],
}

#[rustfmt::skip]
const COUNTRIES: &[(Country, u32)] = &[
    (Country { code: "DE", locale: "de-DE", timezone: "Europe/Berlin", currency: "EUR", vat_bp: 1900, phone: "+49 30 5550", postal: "#####", number_first: false,
        cities: &["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Frankfurt am Main"],
        streets: &["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Gartenweg", "Lindenallee", "Am Markt"] }, 24),
    (Country { code: "FR", locale: "fr-FR", timezone: "Europe/Paris", currency: "EUR", vat_bp: 2000, phone: "+33 1 5550", postal: "#####", number_first: true,
        cities: &["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille"],
        streets: &["rue de la Paix", "avenue Victor Hugo", "rue du Moulin", "boulevard Voltaire", "place de l'Église"] }, 14),
    (Country { code: "GB", locale: "en-GB", timezone: "Europe/London", currency: "GBP", vat_bp: 2000, phone: "+44 20 7946", postal: "@@# #@@", number_first: true,
        cities: &["London", "Manchester", "Bristol", "Leeds", "Edinburgh", "Cardiff"],
        streets: &["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane"] }, 14),
    (Country { code: "US", locale: "en-US", timezone: "America/New_York", currency: "USD", vat_bp: 800, phone: "+1 202 555", postal: "#####", number_first: true,
        cities: &["New York", "Boston", "Chicago", "Austin", "Seattle", "Denver"],
        streets: &["Main Street", "Oak Avenue", "Maple Drive", "Park Place", "Washington Street"] }, 16),
    (Country { code: "NL", locale: "nl-NL", timezone: "Europe/Amsterdam", currency: "EUR", vat_bp: 2100, phone: "+31 20 5550", postal: "#### @@", number_first: false,
        cities: &["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven"],
        streets: &["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsplein"] }, 6),
    (Country { code: "ES", locale: "es-ES", timezone: "Europe/Madrid", currency: "EUR", vat_bp: 2100, phone: "+34 91 5550", postal: "#####", number_first: false,
        cities: &["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"],
        streets: &["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle del Sol"] }, 7),
    (Country { code: "IT", locale: "it-IT", timezone: "Europe/Rome", currency: "EUR", vat_bp: 2200, phone: "+39 06 5550", postal: "#####", number_first: false,
        cities: &["Roma", "Milano", "Napoli", "Torino", "Bologna"],
        streets: &["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille"] }, 6),
    (Country { code: "SE", locale: "sv-SE", timezone: "Europe/Stockholm", currency: "SEK", vat_bp: 2500, phone: "+46 8 5550", postal: "### ##", number_first: false,
        cities: &["Stockholm", "Göteborg", "Malmö", "Uppsala"],
        streets: &["Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan"] }, 4),
    (Country { code: "PL", locale: "pl-PL", timezone: "Europe/Warsaw", currency: "PLN", vat_bp: 2300, phone: "+48 22 5550", postal: "##-###", number_first: false,
        cities: &["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań"],
        streets: &["ul. Marszałkowska", "ul. Długa", "ul. Polna", "ul. Kościuszki"] }, 5),
    (Country { code: "AT", locale: "de-AT", timezone: "Europe/Vienna", currency: "EUR", vat_bp: 2000, phone: "+43 1 5550", postal: "####", number_first: false,
        cities: &["Wien", "Graz", "Linz", "Salzburg"],
        streets: &["Mariahilfer Straße", "Hauptplatz", "Kirchengasse", "Ringstraße"] }, 2),
    (Country { code: "CH", locale: "de-CH", timezone: "Europe/Zurich", currency: "CHF", vat_bp: 810, phone: "+41 44 5550", postal: "####", number_first: false,
        cities: &["Zürich", "Bern", "Basel", "Luzern"],
        streets: &["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchweg"] }, 2),
];

#[rustfmt::skip]
const USER_AGENTS: &[(&str, u32)] = &[
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36", 30),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", 15),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", 20),
    ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36", 15),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0", 6),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0", 6),
    ("IdentityApp/4.12.1 (iOS 17.5; iPhone15,2)", 5),
    ("IdentityApp/4.12.0 (Android 14; SM-S911B)", 3),
];

const ORDER_STATUS_OLD: &[(&str, u32)] = &[
    ("delivered", 78),
    ("cancelled", 9),
    ("refunded", 5),
    ("returned", 3),
    ("shipped", 5),
];
const ORDER_STATUS_RECENT: &[(&str, u32)] = &[
    ("pending", 25),
    ("paid", 35),
    ("shipped", 30),
    ("cancelled", 10),
];
const PAYMENT_METHODS: &[(&str, u32)] = &[
    ("card", 45),
    ("paypal", 25),
    ("sepa_debit", 10),
    ("apple_pay", 8),
    ("google_pay", 6),
    ("invoice", 6),
];
const COUPONS: &[&str] = &["WELCOME10", "SPRING15", "SUMMER20", "LOYALTY5", "FREESHIP"];

/// (type, meta, weight) of auth events after registration.
const EVENT_TYPES: &[((&str, &str), u32)] = &[
    (("login", r#"{"method":"password","result":"success"}"#), 62),
    (
        (
            "login_failed",
            r#"{"method":"password","reason":"invalid_password"}"#,
        ),
        14,
    ),
    (("logout", r#"{"reason":"user"}"#), 12),
    (("password_reset_requested", r#"{"channel":"email"}"#), 3),
    (("password_changed", r#"{"via":"account_settings"}"#), 3),
    (("login", r#"{"method":"passkey","result":"success"}"#), 6),
];

// ================================================================================================
// People
// ================================================================================================

/// A seeded user's e-mail address: as the user typed it (sometimes with capitals or surrounding
/// white space) and normalized the way the `users.email_hash` blind index normalizes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeededEmail {
    pub entered: String,
    pub normalized: String,
}

struct Identity {
    first: Name,
    last: Name,
    email: SeededEmail,
}

fn identity(seed: u64, user_id: i64) -> Identity {
    let mut r = user_rng(seed, user_id, STREAM_IDENTITY);
    let first = pick(&mut r, FIRST_NAMES);
    let last = pick(&mut r, LAST_NAMES);
    let domain = weighted(&mut r, DOMAINS);
    let canonical = format!("{}.{}.{user_id}@{domain}", first.1, last.1);
    let variant = r.random_range(0..100u32);
    let entered = match variant {
        // Capitalised as a person types it.
        0..=5 => format!(
            "{}.{}.{user_id}@{}",
            capitalize(first.1),
            capitalize(last.1),
            capitalize(domain)
        ),
        6..=7 => canonical.to_uppercase(),
        // Pasted with white space around it.
        8..=9 => format!("  {canonical}\n"),
        10 => format!(
            "\t{}.{}.{user_id}@{} ",
            capitalize(first.1),
            last.1,
            domain.to_uppercase()
        ),
        // The name as written, in decomposed form (NFD), where it has diacritics.
        11..=12 if first.0.to_lowercase() != first.1 => {
            format!("{}.{}.{user_id}@{domain}", first.0.nfd(), last.1)
        }
        _ => canonical,
    };
    let normalized = normalize_email(&entered);
    Identity {
        first,
        last,
        email: SeededEmail {
            entered,
            normalized,
        },
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The e-mail address `dev seed --seed <seed>` gives user `user_id`: its blind index is in
/// `users.email_hash` (and in `newsletter_subscribers.email_hash` if the user subscribed).
pub fn user_email(seed: u64, user_id: i64) -> SeededEmail {
    identity(seed, user_id).email
}

/// How many rows of each kind a user has (drawn first, so that ids can be assigned in user order
/// before the rows are generated in parallel).
#[derive(Debug, Clone, Copy)]
struct Counts {
    orders: u32,
    sessions: u32,
    /// Including the registration event.
    events: u32,
    consents: u32,
    newsletter: bool,
    two_factor: bool,
}

impl Counts {
    /// A user without any row besides the user and the profile (`--profiles-only`).
    const NONE: Counts = Counts {
        orders: 0,
        sessions: 0,
        events: 0,
        consents: 0,
        newsletter: false,
        two_factor: false,
    };
}

fn counts(seed: u64, user_id: i64) -> Counts {
    let mut r = user_rng(seed, user_id, STREAM_COUNTS);
    let orders = weighted(
        &mut r,
        &[
            (0u32, 20),
            (1, 25),
            (2, 24),
            (3, 15),
            (4, 8),
            (5, 4),
            (6, 2),
            (8, 1),
            (12, 1),
        ],
    );
    let sessions = weighted(&mut r, &[(0u32, 55), (1, 30), (2, 10), (3, 5)]);
    let events = 1 + weighted(
        &mut r,
        &[(0u32, 10), (1, 20), (2, 25), (3, 20), (4, 15), (6, 10)],
    );
    let marketing = r.random_bool(0.45);
    Counts {
        orders,
        sessions,
        events,
        consents: 2 + u32::from(marketing),
        newsletter: r.random_bool(0.3),
        two_factor: r.random_bool(0.15),
    }
}

/// The next id of each table with its own id.
#[derive(Debug, Clone, Copy)]
struct NextIds {
    order: i64,
    session: i64,
    event: i64,
    consent: i64,
    newsletter: i64,
}

impl NextIds {
    fn advance(&mut self, c: &Counts) {
        self.order += i64::from(c.orders);
        self.session += i64::from(c.sessions);
        self.event += i64::from(c.events);
        self.consent += i64::from(c.consents);
        self.newsletter += i64::from(c.newsletter);
    }
}

#[derive(Serialize)]
struct Address<'a> {
    street: String,
    postal_code: String,
    city: &'a str,
    country: &'a str,
}

#[derive(Serialize)]
struct Preferences<'a> {
    language: &'a str,
    currency: &'a str,
    theme: &'a str,
    newsletter: bool,
    marketing_emails: bool,
    order_updates_sms: bool,
}

#[derive(Serialize)]
struct Profile<'a> {
    given_name: &'a str,
    family_name: &'a str,
    display_name: String,
    email: &'a str,
    birth_date: String,
    phone: &'a str,
    address: &'a Address<'a>,
    locale: &'a str,
    timezone: &'a str,
    preferences: Preferences<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    company: Option<&'a str>,
    avatar_url: String,
    signup_channel: &'a str,
}

#[derive(Serialize)]
struct Customer<'a> {
    name: String,
    email: &'a str,
    phone: &'a str,
    billing_address: &'a Address<'a>,
    shipping_address: &'a Address<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vat_id: Option<String>,
}

#[derive(Serialize)]
struct OrderMeta<'a> {
    items: u32,
    channel: &'a str,
    shipping_method: &'a str,
    coupon: Option<&'a str>,
}

#[derive(Serialize)]
struct SessionState<'a> {
    csrf_token: String,
    auth_level: &'a str,
    remember_me: bool,
    locale: &'a str,
    last_path: &'a str,
    cart_items: u32,
}

fn address<'a>(r: &mut SmallRng, c: &'a Country) -> Address<'a> {
    let street = pick(r, c.streets);
    let number = r.random_range(1..=180u32);
    let street = if c.number_first {
        format!("{number} {street}")
    } else {
        format!("{street} {number}")
    };
    let postal_code = c
        .postal
        .chars()
        .map(|ch| match ch {
            '#' => char::from(b'0' + r.random_range(0..10u8)),
            '@' => char::from(b'A' + r.random_range(0..26u8)),
            other => other,
        })
        .collect();
    Address {
        street,
        postal_code,
        city: pick(r, c.cities),
        country: c.code,
    }
}

const DAY_US: i64 = 86_400_000_000;
const HOUR_US: i64 = 3_600_000_000;
const SPAN_US: i64 = 730 * DAY_US;

/// A time in [from, to), skewed towards `to` with `skew` > 1.
fn time_between(r: &mut SmallRng, from: i64, to: i64, skew: f64) -> i64 {
    if to <= from {
        return from;
    }
    let u: f64 = r.random::<f64>().powf(1.0 / skew);
    from + ((to - from) as f64 * u) as i64
}

// ================================================================================================
// Generation
// ================================================================================================

/// Everything needed to generate rows; shared by the rayon workers.
struct Generator {
    seed: u64,
    /// Start of the current UTC day, µs since the Unix epoch: "now" for the data.
    now: i64,
    /// Users in this run, and the id of the first one.
    total: u64,
    first_user_id: i64,
    /// `--profiles-only`: users and profiles, nothing else.
    profiles_only: bool,
    layouts: [Layout; 8],
    email_hash: Protected,
    password: Protected,
    login_ip: Protected,
    profile: Protected,
    customer: Protected,
    session_token: Protected,
    session_ip: Protected,
    session_blob: Protected,
    event_ip: Protected,
    ns_email_hash: Protected,
    ns_email: Protected,
    ns_confirm: Protected,
    ns_unsubscribe: Protected,
    ns_ip: Protected,
    tf_secret: Protected,
    tf_recovery: Protected,
}

impl Generator {
    fn new(registry: &Registry, keys: &SeedKeys, seed: u64, now: i64) -> Result<Self> {
        let p = |t: &str, c: &str| Protected::new(registry, keys, t, c);
        let email_hash = p("users", "email_hash")?;
        let password = p("users", "password_hash")?;
        let login_ip = p("users", "last_login_ip_hash")?;
        let profile = p("user_profiles", "profile_enc")?;
        let customer = p("orders", "encrypted_customer_blob")?;
        let session_token = p("sessions", "token_hash")?;
        let session_ip = p("sessions", "ip_hash")?;
        let session_blob = p("sessions", "session_blob")?;
        let event_ip = p("auth_events", "ip_hash")?;
        let ns_email_hash = p("newsletter_subscribers", "email_hash")?;
        let ns_email = p("newsletter_subscribers", "email_enc")?;
        let ns_confirm = p("newsletter_subscribers", "confirm_validator_hash")?;
        let ns_unsubscribe = p("newsletter_subscribers", "unsubscribe_token_hash")?;
        let ns_ip = p("newsletter_subscribers", "ip_hash")?;
        let tf_secret = p("two_factor", "secret")?;
        let tf_recovery = p("two_factor", "recovery_codes_enc")?;
        use Ty::*;
        let layouts = [
            Layout::new("users")
                .col("id", Int8)
                .protected(&email_hash, Bytea)
                .protected(&password, Text)
                .col("password_algo", Text)
                .col("is_active", Bool)
                .col("is_locked", Bool)
                .col("failed_logins", Int4)
                .col("must_change_password", Bool)
                .col("last_login_at", Timestamptz)
                .protected(&login_ip, Bytea)
                .col("created_at", Timestamptz)
                .col("updated_at", Timestamptz)
                .col("version", Int4),
            Layout::new("user_profiles")
                .col("user_id", Int8)
                .protected(&profile, Bytea)
                .col("encryption_meta", Jsonb)
                .col("updated_at", Timestamptz)
                .col("version", Int4),
            Layout::new("orders")
                .col("id", Int8)
                .col("uuid", Text)
                .col("uuid_bin", Bytea)
                .col("public_order_no", Text)
                .col("user_id", Int8)
                .col("status", Text)
                .protected(&customer, Bytea)
                .col("encryption_meta", Jsonb)
                .col("currency", Text)
                .col("metadata", Jsonb)
                .col("subtotal", Numeric)
                .col("discount_total", Numeric)
                .col("tax_total", Numeric)
                .col("total", Numeric)
                .col("payment_method", Text)
                .col("created_at", Timestamptz)
                .col("updated_at", Timestamptz)
                .col("version", Int4),
            Layout::new("sessions")
                .col("id", Int8)
                .protected(&session_token, Bytea)
                .col("token_fingerprint", Bytea)
                .col("token_issued_at", Timestamptz)
                .col("user_id", Int8)
                .col("created_at", Timestamptz)
                .col("version", Int4)
                .col("last_seen_at", Timestamptz)
                .col("expires_at", Timestamptz)
                .col("failed_decrypt_count", Int4)
                .col("revoked", Bool)
                .protected(&session_ip, Bytea)
                .col("user_agent", Text)
                .protected(&session_blob, Bytea),
            Layout::new("auth_events")
                .col("id", Int8)
                .col("user_id", Int8)
                .col("type", Text)
                .protected(&event_ip, Bytea)
                .col("user_agent", Text)
                .col("occurred_at", Timestamptz)
                .col("meta", Jsonb),
            Layout::new("user_consents")
                .col("id", Int8)
                .col("user_id", Int8)
                .col("consent_type", Text)
                .col("version", Text)
                .col("granted", Bool)
                .col("granted_at", Timestamptz)
                .col("source", Text)
                .col("meta", Jsonb),
            Layout::new("newsletter_subscribers")
                .col("id", Int8)
                .col("user_id", Int8)
                .protected(&ns_email_hash, Bytea)
                .protected(&ns_email, Bytea)
                .col("confirm_selector", Text)
                .protected(&ns_confirm, Bytea)
                .col("confirm_expires", Timestamptz)
                .col("confirmed_at", Timestamptz)
                .protected(&ns_unsubscribe, Bytea)
                .col("unsubscribed_at", Timestamptz)
                .col("origin", Text)
                .protected(&ns_ip, Bytea)
                .col("meta", Jsonb)
                .col("created_at", Timestamptz)
                .col("updated_at", Timestamptz)
                .col("version", Int4),
            Layout::new("two_factor")
                .col("user_id", Int8)
                .col("method", Text)
                .protected(&tf_secret, Bytea)
                .protected(&tf_recovery, Bytea)
                .col("hotp_counter", Int8)
                .col("enabled", Bool)
                .col("created_at", Timestamptz)
                .col("version", Int4)
                .col("last_used_at", Timestamptz),
        ];
        Ok(Generator {
            seed,
            now,
            total: 0,
            first_user_id: 1,
            profiles_only: false,
            layouts,
            email_hash,
            password,
            login_ip,
            profile,
            customer,
            session_token,
            session_ip,
            session_blob,
            event_ip,
            ns_email_hash,
            ns_email,
            ns_confirm,
            ns_unsubscribe,
            ns_ip,
            tf_secret,
            tf_recovery,
        })
    }

    /// Users `[offset, offset + n)` of this run; `next` is advanced past their rows.
    fn chunk(&self, offset: u64, n: u64, next: &mut NextIds) -> Result<Chunk> {
        const SLICE: usize = 256;
        let first = self.first_user_id + offset as i64;
        let counts: Vec<Counts> = (0..n as i64)
            .into_par_iter()
            .map(|k| {
                let c = counts(self.seed, first + k);
                if self.profiles_only { Counts::NONE } else { c }
            })
            .collect();
        let mut bases = Vec::with_capacity(counts.len());
        for c in &counts {
            bases.push(*next);
            next.advance(c);
        }
        let parts = counts
            .par_chunks(SLICE)
            .zip(bases.par_chunks(SLICE))
            .enumerate()
            .map(|(s, (cs, bs))| {
                let mut part = Part::default();
                for (j, (c, b)) in cs.iter().zip(bs).enumerate() {
                    let k = (s * SLICE + j) as u64;
                    self.user(offset + k, first + k as i64, c, b, &mut part)?;
                }
                Ok(part)
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Chunk { users: n, parts })
    }

    /// Sign-up time of the `index`-th user of the run: increasing with the id (as in a real
    /// table), spread over the last two years with more sign-ups recently.
    fn created_at(&self, index: u64, r: &mut SmallRng) -> i64 {
        let f = (index as f64 + r.random::<f64>()) / self.total.max(1) as f64;
        self.now - SPAN_US + (SPAN_US as f64 * f.sqrt()) as i64 - r.random_range(0..HOUR_US)
    }

    /// All rows of one user.
    fn user(&self, index: u64, id: i64, c: &Counts, ids: &NextIds, out: &mut Part) -> Result<()> {
        let who = identity(self.seed, id);
        let mut r = user_rng(self.seed, id, STREAM_DETAILS);
        let r = &mut r;
        let now = self.now;
        let country = weighted_ref(r, COUNTRIES);
        let home = address(r, country);
        let phone = format!("{} {:04}", country.phone, r.random_range(0..10_000u32));
        let created = self.created_at(index, r);
        let user_agent = weighted(r, USER_AGENTS);

        // ---- users
        let last_login = r
            .random_bool(0.9)
            .then(|| time_between(r, created, now, 3.0));
        let last_ip = random_ip(r);
        let locked = r.random_bool(0.01);
        let active = !r.random_bool(0.02);
        let failed_logins = if locked {
            r.random_range(5..=10)
        } else if r.random_bool(0.06) {
            r.random_range(1..=3)
        } else {
            0
        };
        let must_change = r.random_bool(0.005);
        let mut salt = [0u8; 16];
        let mut digest = [0u8; 32];
        r.fill(&mut salt[..]);
        r.fill(&mut digest[..]);
        // A placeholder in the PHC format of argon2id: random bytes, the hash of no password.
        let password_hash = format!(
            "$argon2id$v=19$m=65536,t=3,p=4${}${}",
            STANDARD_NO_PAD.encode(salt),
            STANDARD_NO_PAD.encode(digest)
        );
        let email_index = self.email_hash.index(&who.email.entered);
        let ip_index = last_login.map(|_| self.login_ip.index(&last_ip));
        let updated = last_login.unwrap_or(created).max(created);
        let layout = &self.layouts[USERS];
        Row::begin(&mut out.bufs[USERS], layout)
            .i64(id)
            .protected(&self.email_hash, Some(&email_index[..]))
            .protected(&self.password, Some(password_hash.as_bytes()))
            .text("argon2id")
            .bool(active)
            .bool(locked)
            .i32(failed_logins)
            .bool(must_change)
            .opt_ts(last_login)
            .protected(&self.login_ip, ip_index.as_ref().map(|i| &i[..]))
            .ts(created)
            .ts(updated)
            .i32(1)
            .end();
        out.rows[USERS] += 1;

        // ---- user_profiles
        let age_years = r.random_range(18..=80i64);
        let birth_us = now - age_years * 365 * DAY_US - r.random_range(0..365 * DAY_US);
        let birth_date = chrono::DateTime::from_timestamp_micros(birth_us)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let profile = Profile {
            given_name: who.first.0,
            family_name: who.last.0,
            display_name: if r.random_bool(0.7) {
                format!(
                    "{} {}.",
                    who.first.0,
                    who.last.0.chars().next().unwrap_or('X')
                )
            } else {
                format!("{}{}", who.first.1, r.random_range(1..1000u32))
            },
            email: &who.email.normalized,
            birth_date,
            phone: &phone,
            address: &home,
            locale: country.locale,
            timezone: country.timezone,
            preferences: Preferences {
                language: &country.locale[..2],
                currency: country.currency,
                theme: weighted(r, &[("system", 60), ("light", 25), ("dark", 15)]),
                newsletter: c.newsletter,
                marketing_emails: c.consents > 2,
                order_updates_sms: r.random_bool(0.2),
            },
            company: r.random_bool(0.15).then(|| {
                pick(
                    r,
                    &[
                        "Example GmbH",
                        "Example Ltd",
                        "Example Inc.",
                        "Beispiel AG",
                        "Exemple SARL",
                    ],
                )
            }),
            avatar_url: format!("https://cdn.example.org/avatars/{id}.png"),
            signup_channel: weighted(r, &[("web", 70), ("ios", 18), ("android", 12)]),
        };
        let plaintext = serde_json::to_vec(&profile)?;
        let envelope = self.profile.seal(&plaintext, id)?;
        Row::begin(&mut out.bufs[PROFILES], &self.layouts[PROFILES])
            .i64(id)
            .protected(&self.profile, Some(&envelope))
            .jsonb(ENCRYPTION_META)
            .ts(updated)
            .i32(1)
            .end();
        out.rows[PROFILES] += 1;

        // ---- orders
        let mut times: Vec<i64> = (0..c.orders)
            .map(|_| time_between(r, created, now, 1.5))
            .collect();
        times.sort_unstable();
        let full_name = format!("{} {}", who.first.0, who.last.0);
        for (k, &at) in times.iter().enumerate() {
            let order_id = ids.order + k as i64;
            let (uuid_bin, uuid) = random_uuid(r);
            let recent = now - at < 5 * DAY_US;
            let status = weighted(
                r,
                if recent {
                    ORDER_STATUS_RECENT
                } else {
                    ORDER_STATUS_OLD
                },
            );
            let items = weighted(r, &[(1u32, 45), (2, 28), (3, 15), (4, 8), (6, 4)]);
            let subtotal: i64 = (0..items).map(|_| r.random_range(399..=12_999i64)).sum();
            let coupon = r.random_bool(0.15).then(|| pick(r, COUPONS));
            let discount = match coupon {
                Some(_) => subtotal * r.random_range(5..=20i64) / 100,
                None => 0,
            };
            let tax = (subtotal - discount) * country.vat_bp / 10_000;
            let total = subtotal - discount + tax;
            let shipping = if r.random_bool(0.85) {
                None
            } else {
                Some(address(r, country))
            };
            let customer = Customer {
                name: full_name.clone(),
                email: &who.email.normalized,
                phone: &phone,
                billing_address: &home,
                shipping_address: shipping.as_ref().unwrap_or(&home),
                vat_id: profile
                    .company
                    .map(|_| format!("{}{:09}", country.code, r.random_range(0..1_000_000_000u32))),
            };
            let (blob, blob_marker) = self
                .customer
                .seal_marked(&serde_json::to_vec(&customer)?, order_id)?;
            let meta = serde_json::to_vec(&OrderMeta {
                items,
                channel: profile.signup_channel,
                shipping_method: weighted(r, &[("standard", 70), ("express", 20), ("pickup", 10)]),
                coupon,
            })?;
            let year = chrono::DateTime::from_timestamp_micros(at)
                .map(|d| d.format("%Y").to_string())
                .unwrap_or_default();
            let updated = if status == "pending" {
                at
            } else {
                time_between(r, at, (at + 10 * DAY_US).min(now), 1.0)
            };
            Row::begin(&mut out.bufs[ORDERS], &self.layouts[ORDERS])
                .i64(order_id)
                .text(&uuid)
                .field(&uuid_bin)
                .text(&format!("ORD-{year}-{order_id:08}"))
                .i64(id)
                .text(status)
                .protected_marked(&self.customer, Some((&blob, &blob_marker)))
                .jsonb(ENCRYPTION_META)
                .text(country.currency)
                .jsonb(&meta)
                .numeric(subtotal)
                .numeric(discount)
                .numeric(tax)
                .numeric(total)
                .text(weighted(r, PAYMENT_METHODS))
                .ts(at)
                .ts(updated)
                .i32(1)
                .end();
            out.rows[ORDERS] += 1;
        }

        // ---- sessions: the newest one is the last login's
        for k in 0..c.sessions {
            let session_id = ids.session + i64::from(k);
            let newest = k + 1 == c.sessions;
            let (at, ip) = match last_login {
                Some(login) if newest => (login, last_ip.clone()),
                _ => {
                    let upto = last_login.unwrap_or(now);
                    (
                        time_between(r, created.max(upto - 60 * DAY_US), upto, 2.0),
                        random_ip(r),
                    )
                }
            };
            let remember = r.random_bool(0.4);
            let expires = at + if remember { 30 * DAY_US } else { DAY_US };
            let last_seen = time_between(r, at, expires.min(now).max(at + 1), 0.5);
            let token = random_token(r, 32);
            let state = SessionState {
                csrf_token: random_token(r, 24),
                auth_level: if c.two_factor { "mfa" } else { "password" },
                remember_me: remember,
                locale: country.locale,
                last_path: pick(
                    r,
                    &[
                        "/account",
                        "/orders",
                        "/checkout",
                        "/",
                        "/settings/security",
                    ],
                ),
                cart_items: weighted(r, &[(0u32, 70), (1, 15), (2, 10), (4, 5)]),
            };
            let blob = self
                .session_blob
                .seal(&serde_json::to_vec(&state)?, session_id)?;
            Row::begin(&mut out.bufs[SESSIONS], &self.layouts[SESSIONS])
                .i64(session_id)
                .protected(
                    &self.session_token,
                    Some(&self.session_token.index(&token)[..]),
                )
                .field(sha2::Sha256::digest(token.as_bytes()).as_slice())
                .ts(at)
                .i64(id)
                .ts(at)
                .i32(1)
                .ts(last_seen)
                .ts(expires)
                .i32(0)
                .bool(r.random_bool(0.1))
                .protected(&self.session_ip, Some(&self.session_ip.index(&ip)[..]))
                .text(if newest {
                    user_agent
                } else {
                    weighted(r, USER_AGENTS)
                })
                .protected(&self.session_blob, Some(&blob))
                .end();
            out.rows[SESSIONS] += 1;
        }

        // ---- auth_events: registration, then activity up to the last login
        let until = last_login.unwrap_or(now);
        let mut times: Vec<i64> = (1..c.events)
            .map(|_| time_between(r, created, until, 1.0))
            .collect();
        times.sort_unstable();
        for k in 0..c.events {
            let event_id = ids.event + i64::from(k);
            let last = k > 0 && k + 1 == c.events && last_login.is_some();
            let (kind, meta, at, ip) = if k == 0 {
                ("register", r#"{"method":"email"}"#, created, random_ip(r))
            } else if last {
                (
                    "login",
                    r#"{"method":"password","result":"success"}"#,
                    until,
                    last_ip.clone(),
                )
            } else {
                let (kind, meta) = weighted(r, EVENT_TYPES);
                (kind, meta, times[k as usize - 1], random_ip(r))
            };
            Row::begin(&mut out.bufs[EVENTS], &self.layouts[EVENTS])
                .i64(event_id)
                .i64(id)
                .text(kind)
                .protected(&self.event_ip, Some(&self.event_ip.index(&ip)[..]))
                .text(user_agent)
                .ts(at)
                .jsonb(meta.as_bytes())
                .end();
            out.rows[EVENTS] += 1;
        }

        // ---- user_consents
        let policy_version = if created < now - 365 * DAY_US {
            "2023-09"
        } else {
            "2024-06"
        };
        let consent_meta = format!(
            r#"{{"ui":"{}","locale":"{}"}}"#,
            profile.signup_channel, country.locale
        );
        for k in 0..c.consents {
            let consent_id = ids.consent + i64::from(k);
            let (kind, version, granted, at, source) = match k {
                0 => (
                    "terms_of_service",
                    policy_version,
                    true,
                    created,
                    "signup_form",
                ),
                1 => (
                    "privacy_policy",
                    policy_version,
                    true,
                    created,
                    "signup_form",
                ),
                _ => (
                    "marketing_email",
                    "2024-01",
                    r.random_bool(0.8),
                    time_between(r, created, now, 1.0),
                    pick(r, &["signup_form", "account_settings", "checkout"]),
                ),
            };
            Row::begin(&mut out.bufs[CONSENTS], &self.layouts[CONSENTS])
                .i64(consent_id)
                .i64(id)
                .text(kind)
                .text(version)
                .bool(granted)
                .ts(at)
                .text(source)
                .jsonb(consent_meta.as_bytes())
                .end();
            out.rows[CONSENTS] += 1;
        }

        // ---- newsletter_subscribers: the address as entered, indexed as the registry normalizes it
        if c.newsletter {
            let ns_id = ids.newsletter;
            let email = &who.email.entered;
            let subscribed = time_between(r, created, now, 1.0);
            let confirmed = r.random_bool(0.85);
            let (selector, validator, expires, confirmed_at) = if confirmed {
                (
                    None,
                    None,
                    None,
                    Some(subscribed + r.random_range(60_000_000..DAY_US)),
                )
            } else {
                let validator = random_token(r, 24);
                (
                    Some(random_alnum(r, 12)),
                    Some(self.ns_confirm.index(&validator)),
                    Some(subscribed + 2 * DAY_US),
                    None,
                )
            };
            let unsubscribed =
                (confirmed && r.random_bool(0.08)).then(|| time_between(r, subscribed, now, 1.0));
            let unsubscribe_token = random_token(r, 24);
            let ip = random_ip(r);
            let envelope = self.ns_email.seal(email.as_bytes(), ns_id)?;
            let origin = weighted(
                r,
                &[
                    ("signup_form", 50),
                    ("footer_form", 25),
                    ("checkout", 20),
                    ("import", 5),
                ],
            );
            let meta = format!(
                r#"{{"list":"weekly","double_opt_in":true,"locale":"{}"}}"#,
                country.locale
            );
            Row::begin(&mut out.bufs[NEWSLETTER], &self.layouts[NEWSLETTER])
                .i64(ns_id)
                .i64(id)
                .protected(
                    &self.ns_email_hash,
                    Some(&self.ns_email_hash.index(email)[..]),
                )
                .protected(&self.ns_email, Some(&envelope))
                .opt_text(selector.as_deref())
                .protected(&self.ns_confirm, validator.as_ref().map(|v| &v[..]))
                .opt_ts(expires)
                .opt_ts(confirmed_at)
                .protected(
                    &self.ns_unsubscribe,
                    Some(&self.ns_unsubscribe.index(&unsubscribe_token)[..]),
                )
                .opt_ts(unsubscribed)
                .text(origin)
                .protected(&self.ns_ip, Some(&self.ns_ip.index(&ip)[..]))
                .jsonb(meta.as_bytes())
                .ts(subscribed)
                .ts(unsubscribed.or(confirmed_at).unwrap_or(subscribed))
                .i32(1)
                .end();
            out.rows[NEWSLETTER] += 1;
        }

        // ---- two_factor: header-only envelopes (no key-version column)
        if c.two_factor {
            let hotp = r.random_bool(0.1);
            let mut secret = [0u8; 20];
            r.fill(&mut secret[..]);
            let mut codes = String::from("[");
            for i in 0..10 {
                if i > 0 {
                    codes.push(',');
                }
                let _ = write!(
                    codes,
                    "\"{}-{}\"",
                    random_alnum(r, 5).to_lowercase(),
                    random_alnum(r, 5).to_lowercase()
                );
            }
            codes.push(']');
            let enabled = r.random_bool(0.95);
            let since = time_between(r, created, now, 1.0);
            let secret_env = self.tf_secret.seal(&secret, id)?;
            let codes_env = self.tf_recovery.seal(codes.as_bytes(), id)?;
            Row::begin(&mut out.bufs[TWO_FACTOR], &self.layouts[TWO_FACTOR])
                .i64(id)
                .text(if hotp { "hotp" } else { "totp" })
                .protected(&self.tf_secret, Some(&secret_env))
                .protected(&self.tf_recovery, Some(&codes_env))
                .i64(if hotp { r.random_range(1..500) } else { 0 })
                .bool(enabled)
                .ts(since)
                .i32(1)
                .opt_ts(last_login.filter(|l| enabled && *l > since))
                .end();
            out.rows[TWO_FACTOR] += 1;
        }
        Ok(())
    }
}

// ================================================================================================
// The run
// ================================================================================================

#[derive(Debug, Clone)]
pub struct SeedOptions {
    /// Users to add.
    pub users: u64,
    /// Seed of the data generator.
    pub seed: u64,
    /// Users per chunk.
    pub batch: u64,
    /// Seal most sealed values to a classical (X25519-only) policy, as data written before the
    /// post-quantum migration would be.
    pub legacy: bool,
    /// Only users and their profiles: no orders, sessions, events, consents, subscriptions, second
    /// factors, tokens or links. What the rotation benchmark rewrites, several times faster to seed
    /// (5M users).
    pub profiles_only: bool,
}

/// Where a run stands, after each chunk.
#[derive(Debug, Clone)]
pub struct Progress {
    pub users_done: u64,
    pub users_total: u64,
    pub rows_done: u64,
    pub elapsed: Duration,
}

#[derive(Debug, Clone, Serialize)]
pub struct TableRows {
    pub table: String,
    pub rows: u64,
    pub per_user: f64,
}

/// The result of a run (`dev seed`'s report).
#[derive(Debug, Clone, Serialize)]
pub struct SeedReport {
    pub users: u64,
    pub first_user_id: Option<i64>,
    pub last_user_id: Option<i64>,
    pub seed: u64,
    pub batch: u64,
    pub rows: u64,
    pub elapsed_seconds: f64,
    pub rows_per_second: u64,
    pub users_per_second: u64,
    /// basename → the active key id the data is under.
    pub keys: BTreeMap<String, String>,
    /// Key versions generated by this run.
    pub keys_generated: Vec<String>,
    pub tables: Vec<TableRows>,
}

/// Serialises seeding runs (transaction-scoped advisory lock): two runs would pick the same ids.
const SEED_LOCK: &str = "idctl:dev-seed";

/// Adds `options.users` users with all their rows, in one transaction, after the highest ids
/// present; moves the identity sequences past them. `on_progress` is called after every chunk.
///
/// Atomic: the schema is checked first ([`check_schema`]); the key versions a basename lacks are
/// generated inside the same transaction as the data, and if it does not commit their key files
/// are removed again, so a failed seed leaves no rows, no crypto_keys rows and no key files.
pub async fn seed(
    client: &mut tokio_postgres::Client,
    registry: &Registry,
    keyring: &Keyring,
    options: &SeedOptions,
    on_progress: impl FnMut(&Progress),
) -> Result<SeedReport> {
    check_schema(&*client, registry).await?;
    let mut written = Vec::new();
    let result = seed_in_transaction(
        client,
        registry,
        keyring,
        options,
        on_progress,
        &mut written,
    )
    .await;
    match result {
        Ok(report) => Ok(report),
        // The commit's outcome is unknown: the rows may exist, so their key files must stay.
        Err(Committing(e)) => Err(if written.is_empty() {
            e
        } else {
            e.with_hint(format!(
                "the key files written were kept in case the commit went through: {}; \
                 delete those whose crypto_keys rows do not exist",
                written
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        }),
        Err(Failed(e)) => {
            for path in &written {
                if let Err(remove) = crate::crypto::keyfile::remove(path) {
                    tracing::warn!("could not remove {}: {remove}", path.display());
                }
            }
            Err(e)
        }
    }
}

/// How a seed failed: before its commit (nothing was written) or at it (unknown outcome).
enum SeedFailure {
    Failed(Error),
    Committing(Error),
}
use SeedFailure::{Committing, Failed};

impl From<Error> for SeedFailure {
    fn from(e: Error) -> Self {
        Failed(e)
    }
}

impl From<tokio_postgres::Error> for SeedFailure {
    fn from(e: tokio_postgres::Error) -> Self {
        Failed(e.into())
    }
}

async fn seed_in_transaction(
    client: &mut tokio_postgres::Client,
    registry: &Registry,
    keyring: &Keyring,
    options: &SeedOptions,
    mut on_progress: impl FnMut(&Progress),
    written: &mut Vec<std::path::PathBuf>,
) -> std::result::Result<SeedReport, SeedFailure> {
    let started = Instant::now();
    let day = chrono::Utc::now().timestamp_micros().div_euclid(DAY_US) * DAY_US;
    let tx = client.transaction().await?;
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
        &[&SEED_LOCK],
    )
    .await?;
    let keys = ensure_keys(&tx, keyring, registry, options.legacy, written).await?;
    let keys = &keys;
    let mut generator = Generator::new(registry, keys, options.seed, day)?;
    check_layouts(&tx, &generator.layouts).await?;
    let max_id = async |table: usize| -> Result<i64> {
        let sql = format!(
            "SELECT coalesce(max(id), 0)::bigint FROM {}",
            ident(TABLES[table])
        );
        tx.query_one(&sql, &[]).await?.col(0)
    };
    generator.first_user_id = max_id(USERS).await? + 1;
    generator.total = options.users;
    generator.profiles_only = options.profiles_only;
    let mut next = NextIds {
        order: max_id(ORDERS).await? + 1,
        session: max_id(SESSIONS).await? + 1,
        event: max_id(EVENTS).await? + 1,
        consent: max_id(CONSENTS).await? + 1,
        newsletter: max_id(NEWSLETTER).await? + 1,
    };
    let first_user_id = generator.first_user_id;
    let generator = Arc::new(generator);

    // Generator thread → bounded channel → COPY: at most one chunk waits while one is copied and
    // the next is generated.
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Result<Chunk>>(1);
    let producer = {
        let generator = Arc::clone(&generator);
        let (total, batch) = (options.users, options.batch.max(1));
        tokio::task::spawn_blocking(move || {
            let mut offset = 0;
            while offset < total {
                let n = batch.min(total - offset);
                let chunk = generator.chunk(offset, n, &mut next);
                let failed = chunk.is_err();
                if sender.blocking_send(chunk).is_err() || failed {
                    return;
                }
                offset += n;
            }
        })
    };

    let copy_sql: Vec<String> = generator.layouts.iter().map(Layout::copy_sql).collect();
    let mut rows = [0u64; 8];
    let mut users_done = 0;
    while let Some(chunk) = receiver.recv().await {
        let mut chunk = chunk?;
        for (t, sql) in copy_sql.iter().enumerate() {
            let expected: u64 = chunk.parts.iter().map(|p| p.rows[t]).sum();
            if expected == 0 {
                continue;
            }
            let buffers = chunk
                .parts
                .iter_mut()
                .map(|p| std::mem::take(&mut p.bufs[t]))
                .filter(|b| !b.is_empty());
            let copied = copy_in(&tx, sql, buffers)
                .await
                .map_err(|e| e.context(format!("copying into {}", TABLES[t])))?;
            if copied != expected {
                return Err(Failed(Error::internal(format!(
                    "COPY into {} wrote {copied} rows, expected {expected}",
                    TABLES[t]
                ))));
            }
            rows[t] += copied;
        }
        users_done += chunk.users;
        on_progress(&Progress {
            users_done,
            users_total: options.users,
            rows_done: rows.iter().sum(),
            elapsed: started.elapsed(),
        });
    }
    producer
        .await
        .map_err(|e| Error::internal(format!("the data generator failed: {e}")))?;
    if users_done != options.users {
        return Err(Failed(Error::internal(format!(
            "generated {users_done} of {} users",
            options.users
        ))));
    }
    for t in IDENTITY_TABLES {
        let table = ident(TABLES[t]);
        tx.execute(
            &format!(
                "SELECT setval(s, greatest(m, coalesce(pg_sequence_last_value(s), 0)))
                   FROM (SELECT pg_get_serial_sequence($1, 'id')::regclass AS s,
                                (SELECT max(id) FROM {table}) AS m) x
                  WHERE s IS NOT NULL AND m IS NOT NULL"
            ),
            &[&table],
        )
        .await?;
    }
    let access_rows = if options.profiles_only {
        Vec::new()
    } else {
        seed_access_grants(&tx, first_user_id, options.users as i64, options.seed)
            .await
            .map_err(|e| Failed(e.context("seeding tokens, API keys and one-time links")))?
    };
    let mut keys_generated = keys.generated.clone();
    if options.legacy && options.users > 0 {
        seed_legacy_checkpoints(
            &tx,
            keyring,
            first_user_id,
            options.users as i64,
            &mut keys_generated,
            written,
        )
        .await
        .map_err(|e| Failed(e.context("seeding Ed25519-signed audit checkpoints")))?;
    }
    tx.commit()
        .await
        .map_err(|e| Committing(Error::from(e).context("committing the seeded data")))?;
    // Statistics for the new rows, as after any bulk load: without them the planner (and the
    // "about N rows" of a rotation's progress, which is its estimate) guesses from page counts
    // until autovacuum comes by. The data is committed: a failure here is only a warning.
    let analyzed: Vec<String> = TABLES
        .iter()
        .copied()
        .chain(access_rows.iter().map(|(t, _)| *t))
        .map(ident)
        .collect();
    if let Err(e) = client
        .batch_execute(&format!("ANALYZE {}", analyzed.join(", ")))
        .await
    {
        tracing::warn!("the seeded tables were not analyzed ({e}); autovacuum will");
    }

    let elapsed = started.elapsed().as_secs_f64();
    let total_rows: u64 = rows.iter().sum();
    let users = options.users;
    Ok(SeedReport {
        users,
        first_user_id: (users > 0).then_some(first_user_id),
        last_user_id: (users > 0).then(|| first_user_id + users as i64 - 1),
        seed: options.seed,
        batch: options.batch,
        rows: total_rows,
        elapsed_seconds: (elapsed * 100.0).round() / 100.0,
        rows_per_second: (total_rows as f64 / elapsed.max(1e-9)).round() as u64,
        users_per_second: (users as f64 / elapsed.max(1e-9)).round() as u64,
        keys: keys.key_ids(),
        keys_generated,
        tables: TABLES
            .iter()
            .copied()
            .zip(rows)
            .chain(access_rows)
            .map(|(table, n)| TableRows {
                table: table.to_string(),
                rows: n,
                per_user: if users == 0 {
                    0.0
                } else {
                    (n as f64 / users as f64 * 1000.0).round() / 1000.0
                },
            })
            .collect(),
    })
}

/// `--legacy`: the Ed25519 signing key that signed audit checkpoints before the post-quantum
/// migration.
pub const LEGACY_SIGNER: &str = "legacy_sig";
/// Audit rows between two legacy checkpoints.
const ROWS_PER_CHECKPOINT: i64 = 20;

/// `--legacy`: audit rows about the seeded users, with an Ed25519-signed checkpoint (docs/FORMAT.md
/// §13.3) after every 20, one per 50 users (10 to 200), as a deployment that signed its audit trail
/// with Ed25519 before idctl would have: `pq status` counts them, `pq resign` gives each an ML-DSA
/// companion. The chaining trigger is made to fire at once (SET CONSTRAINTS ... IMMEDIATE) so that
/// each checkpoint can sign a chain head inside this transaction.
async fn seed_legacy_checkpoints(
    tx: &tokio_postgres::Transaction<'_>,
    keyring: &Keyring,
    first_user_id: i64,
    users: i64,
    generated: &mut Vec<String>,
    written: &mut Vec<std::path::PathBuf>,
) -> Result<()> {
    use crate::crypto::chain::{CHECKPOINT_CONTEXT, checkpoint_digest};
    use crate::store::signing::{self as sigstore, SigningStatus};
    ensure_recipient(
        tx,
        keyring,
        LEGACY_SIGNER,
        Algorithm::Ed25519,
        generated,
        written,
    )
    .await?;
    let rec = keystore::list(tx, Some(LEGACY_SIGNER))
        .await?
        .into_iter()
        .find(|r| r.status == KeyStatus::Active)
        .ok_or_else(|| Error::internal("the legacy signing key has no active version"))?;
    let signer = crate::crypto::sign::SigningKey::from_root(&keyring.load(&rec)?)
        .map_err(|e| Error::internal(e.to_string()))?;
    let algo_id = crate::store::pq::algorithm_id(tx, "ed25519").await?;
    let hash_algo = crate::store::pq::algorithm_id(tx, "sha-256").await?;
    let key = match sigstore::signing_keys(tx, Some(LEGACY_SIGNER))
        .await?
        .into_iter()
        .find(|k| k.key_id == rec.key_id)
    {
        Some(k) => k,
        None => {
            let id = sigstore::insert_signing_key(
                tx,
                &sigstore::NewSigningKey {
                    crypto_key_row: rec.row_id,
                    key_id: &rec.key_id,
                    algo_id,
                    public_key: signer.public_key_bytes(),
                    scope: "audit",
                    status: SigningStatus::Active,
                    actor: None,
                },
            )
            .await?;
            sigstore::signing_key(tx, id)
                .await?
                .ok_or_else(|| Error::internal("the legacy signing key row is gone"))?
        }
    };
    tx.batch_execute("SET CONSTRAINTS tr_audit_log_chain IMMEDIATE")
        .await?;
    let checkpoints = (users / 50).clamp(10, 200);
    for i in 0..checkpoints {
        tx.execute(
            "INSERT INTO audit_log (table_name, record_id, changed_by, change_type, old_value, new_value,
                                    changed_at, request_id)
             SELECT 'users', $1::bigint + (($2::bigint * $3::bigint + g) % $4::bigint), NULL, 'update',
                    jsonb_build_object('last_login_at', NULL),
                    jsonb_build_object('last_login_at', now() - (g || ' minutes')::interval),
                    now() - (($3::bigint - g) || ' minutes')::interval, 'app-' || ($2::bigint * $3::bigint + g)
               FROM generate_series(1::bigint, $3::bigint) g",
            &[&first_user_id, &i, &ROWS_PER_CHECKPOINT, &users],
        )
        .await?;
        let head = crate::store::audit::head(tx)
            .await?
            .ok_or_else(|| Error::internal("the audit chain is empty after inserting rows"))?;
        let digest = checkpoint_digest(head.0, head.1, &head.2);
        let signature = signer
            .sign(&digest, CHECKPOINT_CONTEXT)
            .map_err(|e| Error::internal(e.to_string()))?;
        sigstore::insert_signature(
            tx,
            &sigstore::NewSignature {
                key: &key,
                hash_algo_id: hash_algo,
                signature: &signature,
                subject_kind: sigstore::SubjectKind::AuditCheckpoint,
                subject_id: head.0.to_string(),
                digest: &digest,
                context: std::str::from_utf8(CHECKPOINT_CONTEXT).unwrap_or_default(),
                companion_of: None,
                actor: None,
                meta: serde_json::json!({"seeded": true, "audit_id": head.1}),
            },
        )
        .await?;
    }
    tx.batch_execute("SET CONSTRAINTS tr_audit_log_chain DEFERRED")
        .await?;
    Ok(())
}

/// Grants of access besides sessions, for `users lock` to revoke: per user two JWTs (access and
/// refresh), one API key, and for some users a pending magic link or password reset. A few are
/// already revoked, expired or used, so that "live" means something. Set-based and derived from
/// the ids and the seed, so the same seed gives the same rows. Token hashes are left NULL: these
/// rows exist to be revoked, not presented.
async fn seed_access_grants(
    tx: &tokio_postgres::Transaction<'_>,
    first_user_id: i64,
    users: i64,
    seed: u64,
) -> Result<Vec<(&'static str, u64)>> {
    if users == 0 {
        return Ok(Vec::new());
    }
    let last = first_user_id + users - 1;
    let seed = seed.to_string();
    let statements: [(&'static str, &str); 4] = [
        (
            "jwt_tokens",
            "INSERT INTO jwt_tokens (jti, user_id, type, scopes, expires_at, revoked, created_at)
             SELECT md5($3::text || ':jwt:' || u || ':' || k)::uuid::text, u, CASE k WHEN 0 THEN 'access' ELSE 'refresh' END,
                    'openid profile', now() + CASE WHEN k = 0 THEN interval '1 hour' ELSE interval '30 days' END,
                    (u + k) % 10 = 0, now()
               FROM generate_series($1::bigint, $2::bigint) u, generate_series(0, 1) k",
        ),
        (
            "api_keys",
            "INSERT INTO api_keys (user_id, name, name_ci, scopes, status, expires_at, created_at, updated_at)
             SELECT u, 'seed key ' || u, 'seed key ' || u, '[\"read\"]'::jsonb,
                    CASE WHEN u % 10 = 3 THEN 'revoked' ELSE 'active' END,
                    CASE WHEN u % 2 = 0 THEN NULL ELSE now() + interval '365 days' END, now(), now()
               FROM generate_series($1::bigint, $2::bigint) u WHERE $3::text IS NOT NULL",
        ),
        (
            "magic_links",
            "INSERT INTO magic_links (user_id, created_at, expires_at, used_at)
             SELECT u, now(), now() + interval '15 minutes', CASE WHEN u % 10 = 0 THEN now() END
               FROM generate_series($1::bigint, $2::bigint) u WHERE u % 2 = 0 AND $3::text IS NOT NULL",
        ),
        (
            "password_resets",
            "INSERT INTO password_resets (user_id, created_at, expires_at, used_at)
             SELECT u, now(), now() + interval '1 hour', NULL
               FROM generate_series($1::bigint, $2::bigint) u WHERE u % 3 = 0 AND $3::text IS NOT NULL",
        ),
    ];
    let mut out = Vec::new();
    for (table, sql) in statements {
        let n = tx.execute(sql, &[&first_user_id, &last, &seed]).await?;
        out.push((table, n));
    }
    Ok(out)
}

/// One binary COPY: header, the encoded tuples, trailer.
async fn copy_in(
    tx: &tokio_postgres::Transaction<'_>,
    sql: &str,
    buffers: impl Iterator<Item = Vec<u8>>,
) -> Result<u64> {
    use futures_util::SinkExt;
    let sink = tx.copy_in::<_, Cursor<Vec<u8>>>(sql).await?;
    futures_util::pin_mut!(sink);
    sink.feed(Cursor::new(copy_header())).await?;
    for buf in buffers {
        sink.feed(Cursor::new(buf)).await?;
    }
    sink.feed(Cursor::new((-1i16).to_be_bytes().to_vec()))
        .await?;
    Ok(sink.as_mut().finish().await?)
}

/// Checks that every column `dev seed` writes exists with a type its binary encoding fits, so that
/// a different schema fails with a clear message instead of a COPY format error.
async fn check_layouts(tx: &impl tokio_postgres::GenericClient, layouts: &[Layout]) -> Result<()> {
    for layout in layouts {
        let rows = tx
            .query(
                "SELECT a.attname::text, t.typname::text FROM pg_attribute a
                   JOIN pg_type t ON t.oid = a.atttypid
                  WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped",
                &[&ident(layout.table)],
            )
            .await?;
        if rows.is_empty() {
            return Err(
                Error::config(format!("table {} does not exist", layout.table))
                    .with_hint("apply the schema first: idctl db migrate"),
            );
        }
        for (column, ty) in &layout.columns {
            let found = rows
                .iter()
                .find(|r| r.col::<&str>(0).is_ok_and(|c| c == column.as_str()));
            match found {
                None => {
                    return Err(Error::config(format!(
                        "{}.{column} does not exist; dev seed writes it",
                        layout.table
                    ))
                    .with_hint("run `idctl db check`"));
                }
                Some(row) if !ty.accepts(row.col(1)?) => {
                    return Err(Error::config(format!(
                        "{}.{column} is {}; dev seed writes {}",
                        layout.table,
                        row.col::<&str>(1)?,
                        ty.name()
                    )));
                }
                Some(_) => {}
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::KeyId;

    fn test_keys() -> SeedKeys {
        let registry = Registry::builtin();
        let mut active = BTreeMap::new();
        for (i, b) in basenames(&registry).unwrap().into_iter().enumerate() {
            let alg = match registry.basename_kind(&b) {
                Some(ProtectedKind::Aead) => Algorithm::Aes256GcmSiv,
                _ => Algorithm::HmacSha256,
            };
            let key = RootKey::from_bytes(KeyId::new(&b, 1).unwrap(), alg, &[i as u8; 32]);
            active.insert(b, key);
        }
        SeedKeys {
            active,
            generated: Vec::new(),
            sealing: Some(throwaway_sealing().unwrap()),
        }
    }

    fn generator(total: u64) -> Generator {
        let mut g =
            Generator::new(&Registry::builtin(), &test_keys(), 7, 1_750_000_000_000_000).unwrap();
        g.total = total;
        g.first_user_id = 101;
        g
    }

    fn start() -> NextIds {
        NextIds {
            order: 1,
            session: 1,
            event: 1,
            consent: 1,
            newsletter: 1,
        }
    }

    #[test]
    fn numeric_encoding_matches_postgres() {
        assert_eq!(numeric_digits(0), Vec::<i16>::new());
        assert_eq!(numeric_weight(0), 0);
        assert_eq!(numeric_digits(12_345), vec![1, 2345]);
        assert_eq!(numeric_weight(12_345), 1);
        assert_eq!(numeric_digits(10_000), vec![1]);
        assert_eq!(numeric_weight(10_000), 1);
        assert_eq!(numeric_digits(-9_999), vec![9999]);
        assert_eq!(numeric_weight(-9_999), 0);
        assert_eq!(numeric_digits(1_0000_0000_0001), vec![1, 0, 0, 1]);
        assert_eq!(numeric_weight(1_0000_0000_0001), 3);
    }

    #[test]
    fn emails_are_unique_normalized_and_sometimes_varied() {
        let mut varied = 0;
        for id in 1..=2000 {
            let e = user_email(3, id);
            assert_eq!(e.normalized, normalize_email(&e.entered));
            assert!(e.normalized.contains(&format!(".{id}@")), "{e:?}");
            assert!(e.normalized.contains("example."), "{e:?}");
            if e.entered != e.normalized {
                varied += 1;
            }
        }
        assert!((100..400).contains(&varied), "{varied} variants");
        assert_eq!(user_email(3, 42), user_email(3, 42));
        assert_ne!(user_email(3, 42), user_email(4, 42));
    }

    #[test]
    fn chunking_does_not_change_the_data_and_profiles_have_the_expected_size() {
        let g = generator(1000);
        let mut one = start();
        let whole = g.chunk(0, 1000, &mut one).unwrap();
        let mut two = start();
        let a = g.chunk(0, 300, &mut two).unwrap();
        let b = g.chunk(300, 700, &mut two).unwrap();
        assert_eq!(one.order, two.order);
        assert_eq!(one.event, two.event);
        let rows = |c: &Chunk, t: usize| c.parts.iter().map(|p| p.rows[t]).sum::<u64>();
        for (t, table) in TABLES.iter().enumerate() {
            assert_eq!(rows(&whole, t), rows(&a, t) + rows(&b, t), "{table}");
        }
        assert_eq!(rows(&whole, USERS), 1000);
        assert_eq!(rows(&whole, PROFILES), 1000);
        let per_user = |t: usize| rows(&whole, t) as f64 / 1000.0;
        assert!(
            (1.4..2.6).contains(&per_user(ORDERS)),
            "{}",
            per_user(ORDERS)
        );
        assert!((0.1..0.5).contains(&per_user(NEWSLETTER)));
    }

    #[test]
    fn profiles_decrypt_to_json_of_300_to_600_bytes() {
        let g = generator(200);
        let keys = test_keys();
        let cipher =
            ColumnCipher::new(&keys.active["profile"], "user_profiles", "profile_enc").unwrap();
        let chunk = g.chunk(0, 200, &mut start()).unwrap();
        let mut sizes = Vec::new();
        for part in &chunk.parts {
            let mut buf = &part.bufs[PROFILES][..];
            while !buf.is_empty() {
                let fields = i16::from_be_bytes([buf[0], buf[1]]);
                buf = &buf[2..];
                let mut values = Vec::new();
                for _ in 0..fields {
                    let len = i32::from_be_bytes(buf[..4].try_into().unwrap());
                    buf = &buf[4..];
                    if len >= 0 {
                        values.push(&buf[..len as usize]);
                        buf = &buf[len as usize..];
                    }
                }
                let pk = i64::from_be_bytes(values[0].try_into().unwrap()).to_string();
                let plain = cipher.decrypt(values[1], &[&pk]).unwrap();
                let json: serde_json::Value = serde_json::from_slice(&plain).unwrap();
                assert!(json["email"].as_str().unwrap().contains("@"), "{json}");
                sizes.push(plain.len());
            }
        }
        assert_eq!(sizes.len(), 200);
        let min = *sizes.iter().min().unwrap();
        let max = *sizes.iter().max().unwrap();
        assert!(min >= 300 && max <= 650, "profile sizes {min}..{max}");
    }
}
