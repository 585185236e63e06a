use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::{deletion, users};

/// Schedule the deletion of a user (or of another deletable entity) and show its plan.
///
/// The plan (rows per table to erase, anonymize or retain, the registry's reasons, retention ends)
/// is computed now and stored with the job with its hash; `deletion run` stops if it grew. A soft
/// deletion revokes every grant of access as `users lock` does, marks the account deleted and
/// inactive, erases or anonymizes its personal data and keeps the anonymized row as a tombstone. A
/// hard deletion (--hard) also removes the tombstone when nothing references it any more, and
/// purges the rows kept under legal retention when their retention ends. Refuses yourself and the
/// last operator unless --force. Audited. Needs permission deletion.plan.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl deletion schedule 42 --reason \"user request #981\" --grace 30d\n  idctl deletion schedule ann@example.com --hard --reason \"erasure request 12\""
)]
#[command(group(clap::ArgGroup::new("when").args(["at", "grace"])))]
pub struct ScheduleArgs {
    /// A user id or an email address (or, with --table, nothing).
    #[arg(
        value_name = "ID|EMAIL",
        required_unless_present = "table",
        conflicts_with = "table"
    )]
    pub user: Option<String>,
    /// Another entity the registry declares deletable (`deletable = true`), with --pk.
    #[arg(long, value_name = "TABLE", requires = "pk")]
    pub table: Option<String>,
    /// The entity's primary key (with --table).
    #[arg(long, value_name = "KEY", requires = "table")]
    pub pk: Option<String>,
    /// Hard deletion: the tombstone goes too, and retained rows are purged when their retention
    /// ends. Needs confirmation when it runs.
    #[arg(long)]
    pub hard: bool,
    /// When the job becomes due: an RFC 3339 time (default: now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// A grace period from now (30d, 12h) before the job becomes due.
    #[arg(long, value_name = "DURATION")]
    pub grace: Option<String>,
    /// Why (recorded with the job and in the audit log).
    #[arg(long)]
    pub reason: String,
    /// Schedule even yourself or the last operator.
    #[arg(long)]
    pub force: bool,
}

fn due_time(args: &ScheduleArgs) -> Result<chrono::DateTime<chrono::Utc>> {
    if let Some(at) = &args.at {
        return chrono::DateTime::parse_from_rfc3339(at)
            .map(|t| t.with_timezone(&chrono::Utc))
            .map_err(|e| {
                Error::usage(format!("--at {at:?}: not an RFC 3339 time ({e})"))
                    .with_hint("for example 2027-01-31T00:00:00Z")
            });
    }
    if let Some(g) = &args.grace {
        let d = crate::cli::parse_duration(g)
            .map_err(|e| Error::usage(format!("--grace {g:?}: {e}")))?;
        return chrono::Duration::from_std(d)
            .ok()
            .and_then(|d| chrono::Utc::now().checked_add_signed(d))
            .ok_or_else(|| Error::usage(format!("--grace {g:?}: out of range")));
    }
    Ok(chrono::Utc::now())
}

pub async fn run(args: ScheduleArgs, ctx: &Ctx) -> Result<()> {
    if args.reason.trim().is_empty() {
        return Err(Error::usage("--reason must say why"));
    }
    let at = due_time(&args)?;
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::DeletionPlan)
        .await?;
    let (table, key) = match (&args.user, &args.table, &args.pk) {
        (Some(user), _, _) => (
            registry.subject.table.clone(),
            users::resolve_single(&db, &registry, &keyring, user).await?,
        ),
        (None, Some(t), Some(k)) => (t.clone(), k.clone()),
        _ => return Err(Error::usage("name a user, or --table and --pk")),
    };
    let plan = deletion::schedule(
        &db,
        &registry,
        &deletion::ScheduleRequest {
            table: &table,
            key: &key,
            hard: args.hard,
            at,
            reason: args.reason.trim(),
            force: args.force,
            actor: &actor,
        },
    )
    .await?;
    ctx.ui.note(format!(
        "Scheduled deletion job {} for {}. {}",
        plan.job_id.unwrap_or_default(),
        at.to_rfc3339(),
        super::plan_summary(&plan)
    ));
    if !args.hard && plan.tombstone == deletion::Tombstone::Erased {
        ctx.ui.note(
            "The registry erases the user's own row (this schema has no deleted_at to keep a \
             tombstone): this soft deletion ends like a hard one.",
        );
    }
    ctx.ui.emit_narrow(&plan, || super::plan_lines(&plan))
}
