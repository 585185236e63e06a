//! The tamper-evident audit trail: `audit verify`, `audit checkpoint` and `audit log`.
//!
//! The database chains every `audit_log` row as it is inserted (migration 0008); this module
//! checks that chain from the rows themselves (crypto::chain recomputes every hash) and signs its
//! head. What each finding means:
//!
//! - `edited`: a row's hash is not its entry's hash: the row was changed after it was chained.
//! - `deleted`: an entry's row is gone (only possible with the foreign key bypassed).
//! - `entry_removed`: an entry's `prev_hash` is not the previous entry's hash: entries (and so the
//!   rows they covered) were removed, or entries were rewritten.
//! - `inserted`: a row no entry covers: it was inserted with the chaining trigger bypassed.
//! - `checkpoint_mismatch`: a checkpoint's signature is valid but for another chain: the rows up to
//!   it were changed and the chain recomputed to hide it.
//! - `bad_signature`, `unknown_key`, `retired_key`: a checkpoint that does not verify, whose key is
//!   not a signing key idctl knows, or that was made after its key was retired.
//! - `trigger_disabled`: the chaining trigger is missing or disabled: new rows are not chained.
//!
//! Verification streams the chain in pages of [`PAGE`] entries, so memory stays flat on millions
//! of rows; checkpoints are loaded as (entry, signature id) pairs and fetched when reached.

use std::collections::{HashMap, VecDeque};
use std::time::Instant;

use serde::Serialize;

use crate::crypto::chain::{
    self, CHAIN_HASH_LEN, CHECKPOINT_CONTEXT, GENESIS_HASH, checkpoint_digest,
};
use crate::crypto::sign::VerifyingKey;
use crate::db::pool::Database;
use crate::error::{Error, Result};
use crate::keystore::Keyring;
use crate::ops::signing::{self, MadeSignature};
use crate::store::audit as store;
use crate::store::signing::{self as sigstore, NewSignature, SigningStatus, SubjectKind};

/// Chain entries read per query.
pub const PAGE: i64 = 5_000;
/// Findings kept in a report (the total is counted).
pub const MAX_FINDINGS: usize = 100;

/// What is wrong at one place of the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Edited,
    Deleted,
    EntryRemoved,
    Inserted,
    CheckpointMismatch,
    BadSignature,
    UnknownKey,
    RetiredKey,
    TriggerDisabled,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// The audit_log row where it shows.
    pub audit_id: Option<i64>,
    /// The chain entry where it shows.
    pub entry_id: Option<i64>,
    /// The checkpoint signature concerned.
    pub signature_id: Option<i64>,
    pub detail: String,
}

/// The result of `audit verify`.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    pub ok: bool,
    /// Chain entries checked.
    pub entries: i64,
    /// The audit row verification started from (`--from`), if any.
    pub from_audit_id: Option<i64>,
    /// The last entry checked: its audit row id and hash.
    pub head_audit_id: Option<i64>,
    pub head_hash: Option<String>,
    /// Checkpoint signatures checked, and how many verified.
    pub checkpoints: i64,
    pub checkpoints_valid: i64,
    /// Checkpoint signatures quarantined by `pq resign` (they did not verify): not counted as
    /// findings again, and no longer vouching for the chain.
    pub checkpoints_quarantined: i64,
    /// The last entry a valid checkpoint covers.
    pub last_checkpoint_audit_id: Option<i64>,
    /// Entries after the last valid checkpoint (chained, not yet signed).
    pub entries_after_checkpoint: i64,
    pub findings_total: usize,
    /// The first findings, in chain order (at most 100).
    pub findings: Vec<Finding>,
    pub seconds: f64,
    pub entries_per_second: f64,
}

/// Verification state of one checkpoint's key.
struct KeyCheck {
    key: Option<sigstore::SigningKey>,
    verifier: Option<VerifyingKey>,
}

struct Walk {
    findings: Vec<Finding>,
    total: usize,
    /// Checkpoint signatures `pq resign` quarantined (known not to verify): not checked again.
    quarantined: i64,
}

impl Walk {
    fn add(&mut self, f: Finding) {
        self.total += 1;
        if self.findings.len() < MAX_FINDINGS {
            self.findings.push(f);
        }
    }
}

/// `audit verify [--from ID]`: recomputes the chain from the rows and checks every checkpoint
/// signature. With `from`, starts at the entry of that audit row (or the next one), trusting the
/// stored hash before it; checkpoints before it are not checked.
pub async fn verify(db: &Database, from: Option<i64>) -> Result<VerifyReport> {
    let client = db.client().await?;
    let started = Instant::now();
    let mut walk = Walk {
        findings: Vec::new(),
        total: 0,
        quarantined: 0,
    };
    if !store::trigger_enabled(&**client).await? {
        walk.add(Finding {
            kind: FindingKind::TriggerDisabled,
            audit_id: None,
            entry_id: None,
            signature_id: None,
            detail: "the chaining trigger tr_audit_log_chain is missing or disabled: new audit rows are not chained".into(),
        });
    }
    let (mut after, mut prev) = match from {
        None => (0, GENESIS_HASH),
        Some(audit_id) => match store::entry_from(&**client, audit_id).await? {
            None => {
                return Err(Error::usage(format!(
                    "no chain entry covers audit row {audit_id} or any after it"
                ))
                .with_hint("see `idctl audit log` for the ids"));
            }
            Some((entry, before)) => (
                entry - 1,
                match before {
                    None => GENESIS_HASH,
                    Some(h) => store::hash(&h)?,
                },
            ),
        },
    };
    let mut computed = prev;
    let mut refs: VecDeque<(i64, i64)> = sigstore::checkpoint_refs(&**client, after + 1)
        .await?
        .into();
    for id in sigstore::malformed_checkpoints(&**client).await? {
        walk.add(Finding {
            kind: FindingKind::CheckpointMismatch,
            audit_id: None,
            entry_id: None,
            signature_id: Some(id),
            detail: format!("checkpoint signature {id} names no chain entry"),
        });
    }
    let mut keys: HashMap<i64, KeyCheck> = HashMap::new();
    let mut entries = 0i64;
    let mut head: Option<(i64, [u8; CHAIN_HASH_LEN])> = None;
    let mut checkpoints = 0i64;
    let mut checkpoints_valid = 0i64;
    let mut last_checkpoint: Option<i64> = None;
    let mut since_checkpoint = 0i64;
    loop {
        let page = store::chain_page(&**client, after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for e in page {
            entries += 1;
            since_checkpoint += 1;
            let stored_prev = store::hash(&e.prev_hash)?;
            let stored = store::hash(&e.chain_hash)?;
            if stored_prev != prev {
                walk.add(Finding {
                    kind: FindingKind::EntryRemoved,
                    audit_id: Some(e.audit_id),
                    entry_id: Some(e.id),
                    signature_id: None,
                    detail: format!(
                        "the chain entry of audit row {} does not follow the entry before it{}: rows and their chain entries were removed between them, or the chain was rewritten",
                        e.audit_id,
                        head.map(|(a, _)| format!(" (audit row {a})")).unwrap_or_default()
                    ),
                });
            }
            match &e.record {
                None => {
                    walk.add(Finding {
                        kind: FindingKind::Deleted,
                        audit_id: Some(e.audit_id),
                        entry_id: Some(e.id),
                        signature_id: None,
                        detail: format!("audit row {} was deleted", e.audit_id),
                    });
                    computed = stored;
                }
                Some(record) => {
                    if chain::chain_hash(&stored_prev, record) != stored {
                        walk.add(Finding {
                            kind: FindingKind::Edited,
                            audit_id: Some(e.audit_id),
                            entry_id: Some(e.id),
                            signature_id: None,
                            detail: format!(
                                "audit row {} was changed after it was chained",
                                e.audit_id
                            ),
                        });
                    }
                    computed = chain::chain_hash(&computed, record);
                }
            }
            prev = stored;
            head = Some((e.audit_id, stored));
            while refs.front().is_some_and(|(entry, _)| *entry < e.id) {
                let (entry, sig) = refs.pop_front().expect("checked");
                checkpoints += 1;
                walk.add(Finding {
                    kind: FindingKind::CheckpointMismatch,
                    audit_id: None,
                    entry_id: Some(entry),
                    signature_id: Some(sig),
                    detail: format!(
                        "checkpoint signature {sig} signs chain entry {entry}, which is no longer in the chain"
                    ),
                });
            }
            while refs.front().is_some_and(|(entry, _)| *entry == e.id) {
                let (_, sig) = refs.pop_front().expect("checked");
                checkpoints += 1;
                let digest = checkpoint_digest(e.id, e.audit_id, &computed);
                if check_checkpoint(&**client, &mut keys, sig, &e, &digest, &mut walk).await? {
                    checkpoints_valid += 1;
                    last_checkpoint = Some(e.audit_id);
                    since_checkpoint = 0;
                }
            }
        }
    }
    for (entry, sig) in refs {
        checkpoints += 1;
        walk.add(Finding {
            kind: FindingKind::CheckpointMismatch,
            audit_id: None,
            entry_id: Some(entry),
            signature_id: Some(sig),
            detail: format!(
                "checkpoint signature {sig} signs chain entry {entry}, which is not in the chain"
            ),
        });
    }
    let (unchained, unchained_total) = store::unchained(&**client, MAX_FINDINGS as i64).await?;
    for id in unchained {
        if from.is_some_and(|f| id < f) {
            continue;
        }
        walk.add(Finding {
            kind: FindingKind::Inserted,
            audit_id: Some(id),
            entry_id: None,
            signature_id: None,
            detail: format!(
                "audit row {id} is not chained: it was inserted past the chaining trigger"
            ),
        });
    }
    walk.total = walk
        .total
        .max(walk.findings.len())
        .max(unchained_total as usize);
    walk.findings.sort_by_key(|f| {
        (
            f.kind == FindingKind::TriggerDisabled,
            f.audit_id.unwrap_or(i64::MAX),
        )
    });
    let seconds = started.elapsed().as_secs_f64();
    Ok(VerifyReport {
        ok: walk.total == 0,
        entries,
        from_audit_id: from,
        head_audit_id: head.map(|h| h.0),
        head_hash: head.map(|h| hex::encode(h.1)),
        checkpoints,
        checkpoints_valid,
        checkpoints_quarantined: walk.quarantined,
        last_checkpoint_audit_id: last_checkpoint,
        entries_after_checkpoint: since_checkpoint,
        findings_total: walk.total,
        findings: walk.findings,
        seconds,
        entries_per_second: if seconds > 0.0 {
            entries as f64 / seconds
        } else {
            0.0
        },
    })
}

/// Checks one checkpoint signature at entry `e` against the digest of the recomputed chain.
async fn check_checkpoint(
    client: &impl tokio_postgres::GenericClient,
    keys: &mut HashMap<i64, KeyCheck>,
    sig_id: i64,
    e: &store::ChainEntry,
    digest: &[u8; CHAIN_HASH_LEN],
    walk: &mut Walk,
) -> Result<bool> {
    let sig = sigstore::signature(client, sig_id).await?;
    if sig.status == "quarantined" {
        walk.quarantined += 1;
        return Ok(false);
    }
    if let std::collections::hash_map::Entry::Vacant(slot) = keys.entry(sig.signing_key_id) {
        let key = sigstore::signing_key(client, sig.signing_key_id).await?;
        let verifier = key.as_ref().and_then(|k| {
            let alg = k.signature_algorithm().ok()?;
            VerifyingKey::from_bytes(alg, &k.public_key).ok()
        });
        slot.insert(KeyCheck { key, verifier });
    }
    let check = &keys[&sig.signing_key_id];
    let finding = |kind, detail: String| Finding {
        kind,
        audit_id: Some(e.audit_id),
        entry_id: Some(e.id),
        signature_id: Some(sig_id),
        detail,
    };
    let (Some(key), Some(verifier)) = (&check.key, &check.verifier) else {
        walk.add(finding(
            FindingKind::UnknownKey,
            format!(
                "checkpoint signature {sig_id} names signing key {}, which is not a signing key idctl can verify with",
                sig.signing_key_id
            ),
        ));
        return Ok(false);
    };
    if verifier
        .verify(digest, CHECKPOINT_CONTEXT, &sig.signature)
        .is_err()
    {
        // Valid over its own stored digest: the chain it signed was rewritten since.
        let over_stored = sig.digest.as_deref().is_some_and(|d| {
            verifier
                .verify(d, CHECKPOINT_CONTEXT, &sig.signature)
                .is_ok()
        });
        walk.add(if over_stored {
            finding(
                FindingKind::CheckpointMismatch,
                format!(
                    "checkpoint signature {sig_id} ({}) is valid for another chain: rows up to audit row {} were changed and the chain recomputed",
                    key.key_id, e.audit_id
                ),
            )
        } else {
            finding(
                FindingKind::BadSignature,
                format!(
                    "checkpoint signature {sig_id} does not verify with {}",
                    key.key_id
                ),
            )
        });
        return Ok(false);
    }
    if key.status == SigningStatus::Retired
        && let (Some(retired), Some(made)) = (key.retired_at, sig.created_at)
        && made > retired
    {
        walk.add(finding(
            FindingKind::RetiredKey,
            format!(
                "checkpoint signature {sig_id} was made with {} after it was retired ({})",
                key.key_id,
                retired.format("%Y-%m-%d %H:%M:%SZ")
            ),
        ));
        return Ok(false);
    }
    Ok(true)
}

/// The result of `audit checkpoint`.
#[derive(Debug, Clone, Serialize)]
pub struct CheckpointReport {
    /// False when there was nothing new to sign (the head is already checkpointed).
    pub signed: bool,
    pub entry_id: i64,
    pub audit_id: i64,
    pub chain_hash: String,
    /// Entries verified before signing (from the last valid checkpoint).
    pub verified_entries: i64,
    pub signatures: Vec<MadeSignature>,
}

/// `audit checkpoint`: verifies the chain since the last valid checkpoint (all of it if there is
/// none), then signs its head with every active signing key of scope `audit`. Refuses, before
/// signing anything, if the chain does not verify, if there is no active signing key, or if a
/// key file does not match its public key. With nothing new since the last checkpoint it signs
/// nothing (unless `force`).
pub async fn checkpoint(
    db: &Database,
    keyring: &Keyring,
    actor: i64,
    force: bool,
) -> Result<CheckpointReport> {
    let client = db.client().await?;
    let signers = signing::load_signers(&**client, keyring, "audit").await?;
    if signers.is_empty() {
        return Err(
            Error::config("no active signing key of scope audit").with_hint(
                "`idctl pq keys generate --algorithm ml-dsa-65 --name audit_sig` creates one",
            ),
        );
    }
    let Some((entry_id, audit_id, hash)) = store::head(&**client).await? else {
        return Err(Error::data(
            "the audit chain is empty: nothing to checkpoint",
        ));
    };
    let last = sigstore::last_checkpoint(&**client).await?;
    if !force && last.is_some_and(|(e, _)| e >= entry_id) {
        return Ok(CheckpointReport {
            signed: false,
            entry_id,
            audit_id,
            chain_hash: hex::encode(hash),
            verified_entries: 0,
            signatures: Vec::new(),
        });
    }
    drop(client);
    // From the last checkpoint's row: it is verified again, with its signature.
    let from = match last {
        Some((e, _)) => audit_id_of_entry(db, e).await?,
        None => None,
    };
    let report = verify(db, from).await?;
    if !report.ok {
        let first = report
            .findings
            .first()
            .map(|f| f.detail.clone())
            .unwrap_or_default();
        return Err(Error::data(format!(
            "the audit chain does not verify ({}; first: {first}); refusing to sign it",
            crate::text::count(report.findings_total as i64, "finding", "findings")
        ))
        .with_hint("run `idctl audit verify` for the findings"));
    }
    let digest = checkpoint_digest(entry_id, audit_id, &hash);
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    let hash_algo = crate::store::pq::algorithm_id(&*tx, "sha-256").await?;
    let mut made = Vec::new();
    for s in &signers {
        let signature = s
            .private
            .sign(&digest, CHECKPOINT_CONTEXT)
            .map_err(|e| Error::internal(e.to_string()))?;
        let id = sigstore::insert_signature(
            &*tx,
            &NewSignature {
                key: &s.key,
                hash_algo_id: hash_algo,
                signature: &signature,
                subject_kind: SubjectKind::AuditCheckpoint,
                subject_id: entry_id.to_string(),
                digest: &digest,
                context: std::str::from_utf8(CHECKPOINT_CONTEXT).unwrap_or_default(),
                companion_of: None,
                actor: Some(actor),
                meta: serde_json::json!({"audit_id": audit_id, "chain_hash": hex::encode(hash)}),
            },
        )
        .await?;
        made.push(MadeSignature {
            signature_id: id,
            key: s.key.key_id.clone(),
            algorithm: s.key.algorithm.clone(),
            quantum_vulnerable: s.key.quantum_vulnerable,
        });
    }
    // No audit_log row for the checkpoint itself: it would be a new head that the next checkpoint
    // must sign, for ever. The signature rows record who signed what and when (created_by).
    tx.commit().await?;
    Ok(CheckpointReport {
        signed: true,
        entry_id,
        audit_id,
        chain_hash: hex::encode(hash),
        verified_entries: report.entries,
        signatures: made,
    })
}

async fn audit_id_of_entry(db: &Database, entry: i64) -> Result<Option<i64>> {
    let client = db.client().await?;
    // The page after entry - 1 starts with the entry itself.
    Ok(store::chain_page(&**client, entry - 1, 1)
        .await?
        .first()
        .filter(|e| e.id == entry)
        .map(|e| e.audit_id))
}

/// Whether the chain has entries no valid checkpoint covers (for `jobs run-due`).
pub async fn checkpoint_due(db: &Database) -> Result<bool> {
    let client = db.client().await?;
    let Some((entry, _, _)) = store::head(&**client).await? else {
        return Ok(false);
    };
    Ok(sigstore::last_checkpoint(&**client)
        .await?
        .is_none_or(|(e, _)| e < entry))
}

/// `audit log`.
pub async fn log(db: &Database, filter: &store::LogFilter) -> Result<Vec<store::LogEntry>> {
    let client = db.client().await?;
    store::log(&**client, filter).await
}
