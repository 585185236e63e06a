use clap::{Args, ValueEnum};

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::signing;

/// A quantum-vulnerable signature algorithm.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LegacyAlgorithm {
    #[value(name = "ed25519")]
    Ed25519,
    #[value(name = "ecdsa-p256")]
    EcdsaP256,
    #[value(name = "rsa-2048")]
    Rsa2048,
}

impl LegacyAlgorithm {
    fn name(self) -> &'static str {
        match self {
            LegacyAlgorithm::Ed25519 => "ed25519",
            LegacyAlgorithm::EcdsaP256 => "ecdsa-p256",
            LegacyAlgorithm::Rsa2048 => "rsa-2048",
        }
    }
}

/// Give every signature made with a quantum-vulnerable algorithm (Ed25519, ECDSA, RSA) a
/// post-quantum companion: each is verified first; a valid one gets an ML-DSA signature over the
/// same digest and context from the active post-quantum signing key of its key's scope (the old
/// signature's id and the verification time in its meta); an invalid one is quarantined and
/// reported (exit 65), never re-signed. Resumable: a killed run is simply run again. Signatures
/// idctl cannot verify (ECDSA, RSA) are reported and left alone.
///
/// Needs permission audit.sign.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl pq resign --dry-run\n  idctl pq resign --from-algorithm ed25519"
)]
pub struct ResignArgs {
    /// Only signatures of this algorithm (repeatable; default: every quantum-vulnerable one).
    #[arg(long, value_enum)]
    pub from_algorithm: Vec<LegacyAlgorithm>,
    /// Verify and count, write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Signatures per transaction.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub batch_size: i64,
}

pub async fn run(args: ResignArgs, ctx: &Ctx) -> Result<()> {
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::AuditSign)
        .await?;
    let req = signing::ResignRequest {
        algorithms: args
            .from_algorithm
            .iter()
            .map(|a| a.name().to_string())
            .collect(),
        dry_run: args.dry_run,
        batch_size: args.batch_size,
    };
    let report = signing::resign(&db, &keyring, actor.id, &req).await?;
    let verb = if report.dry_run {
        "Would re-sign"
    } else {
        "Re-signed"
    };
    ctx.ui.note(format!(
        "{verb} {} with {} ({:.0}/s); {} quarantined, {} unverifiable.",
        crate::text::count(report.resigned as i64, "signature", "signatures"),
        if report.signers.is_empty() {
            "-".to_string()
        } else {
            report.signers.join(", ")
        },
        report.signatures_per_second,
        report.quarantined,
        report.unverifiable
    ));
    ctx.ui.emit(&report)?;
    if report.quarantined > 0 {
        return Err(Error::data(format!(
            "{} not verify and were {}: {:?}",
            crate::text::count(report.quarantined as i64, "signature did", "signatures did"),
            if report.dry_run {
                "not quarantined (dry run)"
            } else {
                "quarantined, not re-signed"
            },
            report.quarantined_ids
        )));
    }
    Ok(())
}
