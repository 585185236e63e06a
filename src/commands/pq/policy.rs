use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use crate::authz::Permission;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::ops::pq::{self, PolicySpec};
use crate::store::pq::PolicyMode;

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    List(ListArgs),
    Show(ShowArgs),
    Create(CreateArgs),
    Bind(BindArgs),
}

/// List encryption policies with their layers and bound columns.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl pq policy list")]
pub struct ListArgs {}

/// Show one policy.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl pq policy show customer -o json")]
pub struct ShowArgs {
    pub name: String,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ModeArg {
    /// X25519 layers only (quantum-vulnerable; legacy data).
    Classic,
    /// At least one post-quantum layer (x-wing, or ml-kem-768 beside x25519).
    Hybrid,
    /// ML-KEM-768 layers only.
    PqOnly,
}

/// Create an encryption policy: the recipients a sealed value's data key is wrapped to, one layer
/// per --layer, all needed to open it. Each recipient must have an active key version of the
/// layer's algorithm (`idctl pq keys generate`).
///
/// Needs permission pq.manage.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl pq policy create customer --mode hybrid --layer x-wing:customer_rcpt"
)]
pub struct CreateArgs {
    /// Policy name, e.g. customer.
    pub name: String,
    #[arg(long, value_enum)]
    pub mode: ModeArg,
    /// A layer: ALGORITHM:RECIPIENT (x-wing:customer_rcpt), in order; 1 to 4.
    #[arg(long = "layer", value_name = "ALGORITHM:RECIPIENT", required = true)]
    pub layers: Vec<String>,
    /// Extra authenticated data bound to every value: a JSON object of strings, e.g.
    /// '{"purpose":"customer-data"}'.
    #[arg(long, value_name = "JSON")]
    pub aad_template: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

/// Bind a registered sealed column to a policy: writers seal new values under it, and
/// `idctl pq migrate --policy NAME` moves the existing ones.
///
/// Needs permission pq.manage.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl pq policy bind customer orders.encrypted_customer_blob"
)]
pub struct BindArgs {
    pub name: String,
    /// TABLE.COLUMN, e.g. orders.encrypted_customer_blob.
    pub column: String,
}

#[derive(Debug, Serialize)]
struct View {
    name: String,
    mode: &'static str,
    layers: String,
    columns: String,
}

fn parse_layer(s: &str) -> Result<(crate::crypto::KemAlgorithm, String)> {
    let (alg, recipient) = s
        .split_once(':')
        .ok_or_else(|| Error::usage(format!("--layer {s:?}: expected ALGORITHM:RECIPIENT")))?;
    let alg = match alg {
        "x-wing" => crate::crypto::KemAlgorithm::XWing,
        "ml-kem-768" => crate::crypto::KemAlgorithm::MlKem768,
        "x25519" => crate::crypto::KemAlgorithm::X25519,
        other => {
            return Err(Error::usage(format!(
                "--layer {s:?}: unknown algorithm {other:?} (x-wing, ml-kem-768, x25519)"
            )));
        }
    };
    if !crate::registry::is_valid_basename(recipient) {
        return Err(Error::usage(format!(
            "--layer {s:?}: recipient {recipient:?} is not a valid recipient name (^[a-z][a-z0-9_]{{0,47}}$)"
        )));
    }
    Ok((alg, recipient.to_string()))
}

pub async fn run(cmd: PolicyCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        PolicyCommand::List(_) => {
            let db = ctx.connect().await?;
            let all = pq::policies(&db).await?;
            ctx.ui.emit_narrow(&all, || {
                all.iter()
                    .map(|p| View {
                        name: p.name.clone(),
                        mode: p.mode.as_str(),
                        layers: p
                            .layers
                            .iter()
                            .map(|l| format!("{}:{}", l.algorithm, l.recipient))
                            .collect::<Vec<_>>()
                            .join(" + "),
                        columns: p.bindings.join(", "),
                    })
                    .collect::<Vec<_>>()
            })
        }
        PolicyCommand::Show(args) => {
            let db = ctx.connect().await?;
            let p = pq::policy(&db, &args.name).await?;
            ctx.ui.emit(&p)
        }
        PolicyCommand::Create(args) => {
            let layers = args
                .layers
                .iter()
                .map(|l| parse_layer(l))
                .collect::<Result<Vec<_>>>()?;
            let aad_template = match &args.aad_template {
                Some(t) => Some(
                    serde_json::from_str(t)
                        .map_err(|e| Error::usage(format!("--aad-template is not JSON: {e}")))?,
                ),
                None => None,
            };
            let db = ctx.connect().await?;
            let actor = ctx
                .actor(&**db.client().await?, Permission::PqManage)
                .await?;
            let spec = PolicySpec {
                name: args.name,
                mode: match args.mode {
                    ModeArg::Classic => PolicyMode::Classic,
                    ModeArg::Hybrid => PolicyMode::Hybrid,
                    ModeArg::PqOnly => PolicyMode::PqOnly,
                },
                layers,
                aad_template,
                notes: args.notes,
            };
            let p = pq::create_policy(&db, actor.id, &spec).await?;
            ctx.ui.note(format!("Created policy {}.", p.name));
            ctx.ui.emit(&p)
        }
        PolicyCommand::Bind(args) => {
            let registry = ctx.registry()?;
            let db = ctx.connect().await?;
            let actor = ctx
                .actor(&**db.client().await?, Permission::PqManage)
                .await?;
            let r = pq::bind(&db, &registry, actor.id, &args.name, &args.column).await?;
            ctx.ui.note(format!(
                "{} is bound to {}{}; {} value(s) to migrate (`idctl pq migrate --policy {}`).",
                r.column,
                r.policy,
                r.previous
                    .as_ref()
                    .map(|p| format!(" (was {p})"))
                    .unwrap_or_default(),
                r.rows_to_migrate,
                r.policy
            ));
            ctx.ui.emit(&r)
        }
    }
}
