use std::path::PathBuf;

use clap::Args;

use crate::context::Ctx;
use crate::dev::localpg::LocalCluster;
use crate::error::Result;

/// Stop the local cluster made by `idctl dev up` and delete it, with the demo keys in its keyring
/// (with --keep: stop only). Keys anywhere else are never touched.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl dev down")]
pub struct DownArgs {
    /// Directory of the cluster.
    #[arg(long, default_value_os_t = super::default_dir())]
    pub dir: PathBuf,
    /// Keep the cluster's files (stop only).
    #[arg(long)]
    pub keep: bool,
}

pub fn run(args: DownArgs, ctx: &Ctx) -> Result<()> {
    if !args.dir.join("port").is_file() {
        ctx.ui.note(format!(
            "No local cluster in {}; nothing to do.",
            args.dir.display()
        ));
        return Ok(());
    }
    let cluster = LocalCluster::open(&args.dir)?;
    if cluster.is_running() {
        cluster.stop("fast")?;
    }
    if !args.keep {
        std::fs::remove_dir_all(cluster.root())?;
        ctx.ui.note(format!(
            "Stopped and removed the local cluster in {} (and its demo keyring).",
            args.dir.display()
        ));
    } else {
        ctx.ui.note(format!(
            "Stopped the local cluster in {} (files kept).",
            args.dir.display()
        ));
    }
    Ok(())
}
