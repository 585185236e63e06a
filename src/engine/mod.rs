//! The batch engine: streams the rows of protected columns, transforms them, writes them back.
//!
//! It knows nothing about any one table: it is driven by the registry's protected columns.
//! - [`scan`] reads a column in primary-key order from a checkpoint.
//! - [`transform`] is what is done to each row (a key rotation's rewrap, a PQ migration's reseal).
//! - [`worker`] runs claimed ranges: read, transform, compare-and-swap write, checkpoint.

pub mod codec;
pub mod jobs;
pub mod scan;
pub mod transform;
pub mod worker;

/// What a run tells whoever watches it: notes for the operator, and the live counters of the
/// columns it works on. The command line renders them (bars, timestamped log lines, jsonl events:
/// `commands::progress`); the engine and the operations above it know nothing of terminals.
pub trait Observer: Send + Sync {
    /// A message for the operator.
    fn note(&self, message: &str);
    /// A job's engine starts on `stats`; the watch is finished when the run ends.
    fn progress(
        &self,
        job_id: i64,
        title: &str,
        stats: Vec<std::sync::Arc<worker::ColumnStats>>,
    ) -> Box<dyn Watch>;
}

/// A running display of one job's counters.
pub trait Watch: Send {
    /// The run is over: draw the last frame and stop.
    fn finish(self: Box<Self>) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>;
}

/// Watches nothing: for callers that show no progress.
pub struct Unobserved;

impl Observer for Unobserved {
    fn note(&self, _message: &str) {}
    fn progress(
        &self,
        _job_id: i64,
        _title: &str,
        _stats: Vec<std::sync::Arc<worker::ColumnStats>>,
    ) -> Box<dyn Watch> {
        Box::new(Unobserved)
    }
}

impl Watch for Unobserved {
    fn finish(self: Box<Self>) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
        Box::pin(async {})
    }
}
