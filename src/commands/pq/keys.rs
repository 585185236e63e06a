use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::crypto::KemAlgorithm;
use crate::error::Result;
use crate::ops::pq;

#[derive(Debug, Subcommand)]
pub enum PqKeysCommand {
    Generate(GenerateArgs),
    List(ListArgs),
    Show(ShowArgs),
    Retire(RetireArgs),
}

/// Show a recipient's versions: algorithm, status, public key digest, the values wrapped to each
/// and the policies that use it.
#[derive(Debug, Args)]
pub struct ShowArgs {
    pub name: String,
}

/// Retire a recipient key version: nothing opens with it any more. Refused for the active version
/// and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force.
///
/// Needs permission keys.retire.
#[derive(Debug, Args)]
pub struct RetireArgs {
    /// NAME:vN, e.g. legacy_rcpt:v1.
    pub key: String,
    /// Retire it although values are still wrapped to it (they no longer open).
    #[arg(long)]
    pub force: bool,
}

/// A recipient algorithm.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RecipientAlgorithm {
    /// X-Wing (MLKEM768 + X25519 hybrid, draft-connolly-cfrg-xwing-kem-06).
    #[value(name = "x-wing")]
    XWing,
    /// ML-KEM-768 (FIPS 203), post-quantum only.
    #[value(name = "ml-kem-768")]
    MlKem768,
    /// X25519, classical only: for tests and legacy data.
    #[value(name = "x25519")]
    X25519,
}

impl RecipientAlgorithm {
    pub fn kem(self) -> KemAlgorithm {
        match self {
            RecipientAlgorithm::XWing => KemAlgorithm::XWing,
            RecipientAlgorithm::MlKem768 => KemAlgorithm::MlKem768,
            RecipientAlgorithm::X25519 => KemAlgorithm::X25519,
        }
    }
}

/// Generate a recipient key version and make it active: its private seed goes to a 0600 key file in
/// the keyring (checked against its crypto_keys row, fingerprint and public key, before every use),
/// its public key to crypto_keys.public_key for the writers that seal to it. The previous active
/// version stays usable for opening (decrypt-only) until `pq migrate` has moved its values.
///
/// Needs permission keys.generate.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The recipient's name (a key basename of its own), e.g. customer_rcpt.
    #[arg(long)]
    pub name: String,
    #[arg(long, value_enum)]
    pub algorithm: RecipientAlgorithm,
}

/// List recipient key versions.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this recipient.
    pub name: Option<String>,
}

#[derive(Debug, Serialize)]
struct View {
    key: String,
    algorithm: String,
    status: String,
    public_key: String,
}

pub async fn run(cmd: PqKeysCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        PqKeysCommand::Generate(args) => {
            let registry = ctx.registry()?;
            let keyring = ctx.keyring()?;
            let db = ctx.connect().await?;
            let actor = ctx
                .actor(&**db.client().await?, Permission::KeysGenerate)
                .await?;
            let key = pq::generate_recipient(
                &db,
                &registry,
                &keyring,
                actor.id,
                &args.name,
                args.algorithm.kem(),
            )
            .await?;
            ctx.ui.note(format!(
                "Generated {} ({}), active.",
                key.key_id, key.algorithm
            ));
            ctx.ui.emit(&key)
        }
        PqKeysCommand::Show(args) => {
            let registry = ctx.registry()?;
            let db = ctx.connect().await?;
            let versions = pq::recipient(&db, &registry, &args.name).await?;
            ctx.ui.emit(&versions)
        }
        PqKeysCommand::Retire(args) => {
            let id = crate::commands::keys::parse_key_id(&args.key)?;
            let registry = ctx.registry()?;
            let db = ctx.connect().await?;
            let actor = ctx
                .actor(&**db.client().await?, Permission::KeysRetire)
                .await?;
            let key = pq::retire_recipient(&db, &registry, actor.id, &id, args.force).await?;
            ctx.ui.note(format!("Retired {}.", key.key_id));
            ctx.ui.emit(&key)
        }
        PqKeysCommand::List(args) => {
            let db = ctx.connect().await?;
            let keys = pq::recipients(&db, args.name.as_deref()).await?;
            ctx.ui.emit_narrow(&keys, || {
                keys.iter()
                    .map(|k| View {
                        key: k.key_id.clone(),
                        algorithm: k.algorithm.clone(),
                        status: k.status.as_str().to_string(),
                        public_key: k.public_key_digest.clone().unwrap_or_default(),
                    })
                    .collect::<Vec<_>>()
            })
        }
    }
}
