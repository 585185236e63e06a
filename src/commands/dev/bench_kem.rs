//! `idctl dev bench-kem`: the raw rate of one core at the crypto a `pq migrate` does per value,
//! measured on this machine, so that `scripts/bench-pq` can put the migration's rows/s beside it in
//! the same run (docs/BENCHMARKS.md).

use std::time::{Duration, Instant};

use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::crypto::{
    Algorithm, Context, KeyId, Opener, RecipientPrivateKey, RootKey, SealingPolicy,
};
use crate::error::{Error, Result};

/// Measure one core's raw X-Wing decapsulate+encapsulate rate, and the rate of the whole per-value
/// work of `pq migrate` (open an X25519-sealed value, wrap its data key to X-Wing, open the result
/// again), on throwaway keys. Nothing is read or written.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl dev bench-kem")]
pub struct BenchKemArgs {
    /// How long each measurement runs, 1 to 60 seconds.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=60))]
    pub seconds: u64,
}

#[derive(Debug, Serialize)]
pub struct KemRates {
    /// X-Wing encapsulate + decapsulate pairs per second, one core.
    pub xwing_encaps_decaps_per_second: f64,
    /// `Opener::reseal` from one X25519 layer to one X-Wing layer, per second, one core.
    pub reseal_x25519_to_xwing_per_second: f64,
    pub seconds_each: u64,
}

fn throwaway(id: &str, alg: Algorithm) -> Result<RecipientPrivateKey> {
    let id: KeyId = id.parse().map_err(|e| Error::internal(format!("{e}")))?;
    let root = RootKey::generate(id, alg).map_err(|e| Error::internal(e.to_string()))?;
    RecipientPrivateKey::from_root(&root).map_err(|e| Error::internal(e.to_string()))
}

/// How many times `f` runs per second over `seconds` (shared by the `dev bench-*` tools).
pub(super) fn rate(seconds: u64, mut f: impl FnMut() -> Result<()>) -> Result<f64> {
    let budget = Duration::from_secs(seconds);
    let started = Instant::now();
    let mut n = 0u64;
    while started.elapsed() < budget {
        f()?;
        n += 1;
    }
    Ok(n as f64 / started.elapsed().as_secs_f64())
}

pub async fn run(args: BenchKemArgs, ctx: &Ctx) -> Result<()> {
    let seconds = args.seconds;
    let rates = tokio::task::spawn_blocking(move || -> Result<KemRates> {
        let bad = |e: crate::crypto::CryptoError| Error::internal(e.to_string());
        let xw = throwaway("bench_xwing:v1", Algorithm::XWing)?;
        let pk = xw.public().clone();
        let xwing = rate(seconds, || {
            let (ct, ss) = pk.encapsulate().map_err(bad)?;
            let again = xw
                .decapsulate(&ct)
                .map_err(|e| Error::internal(format!("{e:?}")))?;
            if *again != *ss {
                return Err(Error::internal("X-Wing shared secrets differ"));
            }
            Ok(())
        })?;
        let legacy = throwaway("bench_legacy:v1", Algorithm::X25519)?;
        let from = SealingPolicy::new(
            "bench-legacy",
            Vec::new(),
            vec![(legacy.key_id().clone(), legacy.public().clone())],
        )
        .map_err(bad)?;
        let to = SealingPolicy::new(
            "bench-hybrid",
            Vec::new(),
            vec![(xw.key_id().clone(), xw.public().clone())],
        )
        .map_err(bad)?;
        // The context is any table/column/key: its cost does not depend on the names.
        let ctx = Context::new("bench_table", "bench_column", &["42"]);
        let value = from.seal(&ctx, &[0x5a; 300]).map_err(bad)?;
        let mut opener = Opener::new();
        opener.add_policy("bench-legacy", Vec::new());
        opener.add_policy("bench-hybrid", Vec::new());
        opener.add_recipient(legacy);
        opener.add_recipient(xw);
        let reseal = rate(seconds, || {
            opener
                .reseal(&value, &ctx, &to)
                .map(|_| ())
                .map_err(|e| Error::internal(format!("{e:?}")))
        })?;
        Ok(KemRates {
            xwing_encaps_decaps_per_second: xwing.round(),
            reseal_x25519_to_xwing_per_second: reseal.round(),
            seconds_each: seconds,
        })
    })
    .await
    .map_err(|e| Error::internal(format!("benchmark task failed: {e}")))??;
    ctx.ui.emit(&rates)
}
