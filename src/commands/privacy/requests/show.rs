use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::Result;
use crate::ops::requests;

/// Show a data-subject request: status, deadline, extension, export or deletion job.
///
/// Needs permission privacy.process.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl privacy requests show 5")]
pub struct ShowArgs {
    /// The request id.
    pub id: i64,
}

/// The request, its meta spelled out (`-o json` has the meta document).
#[derive(serde::Serialize)]
struct RequestView {
    #[serde(flatten)]
    line: crate::commands::privacy::RequestLine,
    processed: String,
    note: Option<String>,
    extension: Option<String>,
    export: Option<String>,
    deletion_job: Option<String>,
    rejection: Option<String>,
}

pub async fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    ctx.actor(&**db.client().await?, Permission::PrivacyProcess)
        .await?;
    let r = requests::show(&db, args.id).await?;
    ctx.ui.emit_narrow(&r, || {
        let meta = r.meta.clone().unwrap_or_default();
        let text = |path: &[&str]| -> Option<String> {
            let mut v = &meta;
            for p in path {
                v = v.get(p)?;
            }
            Some(match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            })
        };
        RequestView {
            line: crate::commands::privacy::request_line(&r),
            processed: crate::commands::deletion::minute(r.processed_at),
            note: text(&["note"]),
            extension: text(&["extension", "reason"]),
            export: text(&["export", "file"]),
            deletion_job: text(&["deletion_job"]),
            rejection: text(&["rejection", "reason"]),
        }
    })
}
