//! One module per command group, one file per verb (as cargo and jj do it): each verb is an `Args`
//! struct whose doc comments are its help text, and one `run` function that calls into the shared
//! layers (`ops`, `db`, `engine`, `output`). Commands hold no SQL: statements live in the store
//! layer (`store`, `keystore`, `engine::jobs`, `census`), and the test `commands_hold_no_sql` fails
//! on any statement or query call here (dev tools in `commands/dev` are apart and exempt).

pub mod audit;
pub mod completions;
pub mod config;
pub mod data;
pub mod db;
pub mod deletion;
pub mod dev;
pub mod doctor;
pub mod jobs;
pub mod keys;
pub mod pq;
pub mod privacy;
pub mod progress;
pub mod registry;
pub mod users;
pub mod views;
pub mod watch;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The schema: migrations, status, compatibility check.
    #[command(subcommand)]
    Db(db::DbCommand),
    /// A throwaway local database for trying idctl and for demos.
    #[command(subcommand)]
    Dev(dev::DevCommand),
    /// Batch jobs: list, show, cancel, resume, add workers, run what is due.
    #[command(subcommand)]
    Jobs(jobs::JobsCommand),
    /// Key lifecycle, census and checks.
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// The registry of protected columns and personal data.
    #[command(subcommand)]
    Registry(registry::RegistryCommand),
    /// Protected values of one row, for support work.
    #[command(subcommand)]
    Data(data::DataCommand),
    /// Operators and users.
    #[command(subcommand)]
    Users(users::UsersCommand),
    /// Deletion jobs: plan, schedule, run, hold, verify.
    #[command(subcommand)]
    Deletion(deletion::DeletionCommand),
    /// Data-subject exports and their verification.
    #[command(subcommand)]
    Privacy(privacy::PrivacyCommand),
    /// Post-quantum migration: algorithms, recipient keys, policies, readiness, migration.
    #[command(subcommand)]
    Pq(pq::PqCommand),
    /// The tamper-evident audit trail: verify the hash chain, sign its head, read the log.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Named contexts (database, keyring, actor, registry under one name): list, show, use.
    ///
    /// The file is $IDCTL_CONFIG, else $XDG_CONFIG_HOME/idctl/config.toml, else
    /// ~/.config/idctl/config.toml (see below). Precedence for each setting: flag > environment
    /// variable > context (--context / IDCTL_CONTEXT, else current-context) > default (libpq's
    /// environment for the database). A context named but missing is an error (78); a file others
    /// can write is refused.
    #[command(
        subcommand,
        after_long_help = "The file:\n  current-context = \"staging\"\n\n  [contexts.staging]\n  database = \"service=identity-staging\"   # a URL or a libpq key=value string\n  keyring = \"~/keys/staging\"             # relative paths: relative to the file\n  actor = \"ops@example.com\"\n  description = \"staging cluster\"\n\nExamples:\n  idctl config list\n  idctl --context prod keys status\n  idctl config use staging"
    )]
    Config(config::ConfigCommand),
    Doctor(doctor::DoctorArgs),
    /// Print a shell completion script.
    Completions(completions::CompletionsArgs),
}

pub async fn run(command: Command, ctx: &Ctx) -> Result<()> {
    match command {
        Command::Db(cmd) => db::run(cmd, ctx).await,
        Command::Dev(cmd) => dev::run(cmd, ctx).await,
        Command::Jobs(cmd) => jobs::run(cmd, ctx).await,
        Command::Keys(cmd) => keys::run(cmd, ctx).await,
        Command::Registry(cmd) => registry::run(cmd, ctx).await,
        Command::Data(cmd) => data::run(cmd, ctx).await,
        Command::Users(cmd) => users::run(cmd, ctx).await,
        Command::Deletion(cmd) => deletion::run(cmd, ctx).await,
        Command::Privacy(cmd) => privacy::run(cmd, ctx).await,
        Command::Pq(cmd) => pq::run(cmd, ctx).await,
        Command::Audit(cmd) => audit::run(cmd, ctx).await,
        Command::Config(cmd) => config::run(cmd, ctx).await,
        Command::Doctor(args) => doctor::run(args, ctx).await,
        Command::Completions(args) => completions::run(args, ctx),
    }
}

#[cfg(test)]
mod tests {
    /// Every command a person runs has examples in its help (as gh and kubectl do); the man
    /// pages turn them into an EXAMPLES section.
    #[test]
    fn every_command_has_examples() {
        use clap::CommandFactory;
        fn leaves(cmd: &clap::Command, path: String, out: &mut Vec<String>) {
            let subs: Vec<_> = cmd.get_subcommands().filter(|c| !c.is_hide_set()).collect();
            if subs.is_empty() {
                let help = cmd
                    .get_after_long_help()
                    .map(|a| a.to_string())
                    .unwrap_or_default();
                if !help.starts_with("Examples:\n  idctl ") && !help.contains("\n  idctl ") {
                    out.push(path.clone());
                }
            }
            for sub in subs {
                leaves(sub, format!("{path} {}", sub.get_name()), out);
            }
        }
        let mut missing = Vec::new();
        let mut cmd = crate::cli::Cli::command();
        cmd.build();
        leaves(&cmd, "idctl".into(), &mut missing);
        missing.retain(|p| !p.split(' ').any(|w| w == "help"));
        assert!(missing.is_empty(), "commands without examples: {missing:?}");
    }

    /// Commands parse, call an operation and render, and operations decide: SQL belongs to the
    /// store layer (`store`, `keystore`, `census`, `engine`, `db`, ...). Dev tools
    /// (`commands/dev`) are apart from the product and exempt. Fails naming the file and line of
    /// any statement or query call found in `src/commands`, `src/ops` or the CLI and operation
    /// modules at the top (`rotation.rs`, `context.rs`, ...).
    #[test]
    fn commands_and_operations_hold_no_sql() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let root = src.clone();
        let markers = [
            "\"SELECT ",
            "\"UPDATE ",
            "\"INSERT ",
            "\"DELETE ",
            "\"WITH ",
            ".execute(",
            ".query(",
            ".query_one(",
            ".query_opt(",
            ".query_raw(",
            ".batch_execute(",
        ];
        let mut found = Vec::new();
        let mut stack = vec![src.join("commands"), src.join("ops")];
        let mut files = 0;
        let top: Vec<std::path::PathBuf> = [
            "rotation.rs",
            "context.rs",
            "app.rs",
            "output.rs",
            "config.rs",
            "metrics.rs",
            "completion.rs",
        ]
        .iter()
        .map(|f| src.join(f))
        .collect();
        let mut pending_files = top;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    if path.file_name().is_some_and(|n| n != "dev") {
                        stack.push(path);
                    }
                    continue;
                }
                pending_files.push(path);
            }
        }
        for path in pending_files {
            {
                files += 1;
                let text = std::fs::read_to_string(&path).unwrap();
                // Test modules (this one lists the markers) are not commands.
                let code = text.split("#[cfg(test)]").next().unwrap_or_default();
                for (n, line) in code.lines().enumerate() {
                    if markers.iter().any(|m| line.contains(m)) {
                        found.push(format!(
                            "{}:{}: {}",
                            path.strip_prefix(&root).unwrap().display(),
                            n + 1,
                            line.trim()
                        ));
                    }
                }
            }
        }
        assert!(files > 40, "read the command files ({files})");
        assert!(
            found.is_empty(),
            "SQL in commands (move it to the store layer):\n{}",
            found.join("\n")
        );
    }
}
