use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::context::Ctx;
use crate::error::Result;

/// Print a completion script for a shell to stdout.
///
/// bash: `idctl completions bash > /etc/bash_completion.d/idctl`;
/// zsh: `idctl completions zsh > "${fpath[1]}/_idctl"`;
/// fish: `idctl completions fish > ~/.config/fish/completions/idctl.fish`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs, _ctx: &Ctx) -> Result<()> {
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut Cli::command(), "idctl", &mut out);
    std::io::Write::flush(&mut out)?;
    Ok(())
}
