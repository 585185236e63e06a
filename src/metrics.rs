//! `--metrics-file PATH`: what a run did, as a Prometheus text file for node_exporter's textfile
//! collector, so that the monitoring that watches the database also sees its cron jobs: when a job
//! last ran, whether it succeeded, when it last succeeded, how long it took, and what it did (rows
//! rewritten and failed, job status, per basename).
//!
//! The collector's conventions: the file is written whole and renamed into place (a scrape never
//! sees half a file); each metric has its HELP and TYPE; label values are escaped. The last success
//! time survives a failed run: it is read back from the file the previous run wrote. Metrics hold
//! counts and names, never values or keys.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::sync::Mutex;

/// What a command adds to its run's metrics (rows, job status), beyond what every run records.
#[derive(Debug, Default)]
pub struct Metrics {
    samples: Mutex<Vec<Sample>>,
}

#[derive(Debug, Clone)]
struct Sample {
    name: &'static str,
    help: &'static str,
    labels: Vec<(&'static str, String)>,
    value: f64,
}

impl Metrics {
    /// Records gauge `name` (an `idctl_` name) with `labels`; the same name and labels again
    /// replaces the earlier value.
    pub fn gauge(
        &self,
        name: &'static str,
        help: &'static str,
        labels: &[(&'static str, &str)],
        value: f64,
    ) {
        let labels: Vec<(&'static str, String)> =
            labels.iter().map(|(k, v)| (*k, v.to_string())).collect();
        let mut samples = self.samples.lock().unwrap_or_else(|p| p.into_inner());
        samples.retain(|s| !(s.name == name && s.labels == labels));
        samples.push(Sample {
            name,
            help,
            labels,
            value,
        });
    }

    /// The rows a job rewrote and could not rewrite, and its status, for one basename (or
    /// policy, or job): the figures `keys rotate`, `jobs run-due` and `pq migrate` report.
    pub fn job(&self, subject: &str, status: &str, rows_done: u64, rows_failed: u64) {
        self.gauge(
            "idctl_rows_rewritten",
            "Rows the last run's job for this subject rewrote (over all its attempts).",
            &[("subject", subject)],
            rows_done as f64,
        );
        self.gauge(
            "idctl_rows_failed",
            "Rows the last run's job for this subject could not rewrite (quarantined).",
            &[("subject", subject)],
            rows_failed as f64,
        );
        self.gauge(
            "idctl_job_status",
            "The status of the last run's job for this subject (1 for the status it ended in).",
            &[("subject", subject), ("status", status)],
            1.0,
        );
    }
}

/// The snake_case name a status serializes to (`completed_with_errors`).
pub fn status_name<T: serde::Serialize>(status: &T) -> String {
    serde_json::to_value(status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// One run, as the file records it.
pub struct Run<'a> {
    pub command: &'a str,
    /// Unix time the run started, and how long it took.
    pub started_unix: f64,
    pub duration_seconds: f64,
    pub exit_code: u8,
}

/// Writes `path` for `run` and `metrics` (atomically: a temporary file beside it, renamed).
pub fn write(path: &Path, run: &Run<'_>, metrics: &Metrics) -> std::io::Result<()> {
    let previous_success = std::fs::read_to_string(path)
        .ok()
        .and_then(|text| last_success(&text, run.command));
    let now = run.started_unix + run.duration_seconds;
    let success = if run.exit_code == 0 {
        Some(now)
    } else {
        previous_success
    };
    let command = [("command", run.command.to_string())];
    let mut samples = vec![
        Sample {
            name: "idctl_last_run_timestamp_seconds",
            help: "When the last run of this command started (Unix time).",
            labels: command.to_vec(),
            value: run.started_unix,
        },
        Sample {
            name: "idctl_last_run_duration_seconds",
            help: "How long the last run of this command took.",
            labels: command.to_vec(),
            value: run.duration_seconds,
        },
        Sample {
            name: "idctl_last_run_exit_code",
            help: "The exit code of the last run of this command (0 = success; see idctl(1)).",
            labels: command.to_vec(),
            value: run.exit_code as f64,
        },
    ];
    if let Some(t) = success {
        samples.push(Sample {
            name: "idctl_last_success_timestamp_seconds",
            help: "When the last successful run of this command ended (Unix time).",
            labels: command.to_vec(),
            value: t,
        });
    }
    samples.extend(
        metrics
            .samples
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .map(|s| {
                let mut s = s.clone();
                s.labels.insert(0, ("command", run.command.to_string()));
                s
            }),
    );
    let text = render(&samples);

    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "metrics.prom".into());
    let tmp = dir.join(format!(".{name}.tmp.{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The text exposition format: for each metric name, HELP and TYPE once, then its samples.
fn render(samples: &[Sample]) -> String {
    let mut out = String::new();
    let mut names: Vec<&'static str> = Vec::new();
    for s in samples {
        if !names.contains(&s.name) {
            names.push(s.name);
        }
    }
    for name in names {
        let mut first = true;
        for s in samples.iter().filter(|s| s.name == name) {
            if first {
                let _ = writeln!(out, "# HELP {name} {}", s.help);
                let _ = writeln!(out, "# TYPE {name} gauge");
                first = false;
            }
            let labels: Vec<String> = s
                .labels
                .iter()
                .map(|(k, v)| format!("{k}=\"{}\"", escape(v)))
                .collect();
            let _ = writeln!(out, "{name}{{{}}} {}", labels.join(","), number(s.value));
        }
    }
    out
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.3}")
    }
}

/// Label value escaping: backslash, double quote and newline.
fn escape(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The last success time of `command` in a file an earlier run wrote.
fn last_success(text: &str, command: &str) -> Option<f64> {
    let prefix = format!(
        "idctl_last_success_timestamp_seconds{{command=\"{}\"}} ",
        escape(command)
    );
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .and_then(|v| v.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_the_text_format_and_a_failed_run_keeps_the_last_success() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("idctl.prom");
        let m = Metrics::default();
        m.job("profile", "completed", 10, 1);
        m.job("say \"hi\"\n", "failed", 0, 0);
        let ok = Run {
            command: "keys rotate",
            started_unix: 1_000.0,
            duration_seconds: 2.5,
            exit_code: 0,
        };
        write(&path, &ok, &m).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(
                "idctl_last_success_timestamp_seconds{command=\"keys rotate\"} 1002.500\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("idctl_rows_rewritten{command=\"keys rotate\",subject=\"profile\"} 10\n"),
            "{text}"
        );
        assert!(text.contains("subject=\"say \\\"hi\\\"\\n\""), "{text}");
        assert_eq!(text.matches("# TYPE idctl_rows_failed gauge").count(), 1);

        let failed = Run {
            command: "keys rotate",
            started_unix: 2_000.0,
            duration_seconds: 1.0,
            exit_code: 75,
        };
        write(&path, &failed, &Metrics::default()).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("idctl_last_run_exit_code{command=\"keys rotate\"} 75\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "idctl_last_success_timestamp_seconds{command=\"keys rotate\"} 1002.500\n"
            ),
            "{text}"
        );
        // Written whole and renamed: nothing else is left in the directory.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
