use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::localpg::{ClusterOptions, LocalCluster};

/// Start a throwaway local PostgreSQL (creating it on first use) and print its connection URL.
///
/// The cluster lives in --dir (default ./.idctl-dev), listens only on a unix socket there, and runs
/// with fsync off: for trying idctl and for demos, never for data that matters. Use it with
/// `export DATABASE_URL="$(idctl dev up -q --url)"`. `idctl dev down` stops and removes it.
#[derive(Debug, Args)]
pub struct UpArgs {
    /// Directory for the cluster.
    #[arg(long, default_value_os_t = super::default_dir())]
    pub dir: PathBuf,
    /// Name of the database to create.
    #[arg(long, default_value = "idctl")]
    pub database: String,
    /// Print only the URL (for `export DATABASE_URL="$(idctl dev up -q --url)"`).
    #[arg(long)]
    pub url: bool,
}

#[derive(Debug, Serialize)]
struct UpReport {
    database_url: String,
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
    create_database(&cluster, &args.database).await?;
    let url = cluster.url(&args.database);
    if args.url {
        println!("{url}");
        return Ok(());
    }
    ctx.ui.emit(&UpReport {
        database_url: url,
        dir: cluster.root().display().to_string(),
        created,
        started,
    })
}

async fn create_database(cluster: &LocalCluster, name: &str) -> Result<()> {
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
    Ok(())
}
