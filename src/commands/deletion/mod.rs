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

// ------------------------------------------------------------------------------------------------
// Narrow table views (80 columns); `-o json` has every field (docs/OUTPUT.md).
// ------------------------------------------------------------------------------------------------

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::ops::deletion::{JobPlan, JobRun, Verification};
use crate::store::deletion::JobRow;

pub(crate) fn day(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

pub(crate) fn minute(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

#[derive(Serialize)]
pub(crate) struct StepLine {
    table: String,
    action: &'static str,
    rows: i64,
    kept_until: String,
}

/// A plan's steps, in execution order (the reasons are in `-o json`).
pub(crate) fn plan_lines(plan: &JobPlan) -> Vec<StepLine> {
    plan.steps
        .iter()
        .map(|s| StepLine {
            table: s.table.clone(),
            action: s.action.as_str(),
            rows: s.rows,
            kept_until: day(s.retain_until),
        })
        .collect()
}

#[derive(Serialize)]
pub(crate) struct RunLine {
    job: i64,
    outcome: crate::ops::deletion::RunOutcome,
    rows: i64,
    revoked: i64,
    seconds: String,
    follow_up: Option<i64>,
}

pub(crate) fn run_line(r: &JobRun) -> RunLine {
    RunLine {
        job: r.job_id,
        outcome: r.outcome,
        rows: r.rows.values().sum(),
        revoked: r.revoked.values().sum(),
        seconds: format!("{:.1}", r.seconds),
        follow_up: r.follow_up_job,
    }
}

#[derive(Serialize)]
pub(crate) struct JobView {
    id: i64,
    kind: &'static str,
    entity: String,
    hard: bool,
    status: String,
    reason: Option<String>,
    scheduled: String,
    started: String,
    finished: String,
    attempts: i32,
    runner: Option<String>,
    error: Option<String>,
    hold: Option<String>,
    plan_hash: String,
    rows_done: i64,
}

/// One job, without its plan, checkpoint and result documents (`-o json` has them).
pub(crate) fn job_view(j: &JobRow) -> JobView {
    let rows_done = j
        .checkpoint
        .get("rows")
        .and_then(|r| r.as_object())
        .map(|m| m.values().filter_map(|v| v.as_i64()).sum())
        .unwrap_or(0);
    JobView {
        id: j.id,
        kind: j.kind.as_str(),
        entity: format!(
            "{}:{}",
            j.entity_table.as_deref().unwrap_or("?"),
            crate::error::quoted_short(j.entity_pk.as_deref().unwrap_or("?"), 40).trim_matches('"')
        ),
        hard: j.hard,
        status: match j.blocked_reason {
            Some(b) if j.status == crate::store::deletion::JobStatus::Blocked => {
                format!("blocked ({})", b.as_str())
            }
            _ => j.status.as_str().to_string(),
        },
        reason: j.reason.clone(),
        scheduled: minute(j.scheduled_at),
        started: minute(j.started_at),
        finished: minute(j.finished_at),
        attempts: j.attempts,
        runner: j.runner.clone(),
        error: j.error.clone(),
        hold: j.hold_reason.as_ref().map(|r| {
            format!(
                "{r} (user {}, {})",
                j.held_by.map_or("?".into(), |u| u.to_string()),
                minute(j.held_at)
            )
        }),
        plan_hash: j
            .plan_hash
            .as_deref()
            .map(|h| h.trim().chars().take(12).collect())
            .unwrap_or_default(),
        rows_done,
    }
}

#[derive(Serialize)]
pub(crate) struct RemainingLine {
    table: String,
    rows: i64,
    allowed: bool,
    why: String,
}

pub(crate) fn remaining_lines(v: &Verification) -> Vec<RemainingLine> {
    v.remaining
        .iter()
        .map(|r| RemainingLine {
            table: r.table.clone(),
            rows: r.rows,
            allowed: r.allowed,
            why: r.why.clone(),
        })
        .collect()
}
