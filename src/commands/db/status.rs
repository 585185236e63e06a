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
pub struct StatusArgs {}

#[derive(Debug, Serialize)]
struct StatusReport {
    database: String,
    server_version: String,
    current_user: String,
    applied: usize,
    pending: usize,
    up_to_date: bool,
    migrations: Vec<MigrationState>,
}

pub async fn run(_args: StatusArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let client = db.client().await?;
    let info = crate::store::server::session_info(&**client).await?;
    let migrations = migrate::status(&**client).await?;
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
        applied,
        pending,
        up_to_date: applied == migrations.len(),
        migrations,
    };
    ctx.ui.emit(&report)
}
