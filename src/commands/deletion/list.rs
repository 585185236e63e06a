use clap::Args;
use serde::Serialize;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::deletion;
use crate::store::deletion::{BlockedReason, JobKind, JobStatus};

/// List deletion jobs, newest first.
///
/// Needs permission deletion.plan.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl deletion list --status blocked\n  idctl deletion list -o json"
)]
pub struct ListArgs {
    /// Only jobs in this status: scheduled, running, completed, failed, blocked, cancelled.
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// At most this many jobs.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub limit: i64,
}

/// One line of `deletion list`.
#[derive(Debug, Serialize)]
pub struct JobLine {
    pub id: i64,
    pub kind: JobKind,
    pub entity: String,
    pub hard: bool,
    pub status: JobStatus,
    pub blocked_reason: Option<BlockedReason>,
    pub scheduled_at: Option<chrono::DateTime<chrono::Utc>>,
    pub finished_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A line of the table view.
#[derive(Debug, Serialize)]
struct ListView {
    id: i64,
    entity: String,
    mode: &'static str,
    status: String,
    due: String,
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let status = match args.status.as_deref() {
        None => None,
        Some(s) => Some(JobStatus::parse(s).ok_or_else(|| {
            Error::usage(format!(
                "--status {s:?}: one of scheduled, running, completed, failed, blocked, cancelled"
            ))
        })?),
    };
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::DeletionPlan)
        .await?;
    let jobs = deletion::list(&db, status, args.limit).await?;
    let lines: Vec<JobLine> = jobs
        .into_iter()
        .map(|j| JobLine {
            id: j.id,
            kind: j.kind,
            entity: format!(
                "{}:{}",
                j.entity_table.as_deref().unwrap_or("?"),
                crate::error::quoted_short(j.entity_pk.as_deref().unwrap_or("?"), 40)
                    .trim_matches('"')
            ),
            hard: j.hard,
            status: j.status,
            blocked_reason: j.blocked_reason,
            scheduled_at: j.scheduled_at,
            finished_at: j.finished_at,
        })
        .collect();
    ctx.ui.emit_narrow(&lines, || {
        lines
            .iter()
            .map(|l| ListView {
                id: l.id,
                entity: l.entity.clone(),
                mode: match (l.kind, l.hard) {
                    (JobKind::Purge, _) => "purge",
                    (_, true) => "hard",
                    (_, false) => "soft",
                },
                status: match l.blocked_reason {
                    Some(b) => format!("blocked ({})", b.as_str()),
                    None => l.status.as_str().to_string(),
                },
                due: super::minute(l.scheduled_at),
            })
            .collect::<Vec<_>>()
    })
}
