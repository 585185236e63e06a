//! Typed errors and the one place where they become exit codes.
//!
//! Scripts and cron decide what to do from idctl's exit code alone, so every failure is classified
//! once, where it is understood (a missing actor is a permission problem, a held lock is temporary),
//! and `main` only maps the class to a number. The codes follow BSD `sysexits.h`, which operators
//! already know from mail and backup tooling:
//!
//! | code | class          | meaning                                                              |
//! |------|----------------|----------------------------------------------------------------------|
//! | 0    | —              | success                                                              |
//! | 64   | `Usage`        | bad command line, or a confirmation that cannot be asked             |
//! | 65   | `Data`         | bad input or data (including a job where some rows failed)           |
//! | 69   | `Unavailable`  | the database cannot be reached                                       |
//! | 70   | `Internal`     | a bug or an unexpected failure                                       |
//! | 75   | `TempFail`     | temporary: lock held by another operator, lock timeout — retry later |
//! | 77   | `NoPermission` | no actor, or the actor lacks the permission                          |
//! | 78   | `Config`       | configuration error (settings, credentials, no such database, the    |
//! |      |                | statement timeout, key files, DB role privileges, file access, schema)|
//! | 79   | `Cancelled`    | the job was cancelled by an operator (`jobs cancel`): do not retry   |
//!
//! 79 is outside `sysexits.h` on purpose: a cancelled job is neither a failure to retry (75) nor
//! bad data (65), and cron must not start it again.
//!
//! Messages must never carry secrets: errors are built from redacted connection strings, key ids
//! (never key material) and primary keys (never plaintext).

use std::fmt;

/// `text` quoted for a message, cut to `max` characters with the full length noted: values from the
/// command line (a primary key, a table name) can be arbitrarily long, and a message must stay one
/// readable line.
pub fn quoted_short(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        format!("{text:?}")
    } else {
        let head: String = text.chars().take(max).collect();
        format!("{:?}… ({count} characters)", head)
    }
}

/// The class of a failure; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    Usage,
    Data,
    Unavailable,
    Internal,
    TempFail,
    NoPermission,
    Config,
    Cancelled,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Usage => 64,
            ErrorKind::Data => 65,
            ErrorKind::Unavailable => 69,
            ErrorKind::Internal => 70,
            ErrorKind::TempFail => 75,
            ErrorKind::NoPermission => 77,
            ErrorKind::Config => 78,
            ErrorKind::Cancelled => 79,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Usage => "usage",
            ErrorKind::Data => "data",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::Internal => "internal",
            ErrorKind::TempFail => "temporary",
            ErrorKind::NoPermission => "permission_denied",
            ErrorKind::Config => "config",
            ErrorKind::Cancelled => "cancelled",
        }
    }
}

/// Why an error happened, where the code that catches it must act on the why (drop a range, stop
/// a worker, wait for a lock) rather than only pass it up. Matched instead of the message text:
/// `Error::context` prefixes messages, and a message is worded for people, not for `match`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A checkpoint was refused because another worker took the range over (its lease had
    /// expired): the worker drops that range and claims another.
    LeaseLost,
    /// The job was cancelled by an operator (`jobs cancel`): its workers stop, exit 79.
    JobCancelled,
    /// The job is no longer running (finished or failed by another process): its workers stop.
    JobNotRunning,
    /// A lock wait reached `lock_timeout` (SQLSTATE 55P03): another session holds the row or table.
    LockTimeout,
}

/// An error that knows its class, with a one-line message, an optional hint telling the operator
/// what to do, and the underlying cause (shown with `-v`). `reason`, when set, says why in a form
/// code can match on; it survives `context`.
pub struct Error {
    kind: ErrorKind,
    reason: Option<Reason>,
    message: String,
    hint: Option<String>,
    source: Option<anyhow::Error>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            reason: None,
            message: message.into(),
            hint: None,
            source: None,
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn data(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Data, message)
    }
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unavailable, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
    pub fn temp_fail(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TempFail, message)
    }
    pub fn permission(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NoPermission, message)
    }
    pub fn config(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Config, message)
    }
    pub fn cancelled(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Cancelled, message)
    }

    /// What a worker of a cancelled job stops with: exit 79, not 75 — "retry later" would make cron
    /// start the job again, and a rotation run again starts a new version. `by`: the operator who
    /// cancelled it (`jobs cancel` records it in the job's result document).
    pub fn job_cancelled(job_id: i64, by: Option<i64>) -> Self {
        let who = match by {
            Some(id) => format!("operator {id}"),
            None => "an operator".to_string(),
        };
        Error::cancelled(format!(
            "job {job_id} was cancelled by {who} (`idctl jobs cancel`); stopped"
        ))
        .with_reason(Reason::JobCancelled)
        .with_hint(format!(
            "rows already rewritten stay rewritten (`idctl jobs show {job_id}`); do not retry: start a new rotation deliberately if one is still wanted"
        ))
    }

    pub fn with_reason(mut self, reason: Reason) -> Self {
        self.reason = Some(reason);
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_source(mut self, source: impl Into<anyhow::Error>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Prefixes the message with what was being done, keeping the class.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
    pub fn reason(&self) -> Option<Reason> {
        self.reason
    }
    /// Whether the error is for `reason`.
    pub fn is(&self, reason: Reason) -> bool {
        self.reason == Some(reason)
    }
    pub fn message(&self) -> &str {
        &self.message
    }
    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref()
    }
    pub fn source_chain(&self) -> Vec<String> {
        match &self.source {
            Some(e) => e.chain().map(|c| c.to_string()).collect(),
            None => Vec::new(),
        }
    }

    /// True when the failure is a closed stdout (`idctl ... | head`): the reader went away, which is
    /// not an error worth reporting.
    pub fn is_broken_pipe(&self) -> bool {
        self.source.as_ref().is_some_and(|s| {
            s.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            })
        })
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.kind)
            .field("reason", &self.reason)
            .field("message", &self.message)
            .field("hint", &self.hint)
            .field("source", &self.source_chain())
            .finish()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        // A file or directory idctl may not read or write is a problem of the setup (ownership,
        // mode, path), not of the operator's permissions in the database: 78, not 77.
        let kind = match e.kind() {
            std::io::ErrorKind::PermissionDenied => ErrorKind::Config,
            _ => ErrorKind::Internal,
        };
        Error::new(kind, format!("I/O error: {e}")).with_source(e)
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.is_io() {
            let io: std::io::Error = e.into();
            return io.into();
        }
        Error::internal(format!("JSON error: {e}")).with_source(e)
    }
}

impl From<tokio_postgres::Error> for Error {
    fn from(e: tokio_postgres::Error) -> Self {
        crate::db::classify_pg_error(e)
    }
}

impl From<deadpool_postgres::PoolError> for Error {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        match e {
            deadpool_postgres::PoolError::Backend(pg) => crate::db::classify_pg_error(pg),
            other => Error::unavailable(format!("cannot get a database connection: {other}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_short_cuts_long_values_and_says_how_long() {
        assert_eq!(quoted_short("42", 10), "\"42\"");
        let long = "x".repeat(100_000);
        let q = quoted_short(&long, 20);
        assert!(q.len() < 60, "{q}");
        assert!(q.ends_with("(100000 characters)"), "{q}");
    }

    #[test]
    fn reason_survives_context() {
        let e = Error::temp_fail("range 7 was taken over by another worker")
            .with_reason(Reason::LeaseLost)
            .context("writing a batch of crm.users.email")
            .context("worker w1");
        assert!(e.is(Reason::LeaseLost), "{e:?}");
        assert_eq!(e.kind(), ErrorKind::TempFail);
        assert!(e.message().starts_with("worker w1: writing a batch"), "{e}");
        let c = Error::job_cancelled(3, Some(1)).context("job 3");
        assert!(c.is(Reason::JobCancelled));
        assert!(!c.is(Reason::LeaseLost));
        assert_eq!(Error::internal("x").context("y").reason(), None);
    }

    #[test]
    fn permission_denied_on_a_file_is_configuration_not_rbac() {
        let e: Error = std::io::Error::from(std::io::ErrorKind::PermissionDenied).into();
        assert_eq!(e.kind(), ErrorKind::Config);
        assert_eq!(e.kind().exit_code(), 78);
    }
}
