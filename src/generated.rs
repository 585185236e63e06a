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
    // The examples of a command's help (`after_long_help`) become the page's EXAMPLES section;
    // anything before them stays where clap_mangen puts it.
    let after = cmd
        .get_after_long_help()
        .map(|a| a.to_string())
        .unwrap_or_default();
    let (rest, examples) = match after.strip_prefix("Examples:\n") {
        Some(e) => (String::new(), Some(e.to_string())),
        None => match after.split_once("\nExamples:\n") {
            Some((r, e)) => (r.trim_end().to_string(), Some(e.to_string())),
            None => (after.clone(), None),
        },
    };
    let page_cmd = if rest.is_empty() {
        cmd.clone()
            .after_long_help(clap::builder::Resettable::<clap::builder::StyledStr>::Reset)
    } else {
        cmd.clone().after_long_help(rest)
    };
    let name = cmd
        .get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string();
    let man = clap_mangen::Man::new(page_cmd)
        .source(format!("idctl {}", env!("CARGO_PKG_VERSION")))
        .manual("idctl manual");
    let mut buf = Vec::new();
    man.render(&mut buf)
        .expect("rendering into memory cannot fail");
    let mut extra = String::new();
    if let Some(examples) = examples {
        extra.push_str(".SH EXAMPLES\n.nf\n");
        for line in examples.lines() {
            extra.push_str(&roff_line(line.trim_start()));
            extra.push('\n');
        }
        extra.push_str(".fi\n");
    }
    extra.push_str(&common_sections(cmd, &name));
    buf.extend_from_slice(extra.as_bytes());
    out.push((PathBuf::from("man").join(man.get_filename()), buf));
}

/// A line of text for roff: backslashes and hyphens escaped, a leading control character guarded.
fn roff_line(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// ENVIRONMENT, EXIT STATUS, FILES and SEE ALSO: the same on every page, except SEE ALSO.
fn common_sections(cmd: &clap::Command, name: &str) -> String {
    let mut s = String::new();
    let item = |s: &mut String, term: &str, text: &str| {
        s.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            roff_line(term),
            roff_line(text)
        ));
    };
    s.push_str(".SH ENVIRONMENT\n");
    for (var, text) in [
        ("DATABASE_URL", "Where to connect (as --database-url)."),
        (
            "PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSERVICE, PGPASSFILE",
            "libpq's settings, used when no URL is given by flag, environment or context.",
        ),
        (
            "IDCTL_CONTEXT",
            "The named context of the configuration file (as --context).",
        ),
        (
            "IDCTL_CONFIG",
            "The configuration file, instead of $XDG_CONFIG_HOME/idctl/config.toml.",
        ),
        ("IDCTL_ACTOR", "The operator (as --actor)."),
        ("IDCTL_KEYRING", "The keyring directory (as --keyring)."),
        (
            "IDCTL_REGISTRY",
            "A registry file replacing the built-in one (as --registry).",
        ),
        (
            "IDCTL_METRICS_FILE",
            "Write the run's metrics there (as --metrics-file).",
        ),
        (
            "IDCTL_RECONNECT_TIMEOUT",
            "How long to ride out a database outage (as --reconnect-timeout).",
        ),
        (
            "IDCTL_LOG",
            "Log filter for -v output (tracing's EnvFilter syntax); statement parameters are never logged.",
        ),
        ("NO_COLOR", "No colours on stderr."),
        (
            "COLUMNS",
            "The width tables are fitted to, also without a terminal.",
        ),
        (
            "COMPLETE",
            "Set by a shell asking for completions (COMPLETE=bash idctl prints the registration).",
        ),
    ] {
        item(&mut s, var, text);
    }
    s.push_str(".SH EXIT STATUS\n");
    for (code, text) in [
        ("0", "Success."),
        (
            "64",
            "Usage error, or a confirmation needed without a terminal and without --yes.",
        ),
        (
            "65",
            "Bad input or data, including rows that failed, and findings of idctl doctor.",
        ),
        ("69", "The database cannot be reached."),
        ("70", "Internal error (a bug)."),
        (
            "75",
            "Temporary failure (a lock held by another operator, a stopped run): retry later.",
        ),
        (
            "77",
            "Permission denied (no actor, or a missing operator permission).",
        ),
        (
            "78",
            "Configuration error (settings, credentials, key files, schema, registry, context).",
        ),
        ("79", "The job was cancelled by an operator."),
    ] {
        item(&mut s, code, text);
    }
    s.push_str(".SH FILES\n");
    item(
        &mut s,
        "$XDG_DATA_HOME/idctl/keyring, else ~/.local/share/idctl/keyring",
        "The default keyring: one 0600 key file per key version, under <system identifier>/<database>/.",
    );
    item(
        &mut s,
        "$XDG_CONFIG_HOME/idctl/config.toml, else ~/.config/idctl/config.toml",
        "Named contexts (idctl config).",
    );
    s.push_str(".SH SEE ALSO\n");
    let mut see: Vec<String> = Vec::new();
    if name != "idctl" {
        // The parent page (idctl-keys for idctl-keys-rotate), then idctl itself.
        if let Some((parent, _)) = name.rsplit_once('-') {
            see.push(format!("\\fB{}\\fR(1)", roff_line(parent)));
            if parent != "idctl" {
                see.push("\\fBidctl\\fR(1)".into());
            }
        }
    }
    for sub in cmd.get_subcommands().filter(|c| !c.is_hide_set()) {
        let sub_name = sub
            .get_display_name()
            .map(str::to_string)
            .unwrap_or_else(|| format!("{name}-{}", sub.get_name()));
        see.push(format!("\\fB{}\\fR(1)", roff_line(&sub_name)));
    }
    s.push_str(&see.join(", "));
    s.push('\n');
    s
}
