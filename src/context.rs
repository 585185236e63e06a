//! What every command gets: the global options, the user interface, and ways to reach the database
//! and to ask for confirmation that behave the same in every command.

use std::io::IsTerminal;
use std::time::Duration;

use crate::authz::{self, Actor, Permission};
use crate::cli::{DEFAULT_STATEMENT_TIMEOUT, GlobalArgs};
use crate::db::{Database, SessionSettings};
use crate::error::{Error, Result};
use crate::keystore::Keyring;
use crate::output::Ui;

pub struct Ctx {
    pub global: GlobalArgs,
    pub ui: Ui,
    /// The command as typed, without options: `keys rotate`. Used in `application_name` and logs.
    pub command_path: String,
    /// The named context in effect (`--context`, `IDCTL_CONTEXT`, the file's current-context), and
    /// where each setting came from.
    pub context: crate::config::Selected,
    /// What the command did, for `--metrics-file`.
    pub metrics: crate::metrics::Metrics,
    /// The connected database, for the keyring (key files belong to one database).
    db_binding: std::sync::Arc<std::sync::OnceLock<crate::keystore::DatabaseBinding>>,
}

impl Ctx {
    pub fn new(global: GlobalArgs, command_path: String, context: crate::config::Selected) -> Self {
        let ui = Ui::new(&global);
        Ctx {
            global,
            ui,
            command_path,
            context,
            metrics: Default::default(),
            db_binding: Default::default(),
        }
    }

    /// Session settings from the global options; `default_statement_timeout` applies when
    /// `--statement-timeout` was not given.
    pub fn session_settings(&self, default_statement_timeout: Duration) -> SessionSettings {
        SessionSettings {
            application_name: format!("idctl/{}", self.command_path),
            connect_timeout: self.global.connect_timeout,
            lock_timeout: self.global.lock_timeout,
            statement_timeout: self
                .global
                .statement_timeout
                .unwrap_or(default_statement_timeout),
            pool_size: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                + 2,
            search_path: None,
        }
    }

    /// Connects with the default session settings.
    pub async fn connect(&self) -> Result<Database> {
        self.connect_with(self.session_settings(DEFAULT_STATEMENT_TIMEOUT))
            .await
    }

    /// Connects with `session`, on the registry's search path (its bookkeeping schema first, when
    /// it has one: a registry that cannot be read stops the command here).
    pub async fn connect_with(&self, mut session: SessionSettings) -> Result<Database> {
        session.search_path = self.registry()?.search_path();
        let db = Database::connect(self.global.database_url.as_deref(), session).await?;
        self.ui.detail(format!("connected to {}", db.target()));
        // The keyring's files are this database's (best effort: commands that read keys bind again).
        if self.db_binding.get().is_none() {
            let client = db.client().await?;
            match crate::keystore::DatabaseBinding::of(&**client).await {
                Ok(b) => {
                    let _ = self.db_binding.set(b);
                }
                Err(e) => tracing::debug!("cannot identify the database for the keyring: {e}"),
            }
        }
        Ok(db)
    }

    /// The operator of a command that changes data, checked for `permission` (exit 77 otherwise).
    /// An email is resolved through the users.email_hash blind index under every usable key.
    pub async fn actor(
        &self,
        client: &impl tokio_postgres::GenericClient,
        permission: Permission,
    ) -> Result<Actor> {
        let keyring = self.keyring()?;
        let registry = self.registry()?;
        let actor = authz::require(
            client,
            &registry.operators(),
            self.global.actor.as_deref(),
            permission,
            async |c, email| {
                crate::lookup::subject_keys_by_email(c, &keyring, &registry, email).await
            },
        )
        .await?;
        authz::check_linked_subject(client, &registry, &actor).await?;
        self.ui.detail(format!(
            "operator: user {} ({}), permission {}",
            actor.id,
            actor.given_as,
            permission.name()
        ));
        Ok(actor)
    }

    /// The operator named by `--actor`, resolved and checked to be able to act (active, not locked,
    /// not deleted) but for no permission in particular (`users whoami`).
    pub async fn resolve_actor(
        &self,
        client: &impl tokio_postgres::GenericClient,
    ) -> Result<Actor> {
        let keyring = self.keyring()?;
        let registry = self.registry()?;
        let Some(given) = self.global.actor.as_deref() else {
            return Err(Error::usage("no operator given")
                .with_hint("pass --actor <user id or email> or set IDCTL_ACTOR"));
        };
        let actor = authz::resolve(client, &registry.operators(), given, async |c, email| {
            crate::lookup::subject_keys_by_email(c, &keyring, &registry, email).await
        })
        .await?;
        authz::check_linked_subject(client, &registry, &actor).await?;
        Ok(actor)
    }

    /// The registry: `--registry FILE` / `IDCTL_REGISTRY`, else the built-in one.
    pub fn registry(&self) -> Result<crate::registry::Registry> {
        match &self.global.registry {
            Some(path) => crate::registry::Registry::load(path),
            None => Ok(crate::registry::Registry::builtin()),
        }
    }

    pub fn keyring(&self) -> Result<Keyring> {
        Ok(Keyring::new(self.global.keyring.as_deref())?.sharing_binding(self.db_binding.clone()))
    }

    /// Asks before a destructive step. `--yes` answers for the operator. Without a terminal and
    /// without `--yes` the command refuses (exit 64) rather than block on stdin. With `typed`, the
    /// operator must type that text (for irreversible steps such as destroying a key).
    pub fn confirm(&self, question: &str, typed: Option<&str>) -> Result<()> {
        if self.global.yes {
            return Ok(());
        }
        // Which database this is about, in the question itself: nobody rotates production
        // thinking it is staging.
        let question = &match &self.context.name {
            Some(name) => format!("[context {name}] {question}"),
            None => question.to_string(),
        };
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return Err(Error::usage(format!(
                "{question} — refusing without confirmation: stdin is not a terminal"
            ))
            .with_hint("run it in a terminal to confirm, or pass --yes"));
        }
        let theme = dialoguer::theme::ColorfulTheme::default();
        let confirmed = match typed {
            Some(expected) => {
                let answer: String = dialoguer::Input::with_theme(&theme)
                    .with_prompt(format!("{question}\nType {expected:?} to confirm"))
                    .allow_empty(true)
                    .interact_text()
                    .map_err(|e| Error::usage(format!("confirmation failed: {e}")))?;
                answer.trim() == expected
            }
            None => dialoguer::Confirm::with_theme(&theme)
                .with_prompt(question)
                .default(false)
                .interact()
                .map_err(|e| Error::usage(format!("confirmation failed: {e}")))?,
        };
        if confirmed {
            Ok(())
        } else {
            Err(Error::usage("not confirmed; nothing was changed"))
        }
    }
}
