use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::dev::localpg::{self, ClusterOptions, LocalCluster};
use crate::error::{Error, Result};
use crate::keystore::Keyring;

/// Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL and
/// the keyring to use with it.
///
/// The cluster lives in --dir (default ./.idctl-dev), listens only on a unix socket there, and runs
/// with fsync off: for trying idctl and for demos, never for data that matters. Its demo keys
/// belong in <dir>/keyring, never in the operator's own keyring. Use it with
/// `eval "$(idctl dev up -q --env)"` (exports DATABASE_URL and IDCTL_KEYRING). The database is
/// marked as a throwaway one, which `idctl dev seed` requires. `idctl dev down` stops and removes
/// it all, keys included.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  eval \"$(idctl dev up -q --env)\"\n  idctl dev up --dir /tmp/idctl-dev --url"
)]
pub struct UpArgs {
    /// Directory for the cluster.
    #[arg(long, default_value_os_t = super::default_dir())]
    pub dir: PathBuf,
    /// Name of the database to create.
    #[arg(long, default_value = "idctl")]
    pub database: String,
    /// Print only the URL (for `export DATABASE_URL="$(idctl dev up -q --url)"`).
    #[arg(long, conflicts_with = "env")]
    pub url: bool,
    /// Print shell `export` lines for DATABASE_URL and IDCTL_KEYRING (for
    /// `eval "$(idctl dev up -q --env)"`).
    #[arg(long)]
    pub env: bool,
}

#[derive(Debug, Serialize)]
struct UpReport {
    database_url: String,
    keyring: String,
    dir: String,
    created: bool,
    started: bool,
}

pub async fn run(args: UpArgs, ctx: &Ctx) -> Result<()> {
    if !args
        .database
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
        || args.database.is_empty()
    {
        return Err(Error::usage(format!(
            "--database {:?}: use letters, digits and _ only",
            args.database
        )));
    }
    let (cluster, created, started) = if args.dir.join("port").is_file() {
        let cluster = LocalCluster::open(&args.dir)?;
        let started = !cluster.is_running();
        if started {
            ctx.ui.note(format!(
                "Starting the local cluster in {} ...",
                cluster.root().display()
            ));
            cluster.start()?;
        }
        (cluster, false, started)
    } else {
        ctx.ui.note(format!(
            "Creating a local cluster in {} ...",
            args.dir.display()
        ));
        (
            LocalCluster::init(&args.dir, &ClusterOptions::default())?,
            true,
            true,
        )
    };
    let keyring = Keyring::new(Some(&cluster.root().join("keyring")))?;
    keyring.ensure_dir()?;
    create_database(&cluster, &args.database, &keyring.dir()).await?;
    let url = cluster.url(&args.database);
    if args.url {
        println!("{url}");
        return Ok(());
    }
    if args.env {
        println!("export DATABASE_URL={}", shell_quote(&url));
        println!(
            "export IDCTL_KEYRING={}",
            shell_quote(&keyring.dir().display().to_string())
        );
        return Ok(());
    }
    ctx.ui.note(format!(
        "Demo keys belong in {0}: export IDCTL_KEYRING={0}",
        shell_quote(&keyring.dir().display().to_string())
    ));
    ctx.ui.emit(&UpReport {
        database_url: url,
        keyring: keyring.dir().display().to_string(),
        dir: cluster.root().display().to_string(),
        created,
        started,
    })
}

/// `s` quoted for a POSIX shell.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Creates database `name` if needed and marks it as a throwaway one whose keys are in `keyring`.
async fn create_database(cluster: &LocalCluster, name: &str, keyring: &Path) -> Result<()> {
    let (client, conn) =
        tokio_postgres::connect(&cluster.url("postgres"), tokio_postgres::NoTls).await?;
    tokio::spawn(conn);
    let exists = client
        .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&name])
        .await?
        .is_some();
    if !exists {
        client
            .batch_execute(&format!("CREATE DATABASE \"{name}\""))
            .await?;
    }
    let (client, conn) = tokio_postgres::connect(&cluster.url(name), tokio_postgres::NoTls).await?;
    tokio::spawn(conn);
    localpg::mark_dev_database(&client, Some(keyring)).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn shell_quote_survives_quotes() {
        assert_eq!(super::shell_quote("/a b/c"), "'/a b/c'");
        assert_eq!(super::shell_quote("it's"), "'it'\\''s'");
    }
}
