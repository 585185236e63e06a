use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::audit;

/// Check the audit trail: recompute the hash chain over every audit_log row and check every signed
/// checkpoint. Reports each break by audit row id (a row edited, deleted or inserted by hand; a
/// chain rewritten after an edit; a checkpoint by an unknown or retired key) and exits 65 if there
/// is any; 0 when the trail is intact. Streams: memory stays flat on millions of rows.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl audit verify\n  idctl audit verify --from 120000 -o json"
)]
pub struct VerifyArgs {
    /// Start at this audit row (its chain entry, or the next one), trusting the chain before it.
    #[arg(long, value_name = "ID")]
    pub from: Option<i64>,
}

#[derive(Debug, Serialize)]
struct View {
    kind: String,
    audit_id: String,
    detail: String,
}

pub async fn run(args: VerifyArgs, ctx: &Ctx) -> Result<()> {
    if args.from.is_some_and(|f| f < 1) {
        return Err(Error::usage("--from must be an audit row id (1 or more)"));
    }
    let db = ctx.connect().await?;
    let report = audit::verify(&db, args.from).await?;
    ctx.ui.emit_narrow(&report, || {
        report
            .findings
            .iter()
            .map(|f| View {
                kind: serde_json::to_value(f.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default(),
                audit_id: f
                    .audit_id
                    .map(|i| i.to_string())
                    .unwrap_or_else(|| "-".into()),
                detail: f.detail.clone(),
            })
            .collect::<Vec<_>>()
    })?;
    let signed = match report.last_checkpoint_audit_id {
        Some(id) => format!(
            "signed up to audit row {id} ({}); {} after it",
            crate::text::count(
                report.checkpoints_valid as i64,
                "valid checkpoint signature",
                "valid checkpoint signatures"
            ),
            crate::text::count(report.entries_after_checkpoint as i64, "entry", "entries")
        ),
        None => "no valid checkpoint yet (`idctl audit checkpoint` signs the head)".into(),
    };
    if report.ok {
        ctx.ui.note(format!(
            "Audit chain intact: {} checked in {:.1} s; {signed}.",
            crate::text::count(report.entries as i64, "entry", "entries"),
            report.seconds
        ));
        Ok(())
    } else {
        let first = &report.findings[0];
        Err(Error::data(format!(
            "the audit trail does not verify: {}, the first at audit row {}: {}",
            crate::text::count(report.findings_total as i64, "finding", "findings"),
            first
                .audit_id
                .map(|i| i.to_string())
                .unwrap_or_else(|| "-".into()),
            first.detail
        )))
    }
}
