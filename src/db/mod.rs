//! The one connection layer every command uses.
//!
//! - [`conninfo`] resolves where to connect exactly as libpq tools do (URL or key/value string,
//!   PG* environment, service file, ~/.pgpass), because operators already have those set up
//!   ([`pgpass`] and [`service_file`] implement libpq's password and service files);
//! - [`tls`] turns `sslmode` into a rustls connector with real certificate verification;
//! - [`pool`] owns the deadpool pool shared by a command, the session settings every connection
//!   gets (`application_name = idctl/<command>`, `lock_timeout`, `statement_timeout`), and the
//!   dedicated connections used where a session-level advisory lock must not leak back into a pool;
//! - [`cached`] runs the batch engine's statements prepared once per connection;
//! - [`errors`] classifies PostgreSQL errors into idctl's exit codes;
//! - [`retry`] retries work that failed for a temporary reason (lock timeout, serialization failure,
//!   deadlock, server restart) with exponential backoff.

pub mod cached;
pub mod conninfo;
pub mod errors;
pub mod locks;
pub mod migrate;
pub mod pgpass;
pub mod pool;
pub mod requirements;
pub mod retry;
pub mod row;
pub mod service_file;
pub mod tls;

pub use errors::classify_pg_error;
pub use pool::{Database, SessionSettings};
