//! Classifying PostgreSQL errors into idctl's error classes (and so exit codes).
//!
//! The SQLSTATE decides, not the message text: messages are localised by the server and change
//! between versions; SQLSTATEs are stable (PostgreSQL docs, Appendix A).

use tokio_postgres::error::SqlState;

use crate::error::{Error, ErrorKind};

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
    e.kind() == ErrorKind::TempFail && e.message().contains("database error 55P03")
}

/// Whether retrying the failed work may succeed.
pub fn is_retryable(e: &tokio_postgres::Error) -> bool {
    e.code().is_some_and(is_retryable_sqlstate) || is_connection_lost(e)
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
            let kind = if is_server_down_sqlstate(code) {
                ErrorKind::Unavailable
            } else if is_retryable_sqlstate(code) {
                ErrorKind::TempFail
            } else if state.starts_with("08") || *code == SqlState::INVALID_CATALOG_NAME {
                ErrorKind::Unavailable
            } else if state.starts_with("28") || *code == SqlState::INSUFFICIENT_PRIVILEGE {
                ErrorKind::NoPermission
            } else if *code == SqlState::UNDEFINED_TABLE
                || *code == SqlState::UNDEFINED_COLUMN
                || *code == SqlState::UNDEFINED_FUNCTION
            {
                ErrorKind::Config
            } else if state.starts_with("22") || state.starts_with("23") {
                ErrorKind::Data
            } else {
                ErrorKind::Internal
            };
            let hint = match kind {
                ErrorKind::TempFail => Some("another session holds a lock or the server is busy; retry later".to_string()),
                ErrorKind::Config => {
                    Some("the database schema is not what idctl expects: run `idctl db status` and `idctl db check`".to_string())
                }
                _ => db.hint().map(str::to_string),
            };
            (kind, format!("database error {state}: {text}"), hint)
        }
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
    let mut err = Error::new(kind, message).with_source(e);
    if let Some(hint) = hint {
        err = err.with_hint(hint);
    }
    err
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
