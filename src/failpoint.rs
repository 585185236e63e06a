//! Crash points for the crash-safety tests.
//!
//! `IDCTL_FAILPOINT=<name>` makes the process abort (SIGABRT: no cleanup, no unwinding, as with
//! kill -9) when it reaches the point of that name, so that a test can crash a rotation exactly
//! between two batches, before its verification or before it retires the old key, and check that
//! the next run resumes with nothing lost. Unset, a failpoint costs one environment lookup.

/// Aborts the process if `IDCTL_FAILPOINT` names this point.
pub fn hit(name: &str) {
    if std::env::var_os("IDCTL_FAILPOINT").is_some_and(|v| v == name) {
        eprintln!("idctl: failpoint {name}: aborting");
        std::process::abort();
    }
}
