use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use crate::commands::views;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::registry::Registry;

/// Print the registry in use (the built-in one, or --registry FILE): protected columns, columns
/// deliberately left unversioned, and how each table linked to a user is exported and deleted.
///
/// The table is a summary (one line per column or table); `-o wide` and `-o json` show every
/// entry in full (subject, account, access grants, categories). `idctl db check` validates the
/// registry against a live database.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl registry show\n  idctl registry show profile          # one basename's columns\n  idctl registry show sessions -o json # everything about one table"
)]
pub struct ShowArgs {
    /// Only the entries of this basename or table.
    pub name: Option<String>,
    /// Only this part.
    #[arg(long, value_enum)]
    pub part: Option<Part>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Part {
    Protected,
    Unversioned,
    PersonalData,
}

pub fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let mut registry = ctx.registry()?;
    if let Some(name) = &args.name {
        keep_only(&mut registry, name)?;
    }
    let full: Value = match args.part {
        Some(Part::Protected) => serde_json::to_value(&registry.protected)?,
        Some(Part::Unversioned) => serde_json::to_value(&registry.unversioned)?,
        Some(Part::PersonalData) => serde_json::to_value(&registry.personal_data)?,
        None if args.name.is_some() => json!({
            "protected": registry.protected,
            "unversioned": registry.unversioned,
            "personal_data": registry.personal_data,
        }),
        None => serde_json::to_value(&registry)?,
    };
    ctx.ui.emit_narrow(&full, || summary(&registry, args.part))
}

/// Entries about `name` (a basename or a table); an unknown name is bad input (65).
fn keep_only(registry: &mut Registry, name: &str) -> Result<()> {
    registry
        .protected
        .retain(|c| c.basename == name || c.table == name);
    registry.unversioned.retain(|c| c.table == name);
    registry.personal_data.retain(|p| p.table == name);
    if registry.protected.is_empty()
        && registry.unversioned.is_empty()
        && registry.personal_data.is_empty()
    {
        return Err(Error::data(format!(
            "{name:?} is neither a basename nor a table of the registry"
        ))
        .with_hint("`idctl registry show` lists them"));
    }
    Ok(())
}

fn kind_name(c: &crate::registry::ProtectedColumn) -> String {
    serde_json::to_value(c.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// One line per protected column, unversioned column and personal-data table.
fn summary(registry: &Registry, part: Option<Part>) -> Value {
    let protected: Vec<Value> = registry
        .protected
        .iter()
        .map(|c| {
            json!({
                "column": views::qualified(&c.table, &c.column),
                "kind": if c.is_header_only() {
                    format!("{} (key in header)", kind_name(c))
                } else {
                    kind_name(c)
                },
                "key": if c.basename.is_empty() { "(policy)".to_string() } else { c.basename.clone() },
            })
        })
        .collect();
    let unversioned: Vec<Value> = registry
        .unversioned
        .iter()
        .map(|c| {
            json!({
                "column": views::qualified(&c.table, &c.column),
                "reason": c.reason,
            })
        })
        .collect();
    let personal: Vec<Value> = registry
        .personal_data
        .iter()
        .map(|p| {
            json!({
                "table": p.table,
                "category": p.category,
                "export": p.export,
                "deletion": p.deletion,
                "kept": p.retention_years.map(|y| format!("{y}y")).unwrap_or_else(|| "-".into()),
            })
        })
        .collect();
    match part {
        Some(Part::Protected) => Value::Array(protected),
        Some(Part::Unversioned) => Value::Array(unversioned),
        Some(Part::PersonalData) => Value::Array(personal),
        None => json!({
            "protected": protected,
            "unversioned": unversioned,
            "personal_data": personal,
        }),
    }
}
