//! `idctl privacy`: data-subject exports. Commands parse and render; the work is in
//! `ops::privacy`, the SQL in `store::privacy`.

pub mod export;
pub mod requests;
pub mod verify_export;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    Export(export::ExportArgs),
    VerifyExport(verify_export::VerifyExportArgs),
    /// Data-subject requests: record, list with deadlines, extend, process, reject.
    #[command(subcommand)]
    Requests(requests::RequestsCommand),
}

pub async fn run(cmd: PrivacyCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        PrivacyCommand::Export(args) => export::run(args, ctx).await,
        PrivacyCommand::VerifyExport(args) => verify_export::run(args, ctx),
        PrivacyCommand::Requests(cmd) => requests::run(cmd, ctx).await,
    }
}

// ------------------------------------------------------------------------------------------------
// Narrow table views (80 columns); `-o json` has every field (docs/OUTPUT.md).
// ------------------------------------------------------------------------------------------------

use serde::Serialize;

use crate::ops::privacy::{ExportReport, Verification};
use crate::ops::requests::Processed;
use crate::store::privacy::RequestRow;

fn day(t: Option<chrono::DateTime<chrono::Utc>>) -> String {
    crate::commands::deletion::day(t)
}

#[derive(Serialize)]
pub(crate) struct FileLine {
    file: String,
    rows: u64,
    sha256: String,
}

/// An export's files with a short hash (the manifest and `-o json` have the whole one, the
/// exclusions and retention).
pub(crate) fn file_lines(r: &ExportReport) -> Vec<FileLine> {
    r.files
        .iter()
        .map(|f| FileLine {
            file: f.file.clone(),
            rows: f.rows,
            sha256: f.sha256.chars().take(12).collect(),
        })
        .collect()
}

#[derive(Serialize)]
pub(crate) struct CheckLine {
    file: String,
    ok: bool,
    rows: Option<u64>,
    problem: Option<String>,
}

pub(crate) fn check_lines(v: &Verification) -> Vec<CheckLine> {
    v.files
        .iter()
        .map(|f| CheckLine {
            file: f.file.clone(),
            ok: f.ok,
            rows: f.rows,
            problem: f.problem.clone(),
        })
        .collect()
}

#[derive(Serialize)]
pub(crate) struct RequestLine {
    id: i64,
    user: String,
    #[serde(rename = "type")]
    kind: String,
    status: String,
    requested: String,
    deadline: String,
    overdue: bool,
}

pub(crate) fn request_line(r: &RequestRow) -> RequestLine {
    RequestLine {
        id: r.id,
        user: r.user_id.clone(),
        kind: r.kind.clone(),
        status: r.status.clone(),
        requested: day(r.requested_at),
        deadline: day(r.deadline),
        overdue: r.overdue,
    }
}

#[derive(Serialize)]
pub(crate) struct ProcessedLine {
    id: i64,
    #[serde(rename = "type")]
    kind: String,
    user: String,
    outcome: crate::ops::requests::ProcessOutcome,
    detail: String,
}

pub(crate) fn processed_line(p: &Processed) -> ProcessedLine {
    ProcessedLine {
        id: p.id,
        kind: p.kind.clone(),
        user: p.user_id.clone(),
        outcome: p.outcome,
        detail: match (&p.file, p.deletion_job, &p.message) {
            (Some(f), _, _) => f.clone(),
            (None, Some(j), _) => format!("deletion job {j}"),
            (None, None, Some(m)) => m.clone(),
            _ => String::new(),
        },
    }
}
