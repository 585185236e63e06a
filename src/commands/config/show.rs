use clap::Args;
use serde::Serialize;

use crate::config::{self, Source};
use crate::context::Ctx;
use crate::error::Result;

/// Show the settings this run uses (database, keyring, actor, registry) and where each comes from:
/// flag, environment, context, or default.
///
/// Precedence: flag > environment variable > context (--context / IDCTL_CONTEXT, else the file's
/// current-context) > default (for the database, libpq's environment: PGHOST, PGSERVICE, ...).
/// Passwords are shown as ***. Connects to nothing.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl config show\n  idctl --context prod config show -o json"
)]
pub struct ShowArgs {}

#[derive(Debug, Serialize)]
struct Setting {
    setting: &'static str,
    value: Option<String>,
    source: Source,
}

#[derive(Debug, Serialize)]
struct ShowReport {
    context: Option<String>,
    config_file: Option<String>,
    settings: Vec<Setting>,
}

pub fn run(_args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let g = &ctx.global;
    let source = |k: &str| {
        ctx.context
            .sources
            .get(k)
            .cloned()
            .unwrap_or(Source::Default)
    };
    let report = ShowReport {
        context: ctx.context.name.clone(),
        config_file: ctx.context.file.as_ref().map(|p| p.display().to_string()),
        settings: vec![
            Setting {
                setting: "database",
                value: g.database_url.as_deref().map(config::mask_password),
                source: source("database"),
            },
            Setting {
                setting: "keyring",
                value: Some(ctx.keyring()?.root().display().to_string()),
                source: source("keyring"),
            },
            Setting {
                setting: "actor",
                value: g.actor.clone(),
                source: source("actor"),
            },
            Setting {
                setting: "registry",
                value: Some(
                    g.registry
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| "(built-in)".into()),
                ),
                source: source("registry"),
            },
        ],
    };
    ctx.ui.emit(&report)
}
