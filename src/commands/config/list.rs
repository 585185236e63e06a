use clap::Args;
use serde::Serialize;

use crate::config;
use crate::context::Ctx;
use crate::error::Result;

/// List the contexts of the configuration file, the current one marked.
///
/// Passwords in database settings are shown as ***.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl config list\n  idctl config list -o json")]
pub struct ListArgs {}

#[derive(Debug, Serialize)]
struct ContextLine {
    name: String,
    current: bool,
    database: Option<String>,
    keyring: Option<String>,
    actor: Option<String>,
    registry: Option<String>,
    description: Option<String>,
}

pub fn run(_args: ListArgs, ctx: &Ctx) -> Result<()> {
    let Some(path) = config::path() else {
        ctx.ui
            .note("No configuration file (no HOME, XDG_CONFIG_HOME or IDCTL_CONFIG).");
        return ctx.ui.emit(&Vec::<ContextLine>::new());
    };
    let Some(file) = config::load(&path)? else {
        if ctx.ui.is_table() {
            ctx.ui.note(format!(
                "No contexts: {} does not exist (see `idctl config --help`).",
                path.display()
            ));
            return Ok(());
        }
        return ctx.ui.emit(&Vec::<ContextLine>::new());
    };
    let current = ctx.context.name.clone();
    let lines: Vec<ContextLine> = file
        .contexts
        .into_iter()
        .map(|(name, s)| ContextLine {
            current: current.as_deref() == Some(name.as_str()),
            name,
            database: s.database.as_deref().map(config::mask_password),
            keyring: s.keyring.map(|p| p.display().to_string()),
            actor: s.actor,
            registry: s.registry.map(|p| p.display().to_string()),
            description: s.description,
        })
        .collect();
    ctx.ui.emit_narrow(&lines, || {
        lines
            .iter()
            .map(|l| {
                serde_json::json!({
                    "current": if l.current { "*" } else { "" },
                    "name": l.name,
                    "database": l.database.clone().unwrap_or_default(),
                    "actor": l.actor.clone().unwrap_or_default(),
                })
            })
            .collect::<Vec<_>>()
    })
}
