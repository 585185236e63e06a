//! `idctl deletion`: deletion jobs. Commands parse and render; the work is in `ops::deletion`, the
//! SQL in `store::deletion`.

pub mod cancel;
pub mod hold;
pub mod list;
pub mod plan;
pub mod release;
pub mod run;
pub mod schedule;
pub mod show;
pub mod verify;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum DeletionCommand {
    Schedule(schedule::ScheduleArgs),
    List(list::ListArgs),
    Show(show::ShowArgs),
    Plan(plan::PlanArgs),
    Run(run::RunArgs),
    Cancel(cancel::CancelArgs),
    Hold(hold::HoldArgs),
    Release(release::ReleaseArgs),
    Verify(verify::VerifyArgs),
}

pub async fn run(cmd: DeletionCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        DeletionCommand::Schedule(args) => schedule::run(args, ctx).await,
        DeletionCommand::List(args) => list::run(args, ctx).await,
        DeletionCommand::Show(args) => show::run(args, ctx).await,
        DeletionCommand::Plan(args) => plan::run(args, ctx).await,
        DeletionCommand::Run(args) => run::run(args, ctx).await,
        DeletionCommand::Cancel(args) => cancel::run(args, ctx).await,
        DeletionCommand::Hold(args) => hold::run(args, ctx).await,
        DeletionCommand::Release(args) => release::run(args, ctx).await,
        DeletionCommand::Verify(args) => verify::run(args, ctx).await,
    }
}

/// A short, one-line account of a plan for stderr.
pub(crate) fn plan_summary(plan: &crate::ops::deletion::JobPlan) -> String {
    use crate::ops::deletion::StepAction;
    let sum = |a: StepAction| -> i64 {
        plan.steps
            .iter()
            .filter(|s| s.action == a)
            .map(|s| s.rows)
            .sum()
    };
    format!(
        "{} {} {}: {} rows erased, {} anonymized, {} retained (plan {}).",
        if plan.hard {
            "Hard deletion of"
        } else {
            "Soft deletion of"
        },
        plan.entity_table,
        plan.entity_pk,
        sum(StepAction::Erase),
        sum(StepAction::Anonymize),
        sum(StepAction::Retain),
        plan.plan_hash.get(..12).unwrap_or(&plan.plan_hash)
    )
}
