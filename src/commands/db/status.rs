use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::db::migrate::{self, MigrationState};
use crate::db::row::RowExt;
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
    let row = client
        .query_one(
            "SELECT current_database(), current_setting('server_version'), current_user::text",
            &[],
        )
        .await?;
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
        database: row.col(0)?,
        server_version: row.col(1)?,
        current_user: row.col(2)?,
        applied,
        pending,
        up_to_date: applied == migrations.len(),
        migrations,
    };
    ctx.ui.emit(&report)
}
