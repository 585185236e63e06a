use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::deletion;

/// After a deletion completed: what remains of the entity, by table, and why it may remain.
///
/// Every table the registry links to the subject is searched. Retained rows (with their retention
/// end and reason), anonymized rows, the tombstone and actor references are allowed; anything else
/// is a finding, and the command exits 65. Needs permission deletion.plan.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl deletion verify 7")]
pub struct VerifyArgs {
    /// The job id.
    pub id: i64,
}

pub async fn run(args: VerifyArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::DeletionPlan)
        .await?;
    let v = deletion::verify(&db, &registry, args.id).await?;
    ctx.ui.emit_narrow(&v, || super::remaining_lines(&v))?;
    if v.ok {
        ctx.ui.note(format!(
            "Deletion job {}: nothing remains that should not ({} tables hold allowed rows).",
            args.id,
            v.remaining.len()
        ));
        Ok(())
    } else {
        let bad: Vec<&str> = v
            .remaining
            .iter()
            .filter(|r| !r.allowed)
            .map(|r| r.table.as_str())
            .collect();
        Err(Error::data(format!(
            "deletion job {}: rows remain that should not: {}",
            args.id,
            bad.join(", ")
        )))
    }
}
