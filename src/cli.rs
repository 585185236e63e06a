//! The top-level command line: global options shared by every command.
//!
//! Global options are declared `global = true` so that operators can put them where they think of
//! them (`idctl keys rotate profile -o json` as well as `idctl -o json keys rotate profile`). Every
//! option that a script would set once has an environment variable.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, ValueEnum};

use crate::commands::Command;

/// Administration and key operations for the identity platform's PostgreSQL database.
///
/// idctl rotates encryption keys (`keys rotate`), migrates the schema (`db migrate`) and runs the
/// maintenance jobs of the identity database. Data goes to stdout, progress and messages to
/// stderr; `-o json` gives machine-readable output everywhere.
///
/// Exit codes: 0 ok, 64 usage, 65 bad input or data (including rows that failed), 69 database
/// unavailable, 70 internal error, 75 temporary failure (lock held by another operator, lock
/// timeout: retry later), 77 permission denied, 78 configuration error (settings, credentials, key
/// files), 79 job cancelled by an operator.
#[derive(Debug, Parser)]
#[command(
    name = "idctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Database to connect to: a postgres:// URL or a libpq "key=value" string. Without it, the
    /// libpq environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE,
    /// PGSERVICE, ~/.pgpass, ...).
    #[arg(
        long,
        env = "DATABASE_URL",
        global = true,
        hide_env_values = true,
        value_name = "URL"
    )]
    pub database_url: Option<String>,

    /// Named context from the configuration file (`idctl config list`): its database, keyring,
    /// actor and registry apply where no flag or environment variable sets them.
    #[arg(long, env = "IDCTL_CONTEXT", global = true, value_name = "NAME")]
    pub context: Option<String>,

    /// Operator running the command: a user id or an email address of an operator in `users`.
    /// Required by every command that changes data.
    #[arg(long, env = "IDCTL_ACTOR", global = true, value_name = "ID|EMAIL")]
    pub actor: Option<String>,

    /// Directory holding the key files (one file per key version, mode 0600).
    #[arg(long, env = "IDCTL_KEYRING", global = true, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub keyring: Option<PathBuf>,

    /// Registry of protected columns and personal data (TOML) replacing the built-in one, to serve
    /// another schema by configuration alone.
    #[arg(long, env = "IDCTL_REGISTRY", global = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub registry: Option<PathBuf>,

    /// Also write what this run did as a Prometheus text file (node_exporter's textfile
    /// collector): last run and success times, duration, exit code, rows rewritten and failed and
    /// job status per subject. Written atomically, after the command ends.
    #[arg(long, env = "IDCTL_METRICS_FILE", global = true, value_name = "PATH", value_hint = clap::ValueHint::FilePath)]
    pub metrics_file: Option<PathBuf>,

    /// Output format for data written to stdout.
    #[arg(short = 'o', long, value_enum, default_value_t = OutputFormat::Table, global = true)]
    pub output: OutputFormat,

    /// Tables and CSV without their header line (for `cut`, `awk` and `while read`).
    #[arg(long, global = true)]
    pub no_headers: bool,

    /// When to use colours on stderr (NO_COLOR in the environment means never).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Print only errors on stderr.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print more on stderr (-v: details and causes, -vv: debug log).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,

    /// Answer yes to confirmations. Needed to run destructive commands without a terminal.
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// How long to wait for the database connection (1ms to 1h).
    #[arg(long, default_value = "10s", value_parser = parse_connect_timeout, global = true, value_name = "DURATION")]
    pub connect_timeout: Duration,

    /// How long any statement may wait for a row or table lock (1ms to 24d). Keeps idctl from
    /// queueing behind, and blocking, the application's traffic. A batch whose rows stay locked is
    /// retried with backoff for three times this long, then the command stops checkpointed with exit
    /// 75, naming the session that holds the lock.
    #[arg(long, default_value = "5s", value_parser = parse_lock_timeout, global = true, value_name = "DURATION")]
    pub lock_timeout: Duration,

    /// How long any one statement may run (0 = no limit, else 1ms to 24d). Batches are short by
    /// design; `db migrate` uses no limit unless this is given.
    #[arg(long, value_parser = parse_statement_timeout, global = true, value_name = "DURATION")]
    pub statement_timeout: Option<Duration>,

    /// How long to keep retrying while the database is unreachable (a restart, a failover) before
    /// giving up with exit 69 (1s to 24h).
    #[arg(long, env = "IDCTL_RECONNECT_TIMEOUT", default_value = "30s", value_parser = parse_reconnect_timeout, global = true, value_name = "DURATION")]
    pub reconnect_timeout: Duration,
}

/// The statement timeout used when none is given: long enough for any batch, short enough that a
/// runaway statement does not hold locks for long on a live database.
pub const DEFAULT_STATEMENT_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize)]
pub enum OutputFormat {
    /// Human-readable table: the columns that fit an 80-column terminal.
    Table,
    /// Human-readable table with every field (as kubectl's `-o wide`).
    Wide,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header line.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Parses durations such as `500ms`, `5s`, `2m`, `1h30m`; a bare number means seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    humantime::parse_duration(s)
        .map_err(|e| format!("invalid duration {s:?}: {e} (examples: 500ms, 5s, 2m, 1h)"))
}

/// The longest server-side timeout idctl sends: 24 days, within PostgreSQL's limit for
/// `lock_timeout` and `statement_timeout` (2147483647 ms).
pub const MAX_SERVER_TIMEOUT: Duration = Duration::from_secs(24 * 24 * 3600);

/// A duration between `min` and `max` (inclusive); the message names the allowed range.
pub fn parse_duration_in(s: &str, min: Duration, max: Duration) -> Result<Duration, String> {
    let d = parse_duration(s)?;
    if d < min || d > max {
        return Err(format!(
            "{s:?} is out of range: allowed {} to {}",
            humantime::format_duration(min),
            humantime::format_duration(max)
        ));
    }
    Ok(d)
}

fn parse_connect_timeout(s: &str) -> Result<Duration, String> {
    parse_duration_in(s, Duration::from_millis(1), Duration::from_secs(3600))
}

/// A lock timeout of 0 would mean "wait forever" to PostgreSQL, and anything under a millisecond
/// would be sent as 0: both are refused.
fn parse_lock_timeout(s: &str) -> Result<Duration, String> {
    parse_duration_in(s, Duration::from_millis(1), MAX_SERVER_TIMEOUT)
}

/// `0` means no limit; otherwise at least a millisecond (less would be sent as 0, no limit).
fn parse_statement_timeout(s: &str) -> Result<Duration, String> {
    let d = parse_duration(s)?;
    if d.is_zero() {
        return Ok(d);
    }
    parse_duration_in(s, Duration::from_millis(1), MAX_SERVER_TIMEOUT)
        .map_err(|e| format!("{e} (or 0 for no limit)"))
}

fn parse_reconnect_timeout(s: &str) -> Result<Duration, String> {
    parse_duration_in(s, Duration::from_secs(1), Duration::from_secs(24 * 3600))
}

/// An integer between `min` and `max` (inclusive); the message names the allowed range.
pub fn parse_int_in<T>(s: &str, min: T, max: T) -> Result<T, String>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display + Copy,
{
    let v: T = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a whole number: allowed {min} to {max}"))?;
    if v < min || v > max {
        return Err(format!("{s:?} is out of range: allowed {min} to {max}"));
    }
    Ok(v)
}

/// `2026-11-01T00:00:00Z`, `2026-11-01` (midnight UTC) or a duration ago (`24h`, `7d`).
pub fn parse_since(s: &str) -> crate::error::Result<chrono::DateTime<chrono::Utc>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d.and_time(chrono::NaiveTime::MIN).and_utc());
    }
    let bad = || {
        crate::error::Error::usage(format!(
            "--since {s:?}: expected an RFC 3339 time, a date (2026-11-01) or a duration ago (24h)"
        ))
    };
    let ago = parse_duration(s).map_err(|_| bad())?;
    chrono::Duration::from_std(ago)
        .ok()
        .and_then(|d| chrono::Utc::now().checked_sub_signed(d))
        .ok_or_else(bad)
}

/// How long ago `t` was, in the largest unit that fits: `45s`, `12m`, `3h`, `5d`, `7w`; `-` for
/// no time. For tables (kubectl's AGE column); JSON keeps the timestamp.
pub fn age(t: Option<chrono::DateTime<chrono::Utc>>) -> String {
    let Some(t) = t else {
        return "-".into();
    };
    crate::text::span((chrono::Utc::now() - t).num_seconds())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_forms() {
        assert!(parse_since("2026-11-01").is_ok());
        assert!(parse_since("2026-11-01T10:00:00Z").is_ok());
        assert!(parse_since("24h").unwrap() < chrono::Utc::now());
        assert!(parse_since("yesterday").is_err());
        assert!(parse_since("99999999999999d").is_err());
    }

    #[test]
    fn ages_use_the_largest_unit_that_fits() {
        let ago = |s: i64| age(Some(chrono::Utc::now() - chrono::Duration::seconds(s)));
        assert_eq!(ago(5), "5s");
        assert_eq!(ago(125), "2m");
        assert_eq!(ago(7200), "2h");
        assert_eq!(ago(3 * 86_400), "3d");
        assert_eq!(ago(30 * 86_400), "4w");
        assert_eq!(age(None), "-");
        // A time in the future (clock skew) is not negative.
        assert_eq!(
            age(Some(chrono::Utc::now() + chrono::Duration::seconds(60))),
            "0s"
        );
    }

    #[test]
    fn timeouts_are_bounded() {
        assert!(
            parse_lock_timeout("0s")
                .unwrap_err()
                .contains("allowed 1ms to")
        );
        assert!(parse_lock_timeout("1ns").is_err());
        assert!(parse_lock_timeout("99999999999d").is_err());
        assert_eq!(parse_lock_timeout("2s").unwrap(), Duration::from_secs(2));
        assert!(parse_connect_timeout("0s").is_err());
        assert_eq!(parse_statement_timeout("0").unwrap(), Duration::ZERO);
        assert!(
            parse_statement_timeout("1ns")
                .unwrap_err()
                .contains("no limit")
        );
        assert!(parse_statement_timeout("30d").is_err());
    }

    #[test]
    fn integers_are_bounded() {
        assert_eq!(parse_int_in::<usize>("5", 1, 10), Ok(5));
        assert!(
            parse_int_in::<usize>("0", 1, 10)
                .unwrap_err()
                .contains("allowed 1 to 10")
        );
        assert!(parse_int_in::<i64>("-1", 1, 10).is_err());
        assert!(parse_int_in::<usize>("x", 1, 10).is_err());
    }
}
