//! Showing a job's progress, in the form that suits who is watching:
//! - an operator at a terminal: a header line, one bar per column and an overall bar with its ETA,
//!   on stderr, fitted to the terminal's width (indicatif's `wide_bar` takes what is left);
//! - a script with `-o jsonl`: one `{"event":"progress",...}` object per column per second on
//!   stdout, each with its time (`at`);
//! - cron (no terminal): timestamped plain lines on stderr: one when the job starts, one per column
//!   whose count moved every 10 seconds, and one per column at the end, so that a short run still
//!   logs its start and its end.
//!
//! Rates are per column, measured from the column's first row to its last: a finished column
//! keeps the rate it ran at (rather than decaying while the next column runs), and a column that
//! has not started says so instead of "0 rows/s, ETA 0s".

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::OutputFormat;
use crate::engine::worker::ColumnStats;
use crate::output::Ui;

pub struct ProgressDisplay {
    stop: Arc<tokio::sync::Notify>,
    task: tokio::task::JoinHandle<()>,
}

enum Mode {
    /// Per-column bars, then the overall bar.
    Bars(Vec<ProgressBar>, ProgressBar),
    Jsonl,
    Log,
    Silent,
}

/// Where one column stands, with its own clock.
#[derive(Debug, Clone, Copy, Default)]
struct ColumnClock {
    /// The observation before the count first moved, and the count then.
    first: Option<(Instant, u64)>,
    /// When the count last moved.
    last_move: Option<Instant>,
    /// The count at the last observation, and when that was.
    seen: u64,
    observed: Option<Instant>,
    /// The count at the last log line.
    logged: Option<u64>,
}

impl ColumnClock {
    fn observe(&mut self, now: Instant, done: u64) {
        if done != self.seen {
            if self.first.is_none() {
                self.first = Some((self.observed.unwrap_or(now), self.seen));
            }
            self.last_move = Some(now);
            self.seen = done;
        }
        self.observed = Some(now);
    }

    /// Rows per second from the first move to the last (frozen once the column stops moving).
    fn rate(&self, done: u64) -> Option<f64> {
        let (first, at_first) = self.first?;
        let secs = self.last_move?.duration_since(first).as_secs_f64();
        (secs > 0.05).then(|| done.saturating_sub(at_first) as f64 / secs)
    }
}

/// `1.2k`, `34k`, `1.5M`: a count short enough for a bar line.
fn short_count(n: f64) -> String {
    if n >= 999_500.0 {
        format!("{:.1}M", n / 1e6)
    } else if n >= 9_950.0 {
        format!("{:.0}k", n / 1e3)
    } else if n >= 1_000.0 {
        format!("{:.1}k", n / 1e3)
    } else {
        format!("{n:.0}")
    }
}

/// `45s`, `12m`, `3h05m`.
fn short_duration(secs: f64) -> String {
    let s = secs.max(0.0).round() as u64;
    if s < 60 {
        format!("{s}s")
    } else if s < 3600 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{}h{:02}m", s / 3600, (s % 3600) / 60)
    }
}

/// What a column's bar says after its counts: waiting, rate and ETA, or done.
fn column_message(done: u64, total: u64, failed: u64, rate: Option<f64>) -> String {
    let failed = if failed > 0 {
        format!(", {failed} failed")
    } else {
        String::new()
    };
    match rate {
        _ if total > 0 && done >= total => match rate {
            Some(r) => format!("done, {}/s{failed}", short_count(r)),
            None => format!("done{failed}"),
        },
        None if done == 0 => "waiting".to_string(),
        None => format!("starting{failed}"),
        Some(r) => {
            let eta = if r > 0.0 {
                short_duration(total.saturating_sub(done) as f64 / r)
            } else {
                "?".into()
            };
            format!("{}/s, ETA {eta}{failed}", short_count(r))
        }
    }
}

/// `2026-12-07T13:45:01Z`: the prefix of every plain log line.
pub fn log_time() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl ProgressDisplay {
    /// Starts showing `stats`. `title` names the job for the header line ("job 12: profile:v2 →
    /// profile:v3").
    pub fn start(ui: &Ui, job_id: i64, title: &str, stats: Vec<Arc<ColumnStats>>) -> Self {
        let mode = if ui.format == OutputFormat::Jsonl {
            Mode::Jsonl
        } else if ui.progress_bars() {
            let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr());
            let _ = multi.println(format!(
                "{title}: {}",
                crate::text::count(stats.len() as i64, "column", "columns")
            ));
            let style = ProgressStyle::with_template(
                "{prefix:24!} [{wide_bar:.cyan/blue}] {human_pos:>9}/{human_len:9} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            let bars: Vec<ProgressBar> = stats
                .iter()
                .map(|s| {
                    let bar = multi.add(ProgressBar::new(s.total.load(Ordering::Relaxed)));
                    bar.set_style(style.clone());
                    bar.set_prefix(format!("{}.{}", s.table, s.column));
                    bar.set_message("waiting");
                    bar
                })
                .collect();
            let overall = multi.add(ProgressBar::new(0));
            overall.set_style(
                ProgressStyle::with_template(
                    "{prefix:24!} [{wide_bar:.green}] {human_pos:>9}/{human_len:9} {msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            overall.set_prefix("all columns");
            Mode::Bars(bars, overall)
        } else if ui.quiet {
            Mode::Silent
        } else {
            let total: u64 = stats.iter().map(|s| s.total.load(Ordering::Relaxed)).sum();
            eprintln!(
                "{} {title}: started, {}, about {total} rows to do",
                log_time(),
                crate::text::count(stats.len() as i64, "column", "columns")
            );
            Mode::Log
        };
        let stop = Arc::new(tokio::sync::Notify::new());
        let stop2 = Arc::clone(&stop);
        let title = title.to_string();
        let task =
            tokio::spawn(async move { render_loop(mode, job_id, title, stats, stop2).await });
        ProgressDisplay { stop, task }
    }

    pub async fn finish(self) {
        self.stop.notify_one();
        let _ = self.task.await;
    }
}

async fn render_loop(
    mode: Mode,
    job_id: i64,
    title: String,
    stats: Vec<Arc<ColumnStats>>,
    stop: Arc<tokio::sync::Notify>,
) {
    let started = Instant::now();
    let mut clocks = vec![ColumnClock::default(); stats.len()];
    let period = match mode {
        Mode::Bars(..) => Duration::from_millis(200),
        Mode::Jsonl => Duration::from_secs(1),
        Mode::Log => Duration::from_secs(10),
        Mode::Silent => Duration::from_secs(3600),
    };
    // Fast ticks to keep the clocks (and so the rates) accurate; output at `period`.
    let tick = period.min(Duration::from_millis(200));
    let mut last_output = Instant::now();
    loop {
        let stopped = tokio::select! {
            _ = stop.notified() => true,
            _ = tokio::time::sleep(tick) => false,
        };
        let now = Instant::now();
        for (clock, s) in clocks.iter_mut().zip(&stats) {
            clock.observe(now, s.done.load(Ordering::Relaxed));
        }
        if stopped || now.duration_since(last_output) >= period {
            last_output = now;
            render(&mode, job_id, &title, &stats, &mut clocks, started, stopped);
        }
        if stopped {
            if let Mode::Bars(bars, overall) = &mode {
                for bar in bars {
                    bar.finish();
                }
                overall.finish();
            }
            return;
        }
    }
}

fn render(
    mode: &Mode,
    job_id: i64,
    title: &str,
    stats: &[Arc<ColumnStats>],
    clocks: &mut [ColumnClock],
    started: Instant,
    last: bool,
) {
    let mut all_done = 0;
    let mut all_total = 0;
    for (i, s) in stats.iter().enumerate() {
        let done = s.done.load(Ordering::Relaxed);
        let total = s.total.load(Ordering::Relaxed).max(done);
        let failed = s.failed.load(Ordering::Relaxed);
        all_done += done;
        all_total += total;
        let rate = clocks[i].rate(done);
        match mode {
            Mode::Bars(bars, _) => {
                let bar = &bars[i];
                if bar.is_finished() {
                    continue;
                }
                bar.set_length(total);
                bar.set_position(done);
                bar.set_message(column_message(done, total, failed, rate));
                if total > 0 && done >= total {
                    // Frozen: its figures stay those it finished with.
                    bar.finish();
                }
            }
            Mode::Jsonl => {
                let event = serde_json::json!({
                    "event": "progress", "at": chrono::Utc::now(), "job_id": job_id,
                    "table": s.table, "column": s.column, "done": done, "total": total,
                    "failed": failed, "rows_per_second": rate.map(f64::round).unwrap_or(0.0),
                });
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{event}");
                let _ = out.flush();
            }
            Mode::Log => {
                let moved = clocks[i].logged != Some(done);
                if (moved && done > 0) || (last && clocks[i].logged.is_some()) {
                    clocks[i].logged = Some(done);
                    let pct = if total > 0 {
                        100.0 * done as f64 / total as f64
                    } else {
                        100.0
                    };
                    eprintln!(
                        "{} {title}: {}.{}: {done}/{total} rows ({pct:.0}%), {}, {failed} failed",
                        log_time(),
                        s.table,
                        s.column,
                        match rate {
                            Some(r) => format!("{r:.0} rows/s"),
                            None => "starting".into(),
                        }
                    );
                }
            }
            Mode::Silent => {}
        }
    }
    if let Mode::Bars(_, overall) = mode {
        overall.set_length(all_total);
        overall.set_position(all_done);
        let secs = started.elapsed().as_secs_f64();
        let msg = if all_done == 0 {
            "waiting".to_string()
        } else if all_total > 0 && all_done >= all_total {
            format!("done in {}", short_duration(secs))
        } else {
            let rate = all_done as f64 / secs.max(1e-3);
            format!(
                "{}/s, ETA {}",
                short_count(rate),
                short_duration(all_total.saturating_sub(all_done) as f64 / rate)
            )
        };
        overall.set_message(msg);
    }
}

/// The command line watches runs through its `Ui`.
impl crate::engine::Observer for Ui {
    fn note(&self, message: &str) {
        Ui::note(self, message);
    }

    fn progress(
        &self,
        job_id: i64,
        title: &str,
        stats: Vec<Arc<ColumnStats>>,
    ) -> Box<dyn crate::engine::Watch> {
        Box::new(ProgressDisplay::start(self, job_id, title, stats))
    }
}

impl crate::engine::Watch for ProgressDisplay {
    fn finish(self: Box<Self>) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
        Box::pin(async move { ProgressDisplay::finish(*self).await })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_says_waiting_then_its_rate_and_eta_then_done_with_a_frozen_rate() {
        assert_eq!(column_message(0, 100, 0, None), "waiting");
        assert_eq!(column_message(50, 100, 0, Some(10.0)), "10/s, ETA 5s");
        assert_eq!(
            column_message(100, 100, 2, Some(2500.0)),
            "done, 2.5k/s, 2 failed"
        );
    }

    #[test]
    fn a_finished_columns_rate_does_not_decay() {
        let t0 = Instant::now();
        let mut c = ColumnClock::default();
        c.observe(t0, 0);
        c.observe(t0 + Duration::from_secs(1), 100);
        c.observe(t0 + Duration::from_secs(2), 200);
        let r1 = c.rate(200).unwrap();
        // Ten seconds later, nothing moved: the same rate.
        c.observe(t0 + Duration::from_secs(12), 200);
        assert_eq!(c.rate(200).unwrap(), r1);
    }

    #[test]
    fn counts_and_durations_are_short() {
        assert_eq!(short_count(950.0), "950");
        assert_eq!(short_count(1_234.0), "1.2k");
        assert_eq!(short_count(42_193.39), "42k");
        assert_eq!(short_count(1_500_000.0), "1.5M");
        assert_eq!(short_duration(5.0), "5s");
        assert_eq!(short_duration(125.0), "2m05s");
        assert_eq!(short_duration(3.0 * 3600.0 + 300.0), "3h05m");
    }
}
