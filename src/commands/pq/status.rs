use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::pq;

/// Post-quantum readiness: for each sealed column, the policy bound, the values still wrapped only
/// to quantum-vulnerable recipients (X25519) and the NIST IR 8547 date after which that is
/// disallowed, the values not yet on their policy's recipients; for each recipient key, its
/// algorithm and how many values are wrapped to it; signatures made with quantum-vulnerable
/// algorithms (Ed25519, ECDSA, RSA) without a post-quantum companion, and active vulnerable signing
/// keys. Exit 0 when no value and no signature is quantum-vulnerable, 65 otherwise (a CI gate);
/// -o json for dashboards.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl pq status\n  idctl pq status -q || echo 'quantum-vulnerable values remain'   # a CI gate"
)]
pub struct StatusArgs {}

#[derive(Debug, Serialize)]
struct View {
    column: String,
    policy: String,
    rows: i64,
    /// Values wrapped only to quantum-vulnerable recipients.
    weak: i64,
    /// Values not yet on their policy.
    pending: i64,
    /// The date after which the weak values are disallowed.
    until: String,
}

pub async fn run(_args: StatusArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let db = ctx.connect().await?;
    let report = pq::status(&db, &registry).await?;
    ctx.ui.emit_narrow(&report, || {
        report
            .columns
            .iter()
            .map(|c| View {
                column: crate::commands::views::qualified(&c.table, &c.column),
                policy: c.policy.clone().unwrap_or_else(|| "(none)".into()),
                rows: c.rows,
                weak: c.vulnerable_rows,
                pending: c.noncompliant_rows,
                until: c.deadline.clone().unwrap_or_else(|| "-".into()),
            })
            .collect::<Vec<_>>()
    })?;
    for s in report.signatures.iter().filter(|s| s.quantum_vulnerable) {
        ctx.ui.note(format!(
            "{} made with {}: {} without a post-quantum companion, {} quarantined.",
            crate::text::count(s.signatures, "signature", "signatures"),
            s.algorithm,
            s.to_resign,
            s.quarantined
        ));
    }
    if !report.vulnerable_signing_keys.is_empty() {
        ctx.ui.note(format!(
            "Active quantum-vulnerable signing keys: {} (retire them once nothing needs them).",
            report.vulnerable_signing_keys.join(", ")
        ));
    }
    if report.ready {
        ctx.ui
            .note("No sealed value and no signature is quantum-vulnerable.");
        Ok(())
    } else if report.vulnerable_rows > 0 {
        Err(Error::data(format!(
            "{} wrapped only to quantum-vulnerable recipients{}",
            crate::text::count(
                report.vulnerable_rows as i64,
                "sealed value is",
                "sealed values are"
            ),
            if report.vulnerable_signatures > 0 {
                format!(
                    ", and {} no post-quantum companion",
                    crate::text::count(
                        report.vulnerable_signatures as i64,
                        "signature has",
                        "signatures have"
                    )
                )
            } else {
                String::new()
            }
        ))
        .with_hint(
            "`idctl pq migrate --policy <hybrid policy>` moves them; `idctl pq resign` re-signs",
        ))
    } else {
        Err(Error::data(format!(
            "{} made with a quantum-vulnerable algorithm {} no post-quantum companion",
            crate::text::count(
                report.vulnerable_signatures as i64,
                "signature",
                "signatures"
            ),
            if report.vulnerable_signatures == 1 {
                "has"
            } else {
                "have"
            }
        ))
        .with_hint("`idctl pq resign` verifies each and adds an ML-DSA signature"))
    }
}
