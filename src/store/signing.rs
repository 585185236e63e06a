//! `signing_keys` and `signatures` (migration 0008, docs/schema.md).
//!
//! A signing key version is a `crypto_keys` row (key type `signature`, its key file holding the
//! private seed) with one `signing_keys` row beside it: the public key verifiers use, the scope
//! (what it signs: `audit`, `export`), and a status of its own (`pending`, `active`, `retired`).
//! A signature row says what it signs (subject kind and id), the 32-byte digest signed, the
//! signature context, and for an ML-DSA companion made by `pq resign`, the legacy signature it
//! accompanies.

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio_postgres::GenericClient;

use crate::crypto::sign::SignatureAlgorithm;
use crate::db::row::RowExt;
use crate::error::{Error, Result};

/// Status of a signing key (`signing_keys.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SigningStatus {
    Pending,
    Active,
    Retired,
}

impl SigningStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SigningStatus::Pending => "pending",
            SigningStatus::Active => "active",
            SigningStatus::Retired => "retired",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "pending" => Ok(SigningStatus::Pending),
            "active" => Ok(SigningStatus::Active),
            "retired" => Ok(SigningStatus::Retired),
            other => Err(Error::data(format!(
                "signing_keys.status {other:?} is not one idctl knows"
            ))),
        }
    }
}

/// A signing key version.
#[derive(Debug, Clone, Serialize)]
pub struct SigningKey {
    /// `signing_keys.id`.
    pub id: i64,
    /// `basename:vN`, also `signing_keys.name`.
    pub key_id: String,
    pub basename: String,
    pub version: i32,
    pub algorithm: String,
    pub status: SigningStatus,
    pub scope: Option<String>,
    pub quantum_vulnerable: bool,
    /// Hex of the first 8 bytes of SHA-256 of the public key.
    pub public_key_digest: String,
    #[serde(skip)]
    pub public_key: Vec<u8>,
    /// Signatures made with it.
    pub signatures: i64,
    pub created_at: Option<DateTime<Utc>>,
    pub activated_at: Option<DateTime<Utc>>,
    pub retired_at: Option<DateTime<Utc>>,
}

impl SigningKey {
    pub fn signature_algorithm(&self) -> Result<SignatureAlgorithm> {
        self.algorithm.parse().map_err(|_| {
            Error::data(format!(
                "signing key {} has algorithm {:?}, which idctl cannot verify",
                self.key_id, self.algorithm
            ))
        })
    }
}

const SELECT_KEY: &str =
    "SELECT s.id, s.name, k.basename, k.version, coalesce(a.variant_norm, k.algorithm), s.status,
        s.scope, coalesce((a.params->>'quantum_vulnerable')::boolean, true),
        substr(encode(sha256(s.public_key), 'hex'), 1, 16), s.public_key,
        (SELECT count(*) FROM signatures g WHERE g.signing_key_id = s.id),
        s.created_at, s.activated_at, s.retired_at
   FROM signing_keys s JOIN crypto_keys k ON k.id = s.crypto_key_id
   LEFT JOIN crypto_algorithms a ON a.id = s.algo_id";

fn key_row(r: &tokio_postgres::Row) -> Result<SigningKey> {
    Ok(SigningKey {
        id: r.col(0)?,
        key_id: r.col(1)?,
        basename: r.col(2)?,
        version: r.col(3)?,
        algorithm: r.col(4)?,
        status: SigningStatus::parse(r.col(5)?)?,
        scope: r.col(6)?,
        quantum_vulnerable: r.col(7)?,
        public_key_digest: r.col(8)?,
        public_key: r.col(9)?,
        signatures: r.col(10)?,
        created_at: r.col(11)?,
        activated_at: r.col(12)?,
        retired_at: r.col(13)?,
    })
}

/// Signing key versions, optionally of one basename.
pub async fn signing_keys(
    client: &impl GenericClient,
    basename: Option<&str>,
) -> Result<Vec<SigningKey>> {
    client
        .query(
            &format!(
                "{SELECT_KEY} WHERE ($1::text IS NULL OR k.basename = $1) ORDER BY k.basename, k.version"
            ),
            &[&basename],
        )
        .await?
        .iter()
        .map(key_row)
        .collect()
}

/// A signing key by `signing_keys.id` (none if no such row, or it has no key version).
pub async fn signing_key(client: &impl GenericClient, id: i64) -> Result<Option<SigningKey>> {
    client
        .query_opt(&format!("{SELECT_KEY} WHERE s.id = $1"), &[&id])
        .await?
        .map(|r| key_row(&r))
        .transpose()
}

/// The active signing keys whose scope is `scope` (or unset).
pub async fn active_signing_keys(
    client: &impl GenericClient,
    scope: &str,
) -> Result<Vec<SigningKey>> {
    client
        .query(
            &format!(
                "{SELECT_KEY} WHERE s.status = 'active' AND (s.scope IS NULL OR s.scope = $1) ORDER BY s.id"
            ),
            &[&scope],
        )
        .await?
        .iter()
        .map(key_row)
        .collect()
}

/// The `signing_keys` row of a new key version.
pub struct NewSigningKey<'a> {
    /// Its `crypto_keys.id`.
    pub crypto_key_row: i64,
    pub key_id: &'a str,
    pub algo_id: i64,
    pub public_key: &'a [u8],
    pub scope: &'a str,
    pub status: SigningStatus,
    pub actor: Option<i64>,
}

/// Inserts the `signing_keys` row of a new key version.
pub async fn insert_signing_key(client: &impl GenericClient, k: &NewSigningKey<'_>) -> Result<i64> {
    client
        .query_one(
            "INSERT INTO signing_keys (algo_id, name, public_key, origin, status, scope, created_by,
                                       activated_at, crypto_key_id)
             VALUES ($1, $2, $3, 'generated', $4, $5, $6,
                     CASE WHEN $4 = 'active' THEN now() END, $7)
             RETURNING id",
            &[
                &k.algo_id,
                &k.key_id,
                &k.public_key,
                &k.status.as_str(),
                &k.scope,
                &k.actor,
                &k.crypto_key_row,
            ],
        )
        .await?
        .col(0)
}

/// Sets a signing key's status (with its activation or retirement time).
pub async fn set_status(client: &impl GenericClient, id: i64, status: SigningStatus) -> Result<()> {
    client
        .execute(
            "UPDATE signing_keys SET status = $2,
                    activated_at = CASE WHEN $2 = 'active' THEN now() ELSE activated_at END,
                    retired_at = CASE WHEN $2 = 'retired' THEN now() ELSE retired_at END
              WHERE id = $1",
            &[&id, &status.as_str()],
        )
        .await?;
    Ok(())
}

/// What a signature signs (`signatures.subject_kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    AuditCheckpoint,
    ExportManifest,
    KeyEvents,
    Legacy,
}

impl SubjectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SubjectKind::AuditCheckpoint => "audit_checkpoint",
            SubjectKind::ExportManifest => "export_manifest",
            SubjectKind::KeyEvents => "key_events",
            SubjectKind::Legacy => "legacy",
        }
    }
}

/// A signature to insert.
pub struct NewSignature<'a> {
    pub key: &'a SigningKey,
    pub hash_algo_id: i64,
    pub signature: &'a [u8],
    pub subject_kind: SubjectKind,
    pub subject_id: String,
    pub digest: &'a [u8],
    pub context: &'a str,
    pub companion_of: Option<i64>,
    pub actor: Option<i64>,
    pub meta: serde_json::Value,
}

pub async fn insert_signature(client: &impl GenericClient, s: &NewSignature<'_>) -> Result<i64> {
    client
        .query_one(
            "INSERT INTO signatures (signing_key_id, algo_id, hash_algo_id, signature, subject_kind,
                                     subject_id, message_digest, context, companion_of, created_by, meta)
             SELECT $1, algo_id, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM signing_keys WHERE id = $1
             RETURNING id",
            &[
                &s.key.id,
                &s.hash_algo_id,
                &s.signature,
                &s.subject_kind.as_str(),
                &s.subject_id,
                &s.digest,
                &s.context,
                &s.companion_of,
                &s.actor,
                &s.meta,
            ],
        )
        .await?
        .col(0)
}

/// A stored signature with what verifying it needs.
#[derive(Debug, Clone)]
pub struct StoredSignature {
    pub id: i64,
    pub signing_key_id: i64,
    pub subject_id: Option<String>,
    pub signature: Vec<u8>,
    pub digest: Option<Vec<u8>>,
    pub context: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    pub status: String,
}

/// The checkpoint signatures on entries from `from_entry` on, by entry id then signature id:
/// (entry id, signature id) only, so that a long history stays small in memory.
pub async fn checkpoint_refs(
    client: &impl GenericClient,
    from_entry: i64,
) -> Result<Vec<(i64, i64)>> {
    client
        .query(
            "SELECT subject_id::bigint, id FROM signatures
              WHERE subject_kind = 'audit_checkpoint' AND subject_id ~ '^[0-9]{1,18}$'
                AND subject_id::bigint >= $1
              ORDER BY subject_id::bigint, id",
            &[&from_entry],
        )
        .await?
        .iter()
        .map(|r| Ok((r.col(0)?, r.col(1)?)))
        .collect()
}

/// Checkpoint signatures whose subject is not an entry id (a hand-made row).
pub async fn malformed_checkpoints(client: &impl GenericClient) -> Result<Vec<i64>> {
    client
        .query(
            "SELECT id FROM signatures WHERE subject_kind = 'audit_checkpoint'
                AND (subject_id IS NULL OR subject_id !~ '^[0-9]{1,18}$') ORDER BY id",
            &[],
        )
        .await?
        .iter()
        .map(|r| r.col(0))
        .collect()
}

pub async fn signature(client: &impl GenericClient, id: i64) -> Result<StoredSignature> {
    let r = client
        .query_one(
            "SELECT id, signing_key_id, subject_id, signature, message_digest, context, created_at, status
               FROM signatures WHERE id = $1",
            &[&id],
        )
        .await?;
    Ok(StoredSignature {
        id: r.col(0)?,
        signing_key_id: r.col(1)?,
        subject_id: r.col(2)?,
        signature: r.col::<Option<Vec<u8>>>(3)?.unwrap_or_default(),
        digest: r.col(4)?,
        context: r.col(5)?,
        created_at: r.col(6)?,
        status: r.col(7)?,
    })
}

/// The latest checkpoint: (entry id, signed at).
pub async fn last_checkpoint(
    client: &impl GenericClient,
) -> Result<Option<(i64, Option<DateTime<Utc>>)>> {
    client
        .query_opt(
            "SELECT subject_id::bigint, created_at FROM signatures
              WHERE subject_kind = 'audit_checkpoint' AND status = 'valid' AND subject_id ~ '^[0-9]{1,18}$'
              ORDER BY subject_id::bigint DESC, id DESC LIMIT 1",
            &[],
        )
        .await?
        .map(|r| Ok((r.col(0)?, r.col(1)?)))
        .transpose()
}

/// A signature made with a quantum-vulnerable algorithm that has no post-quantum companion yet.
#[derive(Debug, Clone)]
pub struct LegacySignature {
    pub id: i64,
    pub algorithm: String,
    pub signing_key_id: i64,
    pub key_id: String,
    pub scope: Option<String>,
    pub public_key: Vec<u8>,
    pub signature: Vec<u8>,
    pub digest: Option<Vec<u8>>,
    pub context: Option<String>,
    pub subject_kind: Option<String>,
    pub subject_id: Option<String>,
}

/// The condition "s is a valid signature of a quantum-vulnerable algorithm, itself no companion,
/// with no post-quantum companion".
const NEEDS_COMPANION: &str = "s.status = 'valid' AND s.companion_of IS NULL
    AND coalesce((a.params->>'quantum_vulnerable')::boolean, false)
    AND NOT EXISTS (SELECT 1 FROM signatures c JOIN crypto_algorithms ca ON ca.id = c.algo_id
                     WHERE c.companion_of = s.id
                       AND NOT coalesce((ca.params->>'quantum_vulnerable')::boolean, true))";

/// Up to `limit` signatures needing a companion after id `after`, of the algorithms `algorithms`
/// (idctl names; all vulnerable ones if empty), by id.
pub async fn legacy_page(
    client: &impl GenericClient,
    after: i64,
    limit: i64,
    algorithms: &[String],
) -> Result<Vec<LegacySignature>> {
    client
        .query(
            &format!(
                "SELECT s.id, coalesce(a.variant_norm, a.name), s.signing_key_id, coalesce(k.name, ''),
                        k.scope, coalesce(k.public_key, ''::bytea), coalesce(s.signature, ''::bytea),
                        s.message_digest, s.context, s.subject_kind, s.subject_id
                   FROM signatures s JOIN crypto_algorithms a ON a.id = s.algo_id
                   LEFT JOIN signing_keys k ON k.id = s.signing_key_id
                  WHERE s.id > $1 AND (cardinality($3::text[]) = 0 OR a.variant_norm = ANY($3))
                    AND {NEEDS_COMPANION}
                  ORDER BY s.id LIMIT $2"
            ),
            &[&after, &limit, &algorithms],
        )
        .await?
        .iter()
        .map(|r| {
            Ok(LegacySignature {
                id: r.col(0)?,
                algorithm: r.col(1)?,
                signing_key_id: r.col(2)?,
                key_id: r.col(3)?,
                scope: r.col(4)?,
                public_key: r.col(5)?,
                signature: r.col(6)?,
                digest: r.col(7)?,
                context: r.col(8)?,
                subject_kind: r.col(9)?,
                subject_id: r.col(10)?,
            })
        })
        .collect()
}

/// A companion to insert: `of` re-signed with `key` over the same digest and context.
pub struct Companion<'a> {
    pub of: &'a LegacySignature,
    pub signature: Vec<u8>,
}

/// Inserts companions (one statement); a companion that already exists (another run) is skipped.
/// Returns how many were inserted.
pub async fn insert_companions(
    client: &impl GenericClient,
    key: &SigningKey,
    hash_algo_id: i64,
    actor: i64,
    companions: &[Companion<'_>],
) -> Result<u64> {
    if companions.is_empty() {
        return Ok(0);
    }
    let of: Vec<i64> = companions.iter().map(|c| c.of.id).collect();
    let sigs: Vec<&[u8]> = companions.iter().map(|c| c.signature.as_slice()).collect();
    let n = client
        .execute(
            "INSERT INTO signatures (signing_key_id, algo_id, hash_algo_id, signature, subject_kind, subject_id,
                                     message_digest, context, companion_of, created_by, meta)
             SELECT $1, k.algo_id, $2, x.sig, o.subject_kind, o.subject_id, o.message_digest, o.context,
                    o.id, $3,
                    jsonb_build_object('resigned_from', o.id, 'legacy_algorithm', coalesce(a.variant_norm, a.name),
                                       'legacy_key', ok.name, 'verified_at', now())
               FROM unnest($4::bigint[], $5::bytea[]) AS x(of, sig)
               JOIN signatures o ON o.id = x.of
               JOIN crypto_algorithms a ON a.id = o.algo_id
               LEFT JOIN signing_keys ok ON ok.id = o.signing_key_id
               CROSS JOIN signing_keys k
              WHERE k.id = $1
             ON CONFLICT DO NOTHING",
            &[&key.id, &hash_algo_id, &actor, &of, &sigs],
        )
        .await?;
    Ok(n)
}

/// Marks signatures that did not verify as quarantined, with the reason.
pub async fn quarantine(client: &impl GenericClient, ids: &[i64], reason: &str) -> Result<u64> {
    if ids.is_empty() {
        return Ok(0);
    }
    Ok(client
        .execute(
            "UPDATE signatures SET status = 'quarantined',
                    meta = coalesce(meta, '{}'::jsonb) || jsonb_build_object('quarantined_at', now(), 'reason', $2::text)
              WHERE id = ANY($1) AND status = 'valid'",
            &[&ids, &reason],
        )
        .await?)
}

/// Counts of signatures per algorithm, for `pq status`.
#[derive(Debug, Clone, Serialize)]
pub struct SignatureCounts {
    pub algorithm: String,
    pub quantum_vulnerable: bool,
    pub signatures: i64,
    /// Valid, vulnerable, no post-quantum companion: what `pq resign` would do.
    pub to_resign: i64,
    pub quarantined: i64,
}

pub async fn signature_counts(client: &impl GenericClient) -> Result<Vec<SignatureCounts>> {
    client
        .query(
            &format!(
                "SELECT coalesce(a.variant_norm, a.name), coalesce((a.params->>'quantum_vulnerable')::boolean, false),
                        count(*), count(*) FILTER (WHERE {NEEDS_COMPANION}),
                        count(*) FILTER (WHERE s.status = 'quarantined')
                   FROM signatures s JOIN crypto_algorithms a ON a.id = s.algo_id
                  GROUP BY 1, 2 ORDER BY 1"
            ),
            &[],
        )
        .await?
        .iter()
        .map(|r| {
            Ok(SignatureCounts {
                algorithm: r.col(0)?,
                quantum_vulnerable: r.col(1)?,
                signatures: r.col(2)?,
                to_resign: r.col(3)?,
                quarantined: r.col(4)?,
            })
        })
        .collect()
}

/// The scopes of the signing keys whose signatures need a companion (the companions are made
/// with the active post-quantum key of the same scope).
pub async fn legacy_scopes(
    client: &impl GenericClient,
    algorithms: &[String],
) -> Result<Vec<Option<String>>> {
    client
        .query(
            &format!(
                "SELECT DISTINCT k.scope FROM signatures s JOIN crypto_algorithms a ON a.id = s.algo_id
                   LEFT JOIN signing_keys k ON k.id = s.signing_key_id
                  WHERE (cardinality($1::text[]) = 0 OR a.variant_norm = ANY($1)) AND {NEEDS_COMPANION}
                  ORDER BY 1"
            ),
            &[&algorithms],
        )
        .await?
        .iter()
        .map(|r| r.col(0))
        .collect()
}
