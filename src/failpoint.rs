//! Crash points for the crash-safety tests.
//!
//! `IDCTL_FAILPOINT=<name>` makes the process abort (SIGABRT: no cleanup, no unwinding, as with
//! kill -9) when it reaches the point of that name, so that a test can crash a rotation exactly
//! between two batches, before its verification or before it retires the old key, and check that
//! the next run resumes with nothing lost. Unset, a failpoint costs one environment lookup.

/// Aborts the process if `IDCTL_FAILPOINT` names this point.
/// `IDCTL_FAILPOINT=<name>:sleep=<ms>` pauses there.
/// `IDCTL_FAILPOINT=<name>:panic` panics there instead (a stand-in for a bug, to test that a panic
/// ends in exit 70 with a short message).
pub fn hit(name: &str) {
    let Some(v) = std::env::var_os("IDCTL_FAILPOINT") else {
        return;
    };
    if v == name {
        eprintln!("idctl: failpoint {name}: aborting");
        std::process::abort();
    }
    if v.to_str().and_then(|v| v.strip_suffix(":panic")) == Some(name) {
        panic!("failpoint {name}");
    }
    // `<name>:sleep=<ms>` holds the process there (inside whatever transaction is open), so that a
    // test can act while, say, user rows are locked.
    if let Some(ms) = v
        .to_str()
        .and_then(|v| v.strip_prefix(name))
        .and_then(|rest| rest.strip_prefix(":sleep="))
        .and_then(|ms| ms.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms.min(60_000)));
    }
}
