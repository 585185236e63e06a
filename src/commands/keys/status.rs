use clap::Args;
use serde::Serialize;

use crate::census::ColumnCensus;
use crate::commands::views;
use crate::context::Ctx;
use crate::error::Result;
use crate::keystore::{self, KeyStatus};

/// The census: rows per key version, for every protected column (or one basename's), and each
/// column's state against the active version.
///
/// Columns with a key-version column are counted from its index (index-only where the table is
/// vacuumed); header-only columns are read from each value's envelope header. The registry is
/// checked against the live schema first: a column that does not exist is an error (78), never a
/// count.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl keys status\n  idctl keys status profile -o json")]
pub struct StatusArgs {
    /// Only this basename.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::basenames))]
    pub basename: Option<String>,
    #[command(flatten)]
    pub watch: crate::commands::watch::WatchArgs,
}

/// Where a column stands against its basename's active version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnState {
    /// Every value is under the active version.
    Current,
    /// Values remain on older versions; `keys rotate` moves them.
    Behind,
    /// Blind-index values without a plaintext source remain on older versions: only the
    /// application can rehash them.
    WaitingForApplication,
    /// The basename has no active version.
    NoActiveVersion,
}

#[derive(Debug, Serialize)]
struct ColumnStatus {
    #[serde(flatten)]
    census: ColumnCensus,
    active: Option<String>,
    state: ColumnState,
    /// Values not under the active version.
    rows_behind: i64,
}

pub async fn run(args: StatusArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    if let Some(basename) = &args.basename {
        registry.require_basename(basename)?;
    }
    let db = ctx.connect().await?;
    let title = match &args.basename {
        Some(b) => format!("keys status {b}"),
        None => "keys status".to_string(),
    };
    crate::commands::watch::run(ctx, &args.watch, &title, async || {
        once(&args, ctx, &registry, &db).await.map(|()| false)
    })
    .await
}

async fn once(
    args: &StatusArgs,
    ctx: &Ctx,
    registry: &crate::registry::Registry,
    db: &crate::db::Database,
) -> Result<()> {
    let columns: Vec<_> = registry
        .protected
        .iter()
        .filter(|c| args.basename.as_deref().is_none_or(|b| c.basename == b))
        .cloned()
        .collect();
    crate::rotation::check_live_schema(db, registry, &columns).await?;
    let client = db.client().await?;
    let keys = keystore::list(&**client, args.basename.as_deref()).await?;
    let census = crate::census::census(&**client, registry, args.basename.as_deref()).await?;
    let out: Vec<ColumnStatus> = census
        .into_iter()
        .map(|c| {
            let active = keys
                .iter()
                .find(|k| k.basename == c.basename && k.status == KeyStatus::Active)
                .map(|k| k.key_id.clone());
            let rewritable = registry
                .protected_column(&c.table, &c.column)
                .is_some_and(|p| p.idctl_can_rewrite());
            let behind = active.as_deref().map_or(0, |a| c.rows_not_under(a));
            let state = match (&active, behind) {
                (None, _) => ColumnState::NoActiveVersion,
                (Some(_), 0) => ColumnState::Current,
                (Some(_), _) if rewritable => ColumnState::Behind,
                (Some(_), _) => ColumnState::WaitingForApplication,
            };
            ColumnStatus {
                census: c,
                active,
                state,
                rows_behind: behind,
            }
        })
        .collect();
    ctx.ui.emit_narrow(&out, || {
        out.iter()
            .map(|c| {
                serde_json::json!({
                    "column": views::qualified(&c.census.table, &c.census.column),
                    "versions": views::versions(&c.census.versions),
                    "behind": c.rows_behind,
                    "state": c.state.short(),
                })
            })
            .collect::<Vec<_>>()
    })
}

impl ColumnState {
    /// For tables: words that wrap at a space (`-o json` has the snake_case name).
    fn short(self) -> &'static str {
        match self {
            ColumnState::Current => "current",
            ColumnState::Behind => "behind",
            ColumnState::WaitingForApplication => "waiting for application",
            ColumnState::NoActiveVersion => "no active version",
        }
    }
}
