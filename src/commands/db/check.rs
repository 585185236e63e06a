use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::db::requirements::{self, Problem};
use crate::error::{Error, Result};

/// Check that a database has every table and column idctl's commands rely on, with the right types.
///
/// For a database idctl did not create (or one migrated by other tools): reports each missing or
/// mistyped table and column that idctl's own SQL uses, and validates the registry (built-in or
/// --registry) against the live schema: its protected columns and their types, and every table with
/// a foreign key to the subject table that the registry does not classify. Exits 65 when anything
/// is wrong. Changes nothing.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl db check\n  idctl db check --registry registries/compact-uuid.toml -o json"
)]
pub struct CheckArgs {}

#[derive(Debug, Serialize)]
struct CheckReport {
    database: String,
    columns_checked: usize,
    ok: bool,
    problems: Vec<Problem>,
}

pub async fn run(_args: CheckArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let client = db.client().await?;
    let live = requirements::live_columns(&**client).await?;
    let mut problems = requirements::check_columns(&live, requirements::REQUIRED_COLUMNS);
    let registry = ctx.registry()?;
    problems.extend(crate::store::catalogue::check(&registry, &**client).await?);
    let report = CheckReport {
        database: db.target(),
        columns_checked: requirements::REQUIRED_COLUMNS.len(),
        ok: problems.is_empty(),
        problems,
    };
    ctx.ui.emit(&report)?;
    if report.ok {
        ctx.ui.note("The database has everything idctl needs.");
        Ok(())
    } else {
        Err(Error::data(format!(
            "the database lacks {} idctl needs (listed above)",
            crate::text::count(report.problems.len() as i64, "thing", "things")
        ))
        .with_hint(match registry.bookkeeping {
            Some(_) => "idctl's own tables go into the registry's bookkeeping schema: `idctl db migrate --bookkeeping`; a registry problem is the registry's to fix",
            None => "on a database idctl manages, run `idctl db migrate`",
        }))
    }
}
