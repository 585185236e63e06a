//! Named contexts: the database, keyring, actor and registry an operator uses together, under one
//! name (kubeconfig's contexts, psql's service file), so that switching from staging to production
//! is one word and nobody rotates production thinking it is staging.
//!
//! The file is `$IDCTL_CONFIG`, else `$XDG_CONFIG_HOME/idctl/config.toml`, else
//! `~/.config/idctl/config.toml`:
//!
//! ```toml
//! current-context = "staging"
//!
//! [contexts.staging]
//! database = "service=identity-staging"      # a URL, or a libpq key=value string
//! keyring = "~/keys/staging"
//! actor = "ops@example.com"
//! # registry = "registries/compact-uuid.toml" (relative paths are relative to this file)
//! description = "staging cluster, eu-west"
//! ```
//!
//! Precedence, for each setting: the command-line flag, then its environment variable
//! (`DATABASE_URL`, `IDCTL_KEYRING`, `IDCTL_ACTOR`, `IDCTL_REGISTRY`), then the context
//! (`--context` / `IDCTL_CONTEXT`, else `current-context`), then the defaults (for the database,
//! libpq's environment: PGHOST, PGSERVICE, ...). A context that is named but does not exist is an
//! error (78), never a silent fall-through to another database. A file others can write is refused:
//! whoever can edit it chooses the database your next command changes.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::cli::GlobalArgs;
use crate::error::{Error, Result};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    pub current_context: Option<String>,
    #[serde(default)]
    pub contexts: BTreeMap<String, ContextSettings>,
}

/// One context's settings; each is optional.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ContextSettings {
    pub database: Option<String>,
    pub keyring: Option<PathBuf>,
    pub actor: Option<String>,
    pub registry: Option<PathBuf>,
    pub description: Option<String>,
}

/// Where the configuration file is (it may not exist).
pub fn path() -> Option<PathBuf> {
    let non_empty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(p) = non_empty("IDCTL_CONFIG") {
        return Some(PathBuf::from(p));
    }
    if let Some(x) = non_empty("XDG_CONFIG_HOME") {
        return Some(PathBuf::from(x).join("idctl/config.toml"));
    }
    non_empty("HOME").map(|h| PathBuf::from(h).join(".config/idctl/config.toml"))
}

/// Reads the file: None when it does not exist; a clear 78 when it cannot be read, is not valid, or
/// is writable by others.
pub fn load(path: &Path) -> Result<Option<ConfigFile>> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::config(format!(
                "cannot read the configuration file {}: {e}",
                path.display()
            )));
        }
    };
    if meta.permissions().mode() & 0o022 != 0 {
        return Err(Error::config(format!(
            "the configuration file {} has mode {:04o}: others can change which database idctl uses",
            path.display(),
            meta.permissions().mode() & 0o7777
        ))
        .with_hint(format!("chmod go-w {}", path.display())));
    }
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::config(format!(
            "cannot read the configuration file {}: {e}",
            path.display()
        ))
    })?;
    let file: ConfigFile = toml::from_str(&text).map_err(|e| {
        Error::config(format!(
            "the configuration file {} is not valid: {}",
            path.display(),
            e.to_string().trim()
        ))
    })?;
    Ok(Some(file))
}

/// Where each effective setting came from (`config show`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The command-line option.
    Flag,
    /// Its environment variable.
    Env,
    /// The context.
    Context,
    /// Not set: the default (for the database, libpq's environment).
    Default,
}

/// The context in effect for a run, after [`apply`].
#[derive(Debug, Clone, Default)]
pub struct Selected {
    pub name: Option<String>,
    pub file: Option<PathBuf>,
    pub sources: BTreeMap<&'static str, Source>,
}

/// Fills the settings `global` does not have (from neither flag nor environment) from the selected
/// context. `given` says, per setting, whether the flag or the environment gave it.
pub fn apply(
    global: &mut GlobalArgs,
    given: &dyn Fn(&'static str) -> Option<Source>,
) -> Result<Selected> {
    let file_path = path();
    let file = match &file_path {
        Some(p) => load(p)?,
        None => None,
    };
    let explicit = global.context.clone();
    let name = explicit
        .clone()
        .or_else(|| file.as_ref().and_then(|f| f.current_context.clone()));
    let mut selected = Selected {
        name: name.clone(),
        file: file_path.clone(),
        sources: BTreeMap::new(),
    };
    let settings = match (&name, &file) {
        (None, _) => None,
        (Some(n), Some(f)) => match f.contexts.get(n) {
            Some(s) => Some(s.clone()),
            None => {
                return Err(unknown_context(
                    n,
                    f,
                    file_path.as_deref(),
                    explicit.is_some(),
                ));
            }
        },
        (Some(n), None) => {
            return Err(Error::config(format!(
                "context {n:?}: there is no configuration file ({})",
                file_path
                    .as_deref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "no HOME to find it in".into())
            ))
            .with_hint(
                "create it (see `idctl config --help`), or drop --context / IDCTL_CONTEXT",
            ));
        }
    };
    let base = file_path
        .as_deref()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let settings = settings.unwrap_or_default();
    let mut set = |key: &'static str, has: bool, from_context: bool| {
        let source = match given(key) {
            Some(s) if has => s,
            _ if has => Source::Flag,
            _ if from_context => Source::Context,
            _ => Source::Default,
        };
        selected.sources.insert(key, source);
    };
    let had = global.database_url.is_some();
    if !had {
        global.database_url = settings.database.clone();
    }
    set("database", had, settings.database.is_some());
    let had = global.keyring.is_some();
    if !had {
        global.keyring = settings.keyring.as_deref().map(|p| resolve_path(p, &base));
    }
    set("keyring", had, settings.keyring.is_some());
    let had = global.actor.is_some();
    if !had {
        global.actor = settings.actor.clone();
    }
    set("actor", had, settings.actor.is_some());
    let had = global.registry.is_some();
    if !had {
        global.registry = settings.registry.as_deref().map(|p| resolve_path(p, &base));
    }
    set("registry", had, settings.registry.is_some());
    Ok(selected)
}

fn unknown_context(name: &str, file: &ConfigFile, path: Option<&Path>, explicit: bool) -> Error {
    let known: Vec<&str> = file.contexts.keys().map(String::as_str).collect();
    let whence = if explicit {
        "given by --context / IDCTL_CONTEXT"
    } else {
        "named by current-context"
    };
    Error::config(format!(
        "context {name:?} ({whence}) is not in {}; known: {}",
        path.map(|p| p.display().to_string()).unwrap_or_default(),
        if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        }
    ))
    .with_hint("`idctl config list` lists them")
}

/// `~/x` is under HOME; a relative path is relative to the configuration file's directory.
fn resolve_path(p: &Path, base: &Path) -> PathBuf {
    if let Ok(rest) = p.strip_prefix("~") {
        if let Some(home) = std::env::var_os("HOME") {
            return PathBuf::from(home).join(rest);
        }
    }
    if p.is_relative() {
        base.join(p)
    } else {
        p.to_path_buf()
    }
}

/// A database setting with its password hidden (`postgres://u:***@h/db`, `password=***`).
pub fn mask_password(database: &str) -> String {
    if let Some((scheme, rest)) = database.split_once("://") {
        if let Some((userinfo, host)) = rest.split_once('@') {
            if let Some((user, _)) = userinfo.split_once(':') {
                return format!("{scheme}://{user}:***@{host}");
            }
        }
        // A password in the query string.
        if let Some(i) = database.find("password=") {
            let end = database[i..].find('&').map_or(database.len(), |e| i + e);
            return format!("{}password=***{}", &database[..i], &database[end..]);
        }
        return database.to_string();
    }
    database
        .split_whitespace()
        .map(|kv| {
            if kv.starts_with("password=") {
                "password=***".to_string()
            } else {
                kv.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sets `current-context` in the file at `path`, keeping everything else as written (comments
/// included): the line is replaced, or added at the top. Written whole and renamed into place.
pub fn set_current(path: &Path, name: &str) -> Result<()> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::config(format!("cannot read {}: {e}", path.display())))?;
    let line = format!("current-context = {}", toml_string(name));
    let mut replaced = false;
    let mut in_table = false;
    let mut out: Vec<String> = Vec::new();
    for l in text.lines() {
        let t = l.trim_start();
        if t.starts_with('[') {
            in_table = true;
        }
        if !in_table && !replaced && t.starts_with("current-context") {
            out.push(line.clone());
            replaced = true;
        } else {
            out.push(l.to_string());
        }
    }
    if !replaced {
        out.insert(0, line);
    }
    let mut new = out.join("\n");
    new.push('\n');
    let mode = std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o7777)
        .unwrap_or(0o600);
    let tmp = path.with_extension(format!("toml.tmp.{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        std::fs::write(&tmp, &new)?;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(mode))?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::config(format!("cannot write {}: {e}", path.display()))
    })
}

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_masked_in_urls_and_key_value_strings() {
        assert_eq!(
            mask_password("postgres://ops:s3cret@db:5432/id"),
            "postgres://ops:***@db:5432/id"
        );
        assert_eq!(
            mask_password("postgres://db/id?user=ops&password=s3cret&sslmode=verify-full"),
            "postgres://db/id?user=ops&password=***&sslmode=verify-full"
        );
        assert_eq!(
            mask_password("host=db password=s3cret dbname=id"),
            "host=db password=*** dbname=id"
        );
        assert_eq!(mask_password("service=staging"), "service=staging");
    }

    #[test]
    fn set_current_replaces_the_line_or_adds_it_and_keeps_comments() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        std::fs::write(&p, "# mine\n[contexts.a]\ndatabase = \"x\"\n").unwrap();
        set_current(&p, "a").unwrap();
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(
            text.starts_with("current-context = \"a\"\n# mine\n"),
            "{text}"
        );
        set_current(&p, "b\"c").unwrap();
        let text = std::fs::read_to_string(&p).unwrap();
        assert_eq!(text.matches("current-context").count(), 1, "{text}");
        let parsed: ConfigFile = toml::from_str(&text).unwrap();
        assert_eq!(parsed.current_context.as_deref(), Some("b\"c"));
    }
}
