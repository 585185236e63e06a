//! idctl: administration and key operations for the identity platform's PostgreSQL database.
//!
//! The binary is a thin shell around this library (see `main.rs`). Layers, from the top:
//! - [`cli`] and [`commands`]: the command line; one file per verb, each calling the layers below;
//! - [`context`] and [`output`]: what every command shares (options, confirmation, stdout/stderr);
//! - [`db`]: the one connection layer (libpq-compatible settings, TLS, pool, retries, migrations);
//! - [`localpg`]: throwaway local clusters for `dev up` and the tests;
//! - [`error`]: typed errors and their exit codes.
//!
//! `docs/ARCHITECTURE.md` shows how a command's data flows through them.

pub mod app;
pub mod authz;
pub mod census;
pub mod cli;
pub mod commands;
pub mod completion;
pub mod config;
pub mod context;
pub mod crypto;
pub mod db;
pub mod dev;
pub mod engine;
pub mod error;
pub mod failpoint;
pub mod generated;
pub mod keystore;
mod layers;
pub mod lookup;
pub mod metrics;
pub mod ops;
pub mod output;
pub mod registry;
pub mod rotation;
pub mod store;
pub mod text;
