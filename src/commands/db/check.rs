use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::db::requirements::{self, Problem};
use crate::error::{Error, Result};

/// Check that a database has every table and column idctl's commands rely on, with the right types.
///
/// For a database idctl did not create (or one migrated by other tools): reports each missing or
/// mistyped table and column and exits 65 when there is any. Changes nothing.
#[derive(Debug, Args)]
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
    let problems = requirements::check_columns(&live, requirements::REQUIRED_COLUMNS);
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
            "the database lacks {} thing(s) idctl needs (listed above)",
            report.problems.len()
        ))
        .with_hint("on a database idctl manages, run `idctl db migrate`"))
    }
}
