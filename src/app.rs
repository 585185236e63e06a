//! From process arguments to exit code: parse, set up logging and the runtime, run the command,
//! report its error. The only place that knows exit codes are numbers.

use clap::{CommandFactory, FromArgMatches};

use crate::cli::Cli;
use crate::context::Ctx;
use crate::error::ErrorKind;

/// `-v` count, for the panic hook (set once the command line is parsed).
static VERBOSE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Runs idctl with the process's arguments and returns the exit code. A panic (a bug) anywhere,
/// also in a worker task, ends in exit 70 with a short message; never 101 with Rust's report.
pub fn main() -> u8 {
    install_panic_hook();
    // `COMPLETE=<shell> idctl ...`: a shell asking for completions (src/completion.rs); answers and
    // exits. Otherwise nothing happens here.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    match std::panic::catch_unwind(run) {
        Ok(code) => code,
        Err(_) => ErrorKind::Internal.exit_code(),
    }
}

/// Replaces Rust's panic report (thread name, payload, backtrace note) with one line that says what
/// happened and what to do. The payload and location are shown with `-v` only: a panic's text is
/// not written for operators, and must not risk carrying data.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let verbose = VERBOSE.load(std::sync::atomic::Ordering::Relaxed);
        eprintln!("error: internal error: idctl stopped on a bug (exit 70)");
        if verbose > 0 {
            let payload = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let at = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            eprintln!("  caused by: {payload}{at}");
            if verbose > 1 {
                eprintln!("{}", std::backtrace::Backtrace::force_capture());
            }
        } else {
            eprintln!("hint: run it again with -v for details, and report it");
        }
    }));
}

fn run() -> u8 {
    let matches = match Cli::command().try_get_matches() {
        Ok(m) => m,
        Err(e) => return clap_error(e),
    };
    let mut cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    let mut path = Vec::new();
    let mut m = &matches;
    while let Some((name, sub)) = m.subcommand() {
        path.push(name.to_string());
        m = sub;
    }
    VERBOSE.store(cli.global.verbose, std::sync::atomic::Ordering::Relaxed);
    init_logging(
        cli.global.quiet,
        cli.global.verbose,
        crate::output::stderr_colors(cli.global.color),
    );
    crate::db::retry::set_outage_budget(cli.global.reconnect_timeout);
    // Named contexts fill what neither flag nor environment set (src/config.rs).
    let given = |key: &'static str| {
        use clap::parser::ValueSource;
        let id = if key == "database" {
            "database_url"
        } else {
            key
        };
        match m.value_source(id) {
            Some(ValueSource::CommandLine) => Some(crate::config::Source::Flag),
            Some(ValueSource::EnvVariable) => Some(crate::config::Source::Env),
            _ => None,
        }
    };
    let context = match crate::config::apply(&mut cli.global, &given) {
        Ok(c) => c,
        // `config list` and `config use` are how a broken selection gets fixed.
        Err(e) if matches!(path.as_slice(), [g, v] if g == "config" && (v == "list" || v == "use")) =>
        {
            crate::output::Ui::new(&cli.global).warn(e.message());
            crate::config::Selected::default()
        }
        Err(e) => {
            crate::output::Ui::new(&cli.global).error(&e);
            return e.kind().exit_code();
        }
    };
    let ctx = Ctx::new(cli.global, path.join(" "), context);

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ErrorKind::Internal.exit_code();
        }
    };
    let started = std::time::SystemTime::now();
    let clock = std::time::Instant::now();
    let result = runtime.block_on(async {
        let result = crate::commands::run(cli.command, &ctx).await;
        // The command has dropped its connections: let each say goodbye to the server (Terminate)
        // instead of being cut off at exit, which the server logs as a lost client.
        crate::db::pool::wait_for_connections_to_close(std::time::Duration::from_secs(2)).await;
        result
    });
    // Do not wait for any other background task at exit.
    runtime.shutdown_background();
    let code = match result {
        Ok(()) => 0,
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
            ctx.ui.error(&e);
            e.kind().exit_code()
        }
    };
    if let Some(path) = &ctx.global.metrics_file {
        let run = crate::metrics::Run {
            command: &ctx.command_path,
            started_unix: started
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs_f64())
                .unwrap_or_default(),
            duration_seconds: clock.elapsed().as_secs_f64(),
            exit_code: code,
        };
        if let Err(e) = crate::metrics::write(path, &run, &ctx.metrics) {
            // The run itself is done; a monitoring file that cannot be written is a warning
            // unless the run succeeded, when it makes the run fail as configuration (78).
            eprintln!(
                "error: cannot write the metrics file {}: {e}",
                path.display()
            );
            if code == 0 {
                return ErrorKind::Config.exit_code();
            }
        }
    }
    code
}

/// clap's own errors: help and version are successes on stdout; every usage error exits 64.
fn clap_error(e: clap::Error) -> u8 {
    use clap::error::ErrorKind as K;
    match e.kind() {
        K::DisplayHelp | K::DisplayVersion | K::DisplayHelpOnMissingArgumentOrSubcommand
            if e.kind() != K::DisplayHelpOnMissingArgumentOrSubcommand =>
        {
            let _ = e.print();
            0
        }
        _ => {
            let text = e.render().to_string();
            eprint!(
                "{}",
                without_env_options(&text, &std::env::args().collect::<Vec<_>>())
            );
            ErrorKind::Usage.exit_code()
        }
    }
}

/// clap's usage line in an error lists every option that has a value, also one that came from the
/// environment (DATABASE_URL, IDCTL_ACTOR, ...), as if the operator had to type it. Those not on
/// the command line are left out of the line.
fn without_env_options(text: &str, argv: &[String]) -> String {
    const FROM_ENV: &[(&str, &str)] = &[
        ("--database-url", "<URL>"),
        ("--context", "<NAME>"),
        ("--actor", "<ID|EMAIL>"),
        ("--keyring", "<DIR>"),
        ("--registry", "<FILE>"),
        ("--metrics-file", "<PATH>"),
        ("--reconnect-timeout", "<DURATION>"),
        ("--retire-after", "<DURATION>"),
    ];
    text.lines()
        .map(|line| {
            if !line.trim_start().starts_with("Usage:") {
                return line.to_string();
            }
            let mut line = line.to_string();
            for (flag, value) in FROM_ENV {
                let typed = argv
                    .iter()
                    .any(|a| a == flag || a.starts_with(&format!("{flag}=")));
                if !typed {
                    line = line.replace(&format!(" {flag} {value}"), "");
                }
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
        + if text.ends_with('\n') { "\n" } else { "" }
}

/// `ansi`: colours on the log lines, as decided for all of stderr (`output::stderr_colors`).
fn init_logging(quiet: bool, verbose: u8, ansi: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, _) => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("IDCTL_LOG").unwrap_or_else(|_| {
        // deadpool warns once per connection when a server restarts; idctl says it once itself.
        tracing_subscriber::EnvFilter::new(format!("warn,idctl={level},deadpool.postgres=error"))
    });
    // tokio-postgres logs every statement's parameters (whole ciphertext arrays) at debug level
    // in its `query` module: never, whatever IDCTL_LOG asks for. idctl logs sizes, not values.
    let filter = match "tokio_postgres::query=info".parse() {
        Ok(directive) => filter.add_directive(directive),
        Err(_) => filter,
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(ansi)
        .without_time()
        .try_init();
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_usage_line_of_an_error_lists_only_what_was_typed() {
        let text = "error: missing\n\nUsage: idctl jobs list --watch --interval <DURATION> --database-url <URL> --actor <ID|EMAIL>\n";
        let argv = ["idctl", "jobs", "list", "--interval", "5s", "--actor", "1"].map(String::from);
        assert_eq!(
            super::without_env_options(text, &argv),
            "error: missing\n\nUsage: idctl jobs list --watch --interval <DURATION> --actor <ID|EMAIL>\n"
        );
    }
}
