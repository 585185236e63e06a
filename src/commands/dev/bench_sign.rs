//! `idctl dev bench-sign`: one core's raw rates at what `audit verify` and `pq resign` do per item,
//! measured on this machine, so that `scripts/bench-audit` can put their rates beside them in the
//! same run (docs/BENCHMARKS.md).

use clap::Args;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::bench_kem::rate;
use crate::context::Ctx;
use crate::crypto::sign::{SignatureAlgorithm, SigningKey};
use crate::error::{Error, Result};

/// Measure one core's raw SHA-256 rate over messages of the audit rows' size (what `audit verify`
/// hashes per row), its ML-DSA-65 sign+verify rate, and the rate of `pq resign`'s per-signature
/// work (verify an Ed25519 signature, sign its digest with ML-DSA-65), on throwaway keys. Nothing
/// is read or written.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl dev bench-sign")]
pub struct BenchSignArgs {
    /// How long each measurement runs, 1 to 60 seconds.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=60))]
    pub seconds: u64,
    /// Bytes per hashed message (the mean encoded audit row), 1 to 1 MiB.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=1_048_576))]
    pub message_bytes: u64,
}

#[derive(Debug, Serialize)]
pub struct SignRates {
    /// SHA-256 of one message of `message_bytes`, per second, one core.
    pub sha256_messages_per_second: f64,
    pub sha256_mib_per_second: f64,
    pub message_bytes: u64,
    /// ML-DSA-65 hedged sign + verify of a 32-byte digest, pairs per second, one core.
    pub ml_dsa_65_sign_verify_per_second: f64,
    /// Ed25519 verify + ML-DSA-65 sign (one `pq resign` companion), per second, one core.
    pub resign_ed25519_to_ml_dsa_65_per_second: f64,
    pub seconds_each: u64,
}

pub async fn run(args: BenchSignArgs, ctx: &Ctx) -> Result<()> {
    let (seconds, len) = (args.seconds, args.message_bytes as usize);
    let rates = tokio::task::spawn_blocking(move || -> Result<SignRates> {
        let bad = |e: crate::crypto::sign::SignatureError| Error::internal(e.to_string());
        let mut message = vec![0x5au8; len];
        let mut sink = [0u8; 32];
        let sha = rate(seconds, || {
            // Each message differs (its first bytes are the previous digest), as rows do.
            let d = Sha256::digest(&message);
            message[..8].copy_from_slice(&d[..8]);
            sink.copy_from_slice(&d);
            Ok(())
        })?;
        std::hint::black_box(sink);
        let ml = SigningKey::from_seed(SignatureAlgorithm::MlDsa65, &[7; 32]);
        let ed = SigningKey::from_seed(SignatureAlgorithm::Ed25519, &[9; 32]);
        let ctx = b"idctl audit checkpoint v1";
        let digest = [0x42u8; 32];
        let sign_verify = rate(seconds, || {
            let sig = ml.sign(&digest, ctx).map_err(bad)?;
            ml.verifying_key().verify(&digest, ctx, &sig).map_err(bad)
        })?;
        let legacy = ed.sign(&digest, ctx).map_err(bad)?;
        let resign = rate(seconds, || {
            ed.verifying_key()
                .verify(&digest, ctx, &legacy)
                .map_err(bad)?;
            ml.sign(&digest, ctx).map(|_| ()).map_err(bad)
        })?;
        Ok(SignRates {
            sha256_messages_per_second: sha.round(),
            sha256_mib_per_second: (sha * len as f64 / 1_048_576.0 * 10.0).round() / 10.0,
            message_bytes: len as u64,
            ml_dsa_65_sign_verify_per_second: sign_verify.round(),
            resign_ed25519_to_ml_dsa_65_per_second: resign.round(),
            seconds_each: seconds,
        })
    })
    .await
    .map_err(|e| Error::internal(format!("benchmark task failed: {e}")))??;
    ctx.ui.emit(&rates)
}
