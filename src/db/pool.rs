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

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};
use tokio_postgres::tls::{MakeTlsConnect, TlsConnect};

use super::conninfo::{ConnectionSettings, Env, ProcessEnv};
use super::retry::{RetryPolicy, with_retry};
use crate::error::{Error, ErrorKind, Result};

/// The settings PostgreSQL's text output of a value depends on, pinned on every session: primary
/// keys travel as text and that text is bound into every envelope's associated data
/// (docs/FORMAT.md §5), so it must not change with the server's, database's or role's defaults (or
/// PGOPTIONS, which come earlier in the startup options and are overridden by these).
pub const PINNED_OUTPUT_SETTINGS: &str = "-c TimeZone=UTC -c DateStyle=ISO,MDY \
     -c IntervalStyle=postgres -c extra_float_digits=1 -c bytea_output=hex -c lc_monetary=C";

/// Connection tasks still running (every connection idctl opens, pooled or dedicated).
static OPEN_CONNECTIONS: AtomicUsize = AtomicUsize::new(0);
static CONNECTION_CLOSED: tokio::sync::Notify = tokio::sync::Notify::const_new();

struct OpenConnection;

impl Drop for OpenConnection {
    fn drop(&mut self) {
        OPEN_CONNECTIONS.fetch_sub(1, Ordering::SeqCst);
        CONNECTION_CLOSED.notify_waiters();
    }
}

/// Drives a connection in a task of its own, counted until it ends. When its client is dropped,
/// the task sends the protocol's Terminate message and closes the socket, so that the server sees
/// an orderly goodbye (nothing like "unexpected EOF" or "connection to client lost" in its log).
fn spawn_connection<F>(connection: F)
where
    F: Future<Output = std::result::Result<(), tokio_postgres::Error>> + Send + 'static,
{
    OPEN_CONNECTIONS.fetch_add(1, Ordering::SeqCst);
    let open = OpenConnection;
    tokio::spawn(async move {
        let _open = open;
        if let Err(e) = connection.await {
            tracing::debug!("database connection ended: {e}");
        }
    });
}

/// Waits (at most `timeout`) until every connection has said goodbye to the server. Called at exit,
/// once the command has dropped its clients and pools.
pub async fn wait_for_connections_to_close(timeout: Duration) {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let closed = CONNECTION_CLOSED.notified();
        tokio::pin!(closed);
        closed.as_mut().enable();
        if OPEN_CONNECTIONS.load(Ordering::SeqCst) == 0 {
            return;
        }
        if tokio::time::timeout_at(deadline, closed).await.is_err() {
            tracing::debug!(
                "{} connection(s) still open at exit",
                OPEN_CONNECTIONS.load(Ordering::SeqCst)
            );
            return;
        }
    }
}

/// deadpool's connector, except that the connection task outlives the pooled object (deadpool's
/// own aborts it when the object is dropped, cutting the socket without a goodbye) and ends by
/// itself once the client is gone; its errors are debug-level (a restart would otherwise print a
/// warning per connection: `retry` says it once).
struct TrackedConnect<T> {
    tls: T,
}

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

impl<T> deadpool_postgres::Connect for TrackedConnect<T>
where
    T: MakeTlsConnect<tokio_postgres::Socket> + Clone + Sync + Send + 'static,
    T::Stream: Sync + Send,
    T::TlsConnect: Sync + Send,
    <T::TlsConnect as TlsConnect<tokio_postgres::Socket>>::Future: Send,
{
    fn connect(
        &self,
        pg_config: &tokio_postgres::Config,
    ) -> BoxFuture<
        '_,
        std::result::Result<
            (tokio_postgres::Client, tokio::task::JoinHandle<()>),
            tokio_postgres::Error,
        >,
    > {
        let tls = self.tls.clone();
        let pg_config = pg_config.clone();
        Box::pin(async move {
            let (client, connection) = pg_config.connect(tls).await?;
            spawn_connection(connection);
            // deadpool aborts this handle when the object is dropped: a task that has nothing to do.
            Ok((client, tokio::spawn(async {})))
        })
    }
}

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
    /// `search_path` for every session (`schema,schema`: identifiers the registry validated), or
    /// None for the role's default. Set when the registry keeps idctl's tables in a bookkeeping
    /// schema of their own.
    pub search_path: Option<String>,
}

impl SessionSettings {
    fn startup_options(&self) -> String {
        let search_path = match &self.search_path {
            Some(path) => format!(" -c search_path={path}"),
            None => String::new(),
        };
        format!(
            "-c lock_timeout={} -c statement_timeout={}{search_path} {PINNED_OUTPUT_SETTINGS}",
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
    /// The database answered once: from then on, connection failures are an outage to ride out.
    reached: Arc<AtomicBool>,
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
        let manager = Manager::from_connect(
            pg_config,
            TrackedConnect { tls },
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
            reached: Arc::new(AtomicBool::new(false)),
        };
        // Connect once now, so that an unreachable database is reported before any work starts
        // (at once: the outage budget applies only once the database has been reached).
        drop(db.client().await?);
        db.reached.store(true, Ordering::Relaxed);
        Ok(db)
    }

    /// The target, safe to print: never contains a password.
    pub fn target(&self) -> String {
        self.settings.redacted()
    }

    pub fn session(&self) -> &SessionSettings {
        &self.session
    }

    /// A pooled connection. Once the database has been reached, a failure to connect (a restart,
    /// a failover) is retried for up to `--reconnect-timeout`.
    pub async fn client(&self) -> Result<Object> {
        if !self.reached.load(Ordering::Relaxed) {
            return self.pool.get().await.map_err(|e| self.connect_error(e));
        }
        let once = RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        };
        with_retry(once, "connecting", |_| async {
            self.pool.get().await.map_err(|e| self.connect_error(e))
        })
        .await
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
        spawn_connection(connection);
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
            search_path: Some("idctl,public".into()),
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
            "-c search_path=idctl,public",
        ] {
            assert!(options.contains(setting), "{setting} in {options}");
        }
    }
}
