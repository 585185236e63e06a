//! The connection pool shared by one command run, and dedicated connections.
//!
//! Every connection carries the same session settings, sent in the startup packet so that they hold
//! from the first statement and survive `RESET ALL`: `application_name = idctl/<command>` (so a DBA
//! sees in `pg_stat_activity` what is running; as in libpq, an explicit `application_name` or
//! `PGAPPNAME` takes precedence), `lock_timeout` (idctl never queues for long behind
//! the application's locks, nor makes the application queue behind it) and `statement_timeout`,
//! and the output settings of [`PINNED_OUTPUT_SETTINGS`] (a primary key's text form is part of
//! every envelope's context).
//!
//! Session-level advisory locks are only ever taken on a [`Database::dedicated`] connection: a
//! pooled connection returned to deadpool would otherwise keep the lock for whoever gets it next.

use std::sync::Arc;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};

use super::conninfo::{ConnectionSettings, Env, ProcessEnv};
use crate::error::{Error, ErrorKind, Result};

/// The settings PostgreSQL's text output of a value depends on, pinned on every session: primary
/// keys travel as text and that text is bound into every envelope's associated data
/// (docs/FORMAT.md §5), so it must not change with the server's, database's or role's defaults (or
/// PGOPTIONS, which come earlier in the startup options and are overridden by these).
pub const PINNED_OUTPUT_SETTINGS: &str = "-c TimeZone=UTC -c DateStyle=ISO,MDY \
     -c IntervalStyle=postgres -c extra_float_digits=1 -c bytea_output=hex -c lc_monetary=C";

/// Per-session settings for every connection of a command run.
#[derive(Debug, Clone)]
pub struct SessionSettings {
    /// Shown in `pg_stat_activity`; idctl uses `idctl/<command>`.
    pub application_name: String,
    pub connect_timeout: Duration,
    /// `Duration::ZERO` means no limit.
    pub lock_timeout: Duration,
    /// `Duration::ZERO` means no limit.
    pub statement_timeout: Duration,
    /// Connections in the pool.
    pub pool_size: usize,
}

impl SessionSettings {
    fn startup_options(&self) -> String {
        format!(
            "-c lock_timeout={} -c statement_timeout={} {PINNED_OUTPUT_SETTINGS}",
            self.lock_timeout.as_millis(),
            self.statement_timeout.as_millis()
        )
    }
}

/// A database handle: the resolved settings and a pool of connections.
#[derive(Clone)]
pub struct Database {
    pool: Pool,
    settings: Arc<ConnectionSettings>,
    session: SessionSettings,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database")
            .field("target", &self.settings.redacted())
            .finish()
    }
}

impl Database {
    /// Resolves the connection settings (flag/`DATABASE_URL`, else libpq environment) and opens a
    /// pool, checking that the database answers.
    pub async fn connect(database_url: Option<&str>, session: SessionSettings) -> Result<Self> {
        Self::connect_with_env(database_url, session, &ProcessEnv).await
    }

    pub async fn connect_with_env(
        database_url: Option<&str>,
        session: SessionSettings,
        env: &dyn Env,
    ) -> Result<Self> {
        let settings = ConnectionSettings::resolve(database_url, env)
            .map_err(|e| Error::config(format!("invalid connection settings: {e}")))?;
        let pg_config = settings.pg_config(
            &session.application_name,
            session.connect_timeout,
            &session.startup_options(),
        );
        let tls = settings
            .tls_connector()
            .map_err(|e| Error::config(format!("TLS settings: {e}")))?;
        let manager = Manager::from_config(
            pg_config,
            tls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(session.pool_size.max(1))
            .build()
            .map_err(|e| Error::internal(format!("cannot build the connection pool: {e}")))?;
        let db = Database {
            pool,
            settings: Arc::new(settings),
            session,
        };
        // Connect once now, so that an unreachable database is reported before any work starts.
        drop(db.client().await?);
        Ok(db)
    }

    /// The target, safe to print: never contains a password.
    pub fn target(&self) -> String {
        self.settings.redacted()
    }

    pub fn session(&self) -> &SessionSettings {
        &self.session
    }

    /// A pooled connection.
    pub async fn client(&self) -> Result<Object> {
        self.pool.get().await.map_err(|e| self.connect_error(e))
    }

    /// A connection of its own, outside the pool, for session-level advisory locks and anything
    /// else that must not be handed to another task. It closes when dropped.
    pub async fn dedicated(&self) -> Result<tokio_postgres::Client> {
        let pg_config = self.settings.pg_config(
            &self.session.application_name,
            self.session.connect_timeout,
            &self.session.startup_options(),
        );
        let tls = self
            .settings
            .tls_connector()
            .map_err(|e| Error::config(format!("TLS settings: {e}")))?;
        let (client, connection) = pg_config
            .connect(tls)
            .await
            .map_err(|e| self.connect_error(deadpool_postgres::PoolError::Backend(e)))?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!("dedicated connection ended: {e}");
            }
        });
        Ok(client)
    }

    fn connect_error(&self, e: deadpool_postgres::PoolError) -> Error {
        let err: Error = e.into();
        let err = match err.kind() {
            // Anything that fails while connecting, other than authentication, a wrong database
            // name and authorization, means the database is not available to us.
            ErrorKind::NoPermission
            | ErrorKind::Unavailable
            | ErrorKind::TempFail
            | ErrorKind::Config => err,
            _ => Error::unavailable(err.message().to_string()),
        };
        let err = if err.kind() == ErrorKind::Unavailable && err.hint().is_none() {
            err.with_hint(super::errors::unreachable_hint(&self.settings))
        } else {
            err
        };
        err.context(format!(
            "cannot connect to {}",
            super::errors::describe_target(&self.settings)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_session_pins_the_settings_text_output_depends_on() {
        let s = SessionSettings {
            application_name: "idctl/test".into(),
            connect_timeout: Duration::from_secs(1),
            lock_timeout: Duration::from_secs(5),
            statement_timeout: Duration::ZERO,
            pool_size: 1,
        };
        let options = s.startup_options();
        for setting in [
            "-c lock_timeout=5000",
            "-c statement_timeout=0",
            "-c TimeZone=UTC",
            "-c DateStyle=ISO,MDY",
            "-c IntervalStyle=postgres",
            "-c extra_float_digits=1",
            "-c bytea_output=hex",
        ] {
            assert!(options.contains(setting), "{setting} in {options}");
        }
    }
}
