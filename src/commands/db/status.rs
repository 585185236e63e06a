use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::db::migrate::{self, MigrationState};
use crate::error::Result;

/// Show the database, its server version, and the state of every migration.
///
/// States: applied; pending (compiled into this idctl, not yet applied); changed (applied, but the
/// migration's text differs now); unknown (applied by a newer idctl).
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl db status\n  idctl db status -o json | jq .up_to_date"
)]
pub struct StatusArgs {}

#[derive(Debug, Serialize)]
struct StatusReport {
    database: String,
    server_version: String,
    current_user: String,
    /// `full` (the identity schema) or `bookkeeping` (idctl's tables only, in `schema`).
    migration_set: &'static str,
    /// Where idctl's tables are: the bookkeeping schema, or the connection's first schema.
    schema: Option<String>,
    applied: usize,
    pending: usize,
    up_to_date: bool,
    migrations: Vec<MigrationState>,
}

pub async fn run(_args: StatusArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let client = db.client().await?;
    let info = crate::store::server::session_info(&**client).await?;
    let set = migrate::MigrationSet::of(&ctx.registry()?);
    let migrations = migrate::status(&**client, &set).await?;
    let applied = migrations
        .iter()
        .filter(|m| m.state == migrate::State::Applied)
        .count();
    let pending = migrations
        .iter()
        .filter(|m| m.state == migrate::State::Pending)
        .count();
    let report = StatusReport {
        database: info.database,
        server_version: info.server_version,
        current_user: info.user,
        migration_set: set.name(),
        schema: match &set {
            migrate::MigrationSet::Bookkeeping { schema } => Some(schema.clone()),
            migrate::MigrationSet::Full => None,
        },
        applied,
        pending,
        up_to_date: applied == migrations.len(),
        migrations,
    };
    ctx.ui.emit_narrow(&report, || {
        let rows = report
            .migrations
            .iter()
            .map(|m| {
                serde_json::json!({
                    "version": m.version,
                    "name": m.name,
                    "state": m.state,
                    "applied": crate::commands::views::minute(m.applied_at),
                    "by": m.applied_by.clone().unwrap_or_default(),
                })
            })
            .collect();
        crate::commands::views::with_sections(&report, vec![("migrations", rows)], &[])
    })
}
