//! What the engine does to one row: a transform. The engine streams rows, hands each to the
//! column's transform on all cores, and writes the results back with compare-and-swap; it knows
//! neither which tables it runs on nor what the transform does. Two exist:
//!
//! - [`RewrapUnderKey`] (`keys rotate`): decrypt with whichever key the envelope names, re-encrypt
//!   under the target key version (aead), or recompute a blind index from its source.
//! - `ops::pq::ResealToPolicy` (`pq migrate`): open a sealed value's data key with its current
//!   layers and wrap it to a policy's recipients, leaving the data ciphertext as it is.
//!
//! A transform names the marker its results carry in the key-version column: the engine reads the
//! rows whose key-version column is something else, and sets it with the new value.

use super::codec::{ColumnCodec, RowError};
use super::scan::ScannedRow;
use crate::crypto::KeyId;

/// One row's new value, or why it cannot have one (the row is then quarantined, left as it was).
pub trait Transform: Send + Sync {
    /// The key-version column's value once a row is done (`profile:v4`, or a sealed value's
    /// recipient ids): rows already carrying it are not read again.
    fn target_marker(&self) -> &str;
    /// The new value of `row`.
    fn apply(&self, row: &ScannedRow) -> std::result::Result<Vec<u8>, RowError>;
}

/// `keys rotate`: the same plaintext under another key version.
pub struct RewrapUnderKey {
    pub codec: std::sync::Arc<ColumnCodec>,
    pub target: KeyId,
}

impl Transform for RewrapUnderKey {
    fn target_marker(&self) -> &str {
        self.target.as_str()
    }
    fn apply(&self, row: &ScannedRow) -> std::result::Result<Vec<u8>, RowError> {
        self.codec.rewrap(row, &self.target)
    }
}
