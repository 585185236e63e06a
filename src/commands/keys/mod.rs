//! `idctl keys`: the key lifecycle (generate, activate, retire, destroy), the census and checks.

pub mod activate;
pub mod backup;
pub mod destroy;
pub mod generate;
pub mod history;
pub mod list;
pub mod plan;
pub mod restore;
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
    History(history::HistoryArgs),
    Activate(activate::ActivateArgs),
    Retire(retire::RetireArgs),
    Destroy(destroy::DestroyArgs),
    Status(status::StatusArgs),
    Plan(plan::PlanArgs),
    Rotate(rotate::RotateArgs),
    Verify(verify::VerifyArgs),
    Backup(backup::BackupArgs),
    Restore(restore::RestoreArgs),
}

pub async fn run(cmd: KeysCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        KeysCommand::Generate(args) => generate::run(args, ctx).await,
        KeysCommand::List(args) => list::run(args, ctx).await,
        KeysCommand::Show(args) => show::run(args, ctx).await,
        KeysCommand::History(args) => history::run(args, ctx).await,
        KeysCommand::Activate(args) => activate::run(args, ctx).await,
        KeysCommand::Retire(args) => retire::run(args, ctx).await,
        KeysCommand::Destroy(args) => destroy::run(args, ctx).await,
        KeysCommand::Status(args) => status::run(args, ctx).await,
        KeysCommand::Plan(args) => plan::run(args, ctx).await,
        KeysCommand::Rotate(args) => rotate::run(args, ctx).await,
        KeysCommand::Verify(args) => verify::run(args, ctx).await,
        KeysCommand::Backup(args) => backup::run(args, ctx).await,
        KeysCommand::Restore(args) => restore::run(args, ctx).await,
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

/// The basename check of the commands that look at or wind down existing versions (show, list,
/// retire, destroy): a basename the registry declares, or, after a registry change, one that still
/// has versions in crypto_keys (with a warning). Anything else gets the registry's one answer for
/// an unknown basename (exit 65, the known basenames, the closest).
pub(crate) async fn require_existing_basename(
    ctx: &Ctx,
    registry: &crate::registry::Registry,
    client: &impl tokio_postgres::GenericClient,
    basename: &str,
) -> Result<()> {
    let Err(unknown) = registry.require_basename(basename) else {
        return Ok(());
    };
    if crate::keystore::list(client, Some(basename))
        .await?
        .is_empty()
    {
        return Err(unknown.into());
    }
    ctx.ui.warn(format!(
        "the registry declares no protected column with basename {basename:?}; \
         its versions in crypto_keys can still be seen, retired and destroyed"
    ));
    Ok(())
}

/// The `crypto_keys` row of `id`, or exit 65 naming the versions of its basename that exist.
pub(crate) async fn require_version(
    client: &impl tokio_postgres::GenericClient,
    id: &KeyId,
) -> Result<crate::keystore::KeyRecord> {
    let versions = crate::keystore::list(client, Some(id.basename())).await?;
    if let Some(rec) = versions.iter().find(|r| r.version as u32 == id.version()) {
        return Ok(rec.clone());
    }
    let basename = id.basename();
    Err(if versions.is_empty() {
        Error::data(format!(
            "unknown key version {id}: {basename} has no versions in crypto_keys"
        ))
        .with_hint(format!("create one with `idctl keys generate {basename}`"))
    } else {
        Error::data(format!(
            "unknown key version {id}: {basename} has {}",
            versions
                .iter()
                .map(|r| format!("{} ({})", r.key_id, r.status.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .with_hint(format!("see `idctl keys show {basename}`"))
    })
}

/// Refuses to retire or destroy a version that rows still reference, saying where and how many,
/// unless `force` (then the usage is returned, for the caller to confirm). Asks nothing: prompts
/// happen before the basename's lock is taken (see [`confirm_then_lock`]).
pub(crate) async fn usage_or_refuse(
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
    if usage.is_empty() || force {
        return Ok(usage);
    }
    Err(Error::data(format!(
        "{key_id} is still used ({}); refusing to {verb} it",
        places(&usage)
    ))
    .with_hint(format!(
        "rotate first (`idctl keys rotate {basename}`), or pass --force to {verb} it anyway"
    )))
}

fn places(usage: &[(String, i64)]) -> String {
    usage
        .iter()
        .map(|(c, n)| format!("{c}: {n} rows"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a retire or destroy checked before asking: the version's status and the rows using it.
pub(crate) struct Checked {
    pub status: crate::keystore::KeyStatus,
    pub usage: Vec<(String, i64)>,
}

/// The confirmation happens here, with no transaction open and no lock held (an operator deciding
/// must not stall `generate`, `rotate` or the scheduler on this basename); then the transaction
/// takes the basename's lock and the caller re-checks, under it, that nothing changed meanwhile
/// ([`unchanged`]).
pub(crate) fn confirm_forced(
    ctx: &Ctx,
    key_id: &str,
    usage: &[(String, i64)],
    verb: &str,
) -> Result<()> {
    if usage.is_empty() {
        return Ok(());
    }
    ctx.ui.warn(format!(
        "{key_id} is still used ({}); those values will no longer decrypt",
        places(usage)
    ));
    ctx.confirm(
        &format!("{verb} {key_id} although rows still use it"),
        Some(key_id),
    )
}

/// Under the lock: the version's status and usage must be what the operator confirmed.
pub(crate) async fn unchanged(
    ctx: &Ctx,
    client: &impl tokio_postgres::GenericClient,
    id: &KeyId,
    before: &Checked,
    force: bool,
    verb: &str,
) -> Result<crate::keystore::KeyRecord> {
    let rec = require_version(client, id).await?;
    let usage = usage_or_refuse(ctx, client, &rec.key_id, &rec.basename, force, verb).await?;
    if rec.status != before.status || usage != before.usage {
        return Err(Error::temp_fail(format!(
            "{} changed while you confirmed (now {}{}); nothing was changed",
            rec.key_id,
            rec.status.as_str(),
            if usage.is_empty() {
                String::new()
            } else {
                format!(", used by {}", places(&usage))
            }
        ))
        .with_hint(format!("run `idctl keys {verb} {}` again", rec.key_id)));
    }
    Ok(rec)
}
