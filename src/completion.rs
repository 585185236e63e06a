//! Live shell completion: `keys rotate <TAB>` offers the basenames, `keys activate <TAB>` the key
//! versions with their status, `jobs show <TAB>` the job ids, `data show <TAB>` the tables.
//!
//! It uses clap_complete's environment-activated completion (`COMPLETE=bash idctl` prints the
//! shell's registration; the shell then calls `idctl` with `COMPLETE` set for each TAB), as jj
//! does: the completer is the binary itself, so it always matches the installed version. Values
//! come from the database of the environment or the current context (`DATABASE_URL`,
//! `--context`'s file, libpq's environment), read with a short timeout and never a prompt; when no
//! database answers, what the registry knows (basenames, tables) is still offered, and nothing
//! else. The static scripts in `completions/` remain for packaging (no database at install time).

use std::time::Duration;

use clap_complete::engine::CompletionCandidate;

use crate::cli::GlobalArgs;
use crate::db::{Database, SessionSettings};
use crate::registry::Registry;

/// How long a TAB may wait for the database before falling back to what the registry knows.
const TIMEOUT: Duration = Duration::from_millis(1500);

/// The settings a completion run uses: the environment and the context, as a command would see
/// them (None if they do not parse: then only the built-in registry is offered).
fn settings() -> Option<GlobalArgs> {
    use clap::{CommandFactory, FromArgMatches};
    // An otherwise empty command line, so that every environment variable applies as it would.
    let m = crate::cli::Cli::command()
        .try_get_matches_from(["idctl", "config", "show"])
        .ok()?;
    let mut global = crate::cli::Cli::from_arg_matches(&m).ok()?.global;
    crate::config::apply(&mut global, &|_| None).ok()?;
    Some(global)
}

fn registry(global: Option<&GlobalArgs>) -> Registry {
    global
        .and_then(|g| g.registry.as_deref())
        .and_then(|p| Registry::load(p).ok())
        .unwrap_or_else(Registry::builtin)
}

/// Runs `f` against the database, or gives None (unreachable, slow, refused).
fn with_database<T>(
    global: Option<&GlobalArgs>,
    f: impl AsyncFnOnce(&Database) -> crate::error::Result<T>,
) -> Option<T> {
    let global = global?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    let session = SessionSettings {
        application_name: "idctl/completion".into(),
        connect_timeout: TIMEOUT,
        lock_timeout: TIMEOUT,
        statement_timeout: TIMEOUT,
        pool_size: 1,
        search_path: global
            .registry
            .as_deref()
            .and_then(|p| crate::registry::Registry::load(p).ok())
            .and_then(|r| r.search_path()),
    };
    let url = global.database_url.clone();
    runtime.block_on(async move {
        tokio::time::timeout(TIMEOUT, async {
            let db = Database::connect(url.as_deref(), session).await.ok()?;
            f(&db).await.ok()
        })
        .await
        .ok()
        .flatten()
    })
}

/// Basenames: the registry's, and those with versions in crypto_keys.
pub fn basenames() -> Vec<CompletionCandidate> {
    let global = settings();
    let registry = registry(global.as_ref());
    let mut names: Vec<(String, String)> = Vec::new();
    for c in &registry.protected {
        if c.basename.is_empty() {
            continue;
        }
        match names.iter_mut().find(|(n, _)| *n == c.basename) {
            Some((_, help)) => {
                if !help.ends_with(", ...") {
                    help.push_str(", ...");
                }
            }
            None => names.push((c.basename.clone(), format!("{}.{}", c.table, c.column))),
        }
    }
    if let Some(keys) = with_database(global.as_ref(), async |db| {
        let client = db.client().await?;
        crate::keystore::list(&**client, None).await
    }) {
        for k in keys {
            if !names.iter().any(|(n, _)| *n == k.basename) {
                names.push((k.basename.clone(), "in crypto_keys".into()));
            }
        }
    }
    names.sort();
    names
        .into_iter()
        .map(|(n, help)| CompletionCandidate::new(n).help(Some(help.into())))
        .collect()
}

/// Key versions (`basename:vN`) with their status.
pub fn key_ids() -> Vec<CompletionCandidate> {
    let global = settings();
    with_database(global.as_ref(), async |db| {
        let client = db.client().await?;
        crate::keystore::list(&**client, None).await
    })
    .unwrap_or_default()
    .into_iter()
    .map(|k| {
        CompletionCandidate::new(k.key_id.clone()).help(Some(
            format!("{} {}", k.status.as_str(), k.algorithm).into(),
        ))
    })
    .collect()
}

/// Job ids, newest first, with what each job does and its status.
pub fn job_ids() -> Vec<CompletionCandidate> {
    let global = settings();
    with_database(global.as_ref(), async |db| {
        let client = db.client().await?;
        crate::engine::jobs::list(&**client, 50).await
    })
    .unwrap_or_default()
    .into_iter()
    .map(|j| {
        CompletionCandidate::new(j.id.to_string()).help(Some(
            format!("{} → v{} {}", j.basename, j.target_version, j.status).into(),
        ))
    })
    .collect()
}

/// Tables with protected or personal data (the registry's).
pub fn tables() -> Vec<CompletionCandidate> {
    let registry = registry(settings().as_ref());
    let mut tables: Vec<String> = registry.protected.iter().map(|c| c.table.clone()).collect();
    tables.sort();
    tables.dedup();
    tables.into_iter().map(CompletionCandidate::new).collect()
}
