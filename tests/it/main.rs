//! All integration tests, in one binary (every extra test binary is another slow link on 2 cores).
//! Each module drives the real `idctl` binary against a real PostgreSQL (see `harness`).

// A test may panic on a row it did not expect: `Row::get` is fine here (clippy.toml forbids it in
// src/).
#![allow(clippy::disallowed_methods)]

mod harness;

mod audit;
mod backup;
mod cli;
mod compact;
mod connection;
mod contract;
mod deletion;
mod exits;
mod faults;
mod format;
mod generated;
mod guards;
mod keys;
mod lifecycle;
mod migrations;
mod operator;
mod pq;
mod privacy;
mod registry;
mod rotate;
mod schema;
mod seed;
mod users;
