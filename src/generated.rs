//! Files generated from the command-line definition and checked into the repository:
//! shell completions (`completions/`) and man pages, one per command (`man/`).
//!
//! They are generated, not written, so they cannot drift from `--help`; a test compares the
//! checked-in files with what the current CLI generates, and
//! `IDCTL_BLESS=1 cargo test --test it generated` rewrites them.

use std::path::PathBuf;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// Every generated file: path relative to the repository root, and contents.
pub fn files() -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Elvish,
        Shell::PowerShell,
    ] {
        let name = match shell {
            Shell::Bash => "idctl.bash",
            Shell::Zsh => "_idctl",
            Shell::Fish => "idctl.fish",
            Shell::Elvish => "idctl.elv",
            _ => "_idctl.ps1",
        };
        out.push((
            PathBuf::from("completions").join(name),
            crate::commands::completions::render(shell),
        ));
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    man_pages(&cmd, &mut out);
    out
}

fn man_pages(cmd: &clap::Command, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_pages(sub, out);
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let mut buf = Vec::new();
    man.render(&mut buf)
        .expect("rendering into memory cannot fail");
    out.push((PathBuf::from("man").join(man.get_filename()), buf));
}
