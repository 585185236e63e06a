//! Showing a job's progress, in the form that suits who is watching:
//! - an operator at a terminal: an indicatif bar per column (rows, rows/s, ETA) on stderr;
//! - a script with `-o jsonl`: one `{"event":"progress",...}` object per column per second on stdout;
//! - cron (no terminal): a plain log line per column every 10 seconds on stderr.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::worker::ColumnStats;
use crate::cli::OutputFormat;
use crate::output::Ui;

pub struct ProgressDisplay {
    stop: Arc<tokio::sync::Notify>,
    task: tokio::task::JoinHandle<()>,
}

enum Mode {
    Bars(Vec<ProgressBar>),
    Jsonl,
    Log,
    Silent,
}

impl ProgressDisplay {
    pub fn start(ui: &Ui, job_id: i64, stats: Vec<Arc<ColumnStats>>) -> Self {
        let mode =
            if ui.format == OutputFormat::Jsonl {
                Mode::Jsonl
            } else if ui.progress_bars() {
                let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr());
                let style = ProgressStyle::with_template(
                "{prefix:<40} [{bar:30.cyan/blue}] {human_pos}/{human_len} {rate:>14} ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} rows/s", state.per_sec());
            })
            .progress_chars("=> ");
                let bars = stats
                    .iter()
                    .map(|s| {
                        let bar = multi.add(ProgressBar::new(s.total.load(Ordering::Relaxed)));
                        bar.set_style(style.clone());
                        bar.set_prefix(format!("{}.{}", s.table, s.column));
                        bar
                    })
                    .collect();
                Mode::Bars(bars)
            } else if ui.quiet {
                Mode::Silent
            } else {
                Mode::Log
            };
        let stop = Arc::new(tokio::sync::Notify::new());
        let stop2 = Arc::clone(&stop);
        let task = tokio::spawn(async move { render_loop(mode, job_id, stats, stop2).await });
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
    stats: Vec<Arc<ColumnStats>>,
    stop: Arc<tokio::sync::Notify>,
) {
    let started = Instant::now();
    let period = match mode {
        Mode::Bars(_) => Duration::from_millis(200),
        Mode::Jsonl => Duration::from_secs(1),
        Mode::Log => Duration::from_secs(10),
        Mode::Silent => Duration::from_secs(3600),
    };
    loop {
        let stopped = tokio::select! {
            _ = stop.notified() => true,
            _ = tokio::time::sleep(period) => false,
        };
        render(&mode, job_id, &stats, started, stopped);
        if stopped {
            if let Mode::Bars(bars) = &mode {
                for bar in bars {
                    bar.finish();
                }
            }
            return;
        }
    }
}

fn render(mode: &Mode, job_id: i64, stats: &[Arc<ColumnStats>], started: Instant, last: bool) {
    let secs = started.elapsed().as_secs_f64().max(1e-3);
    for (i, s) in stats.iter().enumerate() {
        let done = s.done.load(Ordering::Relaxed);
        let total = s.total.load(Ordering::Relaxed);
        let failed = s.failed.load(Ordering::Relaxed);
        match mode {
            Mode::Bars(bars) => {
                bars[i].set_length(total.max(done));
                bars[i].set_position(done);
            }
            Mode::Jsonl => {
                let event = serde_json::json!({
                    "event": "progress", "job_id": job_id, "table": s.table, "column": s.column,
                    "done": done, "total": total, "failed": failed, "rows_per_sec": (done as f64 / secs).round(),
                });
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{event}");
                let _ = out.flush();
            }
            Mode::Log if !last || done > 0 => {
                let pct = if total > 0 {
                    100.0 * done as f64 / total as f64
                } else {
                    100.0
                };
                eprintln!(
                    "job {job_id}: {}.{}: {done}/{total} rows ({pct:.0}%), {:.0} rows/s, {failed} failed",
                    s.table,
                    s.column,
                    done as f64 / secs
                );
            }
            _ => {}
        }
    }
}
