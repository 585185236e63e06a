//! The post-quantum tables: the algorithm catalogue and its aliases, encryption policies (layers,
//! bindings), recipient public keys, and `pq_migration_jobs` (migration 0007, docs/schema.md).
//!
//! A policy's layers are ordered `policy_kms_keys` rows, each naming a `kms_keys` row of provider
//! `idctl-keyring` whose `key_ref` is a recipient basename in `crypto_keys`; the value is wrapped to
//! that basename's active version. The stub tables the seeds draw only on FK lines got these columns
//! in 0007; nothing here assumes more than that migration adds.

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio_postgres::GenericClient;

use crate::crypto::{KemAlgorithm, Opener, RecipientPrivateKey, RecipientPublicKey};
use crate::db::row::RowExt;
use crate::error::{Error, Result};
use crate::keystore::{self, KeyStatus, Keyring};

/// The `kms_keys.provider` of recipient keys held in idctl's keyring.
pub const KEYRING_PROVIDER: &str = "idctl-keyring";

/// One algorithm of the catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogueEntry {
    pub id: i64,
    pub class: String,
    pub name: String,
    pub variant: Option<String>,
    /// idctl's own name where it has one (`x-wing`, `ml-kem-768`, ...).
    pub variant_norm: Option<String>,
    pub nist_level: Option<i16>,
    pub status: Option<String>,
    pub quantum_vulnerable: bool,
    /// NIST IR 8547: deprecated after this date (112-bit security only).
    pub deprecated_after: Option<String>,
    /// NIST IR 8547: disallowed after this date (every quantum-vulnerable algorithm).
    pub disallowed_after: Option<String>,
    pub params: Option<serde_json::Value>,
    pub aliases: Vec<Alias>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Alias {
    pub alias: String,
    pub standard: Option<String>,
    pub byte_compatible: bool,
    pub note: Option<String>,
}

pub async fn catalogue(client: &impl GenericClient) -> Result<Vec<CatalogueEntry>> {
    let rows = client
        .query(
            "SELECT a.id, a.class, a.name, a.variant, a.variant_norm, a.nist_level, a.status, a.params,
                    coalesce((a.params->>'quantum_vulnerable')::boolean, false),
                    a.params->'nist_ir_8547'->>'deprecated_after',
                    a.params->'nist_ir_8547'->>'disallowed_after',
                    coalesce(jsonb_agg(jsonb_build_object('alias', s.alias, 'standard', s.standard,
                        'byte_compatible', s.byte_compatible, 'note', s.note) ORDER BY s.alias)
                        FILTER (WHERE s.id IS NOT NULL), '[]'::jsonb)
               FROM crypto_algorithms a LEFT JOIN crypto_standard_aliases s ON s.algo_id = a.id
              GROUP BY a.id ORDER BY a.class, a.name",
            &[],
        )
        .await?;
    rows.iter()
        .map(|r| {
            let aliases: serde_json::Value = r.col(11)?;
            let aliases = aliases
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|v| Alias {
                            alias: v["alias"].as_str().unwrap_or_default().to_string(),
                            standard: v["standard"].as_str().map(String::from),
                            byte_compatible: v["byte_compatible"].as_bool().unwrap_or(true),
                            note: v["note"].as_str().map(String::from),
                        })
                        .collect()
                })
                .unwrap_or_default();
            Ok(CatalogueEntry {
                id: r.col(0)?,
                class: r.col(1)?,
                name: r.col(2)?,
                variant: r.col(3)?,
                variant_norm: r.col(4)?,
                nist_level: r.col(5)?,
                status: r.col(6)?,
                params: r.col(7)?,
                quantum_vulnerable: r.col(8)?,
                deprecated_after: r.col(9)?,
                disallowed_after: r.col(10)?,
                aliases,
            })
        })
        .collect()
}

/// The catalogue id of an algorithm by idctl's name (`variant_norm`).
pub async fn algorithm_id(client: &impl GenericClient, idctl_name: &str) -> Result<i64> {
    client
        .query_opt(
            "SELECT id FROM crypto_algorithms WHERE variant_norm = $1 ORDER BY id LIMIT 1",
            &[&idctl_name],
        )
        .await?
        .map(|r| r.col(0))
        .transpose()?
        .ok_or_else(|| {
            Error::config(format!("crypto_algorithms has no {idctl_name}"))
                .with_hint("run `idctl db migrate` (migration 0007 seeds the catalogue)")
        })
}

/// The mode of a policy (`encryption_policies.mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyMode {
    /// Classical layers only (X25519): quantum-vulnerable, for legacy data.
    Classic,
    /// At least one post-quantum layer (X-Wing, or ML-KEM-768 beside X25519).
    Hybrid,
    /// Post-quantum layers only (ML-KEM-768).
    PqOnly,
}

impl PolicyMode {
    pub fn as_str(self) -> &'static str {
        match self {
            PolicyMode::Classic => "classic",
            PolicyMode::Hybrid => "hybrid",
            PolicyMode::PqOnly => "pq_only",
        }
    }
    pub fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "classic" => PolicyMode::Classic,
            "hybrid" => PolicyMode::Hybrid,
            "pq_only" => PolicyMode::PqOnly,
            other => {
                return Err(Error::data(format!(
                    "encryption_policies has an unknown mode {other:?}"
                )));
            }
        })
    }
}

/// One layer of a policy: its position, algorithm and recipient basename.
#[derive(Debug, Clone, Serialize)]
pub struct PolicyLayer {
    pub position: i16,
    pub algorithm: String,
    pub recipient: String,
}

/// A policy with its layers and bindings.
#[derive(Debug, Clone, Serialize)]
pub struct Policy {
    pub id: i64,
    pub name: String,
    pub mode: PolicyMode,
    pub status: String,
    pub min_layers: Option<i16>,
    pub max_layers: Option<i16>,
    pub aad_template: Option<serde_json::Value>,
    pub notes: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    pub layers: Vec<PolicyLayer>,
    /// `table.column` pairs the policy governs.
    pub bindings: Vec<String>,
}

const SELECT_POLICY: &str = "SELECT p.id, p.policy_name, p.mode, p.status, p.min_layers, p.max_layers,
        p.aad_template, p.notes, p.created_at,
        coalesce((SELECT jsonb_agg(jsonb_build_object('position', pk.position, 'recipient', k.key_ref,
                        'algorithm', a.variant_norm) ORDER BY pk.position)
                    FROM policy_kms_keys pk JOIN kms_keys k ON k.id = pk.kms_key_id
                    LEFT JOIN crypto_algorithms a ON a.id = k.algo_id
                   WHERE pk.policy_id = p.id), '[]'::jsonb),
        coalesce((SELECT array_agg(b.table_name || '.' || b.column_name ORDER BY b.table_name, b.column_name)
                    FROM encryption_policy_bindings b WHERE b.policy_id = p.id AND b.table_name IS NOT NULL),
                 '{}'::text[])
   FROM encryption_policies p";

fn policy(r: &tokio_postgres::Row) -> Result<Policy> {
    let layers: serde_json::Value = r.col(9)?;
    let layers = layers
        .as_array()
        .map(|a| {
            a.iter()
                .map(|l| PolicyLayer {
                    position: l["position"].as_i64().unwrap_or(0) as i16,
                    recipient: l["recipient"].as_str().unwrap_or_default().to_string(),
                    algorithm: l["algorithm"].as_str().unwrap_or_default().to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Policy {
        id: r.col(0)?,
        name: r.col(1)?,
        mode: PolicyMode::parse(r.col(2)?)?,
        status: r.col(3)?,
        min_layers: r.col(4)?,
        max_layers: r.col(5)?,
        aad_template: r.col(6)?,
        notes: r.col(7)?,
        created_at: r.col(8)?,
        layers,
        bindings: r.col(10)?,
    })
}

pub async fn policies(client: &impl GenericClient) -> Result<Vec<Policy>> {
    let rows = client
        .query(&format!("{SELECT_POLICY} ORDER BY p.policy_name"), &[])
        .await?;
    rows.iter().map(policy).collect()
}

pub async fn policy_by_name(client: &impl GenericClient, name: &str) -> Result<Option<Policy>> {
    let row = client
        .query_opt(
            &format!("{SELECT_POLICY} WHERE p.policy_name = $1"),
            &[&name],
        )
        .await?;
    row.as_ref().map(policy).transpose()
}

pub async fn policy_by_id(client: &impl GenericClient, id: i64) -> Result<Option<Policy>> {
    let row = client
        .query_opt(&format!("{SELECT_POLICY} WHERE p.id = $1"), &[&id])
        .await?;
    row.as_ref().map(policy).transpose()
}

/// What `pq policy create` stores.
pub struct NewPolicy<'a> {
    pub name: &'a str,
    pub mode: PolicyMode,
    /// (algorithm name, recipient basename) in layer order.
    pub layers: &'a [(KemAlgorithm, String)],
    pub aad_template: Option<&'a serde_json::Value>,
    pub notes: Option<&'a str>,
    pub actor: Option<i64>,
}

/// Creates a policy with its layers (one transaction, the caller's).
pub async fn create_policy(client: &impl GenericClient, p: &NewPolicy<'_>) -> Result<i64> {
    let data_algo = algorithm_id(client, "aes-256-gcm-siv").await?;
    let n = p.layers.len() as i16;
    let row = client
        .query_one(
            "INSERT INTO encryption_policies (policy_name, mode, layer_selection, min_layers, max_layers,
                                              aad_template, notes, data_algo_id, created_by)
             VALUES ($1, $2, 'all', $3, $3, $4, $5, $6, $7) RETURNING id",
            &[&p.name, &p.mode.as_str(), &n, &p.aad_template, &p.notes, &data_algo, &p.actor],
        )
        .await
        .map_err(|e| {
            if e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) {
                Error::usage(format!("a policy named {} already exists", p.name))
                    .with_hint("see `idctl pq policy list`")
            } else {
                e.into()
            }
        })?;
    let policy_id: i64 = row.col(0)?;
    client
        .execute(
            "INSERT INTO policy_algorithms (policy_id, algo_id, role, position) VALUES ($1, $2, 'data', NULL)",
            &[&policy_id, &data_algo],
        )
        .await?;
    for (i, (alg, recipient)) in p.layers.iter().enumerate() {
        let algo_id = algorithm_id(client, alg.as_str()).await?;
        let kms: i64 = client
            .query_one(
                "INSERT INTO kms_keys (name, provider, key_ref, algo_id) VALUES ($1::text, $2, $1::text, $3)
                 ON CONFLICT (provider, key_ref) DO UPDATE SET algo_id = EXCLUDED.algo_id RETURNING id",
                &[recipient, &KEYRING_PROVIDER, &algo_id],
            )
            .await?
            .col(0)?;
        let pos = i as i16;
        client
            .execute(
                "INSERT INTO policy_kms_keys (policy_id, kms_key_id, position) VALUES ($1, $2, $3)",
                &[&policy_id, &kms, &pos],
            )
            .await?;
        client
            .execute(
                "INSERT INTO policy_algorithms (policy_id, algo_id, role, position) VALUES ($1, $2, 'layer', $3)",
                &[&policy_id, &algo_id, &pos],
            )
            .await?;
    }
    Ok(policy_id)
}

/// Binds `table.column` to a policy (replacing an earlier binding); returns the policy it was bound
/// to before, if any.
pub async fn bind(
    client: &impl GenericClient,
    policy_id: i64,
    table: &str,
    column: &str,
    actor: Option<i64>,
) -> Result<Option<String>> {
    let before = binding_of(client, table, column).await?;
    client
        .execute(
            "INSERT INTO encryption_policy_bindings (policy_id, table_name, column_name, bound_by)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (table_name, column_name)
             DO UPDATE SET policy_id = EXCLUDED.policy_id, bound_by = EXCLUDED.bound_by, created_at = now()",
            &[&policy_id, &table, &column, &actor],
        )
        .await?;
    Ok(before)
}

/// The name of the policy bound to `table.column`.
pub async fn binding_of(
    client: &impl GenericClient,
    table: &str,
    column: &str,
) -> Result<Option<String>> {
    client
        .query_opt(
            "SELECT p.policy_name FROM encryption_policy_bindings b JOIN encryption_policies p ON p.id = b.policy_id
              WHERE b.table_name = $1 AND b.column_name = $2",
            &[&table, &column],
        )
        .await?
        .map(|r| r.col(0))
        .transpose()
}

/// A recipient key version as the database knows it.
#[derive(Debug, Clone, Serialize)]
pub struct RecipientKey {
    pub key_id: String,
    pub basename: String,
    pub version: i32,
    pub algorithm: String,
    pub status: KeyStatus,
    pub fingerprint: String,
    /// Hex of the first 8 bytes of SHA-256 of the public key.
    pub public_key_digest: Option<String>,
    pub public_key_len: Option<i32>,
    pub created_at: Option<DateTime<Utc>>,
}

const KEM_ALGORITHMS: &str = "('x25519', 'x-wing', 'ml-kem-768')";

pub async fn recipient_keys(
    client: &impl GenericClient,
    basename: Option<&str>,
) -> Result<Vec<RecipientKey>> {
    let rows = client
        .query(
            &format!(
                "SELECT basename, version, algorithm, status, trim(coalesce(fingerprint, '')),
                        substr(encode(sha256(public_key), 'hex'), 1, 16), length(public_key), created_at
                   FROM crypto_keys WHERE algorithm IN {KEM_ALGORITHMS} AND ($1::text IS NULL OR basename = $1)
                  ORDER BY basename, version"
            ),
            &[&basename],
        )
        .await?;
    rows.iter()
        .map(|r| {
            let basename: String = r.col(0)?;
            let version: i32 = r.col(1)?;
            Ok(RecipientKey {
                key_id: format!("{basename}:v{version}"),
                basename,
                version,
                algorithm: r.col(2)?,
                status: KeyStatus::parse(r.col(3)?)?,
                fingerprint: r.col(4)?,
                public_key_digest: r.col(5)?,
                public_key_len: r.col(6)?,
                created_at: r.col(7)?,
            })
        })
        .collect()
}

/// The active version of a recipient basename with its validated public key.
pub async fn active_recipient(
    client: &impl GenericClient,
    basename: &str,
) -> Result<(crate::crypto::KeyId, RecipientPublicKey)> {
    let row = client
        .query_opt(
            &format!(
                "SELECT version, algorithm, public_key FROM crypto_keys
                  WHERE basename = $1 AND status = 'active' AND algorithm IN {KEM_ALGORITHMS}"
            ),
            &[&basename],
        )
        .await?
        .ok_or_else(|| {
            Error::config(format!("recipient {basename} has no active key version")).with_hint(
                format!(
                    "`idctl pq keys generate --name {basename} --algorithm x-wing` creates one"
                ),
            )
        })?;
    let version: i32 = row.col(0)?;
    let algorithm: String = row.col(1)?;
    let public: Option<Vec<u8>> = row.col(2)?;
    let id = crate::crypto::KeyId::new(basename, version as u32)
        .map_err(|e| Error::data(format!("crypto_keys {basename} v{version}: {e}")))?;
    let kem = algorithm
        .parse::<crate::crypto::Algorithm>()
        .ok()
        .and_then(KemAlgorithm::of)
        .ok_or_else(|| Error::data(format!("{id}: {algorithm} is not a recipient algorithm")))?;
    let public = public.ok_or_else(|| {
        Error::data(format!("{id} has no public key in crypto_keys"))
            .with_hint("the row was not written by `idctl pq keys generate`")
    })?;
    let pk = RecipientPublicKey::from_bytes(kem, &public)
        .map_err(|e| Error::data(format!("{id}: the stored public key is refused: {e}")))?;
    Ok((id, pk))
}

/// Everything needed to open sealed values: every usable recipient key version (its key file read
/// and checked against its row: fingerprint, and the public key it derives against the stored one)
/// and every policy's AAD. Retired and destroyed versions are known as unusable.
pub async fn load_opener(client: &impl GenericClient, keyring: &Keyring) -> Result<Opener> {
    let mut opener = Opener::new();
    keyring.bind(client).await?;
    // One read of every recipient version's public key, checked below against its key file.
    let rows = client
        .query(
            &format!(
                "SELECT basename, version, public_key FROM crypto_keys WHERE algorithm IN {KEM_ALGORITHMS}
                  ORDER BY basename, version"
            ),
            &[],
        )
        .await?;
    let mut basenames: Vec<String> = Vec::new();
    let mut stored: std::collections::HashMap<String, Option<Vec<u8>>> =
        std::collections::HashMap::new();
    for r in &rows {
        let b: String = r.col(0)?;
        let v: i32 = r.col(1)?;
        stored.insert(format!("{b}:v{v}"), r.col(2)?);
        if !basenames.contains(&b) {
            basenames.push(b);
        }
    }
    let all_policies = policies(client).await?;
    for basename in &basenames {
        // A recipient no policy wraps to (a backup recipient) may keep its key file offline: its
        // versions are then unusable here, not an error.
        let in_a_policy = all_policies
            .iter()
            .any(|p| p.layers.iter().any(|l| &l.recipient == basename));
        for rec in keystore::list(client, Some(basename)).await? {
            if !rec.status.decrypts() {
                opener.mark_unusable(&rec.key_id, rec.status.as_str());
                continue;
            }
            if !in_a_policy && std::fs::symlink_metadata(keyring.path_of(&rec.id()?)).is_err() {
                opener.mark_unusable(&rec.key_id, "offline");
                continue;
            }
            let root = keyring.load(&rec)?;
            let key = RecipientPrivateKey::from_root(&root)
                .map_err(|e| Error::config(format!("{}: {e}", rec.key_id)))?;
            let public = stored.get(&rec.key_id).and_then(|p| p.as_deref());
            if public != Some(key.public().as_bytes()) {
                return Err(Error::config(format!(
                    "key file of {} does not match the public key in crypto_keys",
                    rec.key_id
                ))
                .with_hint("restore the right key file for this row; nothing was changed"));
            }
            opener.add_recipient(key);
        }
    }
    for p in all_policies {
        let aad = crate::crypto::canonical_aad(p.aad_template.as_ref())
            .map_err(|e| Error::data(format!("policy {}: {e}", p.name)))?;
        opener.add_policy(&p.name, aad);
    }
    Ok(opener)
}

/// The sealing side of a policy: its layers' active recipient versions and public keys.
pub async fn sealing_policy(
    client: &impl GenericClient,
    policy: &Policy,
) -> Result<crate::crypto::SealingPolicy> {
    let mut recipients = Vec::new();
    for l in &policy.layers {
        recipients.push(active_recipient(client, &l.recipient).await?);
    }
    let aad = crate::crypto::canonical_aad(policy.aad_template.as_ref())
        .map_err(|e| Error::data(format!("policy {}: {e}", policy.name)))?;
    crate::crypto::SealingPolicy::new(&policy.name, aad, recipients)
        .map_err(|e| Error::data(format!("policy {}: {e}", policy.name)))
}

/// Rows of a sealed column per value of its key-version column (the recipient ids, `+`-joined).
pub async fn rows_per_marker(
    client: &impl GenericClient,
    table: &str,
    column: &str,
    marker_column: &str,
) -> Result<Vec<(Option<String>, i64)>> {
    let sql = format!(
        "SELECT {m}::text, count(*) FROM {t} WHERE {c} IS NOT NULL GROUP BY 1 ORDER BY 1",
        m = super::ident(marker_column),
        t = super::ident(table),
        c = super::ident(column)
    );
    let rows = client.query(&sql, &[]).await?;
    rows.iter().map(|r| Ok((r.col(0)?, r.col(1)?))).collect()
}

// ---- pq_migration_jobs --------------------------------------------------------------------------

/// A post-quantum migration job.
#[derive(Debug, Clone, Serialize)]
pub struct PqJob {
    pub id: i64,
    pub policy_id: Option<i64>,
    pub scope: Option<String>,
    pub selection: Option<serde_json::Value>,
    pub status: crate::engine::jobs::JobStatus,
    pub processed_count: i64,
    pub attempts: i32,
    pub error: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub result: Option<serde_json::Value>,
}

const SELECT_PQ_JOB: &str = "SELECT id, target_policy_id, scope, selection, status, coalesce(processed_count, 0),
        attempts, error, created_by, created_at, started_at, finished_at, result FROM pq_migration_jobs";

fn pq_job(r: &tokio_postgres::Row) -> Result<PqJob> {
    let id: i64 = r.col(0)?;
    Ok(PqJob {
        id,
        policy_id: r.col(1)?,
        scope: r.col(2)?,
        selection: r.col(3)?,
        status: crate::engine::jobs::JobStatus::parse("pq_migration_jobs", id, r.col(4)?)?,
        processed_count: r.col(5)?,
        attempts: r.col(6)?,
        error: r.col(7)?,
        created_by: r.col(8)?,
        created_at: r.col(9)?,
        started_at: r.col(10)?,
        finished_at: r.col(11)?,
        result: r.col(12)?,
    })
}

pub async fn pq_job_get(client: &impl GenericClient, id: i64) -> Result<PqJob> {
    let row = client
        .query_opt(&format!("{SELECT_PQ_JOB} WHERE id = $1"), &[&id])
        .await?
        .ok_or_else(|| {
            Error::data(format!("no pq migration job {id}")).with_hint("see `idctl pq jobs`")
        })?;
    pq_job(&row)
}

pub async fn pq_jobs(client: &impl GenericClient, limit: i64) -> Result<Vec<PqJob>> {
    let rows = client
        .query(
            &format!("{SELECT_PQ_JOB} ORDER BY id DESC LIMIT $1"),
            &[&limit],
        )
        .await?;
    rows.iter().map(pq_job).collect()
}

pub async fn pq_job_unfinished(
    client: &impl GenericClient,
    policy_id: i64,
) -> Result<Option<PqJob>> {
    let row = client
        .query_opt(
            &format!("{SELECT_PQ_JOB} WHERE target_policy_id = $1 AND status IN ('pending', 'running') ORDER BY id DESC LIMIT 1"),
            &[&policy_id],
        )
        .await?;
    row.as_ref().map(pq_job).transpose()
}

/// Due jobs: pending or running (nobody on them) and scheduled now or earlier.
pub async fn pq_jobs_due(client: &impl GenericClient) -> Result<Vec<PqJob>> {
    let rows = client
        .query(
            &format!("{SELECT_PQ_JOB} WHERE status IN ('pending', 'running') AND coalesce(scheduled_at, created_at, now()) <= now() ORDER BY id"),
            &[],
        )
        .await?;
    rows.iter().map(pq_job).collect()
}

pub async fn pq_job_create(
    client: &impl GenericClient,
    policy_id: i64,
    scope: &str,
    selection: &serde_json::Value,
    actor: i64,
) -> Result<PqJob> {
    let row = client
        .query_one(
            "INSERT INTO pq_migration_jobs (scope, target_policy_id, target_algo_id, selection, status, attempts,
                                            created_by, executed_by, scheduled_at, started_at)
             SELECT $1, $2, (SELECT a.id FROM policy_algorithms pa JOIN crypto_algorithms a ON a.id = pa.algo_id
                              WHERE pa.policy_id = $2 AND pa.role = 'layer' ORDER BY pa.position LIMIT 1),
                    $3, 'running', 1, $4, $4, now(), now()
             RETURNING id",
            &[&scope, &policy_id, selection, &actor],
        )
        .await
        .map_err(|e| {
            if e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) {
                Error::temp_fail("another migration to this policy was started at the same moment")
            } else {
                e.into()
            }
        })?;
    pq_job_get(client, row.col(0)?).await
}

pub async fn pq_job_start_attempt(client: &impl GenericClient, id: i64, actor: i64) -> Result<()> {
    client
        .execute(
            "UPDATE pq_migration_jobs SET status = 'running', attempts = attempts + 1,
                    started_at = coalesce(started_at, now()), executed_by = $2, finished_at = NULL WHERE id = $1",
            &[&id, &actor],
        )
        .await?;
    Ok(())
}

pub async fn pq_job_finish(
    client: &impl GenericClient,
    id: i64,
    status: crate::engine::jobs::JobStatus,
    processed: i64,
    error: Option<&str>,
    result: &serde_json::Value,
) -> Result<()> {
    client
        .execute(
            "UPDATE pq_migration_jobs SET status = $2, processed_count = $3, error = $4, result = $5,
                    finished_at = now() WHERE id = $1",
            &[&id, &status.as_str(), &processed, &error, result],
        )
        .await?;
    Ok(())
}

/// Rows of `table.column` a pq migration job quarantined (`row_failed` events of kind pq_migration).
pub async fn failed_rows_in(
    client: &impl GenericClient,
    job_id: i64,
    table: &str,
    column: &str,
) -> Result<i64> {
    client
        .query_one(
            "SELECT count(*) FROM key_events WHERE job_id = $1 AND event_type = 'row_failed'
                AND meta->>'job_kind' = 'pq_migration' AND meta->>'table' = $2 AND meta->>'column' = $3",
            &[&job_id, &table, &column],
        )
        .await?
        .col(0)
}

/// Takes the session advisory lock of migrations to `policy` on `client` (a dedicated connection
/// held for the run): false when another idctl holds it. Released when the connection closes, so a
/// killed run frees it at once.
pub async fn try_lock_migration(client: &impl GenericClient, policy: &str) -> Result<bool> {
    client
        .query_one(
            "SELECT pg_try_advisory_lock(hashtextextended('idctl:pq-migrate:' || $1::text, 0))",
            &[&policy],
        )
        .await?
        .col(0)
}

/// Cancels an unfinished migration job: its workers stop at their next checkpoint (the batch in
/// flight rolls back). Returns false when the job was not pending or running.
pub async fn pq_job_cancel(client: &impl GenericClient, id: i64, actor: i64) -> Result<bool> {
    let n = client
        .execute(
            "UPDATE pq_migration_jobs SET status = 'cancelled', finished_at = now(),
                    result = coalesce(result, '{}'::jsonb) || jsonb_build_object('cancelled_by', $2::bigint)
              WHERE id = $1 AND status IN ('pending', 'running')",
            &[&id, &actor],
        )
        .await?;
    if n == 1 {
        client
            .execute(
                "UPDATE job_ranges SET status = 'cancelled', updated_at = now()
                  WHERE job_kind = 'pq_migration' AND job_id = $1 AND status IN ('pending', 'running')",
                &[&id],
            )
            .await?;
    }
    Ok(n == 1)
}
