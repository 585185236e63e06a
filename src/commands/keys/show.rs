use clap::Args;
use serde::Serialize;

use crate::census::{self, ColumnCensus};
use crate::commands::views;
use crate::context::Ctx;
use crate::error::Result;
use crate::keystore::{self, KeyRecord};

/// Show a basename's versions and where each is used, or one version (`profile:v2`).
///
/// Also checks each version's key file against its row (present, private, same fingerprint) and says
/// so in `key_file`; key material is never shown.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl keys show profile\n  idctl keys show profile:v2 -o json"
)]
pub struct ShowArgs {
    /// `basename` or `basename:vN`.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::key_ids))]
    pub key: String,
}

#[derive(Debug, Serialize)]
struct VersionView {
    #[serde(flatten)]
    record: KeyRecord,
    key_file: String,
    rows: i64,
}

#[derive(Debug, Serialize)]
struct ShowReport {
    basename: String,
    versions: Vec<VersionView>,
    columns: Vec<ColumnCensus>,
}

pub async fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let (basename, only) = match args.key.split_once(':') {
        Some(_) => {
            let id = super::parse_key_id(&args.key)?;
            (id.basename().to_string(), Some(id))
        }
        None => (args.key.clone(), None),
    };
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let client = db.client().await?;
    super::require_existing_basename(ctx, &registry, &**client, &basename).await?;
    if let Some(id) = &only {
        super::require_version(&**client, id).await?;
    }
    let only = only.map(|id| id.to_string());
    let records = keystore::list(&**client, Some(&basename)).await?;
    if records.is_empty() {
        return Err(crate::error::Error::data(format!(
            "no key versions of {basename:?} in crypto_keys"
        )));
    }
    let columns = census::census(&**client, &registry, Some(&basename)).await?;
    let versions = records
        .into_iter()
        .filter(|r| only.as_ref().is_none_or(|o| *o == r.key_id))
        .map(|record| {
            let key_file = if record.status == keystore::KeyStatus::Destroyed {
                "destroyed".to_string()
            } else {
                match keyring.load(&record) {
                    Ok(_) => "ok".to_string(),
                    Err(e) => e.message().to_string(),
                }
            };
            let rows = columns.iter().map(|c| c.rows_under(&record.key_id)).sum();
            VersionView {
                record,
                key_file,
                rows,
            }
        })
        .collect();
    let report = ShowReport {
        basename,
        versions,
        columns,
    };
    ctx.ui.emit_narrow(&report, || {
        let versions = report
            .versions
            .iter()
            .map(|v| {
                serde_json::json!({
                    "key": v.record.key_id,
                    "status": v.record.status.as_str(),
                    "fingerprint": super::list::short_fingerprint(&v.record.fingerprint),
                    "rows": v.rows,
                    "key_file": v.key_file,
                })
            })
            .collect();
        let columns = report
            .columns
            .iter()
            .map(|c| {
                serde_json::json!({
                    "column": views::qualified(&c.table, &c.column),
                    "kind": c.kind,
                    "versions": views::versions(&c.versions),
                })
            })
            .collect();
        views::with_sections(
            &report,
            vec![("versions", versions), ("columns", columns)],
            &[],
        )
    })
}
