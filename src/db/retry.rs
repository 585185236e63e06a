//! Retrying work that failed for a temporary reason.
//!
//! A lock timeout, a serialization failure, a deadlock or a server restart says nothing about the
//! work itself: the same transaction will very likely succeed a moment later. Work passed here must
//! therefore be a whole transaction (safe to run again from the start). Backoff is exponential with
//! full jitter, so that several idctl workers that collided do not collide again in step.

use std::future::Future;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rand::RngExt;

use crate::error::{Error, ErrorKind, Result};

#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 6,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(5),
        }
    }
}

impl RetryPolicy {
    /// The pause before attempt `attempt + 1` (attempt counts from 1).
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
        let cap = exp.min(self.max_backoff);
        let jitter = rand::rng().random_range(0.5..=1.0);
        cap.mul_f64(jitter)
    }
}

/// Whether an error is worth another attempt.
pub fn is_temporary(e: &Error) -> bool {
    matches!(e.kind(), ErrorKind::TempFail | ErrorKind::Unavailable)
}

/// How long work keeps being retried while the database is unavailable (`--reconnect-timeout`), in
/// milliseconds; set once at startup.
static OUTAGE_BUDGET_MS: AtomicU64 = AtomicU64::new(30_000);
/// When the current outage began (every task of the process shares it, so that nested retries do
/// not add up), and whether it was announced.
static OUTAGE_SINCE: Mutex<Option<Instant>> = Mutex::new(None);
static OUTAGE_ANNOUNCED: AtomicBool = AtomicBool::new(false);

/// Set when the process is told to stop (Ctrl-C, SIGTERM) or reaches its deadline
/// (`jobs run-due --max-duration`): retry pauses end at once, so that no wait outlasts a stop.
static GIVE_UP_NOW: AtomicBool = AtomicBool::new(false);
static GIVE_UP_AT: Mutex<Option<Instant>> = Mutex::new(None);

/// Retries stop waiting from now on (the process is stopping).
pub fn give_up_now() {
    GIVE_UP_NOW.store(true, Ordering::SeqCst);
}

/// Retries stop waiting at `deadline`.
pub fn give_up_at(deadline: Instant) {
    *GIVE_UP_AT.lock().unwrap_or_else(|p| p.into_inner()) = Some(deadline);
}

fn giving_up() -> bool {
    GIVE_UP_NOW.load(Ordering::SeqCst)
        || GIVE_UP_AT
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_some_and(|d| Instant::now() >= d)
}

/// Sets how long a database outage (restart, failover) is ridden out before giving up.
pub fn set_outage_budget(budget: Duration) {
    OUTAGE_BUDGET_MS.store(budget.as_millis() as u64, Ordering::Relaxed);
}

pub fn outage_budget() -> Duration {
    Duration::from_millis(OUTAGE_BUDGET_MS.load(Ordering::Relaxed))
}

/// Records that the database could not be reached; returns how long the outage has lasted. The
/// first task to see an outage says so on one line; the others wait quietly.
fn outage_seen(e: &Error) -> Duration {
    let since = {
        let mut since = OUTAGE_SINCE.lock().unwrap_or_else(|p| p.into_inner());
        *since.get_or_insert_with(Instant::now)
    };
    if !OUTAGE_ANNOUNCED.swap(true, Ordering::SeqCst) {
        tracing::warn!(
            "the database is unavailable ({}); retrying for up to {}",
            e.message(),
            humantime::format_duration(outage_budget())
        );
    }
    since.elapsed()
}

/// The database answered: an outage, if there was one, is over.
fn outage_over() {
    let since = OUTAGE_SINCE
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take();
    if let Some(since) = since {
        if OUTAGE_ANNOUNCED.swap(false, Ordering::SeqCst) {
            tracing::warn!(
                "the database is available again after {:.1}s; continuing",
                since.elapsed().as_secs_f64()
            );
        }
    }
}

/// Sleeps `pause`, waking every 100 ms to see whether `stopped` says to give up; returns false then.
async fn pause_unless_stopped(pause: Duration, stopped: &(dyn Fn() -> bool + Sync)) -> bool {
    let until = Instant::now() + pause;
    loop {
        if stopped() || giving_up() {
            return false;
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return true;
        }
        tokio::time::sleep(left.min(Duration::from_millis(100))).await;
    }
}

/// Runs `work` until it succeeds, fails permanently, or `policy.max_attempts` is reached. `work`
/// gets the attempt number (from 1). Each retry is logged at debug level with the reason.
///
/// While the database is unavailable (connection refused or lost, server shutting down or
/// starting), `work` is retried for up to the outage budget (`--reconnect-timeout`, 30 s by
/// default) whatever `max_attempts` says, so that a restart or a failover is ridden out.
pub async fn with_retry<T, F, Fut>(policy: RetryPolicy, what: &str, work: F) -> Result<T>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    with_retry_until(policy, what, &|| false, work).await
}

/// [`with_retry`] that gives up (with the last error) as soon as `stopped` returns true.
pub async fn with_retry_until<T, F, Fut>(
    policy: RetryPolicy,
    what: &str,
    stopped: &(dyn Fn() -> bool + Sync),
    mut work: F,
) -> Result<T>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let mut attempt = 1;
    let mut outage_attempt = 0;
    loop {
        match work(attempt).await {
            Ok(v) => {
                if outage_attempt > 0 {
                    outage_over();
                }
                return Ok(v);
            }
            Err(e) if e.kind() == ErrorKind::Unavailable => {
                let lasted = outage_seen(&e);
                let budget = outage_budget();
                if lasted >= budget {
                    return Err(e.context(format!(
                        "{what}: the database stayed unavailable for {}",
                        humantime::format_duration(Duration::from_secs(lasted.as_secs()))
                    ))
                    .with_hint(
                        "check the server; the work done so far is checkpointed: run the same command again to resume (--reconnect-timeout waits longer)",
                    ));
                }
                outage_attempt += 1;
                let pause = policy
                    .backoff(outage_attempt)
                    .min(Duration::from_secs(1))
                    .min(budget - lasted);
                tracing::debug!("{what}: {}; retrying in {pause:?}", e.message());
                if !pause_unless_stopped(pause, stopped).await {
                    return Err(e);
                }
                attempt += 1;
            }
            Err(e) if is_temporary(&e) && attempt < policy.max_attempts => {
                let pause = policy.backoff(attempt);
                tracing::debug!(
                    "{what}: attempt {attempt} failed ({}); retrying in {pause:?}",
                    e.message()
                );
                if !pause_unless_stopped(pause, stopped).await {
                    return Err(e);
                }
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let p = RetryPolicy {
            max_attempts: 10,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(1),
        };
        assert!(p.backoff(1) <= Duration::from_millis(100));
        assert!(p.backoff(1) >= Duration::from_millis(50));
        assert!(p.backoff(3) >= Duration::from_millis(200));
        assert!(p.backoff(30) <= Duration::from_secs(1));
    }

    #[tokio::test]
    async fn retries_temporary_errors_only() {
        let p = RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(2),
        };
        let mut calls = 0;
        let r: Result<()> = with_retry(p, "t", |_| {
            calls += 1;
            async { Err(Error::temp_fail("busy")) }
        })
        .await;
        assert!(r.is_err());
        assert_eq!(calls, 3);

        let mut calls = 0;
        let r: Result<()> = with_retry(p, "t", |_| {
            calls += 1;
            async { Err(Error::data("bad")) }
        })
        .await;
        assert_eq!(r.unwrap_err().kind(), ErrorKind::Data);
        assert_eq!(calls, 1);
    }

    #[tokio::test]
    async fn an_outage_is_retried_for_the_budget_not_the_attempts() {
        set_outage_budget(Duration::from_millis(1500));
        let p = RetryPolicy {
            max_attempts: 2,
            initial_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(20),
        };
        let started = Instant::now();
        let mut calls = 0;
        let r: Result<()> = with_retry(p, "t", |_| {
            calls += 1;
            let fail = started.elapsed() < Duration::from_millis(700);
            async move {
                if fail {
                    Err(Error::unavailable("down"))
                } else {
                    Ok(())
                }
            }
        })
        .await;
        assert!(r.is_ok(), "{r:?}");
        assert!(calls > 2, "{calls}");

        let started = Instant::now();
        let r: Result<()> = with_retry(p, "t", |_| async { Err(Error::unavailable("down")) }).await;
        let e = r.unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Unavailable);
        assert!(
            e.message().contains("stayed unavailable"),
            "{}",
            e.message()
        );
        assert!(started.elapsed() >= Duration::from_millis(1400));
        assert!(started.elapsed() < Duration::from_secs(3));
        outage_over();
    }
}
