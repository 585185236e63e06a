//! The batch engine: streams the rows of protected columns, transforms them, writes them back.
//!
//! It knows nothing about any one table: it is driven by the registry's protected columns.
//! - [`scan`] reads a column in primary-key order from a checkpoint.
//! - [`transform`] is what is done to each row (a key rotation's rewrap, a PQ migration's reseal).
//! - [`worker`] runs claimed ranges: read, transform, compare-and-swap write, checkpoint.

pub mod codec;
pub mod jobs;
pub mod progress;
pub mod scan;
pub mod transform;
pub mod worker;
