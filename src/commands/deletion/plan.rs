use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::deletion;

/// Show what a deletion job will do, as the database stands now (a dry run).
///
/// Per table, in the order the run will process them (children first, from the database's foreign
/// keys): rows to erase, anonymize or retain, the registry's reason, and when retained rows' retention
/// ends. Compared with the plan stored when the job was scheduled: rows that grew since are listed
/// (the run would stop on them unless --accept-new-plan). Needs permission deletion.plan.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl deletion plan 7")]
pub struct PlanArgs {
    /// The job id.
    pub id: i64,
}

pub async fn run(args: PlanArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::DeletionPlan)
        .await?;
    let plan = deletion::plan(&db, &registry, args.id).await?;
    ctx.ui.note(super::plan_summary(&plan));
    if !plan.grown.is_empty() {
        ctx.ui.warn(format!(
            "The plan grew since it was scheduled ({} tables): `deletion run --id {} --accept-new-plan` runs it as it is now.",
            plan.grown.len(),
            args.id
        ));
    }
    ctx.ui.emit_narrow(&plan, || super::plan_lines(&plan))
}
