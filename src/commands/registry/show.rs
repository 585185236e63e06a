use clap::{Args, ValueEnum};

use crate::context::Ctx;
use crate::error::Result;

/// Print the registry in use (the built-in one, or --registry FILE): protected columns, columns
/// deliberately left unversioned, and how each table linked to a user is exported and deleted.
/// `idctl db check` validates it against a live database.
#[derive(Debug, Args)]
pub struct ShowArgs {
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
    let registry = ctx.registry()?;
    match args.part {
        Some(Part::Protected) => ctx.ui.emit(&registry.protected),
        Some(Part::Unversioned) => ctx.ui.emit(&registry.unversioned),
        Some(Part::PersonalData) => ctx.ui.emit(&registry.personal_data),
        None => ctx.ui.emit(&registry),
    }
}
