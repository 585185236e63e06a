//! The store layer: SQL for the user-facing operations, one module per table family.
//!
//! Commands and operations above this layer hold no SQL; they call functions here that take plain
//! values and return typed rows. Table and column names come from the registry (quoted with
//! [`ident`]) except for idctl's own tables (the RBAC catalogue, `audit_log`), which migrations
//! create. The older modules (`keystore`, `engine::jobs`, `census`) still hold their own SQL; they
//! move here as they are next touched (issue 8).

pub mod accounts;
pub mod audit;
pub mod catalogue;
pub mod deletion;
pub mod health;
pub mod key_events;
pub mod pq;
pub mod privacy;
pub mod rbac;
pub mod server;
pub mod signing;

pub use crate::census::ident;
