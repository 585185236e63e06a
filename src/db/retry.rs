//! Retrying work that failed for a temporary reason.
//!
//! A lock timeout, a serialization failure, a deadlock or a server restart says nothing about the
//! work itself: the same transaction will very likely succeed a moment later. Work passed here must
//! therefore be a whole transaction (safe to run again from the start). Backoff is exponential with
//! full jitter, so that several idctl workers that collided do not collide again in step.

use std::future::Future;
use std::time::Duration;

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

/// Runs `work` until it succeeds, fails permanently, or `policy.max_attempts` is reached. `work`
/// gets the attempt number (from 1). Each retry is logged at debug level with the reason.
pub async fn with_retry<T, F, Fut>(policy: RetryPolicy, what: &str, mut work: F) -> Result<T>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let mut attempt = 1;
    loop {
        match work(attempt).await {
            Ok(v) => return Ok(v),
            Err(e) if is_temporary(&e) && attempt < policy.max_attempts => {
                let pause = policy.backoff(attempt);
                tracing::debug!(
                    "{what}: attempt {attempt} failed ({}); retrying in {pause:?}",
                    e.message()
                );
                tokio::time::sleep(pause).await;
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
}
