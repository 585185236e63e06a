use clap::Args;
use serde::Serialize;

use crate::census;
use crate::context::Ctx;
use crate::error::Result;
use crate::keystore::{self, KeyStatus};

/// What `keys rotate` would do: per column, rows per key version and rows to rewrite, with a time
/// estimate. Changes nothing.
///
/// The estimate uses the rows/s of the basename's last completed rotation, or an assumed 20,000
/// rows/s when there is none.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Key purpose, e.g. profile.
    pub basename: String,
}

#[derive(Debug, Serialize)]
struct PlanColumn {
    table: String,
    column: String,
    kind: &'static str,
    rewritable: bool,
    versions: std::collections::BTreeMap<String, i64>,
    rows_to_rewrite: i64,
    note: Option<&'static str>,
}

#[derive(Debug, Serialize)]
struct Plan {
    basename: String,
    active: Option<String>,
    target: String,
    unfinished_job: Option<i64>,
    rows_to_rewrite: i64,
    assumed_rows_per_second: f64,
    estimate_basis: String,
    estimated_seconds: f64,
    columns: Vec<PlanColumn>,
}

const ASSUMED_RATE: f64 = 20_000.0;

pub async fn run(args: PlanArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    registry.require_basename(&args.basename)?;
    let db = ctx.connect().await?;
    let client = db.client().await?;
    let versions = keystore::list(&**client, Some(&args.basename)).await?;
    let active = versions
        .iter()
        .find(|k| k.status == KeyStatus::Active)
        .map(|k| k.key_id.clone());
    let unfinished = crate::engine::jobs::unfinished_for(&**client, &args.basename).await?;
    let target = match (
        &unfinished,
        versions
            .iter()
            .filter(|k| k.status == KeyStatus::Pending)
            .max_by_key(|k| k.version),
    ) {
        (Some(job), _) => job.target_key_id(),
        (None, Some(p)) => p.key_id.clone(),
        (None, None) => format!(
            "{}:v{}",
            args.basename,
            versions.iter().map(|k| k.version).max().unwrap_or(0) + 1
        ),
    };
    let mut columns = Vec::new();
    for c in census::census(&**client, &registry, Some(&args.basename)).await? {
        let rewritable = registry
            .protected_column(&c.table, &c.column)
            .is_some_and(|p| p.idctl_can_rewrite());
        columns.push(PlanColumn {
            rows_to_rewrite: if rewritable {
                c.rows_not_under(&target)
            } else {
                0
            },
            note: (!rewritable)
                .then_some("not rewritten by idctl (rehashed by the application on next use)"),
            table: c.table,
            column: c.column,
            kind: c.kind,
            rewritable,
            versions: c.versions,
        });
    }
    let rows: i64 = columns.iter().map(|c| c.rows_to_rewrite).sum();
    let last_rate = crate::engine::jobs::latest_for(&**client, &args.basename)
        .await?
        .and_then(|j| j.result)
        .and_then(|r| r.get("rows_per_second").and_then(|v| v.as_f64()))
        .filter(|r| *r > 0.0);
    let (rate, basis) = match last_rate {
        Some(r) => (
            r,
            "rows/s of the last rotation of this basename".to_string(),
        ),
        None => (
            ASSUMED_RATE,
            "assumed (no previous rotation of this basename)".to_string(),
        ),
    };
    let plan = Plan {
        basename: args.basename,
        active,
        target,
        unfinished_job: unfinished.map(|j| j.id),
        rows_to_rewrite: rows,
        assumed_rows_per_second: rate.round(),
        estimate_basis: basis,
        estimated_seconds: (rows as f64 / rate * 10.0).round() / 10.0,
        columns,
    };
    ctx.ui.emit(&plan)
}
