use clap::Args;

use crate::config;
use crate::context::Ctx;
use crate::error::{Error, Result};

/// Make NAME the current context (the file's current-context), for every later command that names
/// none.
///
/// Everything else in the file is kept as written, comments included.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl config use staging")]
pub struct UseArgs {
    /// A context of the configuration file.
    pub name: String,
}

pub fn run(args: UseArgs, ctx: &Ctx) -> Result<()> {
    let path = config::path().ok_or_else(|| {
        Error::config(
            "no configuration file: neither HOME, XDG_CONFIG_HOME nor IDCTL_CONFIG is set",
        )
    })?;
    let file = config::load(&path)?.ok_or_else(|| {
        Error::config(format!("{} does not exist", path.display()))
            .with_hint("create it with a [contexts.<name>] table (see `idctl config --help`)")
    })?;
    if !file.contexts.contains_key(&args.name) {
        let known: Vec<&str> = file.contexts.keys().map(String::as_str).collect();
        return Err(Error::usage(format!(
            "no context {:?} in {}; known: {}",
            args.name,
            path.display(),
            if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            }
        )));
    }
    config::set_current(&path, &args.name)?;
    ctx.ui.note(format!("Current context: {}.", args.name));
    Ok(())
}
