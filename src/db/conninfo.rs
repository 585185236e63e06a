//! Stand-in, replaced by the libpq-compatible resolver.
use std::time::Duration;

pub trait Env {
    fn var(&self, key: &str) -> Option<String>;
}
pub struct ProcessEnv;
impl Env for ProcessEnv {
    fn var(&self, key: &str) -> Option<String> {
        std::env::var(key).ok()
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConnectionConfigError(String);

#[derive(Debug, Clone)]
pub struct ConnectionSettings {
    config: tokio_postgres::Config,
}

impl ConnectionSettings {
    pub fn resolve(
        database_url: Option<&str>,
        _env: &dyn Env,
    ) -> Result<Self, ConnectionConfigError> {
        let config = match database_url {
            Some(s) => s
                .parse()
                .map_err(|e| ConnectionConfigError(format!("invalid connection string: {e}")))?,
            None => tokio_postgres::Config::new(),
        };
        Ok(ConnectionSettings { config })
    }
    pub fn pg_config(&self, app: &str, timeout: Duration, options: &str) -> tokio_postgres::Config {
        let mut c = self.config.clone();
        c.application_name(app)
            .connect_timeout(timeout)
            .options(options);
        c
    }
    pub fn tls_connector(&self) -> Result<tokio_postgres::NoTls, ConnectionConfigError> {
        Ok(tokio_postgres::NoTls)
    }
    pub fn redacted(&self) -> String {
        format!(
            "{:?}/{:?}",
            self.config.get_hosts(),
            self.config.get_dbname()
        )
    }
}
