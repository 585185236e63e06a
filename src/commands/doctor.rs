use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::doctor::{self, DoctorInput, Severity};

/// Check what an operator checks before a rotation, and say what to fix. Changes nothing.
///
/// The database reachable and its migrations current; the schema against the registry; every key
/// version's file present, private (0600), owned by you and matching its row; key files no row
/// knows; versions left pending; jobs marked running with no live worker; the audit chain's
/// trigger; the operator's permissions (with --actor); server settings that make a rotation hurt
/// (a key-version column without an index, an application role without lock_timeout, a replica
/// far behind). Each finding has a severity (error, warning, info, ok) and a fix. Exits 65 when
/// any finding is an error or a warning, 0 otherwise.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl doctor\n  idctl doctor --actor ops@example.com -o json | jq '.findings[] | select(.severity != \"ok\")'"
)]
pub struct DoctorArgs {
    /// Also list the checks that passed (severity ok) in the table.
    #[arg(long)]
    pub all: bool,
}

/// The table view: one line per finding, the fix under its message.
#[derive(Debug, Serialize)]
struct Line {
    severity: Severity,
    check: doctor::Check,
    finding: String,
}

pub async fn run(args: DoctorArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await;
    let actor = match (&db, &ctx.global.actor) {
        (Ok(db), Some(given)) => {
            let resolved = match db.client().await {
                Ok(client) => ctx.resolve_actor(&**client).await,
                Err(e) => Err(e),
            };
            Some((given.clone(), resolved))
        }
        _ => None,
    };
    let report = doctor::run(DoctorInput {
        db: db.as_ref(),
        registry: &registry,
        keyring: &keyring,
        actor,
    })
    .await;
    let lines: Vec<Line> = report
        .findings
        .iter()
        .filter(|f| args.all || f.severity != Severity::Ok)
        .map(|f| Line {
            severity: f.severity,
            check: f.check,
            finding: {
                let mut text = if f.subject.is_empty() {
                    f.message.clone()
                } else {
                    format!("{}: {}", f.subject, f.message)
                };
                if let Some(fix) = &f.fix {
                    text.push_str("\nfix: ");
                    text.push_str(fix);
                }
                text
            },
        })
        .collect();
    // An empty table would only say "(none)": the summary line below says it better.
    if !(lines.is_empty() && ctx.ui.is_table()) {
        ctx.ui.emit_narrow(&report, || lines)?;
    }
    let passed = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Ok)
        .count();
    if report.ok {
        ctx.ui.note(format!(
            "All clear: {} passed, nothing to fix.",
            crate::text::count(passed as i64, "check", "checks")
        ));
        Ok(())
    } else {
        Err(Error::data(format!(
            "{} and {} (listed above with their fixes)",
            crate::text::count(report.errors as i64, "error", "errors"),
            crate::text::count(report.warnings as i64, "warning", "warnings")
        )))
    }
}
