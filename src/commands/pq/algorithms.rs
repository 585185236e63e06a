use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::Result;
use crate::ops::pq;

/// The algorithm catalogue: class, NIST category, status, whether a quantum computer breaks it
/// and the NIST IR 8547 dates that then apply, and the names other standards give it (Kyber768 is
/// not byte-compatible with ML-KEM-768; X-Wing is MLKEM768-X25519, HPKE KEM 0x647a; TLS's
/// X25519MLKEM768 is another combiner).
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl pq algorithms\n  idctl pq algorithms --vulnerable -o json"
)]
pub struct AlgorithmsArgs {
    /// Only the quantum-vulnerable algorithms.
    #[arg(long)]
    pub vulnerable: bool,
}

#[derive(Debug, Serialize)]
struct View {
    name: String,
    class: String,
    nist: String,
    quantum: &'static str,
    disallowed_after: String,
}

pub async fn run(args: AlgorithmsArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let all = pq::algorithms(&db, args.vulnerable).await?;
    ctx.ui.emit_narrow(&all, || {
        all.iter()
            .map(|a| View {
                name: a.name.clone(),
                class: a.class.clone(),
                nist: a
                    .nist_level
                    .map(|l| l.to_string())
                    .unwrap_or_else(|| "-".into()),
                quantum: if a.quantum_vulnerable {
                    "vulnerable"
                } else {
                    "safe"
                },
                disallowed_after: a.disallowed_after.clone().unwrap_or_else(|| "-".into()),
            })
            .collect::<Vec<_>>()
    })
}
