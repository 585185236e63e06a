use std::time::{Duration, Instant};

use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::deletion::{self, JobRun, RunOptions, RunOutcome};

/// Run a deletion job (--id) or every job whose time has come (--due, for cron).
///
/// Bounded batches, each its own short transaction that moves the job's checkpoint: a run that is
/// killed or stopped (--max-duration) continues where it stopped when run again, and a completed
/// job run again does nothing. Another runner's job is skipped (--due) or refused with exit 75
/// (--id). Before anything changes the plan is recomputed: if rows were added since it was
/// scheduled the job is blocked (plan_changed) unless --accept-new-plan. A hard deletion asks you to
/// type the subject's key (--yes for scripts; without a terminal it is not started). Exit 65 if a
/// job failed, is blocked or was stopped. Needs permission deletion.run.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl deletion run --id 7\n  idctl deletion run --due --max-duration 50m -q   # from cron"
)]
#[command(group(clap::ArgGroup::new("which").args(["id", "due"]).required(true)))]
pub struct RunArgs {
    /// Run this job.
    #[arg(long, value_name = "ID")]
    pub id: Option<i64>,
    /// Run every due job, oldest first.
    #[arg(long)]
    pub due: bool,
    /// Stop (checkpointed) after this long: 30m, 1h.
    #[arg(long, value_name = "DURATION", value_parser = crate::cli::parse_duration)]
    pub max_duration: Option<Duration>,
    /// Rows per batch transaction.
    #[arg(long, default_value_t = deletion::DEFAULT_BATCH, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub batch_size: i64,
    /// Run a job whose plan grew since it was scheduled, with the plan as it is now (recorded).
    #[arg(long)]
    pub accept_new_plan: bool,
    /// Run even if the subject is yourself or the last operator.
    #[arg(long)]
    pub force: bool,
    /// With --id: run a job scheduled for later now (skip the rest of its grace period).
    #[arg(long, requires = "id")]
    pub now: bool,
}

fn describe(r: &JobRun) -> String {
    let rows: i64 = r.rows.values().sum();
    let what = match r.outcome {
        RunOutcome::Completed => format!("completed, {rows} rows changed"),
        RunOutcome::AlreadyCompleted => "already completed, nothing to do".into(),
        RunOutcome::Paused => format!("paused at the deadline after {rows} rows"),
        RunOutcome::Blocked => "blocked".into(),
        RunOutcome::Failed => "failed".into(),
        RunOutcome::Stopped => "stopped".into(),
        RunOutcome::NotConfirmed => "not started (not confirmed)".into(),
        RunOutcome::NotDue => "not due yet".into(),
        RunOutcome::Cancelled => "cancelled".into(),
    };
    match &r.message {
        Some(m) => format!("Deletion job {}: {what}: {m}", r.job_id),
        None => format!("Deletion job {}: {what}.", r.job_id),
    }
}

pub async fn run(args: RunArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::DeletionRun)
        .await?;
    let confirm = |job: &crate::store::deletion::JobRow| -> Result<()> {
        let key = job.entity_pk.clone().unwrap_or_default();
        ctx.confirm(
            &format!(
                "Hard-delete {} {key} (deletion job {})? This cannot be undone.",
                job.entity_table.as_deref().unwrap_or("?"),
                job.id
            ),
            Some(&key),
        )
    };
    let opts = RunOptions {
        actor: &actor,
        batch_size: args.batch_size,
        deadline: args.max_duration.map(|d| Instant::now() + d),
        accept_new_plan: args.accept_new_plan,
        force: args.force,
        now: args.now,
        confirm: &confirm,
    };
    let runs = match args.id {
        Some(id) => vec![deletion::run_one(&db, &registry, id, &opts).await?],
        None => deletion::run_due(&db, &registry, &opts).await?,
    };
    for r in &runs {
        if r.outcome.is_problem()
            || r.outcome == RunOutcome::Stopped
            || r.outcome == RunOutcome::NotDue
        {
            ctx.ui.warn(describe(r));
        } else {
            ctx.ui.note(describe(r));
        }
    }
    if args.due && runs.is_empty() {
        ctx.ui.note("No deletion job is due.");
    }
    match args.id {
        Some(_) => ctx.ui.emit_narrow(&runs[0], || super::run_line(&runs[0]))?,
        None => ctx.ui.emit_narrow(&runs, || {
            runs.iter().map(super::run_line).collect::<Vec<_>>()
        })?,
    }
    let problems: Vec<&JobRun> = runs
        .iter()
        .filter(|r| {
            r.outcome.is_problem()
                || r.outcome == RunOutcome::Stopped
                || (args.id.is_some() && r.outcome == RunOutcome::NotDue)
        })
        .collect();
    if problems.is_empty() {
        return Ok(());
    }
    if problems
        .iter()
        .all(|r| r.outcome == RunOutcome::NotConfirmed)
    {
        return Err(Error::usage(format!(
            "{} not confirmed; nothing was changed for them",
            crate::text::count(problems.len() as i64, "hard deletion", "hard deletions")
        ))
        .with_hint("run in a terminal to type the confirmation, or pass --yes"));
    }
    Err(Error::data(format!(
        "{} of {} did not complete: {}",
        problems.len(),
        crate::text::count(runs.len() as i64, "deletion job", "deletion jobs"),
        problems
            .iter()
            .map(|r| r.job_id.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )))
}
