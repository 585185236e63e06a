use std::collections::BTreeMap;

use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::engine::codec::{Checkable, ColumnCodec, RowErrorClass};
use crate::engine::scan::ColumnTable;
use crate::error::{Error, Result};
use crate::registry::ProtectedKind;

/// Decrypt stored values and report, per table and column, how many succeed and which fail and why.
///
/// Failures name the primary key and an error class (wrong_context, tampered, unknown_key_id,
/// key_not_usable, not_an_envelope, truncated, ...), never plaintext. Encrypted columns are
/// decrypted; blind indexes with a source are recomputed from it; other blind indexes are checked
/// for their key version only. Exits 65 when any value fails. Changes nothing.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl keys verify profile\n  idctl keys verify --all -o json"
)]
pub struct VerifyArgs {
    /// Only this basename.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::basenames))]
    pub basename: Option<String>,
    /// Check a random sample of this many rows per column (1 to 1000000).
    #[arg(long, default_value_t = 1000, conflicts_with = "all", value_parser = parse_sample, allow_hyphen_values = true)]
    pub sample: i64,
    /// Check every row.
    #[arg(long)]
    pub all: bool,
    /// List at most this many failed rows per column.
    #[arg(long, default_value_t = 100)]
    pub max_listed: usize,
    /// Rows read per query with --all.
    #[arg(long, default_value_t = 5000, hide = true)]
    pub batch_size: i64,
}

fn parse_sample(s: &str) -> std::result::Result<i64, String> {
    crate::cli::parse_int_in(s, 1, 1_000_000)
}

#[derive(Debug, Serialize)]
struct FailedRow {
    primary_key: String,
    key_id: Option<String>,
    error_class: RowErrorClass,
}

#[derive(Debug, Serialize)]
struct ColumnReport {
    table: String,
    column: String,
    basename: String,
    checks: Checkable,
    checked: i64,
    ok: i64,
    failed: i64,
    failures_by_class: BTreeMap<&'static str, i64>,
    failed_rows: Vec<FailedRow>,
}

#[derive(Debug, Serialize)]
struct VerifyReport {
    mode: String,
    all_ok: bool,
    checked: i64,
    failed: i64,
    columns: Vec<ColumnReport>,
    /// Key versions without a backup sealed to a post-quantum recipient (`idctl keys backup`).
    without_backup: Vec<String>,
}

pub async fn run(args: VerifyArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    if let Some(basename) = &args.basename {
        registry.require_basename(basename)?;
    }
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let client = db.client().await?;
    let columns: Vec<_> = registry
        .protected
        .iter()
        .filter(|c| args.basename.as_deref().is_none_or(|b| c.basename == b))
        .filter(|c| c.kind != ProtectedKind::PasswordPepper)
        .collect();
    if columns.is_empty() {
        return Err(Error::usage(format!(
            "no protected columns for {:?} in the registry",
            args.basename.unwrap_or_default()
        )));
    }
    let mut reports = Vec::new();
    for col in columns {
        let codec = ColumnCodec::load(&**client, &keyring, &registry, col).await?;
        let table = ColumnTable::load(&**client, col).await?;
        let mut report = ColumnReport {
            table: col.table.clone(),
            column: col.column.clone(),
            basename: col.basename.clone(),
            checks: codec.checkable(),
            checked: 0,
            ok: 0,
            failed: 0,
            failures_by_class: BTreeMap::new(),
            failed_rows: Vec::new(),
        };
        let tally = |rows: &[crate::engine::scan::ScannedRow], report: &mut ColumnReport| {
            for row in rows {
                report.checked += 1;
                match codec.check(row) {
                    Ok(()) => report.ok += 1,
                    Err(e) => {
                        report.failed += 1;
                        *report
                            .failures_by_class
                            .entry(e.class.as_str())
                            .or_default() += 1;
                        if report.failed_rows.len() < args.max_listed {
                            report.failed_rows.push(FailedRow {
                                primary_key: row.pk_display(),
                                key_id: row.key_id.clone(),
                                error_class: e.class,
                            });
                        }
                    }
                }
            }
        };
        if args.all {
            let mut after: Option<Vec<String>> = None;
            loop {
                let rows = table
                    .read_batch(
                        &client,
                        after.as_deref(),
                        None,
                        None,
                        args.batch_size.max(1),
                    )
                    .await?;
                tally(&rows, &mut report);
                match rows.last() {
                    Some(last) if rows.len() as i64 == args.batch_size.max(1) => {
                        after = Some(last.pk.clone())
                    }
                    _ => break,
                }
            }
        } else {
            let rows = table.sample(&**client, args.sample).await?;
            tally(&rows, &mut report);
        }
        ctx.ui.detail(format!(
            "{}.{}: {} checked, {} failed",
            report.table, report.column, report.checked, report.failed
        ));
        reports.push(report);
    }
    let checked = reports.iter().map(|r| r.checked).sum();
    let failed: i64 = reports.iter().map(|r| r.failed).sum();
    let report = VerifyReport {
        mode: if args.all {
            "all".into()
        } else {
            format!("sample of {} per column", args.sample)
        },
        all_ok: failed == 0,
        checked,
        failed,
        columns: reports,
        without_backup: crate::ops::backup::versions_without_backup(&db).await?,
    };
    ctx.ui.emit_narrow(&report, || {
        let columns = report
            .columns
            .iter()
            .map(|c| {
                serde_json::json!({
                    "column": crate::commands::views::qualified(&c.table, &c.column),
                    "checked": c.checked,
                    "failed": c.failed,
                    "failures": c.failures_by_class
                        .iter()
                        .map(|(k, n)| format!("{k} {n}"))
                        .collect::<Vec<_>>()
                        .join("\n"),
                })
            })
            .collect();
        crate::commands::views::with_sections(
            &report,
            vec![("columns", columns)],
            &["without_backup"],
        )
    })?;
    if !report.without_backup.is_empty() {
        ctx.ui.warn(format!(
            "{} no backup ({}): `idctl keys backup` seals them to a post-quantum recipient",
            crate::text::count(
                report.without_backup.len() as i64,
                "key version has",
                "key versions have"
            ),
            summarize(&report.without_backup)
        ));
    }
    if failed > 0 {
        return Err(Error::data(format!(
            "{failed} of {checked} values failed verification (listed above)"
        )));
    }
    ctx.ui.note(format!("All {checked} values verified."));
    Ok(())
}

/// The first few names, and how many more.
fn summarize(names: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut s = names
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > SHOWN {
        s.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    s
}
