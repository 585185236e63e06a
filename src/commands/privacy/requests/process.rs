use std::path::PathBuf;

use clap::Args;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::requests::{self, ProcessOutcome};

/// Process data-subject requests: exports for access and portability, deletion jobs for erasure.
///
/// Access and portability: the export (as `privacy export`) goes to --out-dir as
/// privacy-request-<id>-user-<user>.zip and the request is completed (file, SHA-256 and operator in
/// its meta). Erasure: a soft deletion job is scheduled and linked; processing the request again
/// after the job completed completes it. Rectification, restriction and objection are left to a
/// person. A completed request is never processed twice. Exit 65 if any failed. Audited. Needs
/// permission privacy.process (and privacy.export for the exports).
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl privacy requests process --id 5 --out-dir /srv/exports\n  idctl privacy requests process --due --out-dir /srv/exports -q"
)]
#[command(group(clap::ArgGroup::new("which").args(["id", "due"]).required(true)))]
pub struct ProcessArgs {
    /// Process this request.
    #[arg(long, value_name = "ID")]
    pub id: Option<i64>,
    /// Process every open request, nearest deadline first.
    #[arg(long)]
    pub due: bool,
    /// Where exports are written.
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,
}

pub async fn run(args: ProcessArgs, ctx: &Ctx) -> Result<()> {
    if !args.out_dir.is_dir() {
        return Err(Error::usage(format!(
            "--out-dir {}: not a directory",
            args.out_dir.display()
        )));
    }
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let actor = {
        let client = db.client().await?;
        ctx.actor(&**client, crate::authz::Permission::PrivacyExport)
            .await?;
        ctx.actor(&**client, Permission::PrivacyProcess).await?
    };
    let ids: Vec<i64> = args.id.into_iter().collect();
    let done = requests::process(&db, &registry, &keyring, &actor, &ids, &args.out_dir).await?;
    for p in &done {
        ctx.ui.note(format!(
            "Privacy request {} ({}): {:?}{}",
            p.id,
            p.kind,
            p.outcome,
            p.message
                .as_deref()
                .map(|m| format!(": {m}"))
                .unwrap_or_default()
        ));
    }
    ctx.ui.emit_narrow(&done, || {
        done.iter()
            .map(crate::commands::privacy::processed_line)
            .collect::<Vec<_>>()
    })?;
    let failed = done
        .iter()
        .filter(|p| p.outcome == ProcessOutcome::Failed)
        .count();
    if failed > 0 {
        return Err(Error::data(format!("{failed} request(s) failed")));
    }
    Ok(())
}
