//! The batch engine: streams the rows of protected columns, transforms them, writes them back.
//!
//! It knows nothing about any one table: it is driven by the registry's protected columns.
//! - [`scan`] reads a column in primary-key order from a checkpoint.

pub mod codec;
pub mod jobs;
pub mod progress;
pub mod scan;
pub mod worker;
