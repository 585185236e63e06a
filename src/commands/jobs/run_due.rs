use std::time::{Duration, Instant};

use clap::Args;
use serde::Serialize;

use crate::authz::Permission;
use crate::cli::parse_duration_in;
use crate::commands::keys::rotate::{EngineArgs, stop_on_signals};
use crate::context::Ctx;
use crate::engine::jobs;
use crate::engine::worker::StopSignal;
use crate::error::{Error, ErrorKind, Result};
use crate::rotation::{self, RotateRequest, RotationStatus};

/// Run every job whose time has come, and stop cleanly at the deadline: the line cron calls.
///
/// Jobs another idctl is already running are skipped. At --max-duration the current batches finish
/// and are checkpointed, and the jobs are left to resume on the next run. Exits 65 when a job ended
/// with rows that failed. Needs permission jobs.run (and, with --privacy-out-dir, privacy.process
/// and privacy.export).
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl jobs run-due -q --max-duration 50m   # crontab: */60 * * * *\n  idctl jobs run-due --privacy-out-dir /srv/exports --audit-checkpoint --metrics-file /var/lib/node_exporter/idctl.prom"
)]
pub struct RunDueArgs {
    /// Stop (checkpointed) after this long, e.g. 50m (1s to 30d).
    #[arg(long, value_parser = parse_max_duration)]
    pub max_duration: Option<Duration>,
    /// Also process the open data-subject requests (as `privacy requests process --due`), writing
    /// exports into this directory.
    #[arg(long, value_name = "DIR")]
    pub privacy_out_dir: Option<std::path::PathBuf>,
    /// Also sign the audit chain's head (as `idctl audit checkpoint`) if entries were added since
    /// the last checkpoint. Needs permission audit.sign.
    #[arg(long)]
    pub audit_checkpoint: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

fn parse_max_duration(s: &str) -> std::result::Result<Duration, String> {
    parse_duration_in(
        s,
        Duration::from_secs(1),
        Duration::from_secs(30 * 24 * 3600),
    )
}

/// What became of a due job or an old key version (`outcome`, docs/OUTPUT.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum DueOutcome {
    // A rotation's status (`RotationStatus`), with the same names.
    Completed,
    CompletedWithErrors,
    WaitingForApplication,
    Interrupted,
    Cancelled,
    NothingToDo,
    /// Another idctl runs it, or a lock was held: the next run takes it up.
    Skipped,
    /// The deadline came before it could start.
    Deferred,
    /// An old key version whose grace period passed was retired.
    Retired,
    /// Its grace period passed, but rows still use it.
    RetirementDeferred,
    /// A data-subject request (`--privacy-out-dir`): exported and completed.
    RequestExported,
    /// An erasure request: its deletion job was scheduled.
    RequestDeletionScheduled,
    /// An erasure request whose deletion job completed: completed.
    RequestCompleted,
    /// A request waiting for its deletion job, or for a person.
    RequestWaiting,
    /// A request that could not be processed (exit 65).
    RequestFailed,
    /// `--audit-checkpoint`: the chain's head was signed.
    AuditCheckpointed,
    /// `--audit-checkpoint`: the chain does not verify; nothing was signed (exit 65).
    AuditCheckpointFailed,
}

impl From<RotationStatus> for DueOutcome {
    fn from(s: RotationStatus) -> Self {
        match s {
            RotationStatus::Completed => DueOutcome::Completed,
            RotationStatus::CompletedWithErrors => DueOutcome::CompletedWithErrors,
            RotationStatus::WaitingForApplication => DueOutcome::WaitingForApplication,
            RotationStatus::Interrupted => DueOutcome::Interrupted,
            RotationStatus::Cancelled => DueOutcome::Cancelled,
            RotationStatus::NothingToDo => DueOutcome::NothingToDo,
        }
    }
}

#[derive(Debug, Serialize)]
struct DueResult {
    job_id: i64,
    basename: String,
    outcome: DueOutcome,
    message: String,
}

pub async fn run(args: RunDueArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    // A connection per worker's writer, reader and lock probe, as `keys rotate` sizes it.
    let mut session = ctx.session_settings(crate::cli::DEFAULT_STATEMENT_TIMEOUT);
    session.pool_size = session.pool_size.max(args.engine.workers * 3 + 2);
    let db = ctx.connect_with(session).await?;
    let (actor, due) = {
        let client = db.client().await?;
        (
            ctx.actor(&**client, Permission::JobsRun).await?,
            jobs::due(&**client).await?,
        )
    };
    let deadline = args.max_duration.map(|d| Instant::now() + d);
    if let Some(d) = deadline {
        // Waits for an unavailable database end at the deadline too.
        crate::db::retry::give_up_at(d);
    }
    let stop = StopSignal::new(deadline);
    stop_on_signals(stop.clone());
    let mut results = Vec::new();
    let mut any_failed_rows = false;
    for job in due {
        if stop.should_stop() {
            results.push(DueResult {
                job_id: job.id,
                basename: job.basename,
                outcome: DueOutcome::Deferred,
                message: "deadline reached".into(),
            });
            continue;
        }
        let mut req = RotateRequest::new(&job.basename, args.engine.settings(), stop.clone());
        req.ranges_per_column = args.engine.ranges.max(1);
        let r = rotation::rotate(&db, &registry, &keyring, actor.id, &req, &ctx.ui).await;
        let (outcome, message) = match r {
            Ok(report) => {
                any_failed_rows |= report.status == RotationStatus::CompletedWithErrors;
                ctx.metrics.job(
                    &report.basename,
                    &crate::metrics::status_name(&report.status),
                    report.rows_rewritten,
                    report.rows_failed,
                );
                (DueOutcome::from(report.status), report.message)
            }
            Err(e) if e.kind() == ErrorKind::TempFail => {
                (DueOutcome::Skipped, e.message().to_string())
            }
            // Cancelled meanwhile by an operator: that job is over; the others still run.
            Err(e) if e.kind() == ErrorKind::Cancelled => {
                (DueOutcome::Cancelled, e.message().to_string())
            }
            Err(e) => return Err(e),
        };
        results.push(DueResult {
            job_id: job.id,
            basename: job.basename,
            outcome,
            message,
        });
    }
    // Post-quantum migrations left unfinished (a killed or interrupted `pq migrate`).
    for (job, policy) in crate::ops::pq::due_migrations(&db).await? {
        if stop.should_stop() {
            results.push(DueResult {
                job_id: job.id,
                basename: format!("policy:{policy}"),
                outcome: DueOutcome::Deferred,
                message: "deadline reached".into(),
            });
            continue;
        }
        let req = crate::ops::pq::MigrateRequest {
            policy: policy.clone(),
            scope: job
                .scope
                .as_deref()
                .map(|s| s.split(',').map(String::from).collect())
                .unwrap_or_default(),
            dry_run: false,
            settings: args.engine.settings(),
            ranges_per_column: args.engine.ranges.max(1),
            stop: stop.clone(),
        };
        let r = crate::ops::pq::migrate(&db, &registry, &keyring, actor.id, &req, &|_, _| {}).await;
        use crate::ops::pq::MigrationStatus as M;
        let (outcome, message) = match r {
            Ok(report) => {
                any_failed_rows |= report.status == M::CompletedWithErrors;
                ctx.metrics.job(
                    &format!("policy:{}", report.policy),
                    &crate::metrics::status_name(&report.status),
                    report.rows_migrated.max(0) as u64,
                    report.rows_failed.max(0) as u64,
                );
                let outcome = match report.status {
                    M::Completed => DueOutcome::Completed,
                    M::CompletedWithErrors => DueOutcome::CompletedWithErrors,
                    M::Interrupted => DueOutcome::Interrupted,
                    M::Cancelled => DueOutcome::Cancelled,
                    M::NothingToDo | M::Planned => DueOutcome::NothingToDo,
                };
                (outcome, report.message)
            }
            Err(e) if e.kind() == ErrorKind::TempFail => {
                (DueOutcome::Skipped, e.message().to_string())
            }
            Err(e) => return Err(e),
        };
        results.push(DueResult {
            job_id: job.id,
            basename: format!("policy:{policy}"),
            outcome,
            message,
        });
    }
    // Old key versions whose grace period has passed and that no row uses any more.
    let retirements = rotation::retire_due(&db, &registry, None, actor.id).await?;
    for key in &retirements.retired {
        results.push(DueResult {
            job_id: 0,
            basename: key.split(':').next().unwrap_or_default().to_string(),
            outcome: DueOutcome::Retired,
            message: format!("{key} retired after its grace period"),
        });
    }
    for key in &retirements.still_used {
        results.push(DueResult {
            job_id: 0,
            basename: key.split(':').next().unwrap_or_default().to_string(),
            outcome: DueOutcome::RetirementDeferred,
            message: format!(
                "{key}: grace period over, but rows still use it (the application wrote under it): `idctl keys rotate {}` moves them",
                key.split(':').next().unwrap_or_default()
            ),
        });
    }
    if let Some(dir) = &args.privacy_out_dir {
        if !dir.is_dir() {
            return Err(Error::usage(format!(
                "--privacy-out-dir {}: not a directory",
                dir.display()
            )));
        }
        {
            let client = db.client().await?;
            ctx.actor(&**client, Permission::PrivacyProcess).await?;
            ctx.actor(&**client, Permission::PrivacyExport).await?;
        }
        use crate::ops::requests::ProcessOutcome as P;
        for p in crate::ops::requests::process(&db, &registry, &keyring, &actor, &[], dir).await? {
            let outcome = match p.outcome {
                P::Exported => DueOutcome::RequestExported,
                P::DeletionScheduled => DueOutcome::RequestDeletionScheduled,
                P::Completed => DueOutcome::RequestCompleted,
                P::AwaitingDeletion | P::Manual | P::AlreadyProcessed => DueOutcome::RequestWaiting,
                P::Failed => {
                    any_failed_rows = true;
                    DueOutcome::RequestFailed
                }
            };
            results.push(DueResult {
                job_id: p.id,
                basename: format!("privacy_request:{}", p.kind),
                outcome,
                message: p
                    .message
                    .or(p.file.map(|f| format!("exported to {f}")))
                    .unwrap_or_default(),
            });
        }
    }
    if args.audit_checkpoint && crate::ops::audit::checkpoint_due(&db).await? {
        {
            let client = db.client().await?;
            ctx.actor(&**client, Permission::AuditSign).await?;
        }
        let (outcome, message, entry) =
            match crate::ops::audit::checkpoint(&db, &keyring, actor.id, false).await {
                Ok(r) => (
                    DueOutcome::AuditCheckpointed,
                    format!(
                        "signed the chain head at audit row {} ({})",
                        r.audit_id,
                        crate::text::count(r.signatures.len() as i64, "signature", "signatures")
                    ),
                    r.entry_id,
                ),
                Err(e) if e.kind() == ErrorKind::Data => {
                    any_failed_rows = true;
                    (
                        DueOutcome::AuditCheckpointFailed,
                        e.message().to_string(),
                        0,
                    )
                }
                Err(e) => return Err(e),
            };
        results.push(DueResult {
            job_id: entry,
            basename: "audit_chain".into(),
            outcome,
            message,
        });
    }
    if results.is_empty() && ctx.ui.is_table() {
        // Nothing to report: a note (silent with -q), so that cron mails nothing.
        ctx.ui.note("No job is due.");
    } else {
        ctx.ui.emit(&results)?;
    }
    if any_failed_rows {
        return Err(Error::data(
            "a job finished with rows that could not be processed, a privacy request failed, or the audit chain does not verify (see `idctl jobs show`, `idctl privacy requests list`, `idctl audit verify`)",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_keep_the_rotation_status_names() {
        for status in [
            RotationStatus::Completed,
            RotationStatus::CompletedWithErrors,
            RotationStatus::WaitingForApplication,
            RotationStatus::Interrupted,
            RotationStatus::Cancelled,
            RotationStatus::NothingToDo,
        ] {
            assert_eq!(
                serde_json::to_value(DueOutcome::from(status)).unwrap(),
                serde_json::to_value(status).unwrap()
            );
        }
        assert_eq!(
            serde_json::to_value(DueOutcome::RetirementDeferred).unwrap(),
            "retirement_deferred"
        );
        assert_eq!(
            serde_json::to_value(DueOutcome::Skipped).unwrap(),
            "skipped"
        );
    }
}
