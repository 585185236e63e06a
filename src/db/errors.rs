//! Classifying PostgreSQL errors into idctl's error classes (and so exit codes).
//!
//! The SQLSTATE decides, not the message text: messages are localised by the server and change
//! between versions; SQLSTATEs are stable (PostgreSQL docs, Appendix A).

use tokio_postgres::error::SqlState;

use crate::error::{Error, ErrorKind, Reason};

/// SQLSTATEs after which the same work may succeed when tried again: lock timeout (55P03),
/// serialization failure (40001), deadlock (40P01), statement timeout / cancel (57014), server
/// shutting down or restarting (57P01, 57P02, 57P03), too many connections (53300).
pub fn is_retryable_sqlstate(code: &SqlState) -> bool {
    [
        SqlState::LOCK_NOT_AVAILABLE,
        SqlState::T_R_SERIALIZATION_FAILURE,
        SqlState::T_R_DEADLOCK_DETECTED,
        SqlState::QUERY_CANCELED,
        SqlState::ADMIN_SHUTDOWN,
        SqlState::CRASH_SHUTDOWN,
        SqlState::CANNOT_CONNECT_NOW,
        SqlState::TOO_MANY_CONNECTIONS,
    ]
    .contains(code)
}

/// Whether an error means the connection is gone (the work may be retried on a new connection).
pub fn is_connection_lost(e: &tokio_postgres::Error) -> bool {
    e.is_closed()
        || e.code().is_some_and(|c| c.code().starts_with("08"))
        || (e.as_db_error().is_none()
            && std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>()))
}

/// The server is shutting down, crashed, or still starting (57P01, 57P02, 57P03): the database is
/// unavailable for now, as when a connection is refused or lost; work waits for it to come back
/// (see `retry`).
pub fn is_server_down_sqlstate(code: &SqlState) -> bool {
    [
        SqlState::ADMIN_SHUTDOWN,
        SqlState::CRASH_SHUTDOWN,
        SqlState::CANNOT_CONNECT_NOW,
    ]
    .contains(code)
}

/// Whether an idctl error is a lock timeout (55P03): a row or table another session holds.
pub fn is_lock_timeout(e: &Error) -> bool {
    e.is(Reason::LockTimeout)
}

/// Whether retrying the failed work may succeed.
pub fn is_retryable(e: &tokio_postgres::Error) -> bool {
    e.code().is_some_and(is_retryable_sqlstate) || is_connection_lost(e)
}

/// Whether a 57014 (query_canceled) came from `statement_timeout` rather than from a cancel request
/// (`pg_cancel_backend`, Ctrl-C in another client). The SQLSTATE is the same; the server's message
/// is the only difference (English unless the server's lc_messages says otherwise).
fn is_statement_timeout(db: &tokio_postgres::error::DbError) -> bool {
    *db.code() == SqlState::QUERY_CANCELED && db.message().contains("statement timeout")
}

pub fn classify_pg_error(e: tokio_postgres::Error) -> Error {
    let (kind, message, hint) = match e.as_db_error() {
        Some(db) => {
            let code = db.code();
            let text = match db.detail() {
                Some(detail) => format!("{} ({detail})", db.message()),
                None => db.message().to_string(),
            };
            let state = code.code();
            let (kind, hint): (ErrorKind, Option<String>) = if is_statement_timeout(db) {
                // A limit the operator set: running the same statement again hits it again.
                (
                    ErrorKind::Config,
                    Some("a statement ran longer than the statement timeout: raise --statement-timeout (0 = no limit)".into()),
                )
            } else if is_server_down_sqlstate(code) {
                // Shutting down, crashed or still starting: the server, not this statement.
                (
                    ErrorKind::Unavailable,
                    Some("the database server is shutting down or starting up; retry later".into()),
                )
            } else if *code == SqlState::LOCK_NOT_AVAILABLE {
                (
                    ErrorKind::TempFail,
                    Some("another session holds a lock (lock_timeout, --lock-timeout, was reached); retry later".into()),
                )
            } else if *code == SqlState::T_R_SERIALIZATION_FAILURE
                || *code == SqlState::T_R_DEADLOCK_DETECTED
            {
                (
                    ErrorKind::TempFail,
                    Some("a concurrent transaction conflicted with this one; retry later".into()),
                )
            } else if is_retryable_sqlstate(code) {
                (
                    ErrorKind::TempFail,
                    Some("the server is busy, restarting or cancelled the statement; retry later".into()),
                )
            } else if *code == SqlState::INVALID_CATALOG_NAME {
                // The server answered: it is the name that is wrong, not the server that is down.
                (
                    ErrorKind::Config,
                    Some("check the database name (--database-url, DATABASE_URL, PGDATABASE); `psql -l` lists the databases".into()),
                )
            } else if state.starts_with("28") {
                // Wrong or missing password, no pg_hba.conf entry, role does not exist: the
                // credentials idctl was configured with do not work.
                (
                    ErrorKind::Config,
                    Some("check the user and password (--database-url, PGUSER, PGPASSWORD, ~/.pgpass) and the server's pg_hba.conf".into()),
                )
            } else if state.starts_with("08") {
                (ErrorKind::Unavailable, db.hint().map(str::to_string))
            } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
                // The database role's grants are part of the setup; 77 is for idctl's operators.
                (
                    ErrorKind::Config,
                    Some("the database role lacks a privilege idctl needs: run `idctl db check`, or connect as the owner of the schema".into()),
                )
            } else if *code == SqlState::UNDEFINED_TABLE
                || *code == SqlState::UNDEFINED_COLUMN
                || *code == SqlState::UNDEFINED_FUNCTION
            {
                (
                    ErrorKind::Config,
                    Some("the database schema is not what idctl expects: run `idctl db status` and `idctl db check`".into()),
                )
            } else if state.starts_with("22") || state.starts_with("23") {
                (ErrorKind::Data, db.hint().map(str::to_string))
            } else {
                (ErrorKind::Internal, db.hint().map(str::to_string))
            };
            (kind, format!("database error {state}: {text}"), hint)
        }
        None if is_client_auth_error(&e) => (
            ErrorKind::Config,
            format!("authentication failed: {}", with_causes(&e)),
            Some("the server asks for a password: set it in --database-url, PGPASSWORD or ~/.pgpass (mode 0600)".to_string()),
        ),
        None if is_connection_lost(&e) => (
            ErrorKind::Unavailable,
            format!("database connection failed: {}", with_causes(&e)),
            None,
        ),
        None => (
            ErrorKind::Internal,
            format!("database client error: {}", with_causes(&e)),
            None,
        ),
    };
    let lock_timeout = e.code() == Some(&SqlState::LOCK_NOT_AVAILABLE);
    let mut err = Error::new(kind, message).with_source(e);
    if lock_timeout {
        err = err.with_reason(Reason::LockTimeout);
    }
    if let Some(hint) = hint {
        err = err.with_hint(hint);
    }
    err
}

/// A failure of the client side of authentication: no password to answer the server's request
/// ("invalid configuration: password missing"), or a SASL exchange that failed. tokio-postgres does
/// not expose its error kinds, so its fixed (not localised) texts decide.
fn is_client_auth_error(e: &tokio_postgres::Error) -> bool {
    let text = with_causes(e);
    text.contains("password missing") || text.starts_with("authentication error")
}

/// The error's text followed by its causes, on one line ("error connecting to server: Connection
/// refused (os error 111)"): tokio-postgres keeps the useful part in the source.
fn with_causes(e: &tokio_postgres::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(": ");
            text.push_str(&s_text);
        }
        source = s.source();
    }
    text.replace('\n', " ")
}

/// Where a connection was attempted, the way psql says it: `socket "/run/postgresql/.s.PGSQL.5432"`
/// or `host "db.example" port 5432`, one per host. No URL (percent-encoding hides a socket path),
/// never a password.
pub fn describe_target(settings: &super::conninfo::ConnectionSettings) -> String {
    use super::conninfo::HostAddr;
    let hosts: Vec<String> = settings
        .hosts()
        .iter()
        .map(|h| match (&h.addr, h.hostaddr) {
            (HostAddr::Unix(dir), _) => format!(
                "socket \"{}\"",
                dir.join(format!(".s.PGSQL.{}", h.port)).display()
            ),
            (HostAddr::Tcp(name), Some(addr)) => {
                format!("host \"{name}\" ({addr}) port {}", h.port)
            }
            (HostAddr::Tcp(name), None) => format!("host \"{name}\" port {}", h.port),
        })
        .collect();
    format!(
        "database \"{}\" as user \"{}\" on {}",
        settings.dbname(),
        settings.user(),
        hosts.join(", ")
    )
}

/// The question psql asks when nothing answers: is the server running where we looked?
pub fn unreachable_hint(settings: &super::conninfo::ConnectionSettings) -> String {
    if settings.all_unix_sockets() {
        "is the server running locally and accepting connections on that socket? (set the socket \
         directory with host=/path in --database-url, or PGHOST)"
            .into()
    } else {
        "is the server running on that host and accepting TCP/IP connections? (check host and port \
         in --database-url, or PGHOST and PGPORT)"
            .into()
    }
}
