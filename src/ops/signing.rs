//! Signing keys (`pq keys generate --algorithm ml-dsa-65|ml-dsa-87|ed25519`, `activate`, `retire`)
//! and signing with them.
//!
//! A signing key is a key version like any other: a 0600 key file in the keyring holding its
//! 32-byte seed (FIPS 204 ξ, or the RFC 8032 secret key), checked against its `crypto_keys`
//! fingerprint before every use, plus a `signing_keys` row with the public key verifiers need and
//! a scope saying what it signs. The database alone can verify every signature but make none.
//! Several keys may be active in one scope at once: that is how a checkpoint is signed both with
//! ML-DSA and, while the transition lasts, with Ed25519.

use serde::Serialize;

use crate::crypto::sign::{SignatureAlgorithm, SigningKey};
use crate::crypto::{Algorithm, KeyId};
use crate::db::pool::Database;
use crate::error::{Error, Result};
use crate::keystore::{self, KeyStatus, Keyring};
use crate::registry::Registry;
use crate::store::signing::{self as store, SigningStatus};

/// The scopes a signing key may have: what it signs.
pub const SCOPES: &[&str] = &["audit", "export"];

/// The key file algorithm of a signature algorithm.
pub fn key_algorithm(alg: SignatureAlgorithm) -> Algorithm {
    match alg {
        SignatureAlgorithm::MlDsa44 => Algorithm::MlDsa44,
        SignatureAlgorithm::MlDsa65 => Algorithm::MlDsa65,
        SignatureAlgorithm::MlDsa87 => Algorithm::MlDsa87,
        SignatureAlgorithm::Ed25519 => Algorithm::Ed25519,
    }
}

/// A request for a new signing key version.
#[derive(Debug, Clone)]
pub struct NewSigningKey<'a> {
    pub name: &'a str,
    pub algorithm: SignatureAlgorithm,
    pub scope: &'a str,
    /// Leave it pending (`pq keys activate` makes it sign).
    pub inactive: bool,
}

/// `pq keys generate` for a signing algorithm: the key file, its `crypto_keys` row and its
/// `signing_keys` row, active at once unless `inactive` (the previous active version of the name
/// is then retired: it signs no more, its signatures still verify).
pub async fn generate(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: i64,
    req: &NewSigningKey<'_>,
) -> Result<store::SigningKey> {
    let name = req.name;
    if !crate::registry::is_valid_basename(name) {
        return Err(Error::usage(format!(
            "signing key name {name:?} is not valid: names match ^[a-z][a-z0-9_]{{0,47}}$"
        )));
    }
    if !SCOPES.contains(&req.scope) {
        return Err(Error::usage(format!(
            "scope {:?} is not one idctl signs with (expected one of: {})",
            req.scope,
            SCOPES.join(", ")
        )));
    }
    if registry.basenames().contains(&name) {
        return Err(Error::usage(format!(
            "{name} is a basename of the registry's symmetric keys; a signing key needs a name of its own"
        )));
    }
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    let existing = keystore::list(&*tx, Some(name)).await?;
    if let Some(other) = existing
        .iter()
        .find(|r| r.algorithm != req.algorithm.as_str())
    {
        return Err(Error::usage(format!(
            "{name} already has versions of algorithm {} ({}); a name keeps one algorithm",
            other.algorithm, other.key_id
        )));
    }
    let algo_id = crate::store::pq::algorithm_id(&*tx, req.algorithm.as_str()).await?;
    let rec = keystore::generate(
        &*tx,
        keyring,
        name,
        key_algorithm(req.algorithm),
        Some(actor),
        !req.inactive,
    )
    .await?;
    let root = keyring.load(&rec)?;
    let key = SigningKey::from_root(&root).map_err(|e| Error::internal(e.to_string()))?;
    let status = if req.inactive {
        SigningStatus::Pending
    } else {
        for old in store::signing_keys(&*tx, Some(name)).await? {
            if old.status == SigningStatus::Active {
                store::set_status(&*tx, old.id, SigningStatus::Retired).await?;
            }
        }
        SigningStatus::Active
    };
    let id = store::insert_signing_key(
        &*tx,
        &store::NewSigningKey {
            crypto_key_row: rec.row_id,
            key_id: &rec.key_id,
            algo_id,
            public_key: key.public_key_bytes(),
            scope: req.scope,
            status,
            actor: Some(actor),
        },
    )
    .await?;
    tx.commit().await?;
    let client = db.client().await?;
    store::signing_key(&**client, id)
        .await?
        .ok_or_else(|| Error::internal("the generated signing key is not listed"))
}

pub async fn list(db: &Database, name: Option<&str>) -> Result<Vec<store::SigningKey>> {
    let client = db.client().await?;
    store::signing_keys(&**client, name).await
}

/// The signing key version `id`, or a usage error if it is not one.
async fn version(
    client: &impl tokio_postgres::GenericClient,
    id: &KeyId,
) -> Result<store::SigningKey> {
    store::signing_keys(client, Some(id.basename()))
        .await?
        .into_iter()
        .find(|k| k.key_id == id.as_str())
        .ok_or_else(|| {
            Error::usage(format!("{id} is not a signing key version"))
                .with_hint("see `idctl pq keys list`")
        })
}

/// Whether `basename` names signing keys.
pub async fn is_signing(db: &Database, basename: &str) -> Result<bool> {
    Ok(!list(db, Some(basename)).await?.is_empty())
}

/// `pq keys activate`: a pending signing key version signs from now on; the name's other active
/// version is retired.
pub async fn activate(db: &Database, actor: i64, id: &KeyId) -> Result<store::SigningKey> {
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    keystore::lock_basename(&*tx, id.basename()).await?;
    let key = version(&*tx, id).await?;
    if key.status != SigningStatus::Pending {
        return Err(Error::usage(format!(
            "{id} is {}; only a pending signing key can be activated",
            key.status.as_str()
        ))
        .with_hint("generate a new version: `idctl pq keys generate`"));
    }
    for other in store::signing_keys(&*tx, Some(id.basename())).await? {
        if other.status == SigningStatus::Active {
            store::set_status(&*tx, other.id, SigningStatus::Retired).await?;
        }
    }
    let rec = keystore::get(&*tx, id).await?;
    keystore::activate_version(&*tx, &rec, Some(actor)).await?;
    store::set_status(&*tx, key.id, SigningStatus::Active).await?;
    tx.commit().await?;
    let client = db.client().await?;
    version(&**client, id).await
}

/// `pq keys retire` of a signing key version: it signs no more; its signatures still verify
/// (their key's public half stays in `signing_keys`), and one made after now is reported by
/// `audit verify`.
pub async fn retire(db: &Database, actor: i64, id: &KeyId) -> Result<store::SigningKey> {
    let mut c = db.client().await?;
    let tx = c.transaction().await?;
    keystore::lock_basename(&*tx, id.basename()).await?;
    let key = version(&*tx, id).await?;
    if key.status == SigningStatus::Retired {
        return Err(Error::usage(format!("{id} is already retired")));
    }
    store::set_status(&*tx, key.id, SigningStatus::Retired).await?;
    let rec = keystore::get(&*tx, id).await?;
    if !matches!(rec.status, KeyStatus::Retired | KeyStatus::Destroyed) {
        keystore::retire_version(
            &*tx,
            &rec,
            Some(actor),
            None,
            format!("retired signing key {id}"),
            serde_json::json!({"signatures": key.signatures}),
        )
        .await?;
    }
    tx.commit().await?;
    let client = db.client().await?;
    version(&**client, id).await
}

/// A signing key loaded for signing: its row and its private key (from the key file, checked
/// against the fingerprint and against the public key in `signing_keys`).
pub struct Signer {
    pub key: store::SigningKey,
    pub private: SigningKey,
}

/// Loads the active signing keys of `scope`, each checked: its key file's public key must be the
/// one verifiers will use. Fails before anything is signed if any cannot be loaded.
pub async fn load_signers(
    client: &impl tokio_postgres::GenericClient,
    keyring: &Keyring,
    scope: &str,
) -> Result<Vec<Signer>> {
    let mut out = Vec::new();
    for key in store::active_signing_keys(client, scope).await? {
        let id: KeyId = key
            .key_id
            .parse()
            .map_err(|e| Error::data(format!("signing key name {:?}: {e}", key.key_id)))?;
        let rec = keystore::get(client, &id).await?;
        let root = keyring.load(&rec)?;
        let private = SigningKey::from_root(&root)
            .map_err(|e| Error::data(format!("{id}: its key file is not a signing key ({e})")))?;
        if private.public_key_bytes() != key.public_key.as_slice() {
            return Err(Error::data(format!(
                "{id}: the key file's public key is not the one in signing_keys; refusing to sign with it"
            ))
            .with_hint("restore the key file of this version (`idctl keys restore`), or retire it"));
        }
        out.push(Signer { key, private });
    }
    Ok(out)
}

/// A signature made (for reports).
#[derive(Debug, Clone, Serialize)]
pub struct MadeSignature {
    pub signature_id: i64,
    pub key: String,
    pub algorithm: String,
    pub quantum_vulnerable: bool,
}

// ---- pq resign -----------------------------------------------------------------------------------

/// What `pq resign` does.
#[derive(Debug, Clone)]
pub struct ResignRequest {
    /// Legacy algorithms to re-sign (idctl names); all quantum-vulnerable ones if empty.
    pub algorithms: Vec<String>,
    pub dry_run: bool,
    pub batch_size: i64,
}

/// The result of `pq resign`.
#[derive(Debug, Clone, Serialize)]
pub struct ResignReport {
    pub dry_run: bool,
    /// The post-quantum keys the companions are made with, by scope.
    pub signers: Vec<String>,
    /// Legacy signatures looked at.
    pub examined: i64,
    /// Verified and given a post-quantum companion (in a dry run: would be).
    pub resigned: i64,
    /// Did not verify: quarantined (status `quarantined`), never re-signed.
    pub quarantined: i64,
    pub quarantined_ids: Vec<i64>,
    /// Of an algorithm idctl cannot verify (ECDSA, RSA) or without a digest: left alone.
    pub unverifiable: i64,
    pub unverifiable_ids: Vec<i64>,
    pub elapsed_seconds: f64,
    pub signatures_per_second: f64,
}

/// One legacy signature's outcome.
enum Outcome {
    Companion(Vec<u8>),
    Invalid,
    Unverifiable,
}

fn resign_one(s: &store::LegacySignature, signer: Option<&SigningKey>) -> Result<Outcome> {
    let Some(digest) = s.digest.as_deref() else {
        return Ok(Outcome::Unverifiable);
    };
    let Ok(alg) = s.algorithm.parse::<SignatureAlgorithm>() else {
        return Ok(Outcome::Unverifiable);
    };
    let Ok(vk) = crate::crypto::sign::VerifyingKey::from_bytes(alg, &s.public_key) else {
        return Ok(Outcome::Invalid);
    };
    let verified = match s.context.as_deref() {
        Some(ctx) => vk.verify(digest, ctx.as_bytes(), &s.signature),
        None => vk.verify_unframed(digest, &s.signature),
    };
    if verified.is_err() {
        return Ok(Outcome::Invalid);
    }
    match signer {
        None => Ok(Outcome::Companion(Vec::new())),
        Some(k) => k
            .sign(digest, s.context.as_deref().unwrap_or_default().as_bytes())
            .map(Outcome::Companion)
            .map_err(|e| Error::internal(e.to_string())),
    }
}

/// `pq resign`: every valid signature of a quantum-vulnerable algorithm without a post-quantum
/// companion is verified first; a valid one gets an ML-DSA signature over the same digest and
/// context (`companion_of` = it, provenance in meta), an invalid one is quarantined and reported,
/// never re-signed. In batches, one transaction each: a killed run loses at most its open batch,
/// and the next run picks up the signatures still without a companion (the unique index on
/// `(companion_of, algo_id)` makes a second companion impossible). Verification and signing run on
/// every core.
pub async fn resign(
    db: &Database,
    keyring: &Keyring,
    actor: i64,
    req: &ResignRequest,
) -> Result<ResignReport> {
    let started = std::time::Instant::now();
    let client = db.client().await?;
    // Preconditions: an active post-quantum signing key for every scope that needs one.
    let mut signers: std::collections::HashMap<Option<String>, std::sync::Arc<Signer>> =
        std::collections::HashMap::new();
    for scope in store::legacy_scopes(&**client, &req.algorithms).await? {
        let name = scope.clone().unwrap_or_else(|| "audit".into());
        let found = load_signers(&**client, keyring, &name)
            .await?
            .into_iter()
            .find(|s| !s.key.quantum_vulnerable);
        match found {
            Some(s) => {
                signers.insert(scope, std::sync::Arc::new(s));
            }
            None if req.dry_run => {}
            None => {
                return Err(Error::config(format!(
                    "no active post-quantum signing key of scope {name}: nothing was re-signed"
                ))
                .with_hint(format!(
                    "`idctl pq keys generate --algorithm ml-dsa-65 --name {name}_sig --scope {name}`"
                )));
            }
        }
    }
    let hash_algo = crate::store::pq::algorithm_id(&**client, "sha-256").await?;
    drop(client);
    let mut report = ResignReport {
        dry_run: req.dry_run,
        signers: {
            let mut v: Vec<String> = signers.values().map(|s| s.key.key_id.clone()).collect();
            v.sort();
            v.dedup();
            v
        },
        examined: 0,
        resigned: 0,
        quarantined: 0,
        quarantined_ids: Vec::new(),
        unverifiable: 0,
        unverifiable_ids: Vec::new(),
        elapsed_seconds: 0.0,
        signatures_per_second: 0.0,
    };
    let mut after = 0i64;
    loop {
        let page = {
            let client = db.client().await?;
            store::legacy_page(&**client, after, req.batch_size.max(1), &req.algorithms).await?
        };
        let Some(last) = page.last() else { break };
        after = last.id;
        let work_signers = signers.clone();
        let dry_run = req.dry_run;
        let (page, outcomes) = tokio::task::spawn_blocking(move || {
            use rayon::prelude::*;
            let outcomes: Vec<Result<Outcome>> = page
                .par_iter()
                .map(|s| {
                    let signer = if dry_run {
                        None
                    } else {
                        work_signers.get(&s.scope).map(|k| &k.private)
                    };
                    resign_one(s, signer)
                })
                .collect();
            (page, outcomes)
        })
        .await
        .map_err(|e| Error::internal(format!("re-signing failed: {e}")))?;
        let mut companions = Vec::new();
        let mut invalid = Vec::new();
        for (s, outcome) in page.iter().zip(outcomes) {
            report.examined += 1;
            match outcome? {
                Outcome::Companion(sig) => {
                    report.resigned += 1;
                    companions.push(store::Companion {
                        of: s,
                        signature: sig,
                    });
                }
                Outcome::Invalid => {
                    report.quarantined += 1;
                    if report.quarantined_ids.len() < 100 {
                        report.quarantined_ids.push(s.id);
                    }
                    invalid.push(s.id);
                }
                Outcome::Unverifiable => {
                    report.unverifiable += 1;
                    if report.unverifiable_ids.len() < 100 {
                        report.unverifiable_ids.push(s.id);
                    }
                }
            }
        }
        if req.dry_run {
            continue;
        }
        let mut c = db.client().await?;
        let tx = c.transaction().await?;
        // Companions grouped by the key that made them (one per scope).
        let mut by_key: std::collections::BTreeMap<
            i64,
            (&store::SigningKey, Vec<store::Companion>),
        > = std::collections::BTreeMap::new();
        for comp in companions {
            let signer = &signers[&comp.of.scope];
            by_key
                .entry(signer.key.id)
                .or_insert_with(|| (&signer.key, Vec::new()))
                .1
                .push(comp);
        }
        for (_, (key, comps)) in by_key {
            store::insert_companions(&*tx, key, hash_algo, actor, &comps).await?;
        }
        store::quarantine(&*tx, &invalid, "the signature did not verify (pq resign)").await?;
        tx.commit().await?;
        crate::failpoint::hit("resign.after_batch");
    }
    if !req.dry_run && report.examined > 0 {
        let client = db.client().await?;
        crate::authz::audit(
            &**client,
            actor,
            "signatures",
            None,
            "resign",
            serde_json::json!({"resigned": report.resigned, "quarantined": report.quarantined,
                               "unverifiable": report.unverifiable, "signers": report.signers}),
        )
        .await?;
    }
    report.elapsed_seconds = started.elapsed().as_secs_f64();
    report.signatures_per_second = if report.elapsed_seconds > 0.0 {
        report.examined as f64 / report.elapsed_seconds
    } else {
        0.0
    };
    Ok(report)
}
