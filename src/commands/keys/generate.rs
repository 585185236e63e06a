use clap::{Args, ValueEnum};

use crate::authz::Permission;
use crate::context::Ctx;
use crate::crypto::Algorithm;
use crate::error::{Error, Result};
use crate::keystore;

/// Generate the next version of a key: a new key file (mode 0600) and its crypto_keys row.
///
/// The new version is `pending` unless --activate is given, in which case it becomes the active
/// version and the previously active one becomes decrypt-only. The algorithm defaults to what the
/// registry's columns of this basename need (aes-256-gcm-siv for encrypted columns, hmac-sha256 for
/// blind indexes and peppers); another algorithm, or a basename the registry does not declare, is
/// refused (exit 65) before anything is written. Needs permission keys.generate (and keys.activate
/// with --activate).
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl keys generate profile\n  idctl keys generate profile --activate"
)]
pub struct GenerateArgs {
    /// Key purpose, e.g. profile, customer, email_hash.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::basenames))]
    pub basename: String,
    /// Algorithm of the key.
    #[arg(long, value_enum)]
    pub algorithm: Option<AlgorithmArg>,
    /// Make the new version the active one.
    #[arg(long)]
    pub activate: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AlgorithmArg {
    #[value(name = "aes-256-gcm-siv")]
    Aes256GcmSiv,
    #[value(name = "hmac-sha256")]
    HmacSha256,
}

pub async fn run(args: GenerateArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    registry.require_basename(&args.basename)?;
    let needed = crate::rotation::algorithm_for(&registry, &args.basename);
    let algorithm = match args.algorithm {
        Some(AlgorithmArg::Aes256GcmSiv) => Algorithm::Aes256GcmSiv,
        Some(AlgorithmArg::HmacSha256) => Algorithm::HmacSha256,
        None => needed,
    };
    if algorithm != needed {
        return Err(wrong_algorithm(
            &registry,
            &args.basename,
            algorithm,
            needed,
        ));
    }
    let db = ctx.connect().await?;
    let mut client = db.client().await?;
    let actor = ctx.actor(&**client, Permission::KeysGenerate).await?;
    if args.activate {
        ctx.actor(&**client, Permission::KeysActivate).await?;
    }
    let keyring = ctx.keyring()?;
    let tx = client.transaction().await?;
    let rec = keystore::generate(
        &*tx,
        &keyring,
        &args.basename,
        algorithm,
        Some(actor.id),
        args.activate,
    )
    .await?;
    tx.commit()
        .await
        .map_err(|e| Error::from(e).context("committing the new key version"))?;
    ctx.ui.note(format!(
        "Generated {} ({}, {}) in {}.",
        rec.key_id,
        rec.algorithm,
        rec.status.as_str(),
        keyring.dir().display()
    ));
    ctx.ui.emit(&rec)
}

/// Exit 65: a key of `algorithm` cannot serve `basename`, whose columns need `needed`.
pub(crate) fn wrong_algorithm(
    registry: &crate::registry::Registry,
    basename: &str,
    algorithm: Algorithm,
    needed: Algorithm,
) -> Error {
    let kind = registry
        .basename_kind(basename)
        .map(|k| k.as_str())
        .unwrap_or("unknown");
    Error::data(format!(
        "{basename} protects {kind} columns, which need {needed} keys; refusing a {algorithm} key"
    ))
    .with_hint(format!(
        "omit --algorithm (the registry decides: {needed}); nothing was written"
    ))
}
