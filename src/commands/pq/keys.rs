use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::crypto::KemAlgorithm;
use crate::crypto::sign::SignatureAlgorithm;
use crate::error::Result;
use crate::ops::{pq, signing};

#[derive(Debug, Subcommand)]
pub enum PqKeysCommand {
    Generate(GenerateArgs),
    List(ListArgs),
    Show(ShowArgs),
    Activate(ActivateArgs),
    Retire(RetireArgs),
}

/// Activate a pending signing key version (generated with --inactive): it signs from now on, and
/// the name's previous active version is retired (its signatures still verify).
///
/// Needs permission keys.activate.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl pq keys activate audit_sig:v2")]
pub struct ActivateArgs {
    /// NAME:vN, e.g. audit_sig:v2.
    pub key: String,
}

/// Show a recipient's versions (algorithm, status, public key digest, the values wrapped to each
/// and the policies that use it), or a signing key's (scope, status, signatures made).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl pq keys show customer_rcpt")]
pub struct ShowArgs {
    pub name: String,
}

/// Retire a recipient key version: nothing opens with it any more. Refused for the active version
/// and while sealed values are still wrapped to it (`idctl pq migrate` moves them) unless --force.
/// A signing key version signs no more; its signatures still verify.
///
/// Needs permission keys.retire.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl pq keys retire customer_rcpt:v1")]
pub struct RetireArgs {
    /// NAME:vN, e.g. legacy_rcpt:v1.
    pub key: String,
    /// Retire it although values are still wrapped to it (they no longer open).
    #[arg(long)]
    pub force: bool,
}

/// A key algorithm: a recipient (KEM) or a signing algorithm.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RecipientAlgorithm {
    /// ML-DSA-65 (FIPS 204) signing key, security category 3: the default for signatures.
    #[value(name = "ml-dsa-65")]
    MlDsa65,
    /// ML-DSA-87 (FIPS 204) signing key, security category 5.
    #[value(name = "ml-dsa-87")]
    MlDsa87,
    /// Ed25519 signing key, classical: for hybrid checkpoints during the transition only.
    #[value(name = "ed25519")]
    Ed25519,
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

/// What a key algorithm makes.
pub enum KeyKind {
    Recipient(KemAlgorithm),
    Signing(SignatureAlgorithm),
}

impl RecipientAlgorithm {
    pub fn kind(self) -> KeyKind {
        match self {
            RecipientAlgorithm::XWing => KeyKind::Recipient(KemAlgorithm::XWing),
            RecipientAlgorithm::MlKem768 => KeyKind::Recipient(KemAlgorithm::MlKem768),
            RecipientAlgorithm::X25519 => KeyKind::Recipient(KemAlgorithm::X25519),
            RecipientAlgorithm::MlDsa65 => KeyKind::Signing(SignatureAlgorithm::MlDsa65),
            RecipientAlgorithm::MlDsa87 => KeyKind::Signing(SignatureAlgorithm::MlDsa87),
            RecipientAlgorithm::Ed25519 => KeyKind::Signing(SignatureAlgorithm::Ed25519),
        }
    }
}

/// Generate a recipient or signing key version and make it active: its private seed goes to a 0600
/// key file in the keyring (checked against its crypto_keys row, fingerprint and public key, before
/// every use), its public key to the database. A recipient's previous active version stays usable
/// for opening (decrypt-only) until `pq migrate` has moved its values; a signing key's previous
/// version is retired (its signatures still verify).
///
/// Needs permission keys.generate.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl pq keys generate --name customer_rcpt --algorithm x-wing\n  idctl pq keys generate --name audit_sig --algorithm ml-dsa-65 --scope audit"
)]
pub struct GenerateArgs {
    /// The key's name (a key basename of its own), e.g. customer_rcpt or audit_sig.
    #[arg(long)]
    pub name: String,
    #[arg(long, value_enum)]
    pub algorithm: RecipientAlgorithm,
    /// What a signing key signs: audit (checkpoints) or export (export manifests).
    #[arg(long, default_value = "audit")]
    pub scope: String,
    /// Leave a signing key pending; `idctl pq keys activate` makes it sign.
    #[arg(long)]
    pub inactive: bool,
}

/// List recipient key versions.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl pq keys list\n  idctl pq keys list customer_rcpt -o json"
)]
pub struct ListArgs {
    /// Only this recipient.
    pub name: Option<String>,
}

#[derive(Debug, Serialize)]
struct View {
    key: String,
    kind: &'static str,
    algorithm: String,
    status: String,
    public_key: String,
}

/// One key version in `pq keys list -o json`.
#[derive(Debug, Serialize)]
struct Listed {
    kind: &'static str,
    key_id: String,
    algorithm: String,
    status: String,
    scope: Option<String>,
    public_key_digest: Option<String>,
    created_at: Option<chrono::DateTime<chrono::Utc>>,
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
            match args.algorithm.kind() {
                KeyKind::Recipient(kem) => {
                    let key =
                        pq::generate_recipient(&db, &registry, &keyring, actor.id, &args.name, kem)
                            .await?;
                    ctx.ui.note(format!(
                        "Generated {} ({}), active.",
                        key.key_id, key.algorithm
                    ));
                    ctx.ui.emit(&key)
                }
                KeyKind::Signing(algorithm) => {
                    let key = signing::generate(
                        &db,
                        &registry,
                        &keyring,
                        actor.id,
                        &signing::NewSigningKey {
                            name: &args.name,
                            algorithm,
                            scope: &args.scope,
                            inactive: args.inactive,
                        },
                    )
                    .await?;
                    ctx.ui.note(format!(
                        "Generated signing key {} ({}, scope {}), {}.",
                        key.key_id,
                        key.algorithm,
                        key.scope.as_deref().unwrap_or("-"),
                        key.status.as_str()
                    ));
                    ctx.ui.emit(&key)
                }
            }
        }
        PqKeysCommand::Show(args) => {
            let registry = ctx.registry()?;
            let db = ctx.connect().await?;
            if signing::is_signing(&db, &args.name).await? {
                return ctx.ui.emit(&signing::list(&db, Some(&args.name)).await?);
            }
            let versions = pq::recipient(&db, &registry, &args.name).await?;
            ctx.ui.emit(&versions)
        }
        PqKeysCommand::Activate(args) => {
            let id = crate::commands::keys::parse_key_id(&args.key)?;
            let db = ctx.connect().await?;
            let actor = ctx
                .actor(&**db.client().await?, Permission::KeysActivate)
                .await?;
            let key = signing::activate(&db, actor.id, &id).await?;
            ctx.ui
                .note(format!("Activated signing key {}.", key.key_id));
            ctx.ui.emit(&key)
        }
        PqKeysCommand::Retire(args) => {
            let id = crate::commands::keys::parse_key_id(&args.key)?;
            let registry = ctx.registry()?;
            let db = ctx.connect().await?;
            let actor = ctx
                .actor(&**db.client().await?, Permission::KeysRetire)
                .await?;
            if signing::is_signing(&db, id.basename()).await? {
                let key = signing::retire(&db, actor.id, &id).await?;
                ctx.ui.note(format!("Retired signing key {}.", key.key_id));
                return ctx.ui.emit(&key);
            }
            let key = pq::retire_recipient(&db, &registry, actor.id, &id, args.force).await?;
            ctx.ui.note(format!("Retired {}.", key.key_id));
            ctx.ui.emit(&key)
        }
        PqKeysCommand::List(args) => {
            let db = ctx.connect().await?;
            let mut keys: Vec<Listed> = pq::recipients(&db, args.name.as_deref())
                .await?
                .into_iter()
                .map(|k| Listed {
                    kind: "recipient",
                    key_id: k.key_id,
                    algorithm: k.algorithm,
                    status: k.status.as_str().to_string(),
                    scope: None,
                    public_key_digest: k.public_key_digest,
                    created_at: k.created_at,
                })
                .collect();
            keys.extend(
                signing::list(&db, args.name.as_deref())
                    .await?
                    .into_iter()
                    .map(|k| Listed {
                        kind: "signing",
                        key_id: k.key_id,
                        algorithm: k.algorithm,
                        status: k.status.as_str().to_string(),
                        scope: k.scope,
                        public_key_digest: Some(k.public_key_digest),
                        created_at: k.created_at,
                    }),
            );
            ctx.ui.emit_narrow(&keys, || {
                keys.iter()
                    .map(|k| View {
                        key: k.key_id.clone(),
                        kind: k.kind,
                        algorithm: k.algorithm.clone(),
                        status: k.status.clone(),
                        public_key: k.public_key_digest.clone().unwrap_or_default(),
                    })
                    .collect::<Vec<_>>()
            })
        }
    }
}
