use clap::Args;

use crate::context::Ctx;
use crate::engine::worker::{EngineSettings, StopSignal};
use crate::error::Result;
use crate::rotation::{self, RotateRequest, RotationPlan};

/// What `keys rotate` would do now: the target it would choose (and why), rows per column and key
/// version, rows to rewrite, with a time estimate. Changes nothing.
///
/// It checks what the run checks before writing (the registry against the live schema, every key
/// file) and chooses the target the same way, so the plan names the run's target. `keys rotate
/// --dry-run` shows the same plan and also checks the actor's permission. The estimate uses the
/// rows/s of the basename's last completed rotation, or an assumed 20,000 rows/s when there is none.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl keys plan profile\n  idctl keys plan profile -o json | jq .estimated_seconds"
)]
pub struct PlanArgs {
    /// Key purpose, e.g. profile.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::basenames))]
    pub basename: String,
}

pub async fn run(args: PlanArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    registry.require_basename(&args.basename)?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let req = RotateRequest::new(
        &args.basename,
        EngineSettings::default(),
        StopSignal::new(None),
    );
    let plan = rotation::plan(&db, &registry, &keyring, &req).await?;
    note_plan(ctx, &plan);
    emit_plan(ctx, &plan)
}

/// The plan; in a table, its columns as COLUMN, VERSIONS, TO REWRITE, NOTE.
pub fn emit_plan(ctx: &Ctx, plan: &RotationPlan) -> Result<()> {
    ctx.ui.emit_narrow(plan, || {
        let columns = plan
            .columns
            .iter()
            .map(|c| {
                serde_json::json!({
                    "column": crate::commands::views::qualified(&c.table, &c.column),
                    "versions": crate::commands::views::versions(&c.versions),
                    "to_rewrite": c.rows_to_rewrite,
                    "note": c.note.unwrap_or_default(),
                })
            })
            .collect();
        crate::commands::views::with_sections(plan, vec![("columns", columns)], &[])
    })
}

/// One line on stderr saying what the run would do.
pub fn note_plan(ctx: &Ctx, plan: &RotationPlan) {
    match &plan.target {
        Some(_) => ctx
            .ui
            .note(format!("{}: would {}.", plan.basename, plan.message)),
        None => ctx.ui.note(format!("{}: {}.", plan.basename, plan.message)),
    }
}
