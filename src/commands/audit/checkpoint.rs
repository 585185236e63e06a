use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::audit;

/// Sign the audit chain's head: verify the chain since the last checkpoint, then sign the head
/// with every active signing key of scope audit (ML-DSA, and Ed25519 too while one is active). Does
/// nothing when the head is already signed. Refuses, signing nothing, if the chain does not verify
/// (exit 65) or no signing key is active (exit 78). `idctl jobs run-due --audit-checkpoint` does it
/// on a schedule.
///
/// Needs permission audit.sign.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl audit checkpoint --actor ops@example.com")]
pub struct CheckpointArgs {
    /// Sign the head even if a checkpoint already covers it.
    #[arg(long)]
    pub force: bool,
}

pub async fn run(args: CheckpointArgs, ctx: &Ctx) -> Result<()> {
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::AuditSign)
        .await?;
    let report = audit::checkpoint(&db, &keyring, actor.id, args.force).await?;
    if report.signed {
        let keys: Vec<String> = report
            .signatures
            .iter()
            .map(|s| format!("{} ({})", s.key, s.algorithm))
            .collect();
        ctx.ui.note(format!(
            "Signed the chain head at audit row {} with {}.",
            report.audit_id,
            keys.join(" and ")
        ));
        if report.signatures.iter().all(|s| s.quantum_vulnerable) {
            ctx.ui.warn(
                "every signature of this checkpoint is quantum-vulnerable: activate an ML-DSA signing key",
            );
        }
    } else {
        ctx.ui.note(format!(
            "Nothing to sign: a checkpoint already covers the head (audit row {}).",
            report.audit_id
        ));
    }
    ctx.ui.emit(&report)
}
