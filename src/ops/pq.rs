//! Post-quantum migration: the algorithm catalogue, recipient keys, encryption policies, the
//! readiness report and `pq migrate`.
//!
//! What a quantum computer breaks here is the public-key layer of sealed values (docs/FORMAT.md
//! §12): a value whose data key is wrapped only to X25519 can be recorded today and opened later.
//! `pq migrate` moves every value of the columns bound to a policy onto that policy's recipients
//! with the same engine as `keys rotate` (streaming, compare-and-swap beside live writers,
//! checkpoints, leases, quarantined rows, kill -9 safe): its transform, [`ResealToPolicy`], opens
//! the data key with the value's current layers, wraps it to the policy's layers, opens the result
//! again, and leaves the data ciphertext as it is.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use serde::Serialize;

use crate::crypto::{Context, KemAlgorithm, Opener, ResealError, SealingPolicy};
use crate::db::Database;
use crate::engine::codec::{RowError, RowErrorClass};
use crate::engine::jobs::{self, JobStatus, KIND_PQ_MIGRATION};
use crate::engine::scan::{ColumnTable, ScannedRow};
use crate::engine::transform::Transform;
use crate::engine::worker::{ColumnStats, ColumnWork, Engine, EngineSettings, StopSignal};
use crate::error::{Error, Result};
use crate::keystore::{self, KeyEvent, KeyStatus, Keyring};
use crate::registry::{ProtectedColumn, Registry};
use crate::store::pq::{self as store, CatalogueEntry, NewPolicy, Policy, PolicyMode};

// ---- catalogue -----------------------------------------------------------------------------------

/// `pq algorithms [--vulnerable]`.
pub async fn algorithms(db: &Database, vulnerable_only: bool) -> Result<Vec<CatalogueEntry>> {
    let client = db.client().await?;
    let mut all = store::catalogue(&**client).await?;
    if vulnerable_only {
        all.retain(|a| a.quantum_vulnerable);
    }
    Ok(all)
}

// ---- recipient keys ------------------------------------------------------------------------------

/// `pq keys generate`: a new recipient key version, active at once (the previous active version,
/// if any, stays usable for opening: decrypt-only).
pub async fn generate_recipient(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    name: &str,
    algorithm: KemAlgorithm,
) -> Result<store::RecipientKey> {
    if !crate::registry::is_valid_basename(name) {
        return Err(Error::usage(format!(
            "recipient name {name:?} is not valid: names match ^[a-z][a-z0-9_]{{0,47}}$"
        )));
    }
    if registry.basenames().contains(&name) {
        return Err(Error::usage(format!(
            "{name} is a basename of the registry's symmetric keys; a recipient key needs a name of its own"
        )));
    }
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    let existing = keystore::list(&*tx, Some(name)).await?;
    if let Some(other) = existing.iter().find(|r| r.algorithm != algorithm.as_str()) {
        return Err(Error::usage(format!(
            "{name} already has versions of algorithm {} ({}); a name keeps one algorithm",
            other.algorithm, other.key_id
        )));
    }
    let rec = keystore::generate(
        &*tx,
        keyring,
        name,
        algorithm.algorithm(),
        Some(actor),
        true,
    )
    .await?;
    tx.commit().await?;
    let client = db.client().await?;
    store::recipient_keys(&**client, Some(name))
        .await?
        .into_iter()
        .find(|k| k.key_id == rec.key_id)
        .ok_or_else(|| Error::internal("the generated recipient key is not listed"))
}

pub async fn recipients(db: &Database, name: Option<&str>) -> Result<Vec<store::RecipientKey>> {
    let client = db.client().await?;
    store::recipient_keys(&**client, name).await
}

/// One recipient key version, with the values wrapped to it.
#[derive(Debug, Clone, Serialize)]
pub struct RecipientReport {
    #[serde(flatten)]
    pub key: store::RecipientKey,
    pub quantum_vulnerable: bool,
    /// Values of sealed columns with a layer for this version.
    pub values: i64,
    /// Policies with a layer for this recipient.
    pub policies: Vec<String>,
}

/// `pq keys show`: the versions of a recipient, each with its use.
pub async fn recipient(
    db: &Database,
    registry: &Registry,
    name: &str,
) -> Result<Vec<RecipientReport>> {
    let client = db.client().await?;
    let keys = store::recipient_keys(&**client, Some(name)).await?;
    if keys.is_empty() {
        return Err(Error::usage(format!("no recipient key named {name}"))
            .with_hint("see `idctl pq keys list`"));
    }
    let values = values_per_recipient(&**client, registry).await?;
    let policies: Vec<String> = store::policies(&**client)
        .await?
        .into_iter()
        .filter(|p| p.layers.iter().any(|l| l.recipient == name))
        .map(|p| p.name)
        .collect();
    let catalogue = store::catalogue(&**client).await?;
    Ok(keys
        .into_iter()
        .map(|k| RecipientReport {
            quantum_vulnerable: catalogue
                .iter()
                .find(|a| a.variant_norm.as_deref() == Some(k.algorithm.as_str()))
                .is_none_or(|a| a.quantum_vulnerable),
            values: values.get(&k.key_id).copied().unwrap_or(0),
            policies: policies.clone(),
            key: k,
        })
        .collect())
}

/// Values of every sealed column per recipient key id (from the key-version columns).
async fn values_per_recipient(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
) -> Result<HashMap<String, i64>> {
    let mut out: HashMap<String, i64> = HashMap::new();
    for col in registry.sealed_columns() {
        let Some(kv) = &col.key_version_column else {
            continue;
        };
        for (marker, rows) in store::rows_per_marker(client, &col.table, &col.column, kv).await? {
            for id in marker
                .unwrap_or_default()
                .split('+')
                .filter(|s| !s.is_empty())
            {
                *out.entry(id.to_string()).or_default() += rows;
            }
        }
    }
    Ok(out)
}

/// `pq keys retire`: a recipient version no longer opens anything. Refused for the active version
/// of a recipient a bound policy seals to, and while values are still wrapped to it (`pq migrate`
/// moves them) unless `force` (those values then no longer open).
pub async fn retire_recipient(
    db: &Database,
    registry: &Registry,
    actor: i64,
    id: &crate::crypto::KeyId,
    force: bool,
) -> Result<store::RecipientKey> {
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    keystore::lock_basename(&*tx, id.basename()).await?;
    let rec = keystore::get(&*tx, id).await?;
    if KemAlgorithm::of(
        rec.algorithm.parse().map_err(|_| {
            Error::usage(format!("{id} is not a recipient key ({})", rec.algorithm))
        })?,
    )
    .is_none()
    {
        return Err(Error::usage(format!(
            "{id} is a {} key, not a recipient key: use `idctl keys retire`",
            rec.algorithm
        )));
    }
    match rec.status {
        KeyStatus::Retired | KeyStatus::Destroyed => {
            return Err(Error::usage(format!(
                "{id} is already {}",
                rec.status.as_str()
            )));
        }
        _ => {}
    }
    // Writers seal to the active version of every layer of a bound policy: that one must stay.
    if rec.status == KeyStatus::Active {
        if let Some(p) = store::policies(&*tx).await?.into_iter().find(|p| {
            !p.bindings.is_empty() && p.layers.iter().any(|l| l.recipient == id.basename())
        }) {
            return Err(Error::usage(format!(
                "{id} is the active version of a recipient of policy {}, bound to {}: writers seal to it",
                p.name,
                p.bindings.join(", ")
            ))
            .with_hint("generate a new version first (`idctl pq keys generate`), or bind the columns to another policy"));
        }
    }
    let values = values_per_recipient(&*tx, registry)
        .await?
        .get(id.as_str())
        .copied()
        .unwrap_or(0);
    if values > 0 && !force {
        return Err(Error::data(format!(
            "{} still wrapped to {id}; refusing to retire it",
            crate::text::count(values, "sealed value is", "sealed values are")
        ))
        .with_hint("`idctl pq migrate --policy <its policy>` moves them; --force retires it anyway (they no longer open)"));
    }
    keystore::retire_version(
        &*tx,
        &rec,
        Some(actor),
        None,
        format!("retired recipient key {id}"),
        serde_json::json!({"values_still_wrapped": values, "forced": force && values > 0}),
    )
    .await?;
    tx.commit().await?;
    let client = db.client().await?;
    store::recipient_keys(&**client, Some(id.basename()))
        .await?
        .into_iter()
        .find(|k| k.key_id == id.as_str())
        .ok_or_else(|| Error::internal("the retired key is not listed"))
}

// ---- policies ------------------------------------------------------------------------------------

/// What `pq policy create` is asked for.
pub struct PolicySpec {
    pub name: String,
    pub mode: PolicyMode,
    /// (algorithm, recipient name), in layer order.
    pub layers: Vec<(KemAlgorithm, String)>,
    pub aad_template: Option<serde_json::Value>,
    pub notes: Option<String>,
}

/// Checks a policy before it is stored: a valid name, 1 to 4 layers, the mode's rule (classic:
/// X25519 only; hybrid: at least one post-quantum layer; pq-only: ML-KEM-768 only), an AAD template
/// that has a canonical form, and each layer's recipient has an active version of that algorithm.
pub async fn create_policy(db: &Database, actor: i64, spec: &PolicySpec) -> Result<Policy> {
    if !crate::crypto::is_valid_policy_name(&spec.name) {
        return Err(Error::usage(format!(
            "policy name {:?} is not valid: names match ^[a-z0-9][a-z0-9_.-]{{0,99}}$",
            spec.name
        )));
    }
    if spec.layers.is_empty() || spec.layers.len() > crate::crypto::MAX_LAYERS {
        return Err(Error::usage(
            "a policy has 1 to 4 layers (--layer ALGORITHM:RECIPIENT)",
        ));
    }
    let safe = spec
        .layers
        .iter()
        .filter(|(a, _)| a.is_quantum_safe())
        .count();
    let rule = match spec.mode {
        PolicyMode::Classic if safe > 0 => Some("classic mode takes x25519 layers only"),
        PolicyMode::Hybrid if safe == 0 => {
            Some("hybrid mode needs a post-quantum layer (x-wing, or ml-kem-768 beside x25519)")
        }
        PolicyMode::PqOnly
            if spec
                .layers
                .iter()
                .any(|(a, _)| *a != KemAlgorithm::MlKem768) =>
        {
            Some("pq-only mode takes ml-kem-768 layers only")
        }
        _ => None,
    };
    if let Some(rule) = rule {
        return Err(Error::usage(rule));
    }
    crate::crypto::canonical_aad(spec.aad_template.as_ref())
        .map_err(|e| Error::usage(format!("--aad-template: {e}")))?;
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    for (alg, recipient) in &spec.layers {
        let (id, pk) = store::active_recipient(&*tx, recipient).await?;
        if pk.algorithm() != *alg {
            return Err(Error::usage(format!(
                "recipient {recipient} ({id}) is a {} key, not {alg}",
                pk.algorithm()
            )));
        }
    }
    let marker_len: usize = spec.layers.iter().map(|(_, r)| r.len() + 8).sum();
    if marker_len > 64 {
        return Err(Error::usage(
            "the layers' recipient ids do not fit a key-version column (64 characters): use shorter recipient names",
        ));
    }
    let id = store::create_policy(
        &*tx,
        &NewPolicy {
            name: &spec.name,
            mode: spec.mode,
            layers: &spec.layers,
            aad_template: spec.aad_template.as_ref(),
            notes: spec.notes.as_deref(),
            actor: Some(actor),
        },
    )
    .await?;
    let policy = store::policy_by_id(&*tx, id)
        .await?
        .ok_or_else(|| Error::internal("policy just created is gone"))?;
    crate::store::deletion::audit_row(
        &*tx,
        "encryption_policies",
        id,
        Some(actor),
        "policy_created",
        &serde_json::to_value(&policy)?,
    )
    .await?;
    tx.commit().await?;
    Ok(policy)
}

pub async fn policies(db: &Database) -> Result<Vec<Policy>> {
    let client = db.client().await?;
    store::policies(&**client).await
}

/// `pq jobs`: migration jobs, newest first.
pub async fn jobs(db: &Database, limit: i64) -> Result<Vec<store::PqJob>> {
    let client = db.client().await?;
    store::pq_jobs(&**client, limit).await
}

/// `pq cancel`: stops a migration job (its workers stop at their next checkpoint); the values
/// already moved stay moved, and a later `pq migrate` starts a new job for the rest.
pub async fn cancel(db: &Database, actor: i64, id: i64) -> Result<store::PqJob> {
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    let job = store::pq_job_get(&*tx, id).await?;
    if !store::pq_job_cancel(&*tx, id, actor).await? {
        return Err(Error::usage(format!(
            "pq migration job {id} is {}: nothing to cancel",
            job.status
        )));
    }
    keystore::record_event(
        &*tx,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::PqMigrationCancelled,
            key_row_id: None,
            basename: job.scope.as_deref().unwrap_or(""),
            actor: Some(actor),
            job_id: Some(id),
            note: Some(format!("pq migration {id} cancelled")),
            meta: serde_json::json!({"job_kind": KIND_PQ_MIGRATION}),
        },
    )
    .await?;
    let job = store::pq_job_get(&*tx, id).await?;
    tx.commit().await?;
    Ok(job)
}

/// Unfinished migration jobs nobody is running now (killed, or interrupted), with their policy:
/// what `jobs run-due` resumes.
pub async fn due_migrations(db: &Database) -> Result<Vec<(store::PqJob, String)>> {
    let client = db.client().await?;
    let mut out = Vec::new();
    for job in store::pq_jobs_due(&**client).await? {
        let Some(pid) = job.policy_id else { continue };
        if let Some(p) = store::policy_by_id(&**client, pid).await? {
            out.push((job, p.name));
        }
    }
    Ok(out)
}

pub async fn policy(db: &Database, name: &str) -> Result<Policy> {
    let client = db.client().await?;
    require_policy(&**client, name).await
}

async fn require_policy(client: &impl tokio_postgres::GenericClient, name: &str) -> Result<Policy> {
    store::policy_by_name(client, name).await?.ok_or_else(|| {
        Error::usage(format!("no policy named {name}")).with_hint("see `idctl pq policy list`")
    })
}

/// What `pq policy bind` did.
#[derive(Debug, Clone, Serialize)]
pub struct BindReport {
    pub policy: String,
    pub column: String,
    pub previous: Option<String>,
    /// Rows of the column not yet wrapped to the policy's recipients (`pq migrate` moves them).
    pub rows_to_migrate: i64,
}

/// Binds a registered sealed column to a policy: new values are to be sealed under it, and
/// `pq migrate --policy` moves the existing ones.
pub async fn bind(
    db: &Database,
    registry: &Registry,
    actor: i64,
    policy: &str,
    target: &str,
) -> Result<BindReport> {
    let col = sealed_column(registry, target)?;
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    check_live(&*tx, registry).await?;
    let p = require_policy(&*tx, policy).await?;
    let previous = store::bind(&*tx, p.id, &col.table, &col.column, Some(actor)).await?;
    crate::store::deletion::audit_row(
        &*tx,
        "encryption_policy_bindings",
        p.id,
        Some(actor),
        "policy_bound",
        &serde_json::json!({"policy": p.name, "column": target, "previous": previous}),
    )
    .await?;
    let sealing = store::sealing_policy(&*tx, &p).await?;
    let behind = crate::census::rows_not_under(&*tx, col, &sealing.recipient_marker()).await?;
    tx.commit().await?;
    Ok(BindReport {
        policy: p.name,
        column: target.to_string(),
        previous,
        rows_to_migrate: behind,
    })
}

/// `table.column` as a registered sealed column.
fn sealed_column<'r>(registry: &'r Registry, target: &str) -> Result<&'r ProtectedColumn> {
    let (table, column) = target.split_once('.').ok_or_else(|| {
        Error::usage(format!(
            "{target:?} is not TABLE.COLUMN (e.g. orders.encrypted_customer_blob)"
        ))
    })?;
    let sealed = registry.sealed_columns();
    sealed
        .into_iter()
        .find(|p| p.table == table && p.column == column)
        .ok_or_else(|| {
            let known: Vec<String> = registry
                .sealed_columns()
                .iter()
                .map(|p| format!("{}.{}", p.table, p.column))
                .collect();
            Error::usage(format!(
                "{target} is not a sealed column of the registry (sealed columns: {})",
                if known.is_empty() {
                    "none".into()
                } else {
                    known.join(", ")
                }
            ))
        })
}

/// The registry against the live schema: a mutating command stops before its first write.
async fn check_live(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
) -> Result<()> {
    crate::registry::mismatch(&crate::store::catalogue::check(registry, client).await?)
}

// ---- readiness report ----------------------------------------------------------------------------

/// One group of values of a sealed column: wrapped to the same recipients.
#[derive(Debug, Clone, Serialize)]
pub struct SealedGroup {
    /// The key-version column's value: recipient key ids joined by `+`.
    pub recipients: String,
    /// The layers' algorithms, in order (`unknown` for a recipient id crypto_keys does not have).
    pub algorithms: Vec<String>,
    pub rows: i64,
    pub quantum_vulnerable: bool,
    /// Wrapped to exactly the bound policy's current recipients.
    pub compliant: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ColumnReadiness {
    pub table: String,
    pub column: String,
    pub policy: Option<String>,
    pub policy_mode: Option<PolicyMode>,
    pub rows: i64,
    pub vulnerable_rows: i64,
    pub noncompliant_rows: i64,
    /// The earliest NIST IR 8547 date after which an algorithm these values depend on is
    /// disallowed (only when some are vulnerable).
    pub deadline: Option<String>,
    pub groups: Vec<SealedGroup>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyReadiness {
    pub key: String,
    pub algorithm: String,
    pub status: KeyStatus,
    pub quantum_vulnerable: bool,
    /// Values wrapped to it (a layer of theirs names it).
    pub rows: i64,
    pub deadline: Option<String>,
}

/// `pq status`.
#[derive(Debug, Clone, Serialize)]
pub struct Readiness {
    pub ready: bool,
    pub vulnerable_rows: i64,
    pub noncompliant_rows: i64,
    pub columns: Vec<ColumnReadiness>,
    pub keys: Vec<KeyReadiness>,
    /// Signatures per algorithm, with those a quantum-vulnerable algorithm made and no
    /// post-quantum companion covers yet (`pq resign` gives them one).
    pub signatures: Vec<crate::store::signing::SignatureCounts>,
    pub vulnerable_signatures: i64,
    /// Active signing keys of a quantum-vulnerable algorithm (Ed25519 during the transition).
    pub vulnerable_signing_keys: Vec<String>,
}

pub async fn status(db: &Database, registry: &Registry) -> Result<Readiness> {
    let client = db.client().await?;
    let catalogue = store::catalogue(&**client).await?;
    let by_name: HashMap<String, &CatalogueEntry> = catalogue
        .iter()
        .filter_map(|a| a.variant_norm.clone().map(|n| (n, a)))
        .collect();
    let keys = store::recipient_keys(&**client, None).await?;
    let alg_of: HashMap<&str, &str> = keys
        .iter()
        .map(|k| (k.key_id.as_str(), k.algorithm.as_str()))
        .collect();
    let vulnerable = |alg: &str| by_name.get(alg).is_none_or(|a| a.quantum_vulnerable);
    let deadline = |alg: &str| by_name.get(alg).and_then(|a| a.disallowed_after.clone());
    let mut per_key: BTreeMap<String, i64> = BTreeMap::new();
    let mut columns = Vec::new();
    for col in registry.sealed_columns() {
        let Some(kv) = &col.key_version_column else {
            continue;
        };
        let policy = match store::binding_of(&**client, &col.table, &col.column).await? {
            Some(name) => store::policy_by_name(&**client, &name).await?,
            None => None,
        };
        let target = match &policy {
            Some(p) => store::sealing_policy(&**client, p)
                .await
                .ok()
                .map(|s| s.recipient_marker()),
            None => None,
        };
        let mut c = ColumnReadiness {
            table: col.table.clone(),
            column: col.column.clone(),
            policy: policy.as_ref().map(|p| p.name.clone()),
            policy_mode: policy.as_ref().map(|p| p.mode),
            rows: 0,
            vulnerable_rows: 0,
            noncompliant_rows: 0,
            deadline: None,
            groups: Vec::new(),
        };
        for (marker, rows) in store::rows_per_marker(&**client, &col.table, &col.column, kv).await?
        {
            let marker = marker.unwrap_or_default();
            let ids: Vec<&str> = marker.split('+').filter(|s| !s.is_empty()).collect();
            let algs: Vec<String> = ids
                .iter()
                .map(|id| alg_of.get(id).copied().unwrap_or("unknown").to_string())
                .collect();
            let is_vulnerable = algs.is_empty() || algs.iter().all(|a| vulnerable(a));
            for id in &ids {
                *per_key.entry(id.to_string()).or_default() += rows;
            }
            let compliant = target.as_deref() == Some(marker.as_str());
            c.rows += rows;
            if is_vulnerable {
                c.vulnerable_rows += rows;
                for a in &algs {
                    if let Some(d) = deadline(a) {
                        if c.deadline.as_ref().is_none_or(|x| d < *x) {
                            c.deadline = Some(d);
                        }
                    }
                }
            }
            if !compliant {
                c.noncompliant_rows += rows;
            }
            c.groups.push(SealedGroup {
                recipients: marker,
                algorithms: algs,
                rows,
                quantum_vulnerable: is_vulnerable,
                compliant,
            });
        }
        columns.push(c);
    }
    let keys = keys
        .iter()
        .map(|k| KeyReadiness {
            key: k.key_id.clone(),
            algorithm: k.algorithm.clone(),
            status: k.status,
            quantum_vulnerable: vulnerable(&k.algorithm),
            rows: per_key.get(&k.key_id).copied().unwrap_or(0),
            deadline: if vulnerable(&k.algorithm) {
                deadline(&k.algorithm)
            } else {
                None
            },
        })
        .collect();
    let vulnerable_rows = columns.iter().map(|c| c.vulnerable_rows).sum();
    let noncompliant_rows = columns.iter().map(|c| c.noncompliant_rows).sum();
    let signatures = crate::store::signing::signature_counts(&**client).await?;
    let vulnerable_signatures = signatures.iter().map(|s| s.to_resign).sum();
    let vulnerable_signing_keys = crate::store::signing::signing_keys(&**client, None)
        .await?
        .into_iter()
        .filter(|k| {
            k.quantum_vulnerable && k.status == crate::store::signing::SigningStatus::Active
        })
        .map(|k| k.key_id)
        .collect();
    Ok(Readiness {
        ready: vulnerable_rows == 0 && vulnerable_signatures == 0,
        vulnerable_rows,
        noncompliant_rows,
        columns,
        keys,
        signatures,
        vulnerable_signatures,
        vulnerable_signing_keys,
    })
}

// ---- migration -----------------------------------------------------------------------------------

/// The engine's transform for `pq migrate`: a sealed value wrapped to another policy's recipients.
pub struct ResealToPolicy {
    opener: Arc<Opener>,
    policy: Arc<SealingPolicy>,
    marker: String,
    table: String,
    column: String,
}

impl Transform for ResealToPolicy {
    fn target_marker(&self) -> &str {
        &self.marker
    }
    fn apply(&self, row: &ScannedRow) -> std::result::Result<Vec<u8>, RowError> {
        let Some(value) = &row.value else {
            return Err(RowError {
                class: RowErrorClass::NoValue,
            });
        };
        let pk = row.pk_refs();
        let ctx = Context::new(&self.table, &self.column, &pk);
        self.opener
            .reseal(value, &ctx, &self.policy)
            .map_err(|e| RowError {
                class: match e {
                    ResealError::Open(e) => RowErrorClass::of_decrypt(&e),
                    ResealError::Seal(_) | ResealError::CheckFailed => {
                        RowErrorClass::TargetKeyUnusable
                    }
                },
            })
    }
}

/// What `pq migrate` is asked for.
pub struct MigrateRequest {
    pub policy: String,
    /// `table.column`; empty: every column bound to the policy.
    pub scope: Vec<String>,
    pub dry_run: bool,
    pub settings: EngineSettings,
    pub ranges_per_column: usize,
    pub stop: Arc<StopSignal>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MigrationStatus {
    /// `--dry-run`: nothing changed.
    Planned,
    NothingToDo,
    Completed,
    /// Rows that could not be moved were quarantined (left as they were).
    CompletedWithErrors,
    /// Stopped (signal): checkpointed, run again to resume.
    Interrupted,
    Cancelled,
}

#[derive(Debug, Clone, Serialize)]
pub struct MigrationColumn {
    pub table: String,
    pub column: String,
    pub rows_to_migrate: i64,
    pub migrated: u64,
    pub failed: u64,
    pub retried: u64,
    pub remaining: i64,
}

/// `pq migrate`'s report.
#[derive(Debug, Clone, Serialize)]
pub struct MigrationReport {
    pub job_id: Option<i64>,
    pub policy: String,
    /// The recipient key ids values are wrapped to once done.
    pub target: String,
    pub status: MigrationStatus,
    pub resumed: bool,
    pub rows_migrated: i64,
    pub rows_migrated_this_run: u64,
    pub rows_failed: i64,
    pub elapsed_seconds: f64,
    pub rows_per_second: f64,
    pub columns: Vec<MigrationColumn>,
    pub message: String,
}

/// Everything checked before the first write: the registry against the live schema, the policy and
/// the scope (registered sealed columns bound to it), every recipient key file (opened and checked
/// against its row and public key), the target recipients' active versions held here.
struct Prepared {
    policy: Policy,
    sealing: Arc<SealingPolicy>,
    opener: Arc<Opener>,
    columns: Vec<ProtectedColumn>,
}

async fn prepare(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    req: &MigrateRequest,
) -> Result<Prepared> {
    let client = db.client().await?;
    check_live(&**client, registry).await?;
    let policy = require_policy(&**client, &req.policy).await?;
    let mut columns = Vec::new();
    let scope: Vec<String> = if req.scope.is_empty() {
        policy.bindings.clone()
    } else {
        req.scope.clone()
    };
    if scope.is_empty() {
        return Err(Error::usage(format!(
            "no column is bound to policy {}: bind one first (`idctl pq policy bind {} TABLE.COLUMN`)",
            policy.name, policy.name
        )));
    }
    for target in &scope {
        let col = sealed_column(registry, target)?;
        if !policy.bindings.contains(target) {
            return Err(Error::usage(format!(
                "{target} is not bound to policy {} (bound to: {})",
                policy.name,
                store::binding_of(&**client, &col.table, &col.column)
                    .await?
                    .unwrap_or_else(|| "nothing".into())
            ))
            .with_hint(format!(
                "`idctl pq policy bind {} {target}` binds it; nothing was changed",
                policy.name
            )));
        }
        columns.push(col.clone());
    }
    let sealing = store::sealing_policy(&**client, &policy).await?;
    let opener = store::load_opener(&**client, keyring).await?;
    for (id, _) in sealing.recipients() {
        if !opener.holds(id.as_str()) {
            return Err(Error::config(format!(
                "the private key of {id} is not in the keyring: every migrated value is opened again under it before it is written"
            ))
            .with_hint("point --keyring at the keyring holding it; nothing was changed"));
        }
    }
    Ok(Prepared {
        policy,
        sealing: Arc::new(sealing),
        opener: Arc::new(opener),
        columns,
    })
}

/// Called once the job's columns are known, with the job id and the counters the engine moves (the
/// command shows them as progress; this layer prints nothing).
pub type OnStart<'a> = &'a (dyn Fn(i64, Vec<Arc<ColumnStats>>) + Send + Sync);

pub async fn migrate(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    req: &MigrateRequest,
    on_start: OnStart<'_>,
) -> Result<MigrationReport> {
    let started = Instant::now();
    let prep = prepare(db, registry, keyring, req).await?;
    let marker = prep.sealing.recipient_marker();
    let mut to_do = Vec::new();
    {
        let client = db.client().await?;
        for col in &prep.columns {
            to_do.push(crate::census::rows_not_under(&**client, col, &marker).await?);
        }
    }
    let mut report = MigrationReport {
        job_id: None,
        policy: prep.policy.name.clone(),
        target: marker.clone(),
        status: MigrationStatus::Planned,
        resumed: false,
        rows_migrated: 0,
        rows_migrated_this_run: 0,
        rows_failed: 0,
        elapsed_seconds: 0.0,
        rows_per_second: 0.0,
        columns: prep
            .columns
            .iter()
            .zip(&to_do)
            .map(|(c, n)| MigrationColumn {
                table: c.table.clone(),
                column: c.column.clone(),
                rows_to_migrate: *n,
                migrated: 0,
                failed: 0,
                retried: 0,
                remaining: *n,
            })
            .collect(),
        message: String::new(),
    };
    let (live, worker) = crate::rotation::liveness(db).await?;
    if !req.dry_run && !store::try_lock_migration(&live, &prep.policy.name).await? {
        return Err(Error::temp_fail(format!(
            "a migration to policy {} is already running",
            prep.policy.name
        ))
        .with_hint(
            "wait for it; a killed run frees its lock at once and the next run resumes its job",
        ));
    }
    let existing = {
        let client = db.client().await?;
        store::pq_job_unfinished(&**client, prep.policy.id).await?
    };
    if req.dry_run {
        report.job_id = existing.as_ref().map(|j| j.id);
        report.message = format!(
            "{} would be wrapped to {marker}",
            crate::text::count(to_do.iter().sum::<i64>(), "value", "values")
        );
        return Ok(report);
    }
    if existing.is_none() && to_do.iter().all(|n| *n == 0) {
        report.status = MigrationStatus::NothingToDo;
        report.message = format!(
            "every value of policy {} is wrapped to {marker}",
            prep.policy.name
        );
        return Ok(report);
    }
    let scope_text = prep
        .columns
        .iter()
        .map(|c| format!("{}.{}", c.table, c.column))
        .collect::<Vec<_>>()
        .join(",");
    let (job, resumed) = {
        let client = db.client().await?;
        match existing {
            Some(job) => {
                store::pq_job_start_attempt(&**client, job.id, actor).await?;
                (job, true)
            }
            None => {
                let job = store::pq_job_create(
                    &**client,
                    prep.policy.id,
                    &scope_text,
                    &serde_json::json!({"columns": scope_text.split(',').collect::<Vec<_>>(), "target": marker}),
                    actor,
                )
                .await?;
                keystore::record_event(
                    &**client,
                    KeyEvent {
                        event_type: crate::keystore::KeyEventType::PqMigrationStarted,
                        key_row_id: None,
                        basename: &prep.policy.name,
                        actor: Some(actor),
                        job_id: Some(job.id),
                        note: Some(format!("pq migration {} to {marker} started", job.id)),
                        meta: serde_json::json!({"job_kind": KIND_PQ_MIGRATION, "policy": prep.policy.name, "columns": scope_text}),
                    },
                )
                .await?;
                (job, false)
            }
        }
    };
    report.job_id = Some(job.id);
    report.resumed = resumed;

    let mut work = HashMap::new();
    let mut tables = Vec::new();
    let mut stats = Vec::new();
    {
        let client = db.client().await?;
        for (col, n) in prep.columns.iter().zip(&to_do) {
            let table = ColumnTable::load(&**client, col).await?;
            let s = Arc::new(ColumnStats {
                table: col.table.clone(),
                column: col.column.clone(),
                ..Default::default()
            });
            s.total.store((*n).max(0) as u64, Ordering::Relaxed);
            stats.push(Arc::clone(&s));
            tables.push(table.clone());
            work.insert(
                (col.table.clone(), col.column.clone()),
                ColumnWork {
                    table,
                    transform: Arc::new(ResealToPolicy {
                        opener: Arc::clone(&prep.opener),
                        policy: Arc::clone(&prep.sealing),
                        marker: marker.clone(),
                        table: col.table.clone(),
                        column: col.column.clone(),
                    }),
                    stats: s,
                },
            );
        }
        jobs::plan_ranges(
            &**client,
            KIND_PQ_MIGRATION,
            job.id,
            &tables,
            req.ranges_per_column,
        )
        .await?;
    }
    let engine = Arc::new(Engine::new(
        db.clone(),
        KIND_PQ_MIGRATION,
        job.id,
        Some(actor),
        prep.policy.name.clone(),
        work,
        req.settings.clone(),
        worker,
        Arc::clone(&req.stop),
    ));
    on_start(job.id, stats.clone());
    let mut outcome = engine.run_until_no_range_is_open().await;
    // Verification passes: values written meanwhile to the old recipients, or missed by the
    // compare-and-swap, get a range of their own.
    for _ in 2..=4 {
        if outcome.as_ref().map_or(true, |o| o.interrupted) {
            break;
        }
        let client = db.client().await?;
        let mut added = false;
        for col in &prep.columns {
            let remaining = crate::census::rows_not_under(&**client, col, &marker).await?;
            let failed = failed_rows_in(&**client, job.id, col).await?;
            if remaining > failed {
                jobs::add_range(
                    &**client,
                    KIND_PQ_MIGRATION,
                    job.id,
                    &col.table,
                    &col.column,
                )
                .await?;
                added = true;
            }
        }
        drop(client);
        if !added {
            break;
        }
        outcome = engine.run_until_no_range_is_open().await;
    }
    drop(live);
    let client = db.client().await?;
    let job_now = store::pq_job_get(&**client, job.id).await?;
    let this_run: u64 = stats.iter().map(|s| s.done.load(Ordering::Relaxed)).sum();
    report.rows_migrated_this_run = this_run;
    report.rows_migrated = jobs::rows_done_total(&**client, KIND_PQ_MIGRATION, job.id).await?;
    let elapsed = started.elapsed().as_secs_f64();
    report.elapsed_seconds = elapsed;
    report.rows_per_second = if elapsed > 0.0 {
        this_run as f64 / elapsed
    } else {
        0.0
    };
    let mut failed_total = 0;
    for (c, s) in report.columns.iter_mut().zip(&stats) {
        let col = prep
            .columns
            .iter()
            .find(|p| p.table == c.table && p.column == c.column)
            .expect("same columns");
        c.migrated = s.done.load(Ordering::Relaxed);
        c.failed = s.failed.load(Ordering::Relaxed);
        c.retried = s.retried.load(Ordering::Relaxed);
        c.remaining = crate::census::rows_not_under(&**client, col, &marker).await?;
        failed_total += failed_rows_in(&**client, job.id, col).await?;
    }
    report.rows_failed = failed_total;
    if job_now.status == JobStatus::Cancelled {
        report.status = MigrationStatus::Cancelled;
        report.message = format!("job {} was cancelled while it ran", job.id);
        return Ok(report);
    }
    let outcome = outcome?;
    if outcome.interrupted {
        report.status = MigrationStatus::Interrupted;
        report.message = format!(
            "stopped; job {} is checkpointed: run the same command again to resume",
            job.id
        );
        return Ok(report);
    }
    report.status = if failed_total > 0 {
        MigrationStatus::CompletedWithErrors
    } else {
        MigrationStatus::Completed
    };
    report.message = match report.status {
        MigrationStatus::CompletedWithErrors => format!(
            "{} could not be opened and were quarantined (left as they were); `idctl pq status` still counts them",
            crate::text::count(failed_total, "value", "values")
        ),
        _ => format!(
            "every value of {scope_text} is wrapped to {marker} (policy {})",
            prep.policy.name
        ),
    };
    let status = match report.status {
        MigrationStatus::CompletedWithErrors => JobStatus::CompletedWithErrors,
        _ => JobStatus::Completed,
    };
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    store::pq_job_finish(
        &*tx,
        job.id,
        status,
        report.rows_migrated,
        (failed_total > 0).then_some(report.message.as_str()),
        &serde_json::to_value(&report)?,
    )
    .await?;
    keystore::record_event(
        &*tx,
        KeyEvent {
            event_type: crate::keystore::KeyEventType::PqMigrationCompleted,
            key_row_id: None,
            basename: &prep.policy.name,
            actor: Some(actor),
            job_id: Some(job.id),
            note: Some(report.message.clone()),
            meta: serde_json::json!({"job_kind": KIND_PQ_MIGRATION, "status": report.status, "rows_migrated": report.rows_migrated, "rows_failed": failed_total}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(report)
}

async fn failed_rows_in(
    client: &impl tokio_postgres::GenericClient,
    job_id: i64,
    col: &ProtectedColumn,
) -> Result<i64> {
    store::failed_rows_in(client, job_id, &col.table, &col.column).await
}
