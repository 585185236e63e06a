//! The operations layer: one module per operation group, each a set of functions that take plain
//! requests and return typed reports (as `cargo::ops` does). Commands parse arguments, call one
//! operation and render its report; operations hold no SQL (that is `store`'s) and print nothing
//! (that is the command's).

pub mod audit;
pub mod backup;
pub mod deletion;
pub mod doctor;
pub mod pq;
pub mod privacy;
pub mod requests;
pub mod signing;
pub mod users;
