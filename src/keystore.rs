//! Key versions: their material in the keyring directory, their state in `crypto_keys`, their
//! history in `key_events`.
//!
//! The two halves are checked against each other before any key is used: the file must exist,
//! be private (mode 0600, as ssh insists for private keys), carry the id, algorithm and key check
//! value (fingerprint) that its `crypto_keys` row records, and belong to this database. Any problem
//! with a key file stops the command before any write (exit 78) and names the file and the row.
//!
//! Lifecycle: `pending → active → decrypt_only → retired → destroyed`. Exactly one version per
//! basename is active (a partial unique index enforces it); new writes use it; decrypt-only versions
//! still decrypt; retired versions are kept but not used; destroyed versions have no key file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio_postgres::GenericClient;

use crate::crypto::{Algorithm, KeyId, RootKey, keyfile};
use crate::db::row::RowExt;
use crate::error::{Error, Result};

/// The state of a key version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyStatus {
    Pending,
    Active,
    DecryptOnly,
    Retired,
    Destroyed,
}

impl KeyStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyStatus::Pending => "pending",
            KeyStatus::Active => "active",
            KeyStatus::DecryptOnly => "decrypt_only",
            KeyStatus::Retired => "retired",
            KeyStatus::Destroyed => "destroyed",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "pending" => KeyStatus::Pending,
            "active" => KeyStatus::Active,
            "decrypt_only" => KeyStatus::DecryptOnly,
            "retired" => KeyStatus::Retired,
            "destroyed" => KeyStatus::Destroyed,
            other => {
                return Err(Error::data(format!(
                    "crypto_keys has an unknown status {other:?}"
                )));
            }
        })
    }

    /// Whether data under this version may be decrypted.
    pub fn decrypts(self) -> bool {
        matches!(self, KeyStatus::Active | KeyStatus::DecryptOnly)
    }
}

/// One `crypto_keys` row.
#[derive(Debug, Clone, Serialize)]
pub struct KeyRecord {
    /// `crypto_keys.id`.
    pub row_id: i64,
    pub key_id: String,
    pub basename: String,
    pub version: i32,
    pub status: KeyStatus,
    pub algorithm: String,
    pub fingerprint: String,
    pub filename: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: Option<DateTime<Utc>>,
    pub activated_at: Option<DateTime<Utc>>,
    pub retired_at: Option<DateTime<Utc>>,
}

impl KeyRecord {
    pub fn id(&self) -> Result<KeyId> {
        KeyId::new(&self.basename, self.version as u32)
            .map_err(|e| Error::data(format!("crypto_keys row {}: {e}", self.row_id)))
    }
}

const SELECT_KEYS: &str = "SELECT id, basename, version, status, coalesce(algorithm, ''), trim(coalesce(fingerprint, '')),
        filename, created_by, created_at, activated_at, retired_at FROM crypto_keys";

fn record(row: &tokio_postgres::Row) -> Result<KeyRecord> {
    let basename: String = row.col(1)?;
    let version: i32 = row.col(2)?;
    Ok(KeyRecord {
        row_id: row.col(0)?,
        key_id: format!("{basename}:v{version}"),
        basename,
        version,
        status: KeyStatus::parse(row.col(3)?)?,
        algorithm: row.col(4)?,
        fingerprint: row.col(5)?,
        filename: row.col(6)?,
        created_by: row.col(7)?,
        created_at: row.col(8)?,
        activated_at: row.col(9)?,
        retired_at: row.col(10)?,
    })
}

/// Key versions, optionally of one basename, by basename and version.
pub async fn list(client: &impl GenericClient, basename: Option<&str>) -> Result<Vec<KeyRecord>> {
    let rows = match basename {
        Some(b) => {
            client
                .query(
                    &format!("{SELECT_KEYS} WHERE basename = $1 ORDER BY basename, version"),
                    &[&b],
                )
                .await?
        }
        None => {
            client
                .query(&format!("{SELECT_KEYS} ORDER BY basename, version"), &[])
                .await?
        }
    };
    rows.iter().map(record).collect()
}

/// One key version by id (`profile:v3`).
pub async fn get(client: &impl GenericClient, id: &KeyId) -> Result<KeyRecord> {
    let version = id.version() as i32;
    let row = client
        .query_opt(
            &format!("{SELECT_KEYS} WHERE basename = $1 AND version = $2"),
            &[&id.basename(), &version],
        )
        .await?
        .ok_or_else(|| {
            Error::data(format!("no key version {id} in crypto_keys"))
                .with_hint("see `idctl keys list`")
        })?;
    record(&row)
}

/// The database a keyring's files belong to: its cluster's system identifier (`pg_control_system()`,
/// the same on physical replicas and backups of the cluster) and the database's name. Key files
/// record it (`database: <system identifier>/<name>`, docs/FORMAT.md §8) and live in a directory of
/// their own per database (`<keyring>/<system identifier>/<name>/`), so that one keyring serves
/// several databases and a key file of one database is never used for another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseBinding {
    pub system_identifier: String,
    pub dbname: String,
}

impl DatabaseBinding {
    /// The connected database's binding.
    pub async fn of(client: &impl GenericClient) -> Result<Self> {
        let row = client
            .query_one(
                "SELECT (SELECT system_identifier::text FROM pg_control_system()), current_database()::text",
                &[],
            )
            .await?;
        Ok(DatabaseBinding {
            system_identifier: row.col(0)?,
            dbname: row.col(1)?,
        })
    }

    /// `<system identifier>/<database name>`, as written in key files.
    pub fn line(&self) -> String {
        format!("{}/{}", self.system_identifier, self.dbname)
    }

    /// The keyring subdirectory: `<system identifier>/<name>`, the name with every byte other than
    /// ASCII letters, digits, `_`, `-` and a non-leading `.` percent-encoded (so that no database name
    /// can climb out of the keyring or name a hidden file).
    pub fn subdir(&self) -> PathBuf {
        let mut name = String::new();
        for (i, b) in self.dbname.bytes().enumerate() {
            if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || (b == b'.' && i > 0) {
                name.push(b as char);
            } else {
                name.push_str(&format!("%{b:02X}"));
            }
        }
        PathBuf::from(&self.system_identifier).join(name)
    }
}

impl std::fmt::Display for DatabaseBinding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "database {:?} of cluster {}",
            self.dbname, self.system_identifier
        )
    }
}

/// The keyring directory: `--keyring` / `IDCTL_KEYRING`, else `$XDG_DATA_HOME/idctl/keyring`, else
/// `~/.local/share/idctl/keyring`. Once bound to a database ([`Keyring::bind`]), its key files are
/// those of `<dir>/<system identifier>/<database name>/`; files directly in `<dir>` (written before
/// key files were bound to a database) are still found there.
#[derive(Debug, Clone)]
pub struct Keyring {
    dir: PathBuf,
    binding: Arc<OnceLock<DatabaseBinding>>,
}

impl Keyring {
    pub fn new(dir: Option<&Path>) -> Result<Self> {
        let dir = match dir {
            Some(d) => d.to_path_buf(),
            None => {
                let base = std::env::var_os("XDG_DATA_HOME")
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
                    .or_else(|| {
                        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share"))
                    })
                    .ok_or_else(|| {
                        Error::config("no keyring directory: pass --keyring or set IDCTL_KEYRING")
                    })?;
                base.join("idctl/keyring")
            }
        };
        Ok(Keyring {
            dir,
            binding: Arc::new(OnceLock::new()),
        })
    }

    /// This keyring, sharing `binding` (set once the command has connected: see `Ctx`).
    pub fn sharing_binding(mut self, binding: Arc<OnceLock<DatabaseBinding>>) -> Self {
        self.binding = binding;
        self
    }

    /// Binds the keyring to the database `client` is connected to (once; later calls do nothing).
    pub async fn bind(&self, client: &impl GenericClient) -> Result<()> {
        if self.binding.get().is_none() {
            let b = DatabaseBinding::of(client).await?;
            let _ = self.binding.set(b);
        }
        Ok(())
    }

    pub fn binding(&self) -> Option<&DatabaseBinding> {
        self.binding.get()
    }

    /// The keyring directory as given (`--keyring`).
    pub fn root(&self) -> &Path {
        &self.dir
    }

    /// Where this database's key files are written: its subdirectory once bound, else the keyring.
    pub fn dir(&self) -> PathBuf {
        match self.binding() {
            Some(b) => self.dir.join(b.subdir()),
            None => self.dir.clone(),
        }
    }

    /// Creates the directory (mode 0700, and the per-database subdirectories) if needed.
    pub fn ensure_dir(&self) -> Result<()> {
        use std::os::unix::fs::DirBuilderExt;
        let dir = self.dir();
        if !dir.is_dir() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(&dir)
                .map_err(|e| {
                    Error::config(format!("cannot create the keyring {}: {e}", dir.display()))
                })?;
        }
        Ok(())
    }

    /// The key file of `id`: in this database's subdirectory; a file directly in the keyring
    /// directory (written before key files were bound to a database) when only that one exists.
    pub fn path_of(&self, id: &KeyId) -> PathBuf {
        let name = keyfile::file_name(id);
        let bound = self.dir().join(&name);
        if self.binding().is_some() && std::fs::symlink_metadata(&bound).is_err() {
            let legacy = self.dir.join(&name);
            if std::fs::symlink_metadata(&legacy).is_ok() {
                return legacy;
            }
        }
        bound
    }

    /// Reads the key file of `record` and checks it against the row and the database. Every problem
    /// with a key file is a configuration error (exit 78: the keyring is configuration): missing,
    /// unreadable, not private, not a regular file, malformed, corrupted, bound to another database,
    /// or not matching its `crypto_keys` row (id, algorithm, fingerprint). Never prints key material.
    pub fn load(&self, record: &KeyRecord) -> Result<RootKey> {
        let id = record.id()?;
        let path = self.path_of(&id);
        let (key, database) =
            keyfile::read_bound(&path).map_err(|e| key_file_error(e, record, self))?;
        match (database, self.binding()) {
            (Some(file_db), Some(ours)) if file_db != ours.line() => {
                return Err(Error::config(format!(
                    "key file {} belongs to database {file_db}, not to this database {} ({}); refusing to use it for crypto_keys row {} ({})",
                    path.display(),
                    ours.line(),
                    ours,
                    record.row_id,
                    record.key_id
                ))
                .with_hint(format!(
                    "this database's key files are in {}; point --keyring / IDCTL_KEYRING at the keyring that holds them",
                    self.dir().display()
                )));
            }
            (None, _) => tracing::info!(
                "key file {} has no database binding (idctl-key v1); accepted",
                path.display()
            ),
            _ => {}
        }
        let mismatch = |what: &str| {
            Error::config(format!(
                "key file {} does not match crypto_keys row {} ({}): {what} differs",
                path.display(),
                record.row_id,
                record.key_id
            ))
            .with_hint("restore the right key file for this row; nothing was changed")
        };
        if key.id() != &id {
            return Err(mismatch("key id"));
        }
        if !record.algorithm.is_empty() && key.algorithm().as_str() != record.algorithm {
            return Err(mismatch("algorithm"));
        }
        if key.fingerprint() != record.fingerprint {
            return Err(mismatch("fingerprint (key check value)"));
        }
        Ok(key)
    }
}

/// One rule for every key file problem: exit 78 (configuration), naming the file and the row.
fn key_file_error(e: keyfile::KeyFileError, record: &KeyRecord, keyring: &Keyring) -> Error {
    use keyfile::KeyFileError as K;
    let message = format!("{e} (crypto_keys row {}, {})", record.row_id, record.key_id);
    let hint = match &e {
        K::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => format!(
            "this database's key files are in {}: point --keyring / IDCTL_KEYRING at the keyring holding them",
            keyring.dir().display()
        ),
        K::InsecurePermissions { .. } => {
            "make the file private (chmod 600); nothing was changed".into()
        }
        _ => "restore the key file from a backup; nothing was changed".into(),
    };
    Error::config(message).with_hint(hint)
}

/// The keys that can decrypt a basename's data, and the ids known but unusable.
pub struct LoadedKeys {
    /// The active version, if any (its key is among `decrypting`).
    pub active: Option<KeyId>,
    /// Active and decrypt-only keys.
    pub decrypting: Vec<RootKey>,
    /// Versions known in crypto_keys that must not be used (pending, retired, destroyed).
    pub unusable: Vec<(KeyId, KeyStatus)>,
}

impl LoadedKeys {
    pub fn active_key(&self) -> Option<&RootKey> {
        let id = self.active.as_ref()?;
        self.decrypting.iter().find(|k| k.id() == id)
    }
}

/// Loads and checks every usable key of `basename`.
pub async fn load_basename(
    client: &impl GenericClient,
    keyring: &Keyring,
    basename: &str,
) -> Result<LoadedKeys> {
    keyring.bind(client).await?;
    let mut loaded = LoadedKeys {
        active: None,
        decrypting: Vec::new(),
        unusable: Vec::new(),
    };
    for rec in list(client, Some(basename)).await? {
        if rec.status.decrypts() {
            let key = keyring.load(&rec)?;
            if rec.status == KeyStatus::Active {
                loaded.active = Some(key.id().clone());
            }
            loaded.decrypting.push(key);
        } else {
            loaded.unusable.push((rec.id()?, rec.status));
        }
    }
    Ok(loaded)
}

/// What happened to a key (`key_events.event_type`; the table's CHECK constraint lists the same
/// names, and a test keeps the two in step).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyEventType {
    Generated,
    Imported,
    Activated,
    DecryptOnly,
    Retired,
    Destroyed,
    Verified,
    RotationStarted,
    RotationCompleted,
    RotationFailed,
    /// A row a rotation could not rewrite (written by the engine, one per row).
    RowFailed,
    KeyFileMismatch,
    DataAccessed,
    Forced,
    RotationScheduled,
    RotationCancelled,
    RetireScheduled,
    PqMigrationStarted,
    PqMigrationCompleted,
    PqMigrationCancelled,
    BackedUp,
    Restored,
}

impl KeyEventType {
    pub const ALL: [KeyEventType; 22] = [
        KeyEventType::Generated,
        KeyEventType::Imported,
        KeyEventType::Activated,
        KeyEventType::DecryptOnly,
        KeyEventType::Retired,
        KeyEventType::Destroyed,
        KeyEventType::Verified,
        KeyEventType::RotationStarted,
        KeyEventType::RotationCompleted,
        KeyEventType::RotationFailed,
        KeyEventType::RowFailed,
        KeyEventType::KeyFileMismatch,
        KeyEventType::DataAccessed,
        KeyEventType::Forced,
        KeyEventType::RotationScheduled,
        KeyEventType::RotationCancelled,
        KeyEventType::RetireScheduled,
        KeyEventType::PqMigrationStarted,
        KeyEventType::PqMigrationCompleted,
        KeyEventType::PqMigrationCancelled,
        KeyEventType::BackedUp,
        KeyEventType::Restored,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            KeyEventType::Generated => "generated",
            KeyEventType::Imported => "imported",
            KeyEventType::Activated => "activated",
            KeyEventType::DecryptOnly => "decrypt_only",
            KeyEventType::Retired => "retired",
            KeyEventType::Destroyed => "destroyed",
            KeyEventType::Verified => "verified",
            KeyEventType::RotationStarted => "rotation_started",
            KeyEventType::RotationCompleted => "rotation_completed",
            KeyEventType::RotationFailed => "rotation_failed",
            KeyEventType::RowFailed => "row_failed",
            KeyEventType::KeyFileMismatch => "key_file_mismatch",
            KeyEventType::DataAccessed => "data_accessed",
            KeyEventType::Forced => "forced",
            KeyEventType::RotationScheduled => "rotation_scheduled",
            KeyEventType::RotationCancelled => "rotation_cancelled",
            KeyEventType::RetireScheduled => "retire_scheduled",
            KeyEventType::PqMigrationStarted => "pq_migration_started",
            KeyEventType::PqMigrationCompleted => "pq_migration_completed",
            KeyEventType::PqMigrationCancelled => "pq_migration_cancelled",
            KeyEventType::BackedUp => "backed_up",
            KeyEventType::Restored => "restored",
        }
    }
}

/// A lifecycle event in `key_events`.
pub struct KeyEvent<'a> {
    pub event_type: KeyEventType,
    pub key_row_id: Option<i64>,
    pub basename: &'a str,
    pub actor: Option<i64>,
    pub job_id: Option<i64>,
    pub note: Option<String>,
    pub meta: serde_json::Value,
}

pub async fn record_event(client: &impl GenericClient, event: KeyEvent<'_>) -> Result<()> {
    client
        .execute(
            "INSERT INTO key_events (key_id, basename, event_type, actor_id, job_id, note, meta, source)
             VALUES ($1, $2, $3, $4, $5, $6, $7, current_setting('application_name'))",
            &[
                &event.key_row_id,
                &event.basename,
                &event.event_type.as_str(),
                &event.actor,
                &event.job_id,
                &event.note,
                &event.meta,
            ],
        )
        .await?;
    Ok(())
}

/// Serialises lifecycle changes of one basename (transaction-scoped advisory lock).
pub async fn lock_basename(client: &impl GenericClient, basename: &str) -> Result<()> {
    client
        .execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('idctl:key:' || $1, 0))",
            &[&basename],
        )
        .await?;
    Ok(())
}

/// Creates the next version of `basename`: the key file (0600, never overwriting) and its
/// `crypto_keys` row (`pending`, or `active` with `activate`), with a `generated` event. `client`
/// must be inside a transaction; if it fails, the key file is removed again.
pub async fn generate(
    client: &impl GenericClient,
    keyring: &Keyring,
    basename: &str,
    algorithm: Algorithm,
    actor: Option<i64>,
    activate: bool,
) -> Result<KeyRecord> {
    lock_basename(client, basename).await?;
    let next: i32 = client
        .query_one(
            "SELECT coalesce(max(version), 0) + 1 FROM crypto_keys WHERE basename = $1",
            &[&basename],
        )
        .await?
        .col(0)?;
    let id = KeyId::new(basename, next as u32)
        .map_err(|e| Error::usage(format!("{basename:?}: {e}")))?;
    let key =
        RootKey::generate(id.clone(), algorithm).map_err(|e| Error::internal(e.to_string()))?;
    keyring.bind(client).await?;
    keyring.ensure_dir()?;
    let database = keyring.binding().map(DatabaseBinding::line);
    // The version is new to this database (max + 1 under the basename's lock): a file already at
    // its name was left by a generate that was killed between writing the file and committing the
    // row. No value can be under it (a key without a row is never used), but it is set aside, not
    // deleted: only a file that is provably this database's orphan, and renamed, never unlinked.
    set_aside_orphan(&keyring.dir(), &id, database.as_deref())?;
    let path = keyfile::write_new_bound(&keyring.dir(), &key, database.as_deref()).map_err(|e| {
        let hint = match &e {
            keyfile::KeyFileError::AlreadyExists { .. } => format!(
                "{} already holds a key file of that name for this database: restore its crypto_keys row, or move the file away if it is not needed",
                keyring.dir().display()
            ),
            _ => format!("check that {} is a writable directory", keyring.dir().display()),
        };
        Error::config(e.to_string()).with_hint(hint)
    })?;
    crate::failpoint::hit("keystore.after_key_file");
    let result = insert_generated(client, &key, &path, actor, database.as_deref()).await;
    let row_id = match result {
        Ok(id) => id,
        Err(e) => {
            // The row was not written: the file must go too. If it cannot, the next generate sets
            // it aside (`<name>.orphaned-<time>`); say so rather than hide it.
            if let Err(r) = keyfile::remove(&path) {
                tracing::warn!(
                    "key file {} left behind after a failed generate ({r}); the next generate sets it aside",
                    path.display()
                );
            }
            return Err(e);
        }
    };
    let mut rec = get(client, &id).await?;
    if activate {
        activate_version(client, &rec, actor).await?;
        rec = get(client, &id).await?;
    }
    debug_assert_eq!(rec.row_id, row_id);
    Ok(rec)
}

/// Renames a key file that a killed `keys generate` left at `id`'s name (see [`generate`]) to
/// `<name>.orphaned-<UTC time>`, with a warning; readers open key files by name only, so it is never
/// read again. A file bound to another database, or one that cannot be read as a key file, is left
/// alone: [`generate`] then refuses with the writer's "already exists" error and its hint.
fn set_aside_orphan(dir: &Path, id: &KeyId, database: Option<&str>) -> Result<()> {
    let path = dir.join(keyfile::file_name(id));
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(());
    }
    let Ok((found, bound_to)) = keyfile::read_bound(&path) else {
        return Ok(());
    };
    if found.id() != id || bound_to.as_deref() != database {
        return Ok(());
    }
    let aside = path.with_file_name(format!(
        "{}.orphaned-{}",
        keyfile::file_name(id),
        chrono::Utc::now().format("%Y%m%dT%H%M%SZ")
    ));
    std::fs::rename(&path, &aside).map_err(|e| {
        Error::config(format!(
            "{} was left by an interrupted `keys generate` and cannot be moved aside: {e}",
            path.display()
        ))
        .with_hint(format!("check that {} is writable", dir.display()))
    })?;
    tracing::warn!(
        "{} had no crypto_keys row (a `keys generate` was interrupted); moved aside to {}",
        path.display(),
        aside.display()
    );
    Ok(())
}

async fn insert_generated(
    client: &impl GenericClient,
    key: &RootKey,
    path: &Path,
    actor: Option<i64>,
    database: Option<&str>,
) -> Result<i64> {
    let (key_type, usage): (&str, Vec<String>) = match key.algorithm() {
        Algorithm::Aes256GcmSiv => ("symmetric", vec!["encrypt".into(), "decrypt".into()]),
        Algorithm::HmacSha256 => ("hmac", vec!["mac".into()]),
        Algorithm::X25519 | Algorithm::XWing | Algorithm::MlKem768 => {
            ("kem", vec!["wrap".into(), "unwrap".into()])
        }
        Algorithm::MlDsa44 | Algorithm::MlDsa65 | Algorithm::MlDsa87 | Algorithm::Ed25519 => {
            ("signature", vec!["sign".into(), "verify".into()])
        }
    };
    // A recipient key's public half, for the writers that seal to it; a signing key's, for the
    // verifiers.
    let public_key: Option<Vec<u8>> = if crate::crypto::KemAlgorithm::of(key.algorithm()).is_some()
    {
        Some(
            crate::crypto::RecipientPrivateKey::from_root(key)
                .map_err(|e| Error::internal(e.to_string()))?
                .public()
                .as_bytes()
                .to_vec(),
        )
    } else if let Ok(signing) = crate::crypto::sign::SigningKey::from_root(key) {
        Some(signing.public_key_bytes().to_vec())
    } else {
        None
    };
    let filename = path.file_name().map(|f| f.to_string_lossy().into_owned());
    let file_path = path
        .canonicalize()
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string();
    let version = key.id().version() as i32;
    let row = client
        .query_one(
            "INSERT INTO crypto_keys (basename, version, filename, file_path, fingerprint, key_type, algorithm,
                                      length_bits, origin, usage, status, created_by, key_meta, public_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 256, 'generated', $8, 'pending', $9, $10, $11) RETURNING id",
            &[
                &key.id().basename(),
                &version,
                &filename,
                &file_path,
                &key.fingerprint(),
                &key_type,
                &key.algorithm().as_str(),
                &usage,
                &actor,
                &serde_json::json!({"key_file_format": if database.is_some() { "idctl-key v2" } else { "idctl-key v1" }, "database": database}),
                &public_key,
            ],
        )
        .await?;
    let row_id: i64 = row.col(0)?;
    record_event(
        client,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::Generated,
            key_row_id: Some(row_id),
            basename: key.id().basename(),
            actor,
            job_id: None,
            note: Some(format!("generated {}", key.id())),
            meta: serde_json::json!({"algorithm": key.algorithm().as_str(), "fingerprint": key.fingerprint()}),
        },
    )
    .await?;
    Ok(row_id)
}

/// Makes `rec` the active version of its basename; the previously active one becomes decrypt-only
/// and is marked `replaced_by` the new one. Allowed from pending and decrypt-only.
pub async fn activate_version(
    client: &impl GenericClient,
    rec: &KeyRecord,
    actor: Option<i64>,
) -> Result<()> {
    lock_basename(client, &rec.basename).await?;
    let current = get(client, &rec.id()?).await?;
    match current.status {
        KeyStatus::Active => return Ok(()),
        KeyStatus::Pending | KeyStatus::DecryptOnly => {}
        other => {
            return Err(Error::data(format!(
                "{} is {}; only pending or decrypt-only versions can be activated",
                rec.key_id,
                other.as_str()
            )));
        }
    }
    let previous = client
        .query(
            "UPDATE crypto_keys SET status = 'decrypt_only', replaced_by = $2
              WHERE basename = $1 AND status = 'active' RETURNING id, version",
            &[&rec.basename, &rec.row_id],
        )
        .await?;
    for p in &previous {
        let (pid, pversion): (i64, i32) = (p.col(0)?, p.col(1)?);
        record_event(
            client,
            KeyEvent {
                event_type: crate::keystore::KeyEventType::DecryptOnly,
                key_row_id: Some(pid),
                basename: &rec.basename,
                actor,
                job_id: None,
                note: Some(format!(
                    "{}:v{pversion} replaced by {}",
                    rec.basename, rec.key_id
                )),
                meta: serde_json::json!({}),
            },
        )
        .await?;
    }
    client
        .execute("UPDATE crypto_keys SET status = 'active', activated_at = now(), retired_at = NULL, retire_after = NULL WHERE id = $1", &[&rec.row_id])
        .await?;
    record_event(
        client,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::Activated,
            key_row_id: Some(rec.row_id),
            basename: &rec.basename,
            actor,
            job_id: None,
            note: Some(format!("activated {}", rec.key_id)),
            meta: serde_json::json!({}),
        },
    )
    .await?;
    Ok(())
}

/// Retires a version (the one statement that does it, for `keys retire` and rotations), with its
/// `retired` event. `client` should hold the basename's lock (`lock_basename`).
pub async fn retire_version(
    client: &impl GenericClient,
    rec: &KeyRecord,
    actor: Option<i64>,
    job_id: Option<i64>,
    note: String,
    meta: serde_json::Value,
) -> Result<()> {
    client
        .execute(
            "UPDATE crypto_keys SET status = 'retired', retired_at = now(), retire_after = NULL WHERE id = $1",
            &[&rec.row_id],
        )
        .await?;
    record_event(
        client,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::Retired,
            key_row_id: Some(rec.row_id),
            basename: &rec.basename,
            actor,
            job_id,
            note: Some(note),
            meta,
        },
    )
    .await
}

/// Marks a version destroyed, with its `destroyed` event (`keys destroy`, which deletes the key
/// file before committing). `client` should hold the basename's lock.
pub async fn destroy_version(
    client: &impl GenericClient,
    rec: &KeyRecord,
    actor: i64,
    note: String,
    meta: serde_json::Value,
) -> Result<()> {
    client
        .execute(
            "UPDATE crypto_keys SET status = 'destroyed' WHERE id = $1",
            &[&rec.row_id],
        )
        .await?;
    record_event(
        client,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::Destroyed,
            key_row_id: Some(rec.row_id),
            basename: &rec.basename,
            actor: Some(actor),
            job_id: None,
            note: Some(note),
            meta,
        },
    )
    .await
}

/// Records that a decrypt-only version may be retired after `after` (the grace period of a
/// rotation), with a `retire_scheduled` event.
pub async fn schedule_retirement(
    client: &impl GenericClient,
    rec: &KeyRecord,
    after: DateTime<Utc>,
    actor: Option<i64>,
    job_id: Option<i64>,
) -> Result<()> {
    client
        .execute(
            "UPDATE crypto_keys SET retire_after = $2 WHERE id = $1",
            &[&rec.row_id, &after],
        )
        .await?;
    record_event(
        client,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::RetireScheduled,
            key_row_id: Some(rec.row_id),
            basename: &rec.basename,
            actor,
            job_id,
            note: Some(format!(
                "{} will be retired after {} if no row uses it",
                rec.key_id,
                after.format("%Y-%m-%d %H:%M:%S UTC")
            )),
            meta: serde_json::json!({"retire_after": after}),
        },
    )
    .await
}

/// Decrypt-only versions whose retirement grace period has passed (of one basename, or all).
pub async fn retirements_due(
    client: &impl GenericClient,
    basename: Option<&str>,
) -> Result<Vec<KeyRecord>> {
    let rows = client
        .query(
            &format!(
                "{SELECT_KEYS} WHERE status = 'decrypt_only' AND retire_after <= now()
                   AND ($1::text IS NULL OR basename = $1) ORDER BY basename, version"
            ),
            &[&basename],
        )
        .await?;
    rows.iter().map(record).collect()
}

/// When a decrypt-only version's pending retirement is due, if one is scheduled.
pub async fn retire_after(
    client: &impl GenericClient,
    row_id: i64,
) -> Result<Option<DateTime<Utc>>> {
    Ok(client
        .query_opt(
            "SELECT retire_after FROM crypto_keys WHERE id = $1",
            &[&row_id],
        )
        .await?
        .map(|r| r.col(0))
        .transpose()?
        .flatten())
}

/// Counts of rows per key version for one basename: `version key id -> (table.column -> rows)`.
pub type Usage = BTreeMap<String, BTreeMap<String, i64>>;

// ---- key backups (crypto_keys.backup_blob) ------------------------------------------------------

/// Every key version not destroyed, with its sealed backup if it has one.
pub async fn backups(client: &impl GenericClient) -> Result<Vec<(KeyRecord, Option<Vec<u8>>)>> {
    client
        .query(
            "SELECT id, basename, version, status, coalesce(algorithm, ''), trim(coalesce(fingerprint, '')),
                    filename, created_by, created_at, activated_at, retired_at,
                    CASE WHEN is_backup_encrypted THEN backup_blob END
               FROM crypto_keys WHERE status <> 'destroyed' ORDER BY basename, version",
            &[],
        )
        .await?
        .iter()
        .map(|r| Ok((record(r)?, r.col(11)?)))
        .collect()
}

/// One version's sealed backup, if it has one.
pub async fn backup_of(client: &impl GenericClient, rec: &KeyRecord) -> Result<Option<Vec<u8>>> {
    client
        .query_one(
            "SELECT CASE WHEN is_backup_encrypted THEN backup_blob END FROM crypto_keys WHERE id = $1",
            &[&rec.row_id],
        )
        .await?
        .col(0)
}

/// Stores a version's sealed backup (`is_backup_encrypted = true`) with a `backed_up` event, and,
/// for a signing key, the same sealed seed as `signing_keys.private_key_enc`.
pub async fn set_backup(
    client: &impl GenericClient,
    rec: &KeyRecord,
    blob: &[u8],
    actor: Option<i64>,
    recipient: &str,
) -> Result<()> {
    client
        .execute(
            "UPDATE crypto_keys SET backup_blob = $2, is_backup_encrypted = true WHERE id = $1",
            &[&rec.row_id, &blob],
        )
        .await?;
    client
        .execute(
            "UPDATE signing_keys SET private_key_enc = $2 WHERE crypto_key_id = $1",
            &[&rec.row_id, &blob],
        )
        .await?;
    record_event(
        client,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::BackedUp,
            key_row_id: Some(rec.row_id),
            basename: &rec.basename,
            actor,
            job_id: None,
            note: Some(format!("backed up {} to {recipient}", rec.key_id)),
            meta: serde_json::json!({"recipient": recipient}),
        },
    )
    .await
}

/// A `restored` event: a version's key file was written again from its backup.
pub async fn record_restored(
    client: &impl GenericClient,
    rec: &KeyRecord,
    actor: Option<i64>,
    recipient: &str,
) -> Result<()> {
    record_event(
        client,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::Restored,
            key_row_id: Some(rec.row_id),
            basename: &rec.basename,
            actor,
            job_id: None,
            note: Some(format!(
                "restored the key file of {} from its backup",
                rec.key_id
            )),
            meta: serde_json::json!({"recipient": recipient}),
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_event_types_are_the_names_the_table_allows() {
        // The last CHECK constraint on key_events.event_type in the migrations.
        let sql = include_str!("../migrations/0008_signatures_audit_chain.sql");
        let start = sql
            .rfind("ck_key_events_event_type CHECK (event_type IN (")
            .expect("the constraint");
        let list = &sql[start..sql[start..].find("))").map(|e| start + e).unwrap()];
        let allowed: Vec<&str> = list
            .split('\'')
            .enumerate()
            .filter(|(i, _)| i % 2 == 1)
            .map(|(_, s)| s)
            .collect();
        let ours: Vec<&str> = KeyEventType::ALL.iter().map(|t| t.as_str()).collect();
        assert_eq!(ours, allowed);
        for t in KeyEventType::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), t.as_str());
        }
    }
}
