use clap::Args;

use crate::authz::Permission;
use crate::commands::keys::rotate::{EngineArgs, stop_on_signals};
use crate::context::Ctx;
use crate::engine::worker::StopSignal;
use crate::error::{Error, Result};
use crate::ops::pq::{self, MigrateRequest, MigrationStatus};

/// Move sealed values onto a policy's recipients: for every value of the columns bound to the
/// policy (or --scope) not yet wrapped to its recipients, open the data key with the value's
/// current layers, wrap it to the policy's layers (dropping the old ones), open the result again,
/// and write it with compare-and-swap beside live writers. The data ciphertext is not re-encrypted.
/// Runs on the same engine as `keys rotate`: batched, checkpointed (killed, it resumes where it
/// stopped when run again), values that cannot be opened are quarantined and make it exit 65.
///
/// Checks everything first: the registry against the live schema, the policy and its bindings,
/// every recipient key file. Needs permission pq.migrate.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl pq migrate --policy customer --dry-run\n  idctl pq migrate --policy customer --scope orders.encrypted_customer_blob"
)]
pub struct MigrateArgs {
    /// The target policy.
    #[arg(long)]
    pub policy: String,
    /// Only these columns (TABLE.COLUMN, bound to the policy); repeatable.
    #[arg(long, value_name = "TABLE.COLUMN")]
    pub scope: Vec<String>,
    /// Count what would move after every check; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

pub async fn run(args: MigrateArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let mut session = ctx.session_settings(crate::cli::DEFAULT_STATEMENT_TIMEOUT);
    session.pool_size = session.pool_size.max(args.engine.workers * 3 + 2);
    let db = ctx.connect_with(session).await?;
    let actor = ctx
        .actor(&**db.client().await?, Permission::PqMigrate)
        .await?;
    let stop = StopSignal::new(None);
    if !args.dry_run {
        stop_on_signals(stop.clone());
    }
    let req = MigrateRequest {
        policy: args.policy,
        scope: args.scope,
        dry_run: args.dry_run,
        settings: args.engine.settings(),
        ranges_per_column: args.engine.ranges,
        stop,
    };
    let display = std::sync::Mutex::new(None);
    let result = pq::migrate(&db, &registry, &keyring, actor.id, &req, &|job, stats| {
        ctx.ui.note(format!(
            "Migrating to policy {} (job {job}) ...",
            req.policy
        ));
        let title = format!("pq migration job {job}: policy {}", req.policy);
        let d = crate::commands::progress::ProgressDisplay::start(&ctx.ui, job, &title, stats);
        *display.lock().unwrap_or_else(|p| p.into_inner()) = Some(d);
    })
    .await;
    let shown = display.lock().unwrap_or_else(|p| p.into_inner()).take();
    if let Some(d) = shown {
        d.finish().await;
    }
    let report = result?;
    ctx.metrics.job(
        &format!("policy:{}", report.policy),
        &crate::metrics::status_name(&report.status),
        report.rows_migrated.max(0) as u64,
        report.rows_failed.max(0) as u64,
    );
    ctx.ui.emit(&report)?;
    match report.status {
        MigrationStatus::Planned | MigrationStatus::NothingToDo | MigrationStatus::Completed => {
            ctx.ui
                .note(format!("{}: {}.", report.policy, report.message));
            Ok(())
        }
        MigrationStatus::Interrupted => Err(Error::temp_fail(report.message)),
        MigrationStatus::Cancelled => Err(Error::cancelled(report.message)),
        MigrationStatus::CompletedWithErrors => Err(Error::data(report.message)),
    }
}
