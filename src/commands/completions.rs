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
#[command(
    after_long_help = "Examples:\n  idctl completions bash > /etc/bash_completion.d/idctl\n  source <(COMPLETE=bash idctl)   # live completion instead (basenames, job ids)"
)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs, _ctx: &Ctx) -> Result<()> {
    // Rendered into memory first: clap_complete panics when its writer fails, and a closed pipe
    // (`idctl completions bash | head`) must end quietly.
    let script = render(args.shell);
    let mut out = std::io::stdout().lock();
    std::io::Write::write_all(&mut out, &script)?;
    std::io::Write::flush(&mut out)?;
    Ok(())
}

/// The completion script for `shell`.
pub fn render(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "idctl", &mut buf);
    buf
}
