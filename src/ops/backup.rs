//! Key backups: `keys backup` seals every key version's 32 bytes to a post-quantum recipient into
//! `crypto_keys.backup_blob`; `keys restore` writes a lost key file again from it.
//!
//! Why it looks the way it does:
//!
//! - **Sealed to a recipient whose private key is kept apart.** A backup in the database is only
//!   useful if the database alone cannot open it: it is sealed (docs/FORMAT.md §12) to the public
//!   key of a recipient (`pq keys generate --algorithm x-wing`), and opening it needs that
//!   recipient's key file, which the operator keeps offline (`keys restore --recipient-key FILE`).
//!   X-Wing or ML-KEM-768 only: a backup kept for years must outlive classical public-key crypto.
//! - **Bound to the key version.** The sealed value's context is `crypto_keys.backup_blob` with the
//!   key id (`basename:vN`) as its primary key, and its policy name is `idctl-key-backup`: a backup
//!   copied onto another version's row does not open.
//! - **Checked before it is written.** A restored key must have its `crypto_keys` fingerprint
//!   before its file is written (0600, never over an existing file), and every key file to back up
//!   is read and checked before the first backup is stored, so that a backup run either stores
//!   every missing backup or none.

use std::path::Path;

use serde::Serialize;

use crate::crypto::keyfile;
use crate::crypto::{
    Context, KemAlgorithm, KeyId, Opener, RecipientPrivateKey, RootKey, SealingPolicy,
    canonical_aad, parse_sealed,
};
use crate::db::pool::Database;
use crate::error::{Error, Result};
use crate::keystore::{self, KeyRecord, KeyStatus, Keyring};
use crate::store::pq as pqstore;

/// The policy name of key backups (in every sealed backup's header).
pub const BACKUP_POLICY: &str = "idctl-key-backup";
const TABLE: &str = "crypto_keys";
const COLUMN: &str = "backup_blob";

/// The result of `keys backup`.
#[derive(Debug, Clone, Serialize)]
pub struct BackupReport {
    /// The recipient version the backups are sealed to.
    pub recipient: String,
    /// Versions backed up now.
    pub backed_up: Vec<String>,
    /// Versions whose backup was already sealed to this recipient version.
    pub up_to_date: usize,
    /// The recipient's own versions: not backed up to themselves.
    pub skipped: Vec<String>,
}

/// The recipient to back up to: `name`, or the only post-quantum recipient there is.
async fn backup_recipient(
    client: &impl tokio_postgres::GenericClient,
    name: Option<&str>,
) -> Result<(KeyId, crate::crypto::RecipientPublicKey)> {
    let candidates: Vec<String> = {
        let mut names: Vec<String> = pqstore::recipient_keys(client, None)
            .await?
            .into_iter()
            .filter(|k| k.status == KeyStatus::Active && k.algorithm != "x25519")
            .map(|k| k.basename)
            .collect();
        names.dedup();
        names
    };
    let name = match name {
        Some(n) if !candidates.iter().any(|c| c == n) => {
            return Err(Error::usage(format!(
                "{n} is not a post-quantum recipient with an active version (there are: {})",
                if candidates.is_empty() {
                    "none".to_string()
                } else {
                    candidates.join(", ")
                }
            ))
            .with_hint("`idctl pq keys list` shows the recipients"));
        }
        Some(n) => n.to_string(),
        None => match candidates.as_slice() {
            [only] => only.clone(),
            [] => {
                return Err(Error::config("no post-quantum recipient key to back up to")
                    .with_hint("`idctl pq keys generate --name backup_rcpt --algorithm x-wing`, then keep its key file offline"));
            }
            many => {
                return Err(Error::usage(format!(
                    "several recipients could hold the backups ({}): choose one with --recipient",
                    many.join(", ")
                )));
            }
        },
    };
    let (id, pk) = pqstore::active_recipient(client, &name).await?;
    if pk.algorithm() == KemAlgorithm::X25519 {
        return Err(Error::usage(format!(
            "{id} is an X25519 recipient: backups are sealed to a post-quantum recipient (x-wing or ml-kem-768)"
        )));
    }
    Ok((id, pk))
}

fn context_parts(id: &KeyId) -> [&str; 1] {
    [id.as_str()]
}

/// `keys backup`: seals every version without an up-to-date backup to the recipient.
pub async fn backup(
    db: &Database,
    keyring: &Keyring,
    actor: i64,
    recipient: Option<&str>,
) -> Result<BackupReport> {
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    let (rid, pk) = backup_recipient(&*tx, recipient).await?;
    keyring.bind(&*tx).await?;
    let policy = SealingPolicy::new(
        BACKUP_POLICY,
        canonical_aad(None).map_err(|e| Error::internal(e.to_string()))?,
        vec![(rid.clone(), pk)],
    )
    .map_err(|e| Error::internal(e.to_string()))?;
    let mut report = BackupReport {
        recipient: rid.to_string(),
        backed_up: Vec::new(),
        up_to_date: 0,
        skipped: Vec::new(),
    };
    // Every key file first: all or nothing.
    let mut to_seal: Vec<(KeyRecord, RootKey)> = Vec::new();
    let mut missing = Vec::new();
    for (rec, blob) in keystore::backups(&*tx).await? {
        if rec.basename == rid.basename() {
            report.skipped.push(rec.key_id.clone());
            continue;
        }
        let current = blob
            .as_deref()
            .and_then(|b| parse_sealed(b).ok())
            .is_some_and(|h| h.policy == BACKUP_POLICY && h.recipient_marker() == rid.as_str());
        if current {
            report.up_to_date += 1;
            continue;
        }
        match keyring.load(&rec) {
            Ok(root) => to_seal.push((rec, root)),
            Err(e) => missing.push(format!("{}: {e}", rec.key_id)),
        }
    }
    if !missing.is_empty() {
        return Err(Error::config(format!(
            "{} cannot be read, so nothing was backed up: {}",
            crate::text::count(missing.len() as i64, "key file", "key files"),
            missing.join("; ")
        ))
        .with_hint(
            "restore them first (`idctl keys restore`), or destroy versions that are gone for good",
        ));
    }
    for (rec, root) in &to_seal {
        let id = rec.id()?;
        let parts = context_parts(&id);
        let blob = policy
            .seal(&Context::new(TABLE, COLUMN, &parts), root.material())
            .map_err(|e| Error::internal(e.to_string()))?;
        keystore::set_backup(&*tx, rec, &blob, Some(actor), rid.as_str()).await?;
        report.backed_up.push(rec.key_id.clone());
    }
    tx.commit().await?;
    Ok(report)
}

/// Key versions without a backup sealed to a post-quantum recipient (for `keys verify`).
pub async fn versions_without_backup(db: &Database) -> Result<Vec<String>> {
    let client = db.client().await?;
    let recipients: Vec<String> = pqstore::recipient_keys(&**client, None)
        .await?
        .into_iter()
        .map(|k| k.basename)
        .collect();
    Ok(keystore::backups(&**client)
        .await?
        .into_iter()
        .filter(|(rec, blob)| {
            !recipients.contains(&rec.basename)
                && !blob
                    .as_deref()
                    .and_then(|b| parse_sealed(b).ok())
                    .is_some_and(|h| h.policy == BACKUP_POLICY && !h.is_quantum_vulnerable())
        })
        .map(|(rec, _)| rec.key_id)
        .collect())
}

/// The result of `keys restore`.
#[derive(Debug, Clone, Serialize)]
pub struct RestoreReport {
    pub key_id: String,
    pub fingerprint: String,
    pub path: String,
    /// False when a key file with the right fingerprint was already in place.
    pub written: bool,
    pub recipient: String,
}

/// `keys restore <basename:vN> --recipient-key FILE`.
pub async fn restore(
    db: &Database,
    keyring: &Keyring,
    actor: i64,
    id: &KeyId,
    recipient_key_file: &Path,
) -> Result<RestoreReport> {
    let client = db.client().await?;
    let rec = keystore::get(&**client, id).await?;
    if rec.status == KeyStatus::Destroyed {
        return Err(Error::usage(format!(
            "{id} was destroyed: it is not restored"
        )));
    }
    let blob = keystore::backup_of(&**client, &rec)
        .await?
        .ok_or_else(|| {
            Error::data(format!("{id} has no backup")).with_hint(
                "`idctl keys backup` seals every version that has its key file; this one has none to restore from",
            )
        })?;
    let header = parse_sealed(&blob)
        .map_err(|e| Error::data(format!("the backup of {id} is not a sealed value ({e})")))?;
    let sealed_to = header.recipient_marker();
    let recipient_root = keyfile::read(recipient_key_file).map_err(|e| {
        Error::config(format!(
            "recipient key file {}: {e}",
            recipient_key_file.display()
        ))
    })?;
    if recipient_root.id().as_str() != sealed_to {
        return Err(Error::usage(format!(
            "the backup of {id} is sealed to {sealed_to}; {} is the key file of {}",
            recipient_key_file.display(),
            recipient_root.id()
        )));
    }
    let private = RecipientPrivateKey::from_root(&recipient_root)
        .map_err(|e| Error::usage(format!("{}: {e}", recipient_key_file.display())))?;
    let mut opener = Opener::new();
    opener.add_recipient(private);
    opener.add_policy(
        BACKUP_POLICY,
        canonical_aad(None).map_err(|e| Error::internal(e.to_string()))?,
    );
    let parts = context_parts(id);
    let material = opener
        .open(&blob, &Context::new(TABLE, COLUMN, &parts))
        .map_err(|e| {
            Error::data(format!(
                "the backup of {id} does not open with {sealed_to} ({})",
                e.error_class()
            ))
        })?;
    let material: &[u8; 32] = material[..]
        .try_into()
        .map_err(|_| Error::data(format!("the backup of {id} does not hold a 32-byte key")))?;
    let algorithm = rec
        .algorithm
        .parse()
        .map_err(|_| Error::data(format!("{id} has algorithm {:?}", rec.algorithm)))?;
    let root = RootKey::from_bytes(id.clone(), algorithm, material);
    if root.fingerprint() != rec.fingerprint {
        return Err(Error::data(format!(
            "the key restored from the backup of {id} does not have its fingerprint; nothing was written"
        )));
    }
    keyring.bind(&**client).await?;
    keyring.ensure_dir()?;
    let path = keyring.path_of(id);
    let database = keyring.binding().map(keystore::DatabaseBinding::line);
    let written = if std::fs::symlink_metadata(&path).is_ok() {
        match keyring.load(&rec) {
            Ok(_) => false,
            Err(e) => {
                return Err(Error::config(format!(
                    "{} exists but is not a usable key file of {id} ({e}); nothing was written",
                    path.display()
                ))
                .with_hint("move it away, then restore again"));
            }
        }
    } else {
        keyfile::write_new_bound(&keyring.dir(), &root, database.as_deref())
            .map_err(|e| Error::config(e.to_string()))?;
        keyring.load(&rec)?;
        keystore::record_restored(&**client, &rec, Some(actor), &sealed_to).await?;
        true
    };
    Ok(RestoreReport {
        key_id: id.to_string(),
        fingerprint: rec.fingerprint,
        path: path.display().to_string(),
        written,
        recipient: sealed_to,
    })
}
