//! `idctl keys`: the key lifecycle (generate, activate, retire, destroy), the census and checks.

pub mod activate;
pub mod destroy;
pub mod generate;
pub mod list;
pub mod plan;
pub mod retire;
pub mod rotate;
pub mod show;
pub mod status;
pub mod verify;

use clap::Subcommand;

use crate::context::Ctx;
use crate::crypto::KeyId;
use crate::error::{Error, Result};

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    Generate(generate::GenerateArgs),
    List(list::ListArgs),
    Show(show::ShowArgs),
    Activate(activate::ActivateArgs),
    Retire(retire::RetireArgs),
    Destroy(destroy::DestroyArgs),
    Status(status::StatusArgs),
    Plan(plan::PlanArgs),
    Rotate(rotate::RotateArgs),
    Verify(verify::VerifyArgs),
}

pub async fn run(cmd: KeysCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        KeysCommand::Generate(args) => generate::run(args, ctx).await,
        KeysCommand::List(args) => list::run(args, ctx).await,
        KeysCommand::Show(args) => show::run(args, ctx).await,
        KeysCommand::Activate(args) => activate::run(args, ctx).await,
        KeysCommand::Retire(args) => retire::run(args, ctx).await,
        KeysCommand::Destroy(args) => destroy::run(args, ctx).await,
        KeysCommand::Status(args) => status::run(args, ctx).await,
        KeysCommand::Plan(args) => plan::run(args, ctx).await,
        KeysCommand::Rotate(args) => rotate::run(args, ctx).await,
        KeysCommand::Verify(args) => verify::run(args, ctx).await,
    }
}

/// Parses a `basename:vN` argument.
pub fn parse_key_id(s: &str) -> Result<KeyId> {
    s.parse::<KeyId>().map_err(|e| {
        Error::usage(format!(
            "{s:?}: {e} (expected <basename>:v<version>, e.g. profile:v2)"
        ))
    })
}

/// Refuses to retire or destroy a version that rows still reference, saying where and how many;
/// with `force`, asks the operator to type the key id instead. Returns the usage found.
pub(crate) async fn ensure_unused(
    ctx: &Ctx,
    client: &impl tokio_postgres::GenericClient,
    key_id: &str,
    basename: &str,
    force: bool,
    verb: &str,
) -> Result<Vec<(String, i64)>> {
    let registry = ctx.registry()?;
    let census = crate::census::census(client, &registry, Some(basename)).await?;
    let usage = crate::census::usage_of(&census, key_id);
    if usage.is_empty() {
        return Ok(usage);
    }
    let places = usage
        .iter()
        .map(|(c, n)| format!("{c}: {n} rows"))
        .collect::<Vec<_>>()
        .join(", ");
    if !force {
        return Err(Error::data(format!(
            "{key_id} is still used ({places}); refusing to {verb} it"
        ))
        .with_hint(format!(
            "rotate first (`idctl keys rotate {basename}`), or pass --force to {verb} it anyway"
        )));
    }
    ctx.ui.warn(format!(
        "{key_id} is still used ({places}); those values will no longer decrypt"
    ));
    ctx.confirm(
        &format!("{verb} {key_id} although rows still use it"),
        Some(key_id),
    )?;
    Ok(usage)
}
