//! The operator's interface around the work: `doctor`, `keys history`, `--metrics-file`, the
//! plain progress lines cron logs, and `run-due -q` staying silent when nothing is due.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::harness::run;
use crate::rotate::{Seeded, seeded};

/// The key file `name` of this database (`<keyring>/<system id>/<database>/<name>`).
fn key_file(s: &Seeded, name: &str) -> std::path::PathBuf {
    let sysid: String =
        s.db.scalar("SELECT system_identifier::text FROM pg_control_system()");
    s.keyring.path().join(sysid).join(&s.db.name).join(name)
}

fn findings(report: &Value) -> Vec<&Value> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .collect()
}

fn finding<'a>(report: &'a Value, check: &str, subject_contains: &str) -> Option<&'a Value> {
    findings(report).into_iter().find(|f| {
        f["check"] == check
            && f["subject"]
                .as_str()
                .is_some_and(|s| s.contains(subject_contains))
    })
}

#[test]
fn doctor_finds_a_readable_key_file_an_orphan_and_a_stale_job_and_says_how_to_fix_each() {
    let s = seeded(40);
    // A healthy database: nothing to fix, exit 0; the table says so in one line.
    let out = run(s.idctl().args(["doctor", "-o", "json"]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["ok"], true, "{report:#}");
    assert_eq!(report["actor"], "1");
    for check in [
        "database",
        "migrations",
        "schema",
        "key_file",
        "stale_job",
        "actor",
    ] {
        assert!(
            findings(&report)
                .iter()
                .any(|f| f["check"] == check && f["severity"] == "ok"),
            "{check} passed: {report:#}"
        );
    }
    let out = run(s.idctl().args(["doctor"]));
    out.expect_code(0);
    assert!(out.stderr.contains("All clear"), "{}", out.stderr);

    // A rotation killed after its first batch: its job stays "running" with nobody on it.
    let out = run(s
        .idctl()
        .env("IDCTL_FAILPOINT", "worker.after_batch_commit")
        .args([
            "keys",
            "rotate",
            "profile",
            "--batch-size",
            "10",
            "--fixed-batch-size",
        ]));
    assert_eq!(out.code, -1, "killed: {}", out.stderr);
    let job: i64 = s.db.scalar("SELECT id FROM key_rotation_jobs");
    // A key file others can read, and one no row knows.
    let v1 = key_file(&s, "profile.v1.key");
    std::fs::set_permissions(&v1, std::fs::Permissions::from_mode(0o644)).unwrap();
    let orphan = key_file(&s, "profile.v9.key");
    std::fs::copy(&v1, &orphan).unwrap();
    std::fs::set_permissions(&orphan, std::fs::Permissions::from_mode(0o600)).unwrap();

    let before: i64 = s.db.scalar("SELECT count(*) FROM key_events");
    let out = run(s.idctl().args(["doctor", "-o", "json"]));
    out.expect_code(65);
    let report = out.json();
    assert_eq!(report["ok"], false);
    let readable = finding(&report, "key_file", "profile:v1").expect("the 0644 key file");
    assert_eq!(readable["severity"], "error", "{readable}");
    assert!(
        readable["message"].as_str().unwrap().contains("0644")
            && readable["fix"].as_str().unwrap().contains("chmod 600"),
        "{readable}"
    );
    let orphaned = finding(&report, "orphan_key_file", "profile.v9.key").expect("the orphan");
    assert_eq!(orphaned["severity"], "warning", "{orphaned}");
    assert!(orphaned["message"].as_str().unwrap().contains("profile:v9"));
    let stale = finding(&report, "stale_job", &format!("job {job}")).expect("the stale job");
    assert_eq!(stale["severity"], "warning", "{stale}");
    assert!(
        stale["fix"]
            .as_str()
            .unwrap()
            .contains(&format!("idctl jobs resume {job}")),
        "{stale}"
    );
    // Worst first.
    assert_eq!(findings(&report)[0]["severity"], "error");
    assert!(report["errors"].as_u64().unwrap() >= 1);
    // The table: one line per finding with its fix; the summary on stderr.
    let out = run(s.idctl().args(["doctor"]));
    out.expect_code(65);
    assert!(
        out.stdout.contains("chmod 600") && out.stdout.contains("orphan_key_file"),
        "{}",
        out.stdout
    );
    assert!(out.stderr.contains("warning"), "{}", out.stderr);
    let after: i64 = s.db.scalar("SELECT count(*) FROM key_events");
    assert_eq!(before, after, "doctor changes nothing");

    // Fixed as told: all clear again.
    std::fs::set_permissions(&v1, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::remove_file(&orphan).unwrap();
    run(s.idctl().args(["jobs", "resume", &job.to_string(), "-q"])).expect_code(0);
    let out = run(s.idctl().args(["doctor", "-o", "json"]));
    out.expect_code(0);
}

#[test]
fn doctor_reports_an_unreachable_database_as_a_finding_with_exit_65() {
    let keyring = tempfile::tempdir().unwrap();
    let out = run(crate::harness::idctl()
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .env("IDCTL_KEYRING", keyring.path())
        .args([
            "doctor",
            "-o",
            "json",
            "--connect-timeout",
            "1s",
            "--reconnect-timeout",
            "1s",
        ]));
    out.expect_code(65);
    let report = out.json();
    let db = finding(&report, "database", "").expect("the database finding");
    assert_eq!(db["severity"], "error", "{report:#}");
}

#[test]
fn keys_history_is_the_timeline_newest_first() {
    let s = seeded(20);
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    let out = run(s.idctl().args(["keys", "history", "profile", "-o", "json"]));
    out.expect_code(0);
    let events = out.json();
    let events = events.as_array().unwrap();
    let kinds: Vec<&str> = events
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    for kind in [
        "generated",
        "activated",
        "rotation_started",
        "rotation_completed",
        "retired",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    assert!(
        events.iter().all(|e| e["basename"] == "profile"),
        "only profile's"
    );
    // Newest first: the rotation's end before its start, its start before v1's generation.
    let pos = |k: &str| kinds.iter().position(|x| *x == k).unwrap();
    assert!(pos("rotation_completed") < pos("rotation_started"));
    assert!(pos("rotation_started") < kinds.iter().rposition(|x| *x == "generated").unwrap());
    let ids: Vec<i64> = events.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(ids, sorted);
    assert!(
        events
            .iter()
            .any(|e| e["key"] == "profile:v2" && e["event"] == "activated")
    );
    // --limit, the table, and an unknown basename.
    let out = run(s
        .idctl()
        .args(["keys", "history", "--limit", "2", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json().as_array().unwrap().len(), 2);
    let out = run(s.idctl().args(["keys", "history", "profile"]));
    out.expect_code(0);
    assert!(out.stdout.contains("rotation_completed"), "{}", out.stdout);
    run(s.idctl().args(["keys", "history", "nosuch"])).expect_code(65);
    run(s.idctl().args(["keys", "history", "--limit", "0"])).expect_code(64);
}

/// Parses a Prometheus text file: every line a comment or `name{labels} value`.
fn parse_metrics(text: &str) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with("# HELP ") || line.starts_with("# TYPE ") {
            continue;
        }
        let (series, value) = line
            .rsplit_once(' ')
            .unwrap_or_else(|| panic!("not a sample: {line:?}"));
        assert!(
            series.starts_with("idctl_") && series.ends_with('}') && series.contains('{'),
            "{line:?}"
        );
        let value: f64 = value
            .parse()
            .unwrap_or_else(|_| panic!("not a number: {line:?}"));
        out.push((series.to_string(), value));
    }
    out
}

#[test]
fn a_metrics_file_records_a_rotation_and_keeps_the_last_success_after_a_failure() {
    let s = seeded(30);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("idctl.prom");
    let out = run(s
        .idctl()
        .args(["keys", "rotate", "profile", "--metrics-file"])
        .arg(&file));
    out.expect_code(0);
    // Without a terminal: timestamped plain lines, the first when the job starts.
    let started = out
        .stderr
        .lines()
        .find(|l| l.contains("profile → profile:v2: started"))
        .unwrap_or_else(|| panic!("a start line: {}", out.stderr));
    assert!(
        chrono::DateTime::parse_from_rfc3339(started.split(' ').next().unwrap()).is_ok(),
        "{started}"
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let samples = parse_metrics(&text);
    let get = |series: &str| {
        samples
            .iter()
            .find(|(s, _)| s == series)
            .map(|(_, v)| *v)
            .unwrap_or_else(|| panic!("{series} in:\n{text}"))
    };
    let rows: i64 = s.db.scalar("SELECT count(*) FROM user_profiles");
    assert_eq!(
        get("idctl_rows_rewritten{command=\"keys rotate\",subject=\"profile\"}"),
        rows as f64
    );
    assert_eq!(
        get("idctl_rows_failed{command=\"keys rotate\",subject=\"profile\"}"),
        0.0
    );
    assert_eq!(
        get("idctl_job_status{command=\"keys rotate\",subject=\"profile\",status=\"completed\"}"),
        1.0
    );
    assert_eq!(
        get("idctl_last_run_exit_code{command=\"keys rotate\"}"),
        0.0
    );
    let success = get("idctl_last_success_timestamp_seconds{command=\"keys rotate\"}");
    let now = chrono::Utc::now().timestamp() as f64;
    assert!((now - success).abs() < 600.0, "{success} vs {now}");
    assert!(text.contains("# TYPE idctl_rows_rewritten gauge"));

    // A failed run: its exit code, and the last success kept.
    let out = run(s
        .idctl()
        .args(["keys", "rotate", "nosuch", "--metrics-file"])
        .arg(&file));
    out.expect_code(65);
    let text = std::fs::read_to_string(&file).unwrap();
    let samples = parse_metrics(&text);
    let get = |series: &str| samples.iter().find(|(s, _)| s == series).map(|(_, v)| *v);
    assert_eq!(
        get("idctl_last_run_exit_code{command=\"keys rotate\"}"),
        Some(65.0)
    );
    assert_eq!(
        get("idctl_last_success_timestamp_seconds{command=\"keys rotate\"}"),
        Some(success)
    );
    // A directory that does not exist: the run succeeds, the file cannot be written: 78.
    let out = run(s.idctl().args([
        "keys",
        "status",
        "--metrics-file",
        "/nonexistent/dir/idctl.prom",
    ]));
    out.expect_code(78);
    assert!(out.stderr.contains("metrics file"), "{}", out.stderr);
}

#[test]
fn run_due_with_nothing_due_is_silent_with_q_and_prints_an_empty_list_as_json() {
    let s = seeded(5);
    let out = run(s.idctl().args(["jobs", "run-due", "-q"]));
    out.expect_code(0);
    assert_eq!(out.stdout, "", "nothing on stdout for cron to mail");
    assert_eq!(out.stderr, "");
    let out = run(s.idctl().args(["jobs", "run-due"]));
    out.expect_code(0);
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("No job is due"), "{}", out.stderr);
    let out = run(s.idctl().args(["jobs", "run-due", "-q", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json(), serde_json::json!([]));
}

/// What a shell gets for `idctl <words> <TAB>` (clap_complete's fish protocol: one candidate per
/// line, its help after a tab).
fn complete(cmd: &mut assert_cmd::Command, words: &[&str]) -> Vec<String> {
    let out = run(cmd
        .env("COMPLETE", "fish")
        .arg("--")
        .arg("idctl")
        .args(words));
    out.expect_code(0);
    out.stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .filter(|v| !v.starts_with('-'))
        .collect()
}

#[test]
fn completion_offers_basenames_key_versions_and_job_ids_from_the_database() {
    let s = seeded(10);
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    let job: i64 = s.db.scalar("SELECT max(id) FROM key_rotation_jobs");
    let basenames = complete(&mut s.idctl(), &["keys", "rotate", ""]);
    assert!(
        basenames.contains(&"profile".to_string()) && basenames.contains(&"session".to_string()),
        "{basenames:?}"
    );
    let keys = complete(&mut s.idctl(), &["keys", "activate", "profile:"]);
    assert_eq!(keys, ["profile:v1", "profile:v2"], "{keys:?}");
    let jobs = complete(&mut s.idctl(), &["jobs", "show", ""]);
    assert!(jobs.contains(&job.to_string()), "{jobs:?}");
    let tables = complete(&mut s.idctl(), &["data", "show", "user_pro"]);
    assert_eq!(tables, ["user_profiles"]);

    // No database: the registry's basenames still, no job ids, and quickly; never a prompt.
    let started = std::time::Instant::now();
    let mut offline = crate::harness::idctl();
    offline.env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    let basenames = complete(&mut offline, &["keys", "rotate", "prof"]);
    assert_eq!(basenames, ["profile"]);
    let mut offline = crate::harness::idctl();
    offline.env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    assert!(complete(&mut offline, &["jobs", "show", "1"]).is_empty());
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

/// A configuration file with two contexts pointing at two databases, private to the test.
fn contexts(a: &str, b: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(
        &path,
        format!(
            "# contexts for the test\ncurrent-context = \"a\"\n\n[contexts.a]\ndatabase = \"{a}\"\nactor = \"1\"\n\n[contexts.b]\ndatabase = \"{b}\"\nkeyring = \"keys-b\"\ndescription = \"the other one\"\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    (dir, path)
}

/// The database `db status` reports for these settings.
fn database_of(cmd: &mut assert_cmd::Command) -> String {
    let out = run(cmd.args(["db", "status", "-o", "json"]));
    out.expect_code(0);
    out.json()["database"].as_str().unwrap().to_string()
}

#[test]
fn contexts_apply_below_flags_and_environment_and_a_missing_one_is_an_error() {
    let a = crate::harness::migrated_db();
    let b = crate::harness::migrated_db();
    let (dir, config) = contexts(&a.url, &b.url);
    let idctl = || {
        let mut cmd = crate::harness::idctl();
        cmd.env("IDCTL_CONFIG", &config);
        cmd
    };
    // current-context, then IDCTL_CONTEXT, then --context over both.
    assert_eq!(database_of(&mut idctl()), a.name);
    assert_eq!(database_of(idctl().env("IDCTL_CONTEXT", "b")), b.name);
    assert_eq!(
        database_of(idctl().env("IDCTL_CONTEXT", "b").args(["--context", "a"])),
        a.name
    );
    // The environment's DATABASE_URL, and the flag, over the context.
    assert_eq!(database_of(idctl().env("DATABASE_URL", &b.url)), b.name);
    assert_eq!(
        database_of(
            idctl()
                .env("DATABASE_URL", &a.url)
                .args(["--database-url", &b.url])
        ),
        b.name
    );
    // `config show` says where each setting came from; relative paths are the file's.
    let out = run(idctl().args(["--context", "b", "config", "show", "-o", "json"]));
    out.expect_code(0);
    let show = out.json();
    let setting = |name: &str| {
        show["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["setting"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(show["context"], "b");
    assert_eq!(setting("database")["source"], "context");
    assert_eq!(setting("keyring")["source"], "context");
    assert_eq!(
        setting("keyring")["value"],
        dir.path().join("keys-b").display().to_string()
    );
    assert_eq!(setting("actor")["source"], "default");
    let out = run(idctl()
        .env("IDCTL_ACTOR", "7")
        .args(["config", "show", "-o", "json"]));
    let show = out.json();
    let actor = show["settings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["setting"] == "actor")
        .unwrap();
    assert_eq!(actor["source"], "env");
    assert_eq!(actor["value"], "7");

    // `config list` marks the current one and hides passwords; `config use` switches it.
    let out = run(idctl().args(["config", "list", "-o", "json"]));
    out.expect_code(0);
    let list = out.json();
    assert_eq!(list[0]["name"], "a");
    assert_eq!(list[0]["current"], true);
    assert_eq!(list[1]["current"], false);
    run(idctl().args(["config", "use", "b"])).expect_code(0);
    assert_eq!(database_of(&mut idctl()), b.name);
    assert!(
        std::fs::read_to_string(&config)
            .unwrap()
            .starts_with("# contexts for the test\ncurrent-context = \"b\"\n"),
        "the file keeps its comments"
    );
    run(idctl().args(["config", "use", "nosuch"])).expect_code(64);

    // A context named but missing is an error naming the known ones, never another database.
    let out = run(idctl().args(["--context", "prod", "db", "status"]));
    out.expect_code(78);
    assert!(
        out.stderr.contains("\"prod\"") && out.stderr.contains("a, b"),
        "{}",
        out.stderr
    );
    // A file others can write is refused.
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = run(idctl().args(["db", "status"]));
    out.expect_code(78);
    assert!(out.stderr.contains("chmod go-w"), "{}", out.stderr);
}

#[test]
fn every_table_fits_an_80_column_terminal() {
    let s = seeded(30);
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    let job: i64 = s.db.scalar("SELECT max(id) FROM key_rotation_jobs");
    let user: i64 = s.db.scalar("SELECT min(user_id) FROM user_profiles");
    let job = job.to_string();
    let user = user.to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["keys", "list"],
        vec!["keys", "status"],
        vec!["keys", "plan", "profile"],
        vec!["keys", "show", "profile"],
        vec!["keys", "history"],
        vec!["keys", "verify", "profile"],
        vec!["jobs", "list"],
        vec!["jobs", "show", &job],
        vec!["db", "status"],
        vec!["db", "check"],
        vec!["doctor", "--all"],
        vec!["registry", "show"],
        vec!["users", "list"],
        vec!["users", "show", &user],
        vec!["users", "whoami"],
        vec!["users", "roles"],
        vec!["audit", "log"],
        vec!["audit", "verify"],
        vec!["pq", "status"],
        vec!["pq", "algorithms"],
        vec!["pq", "keys", "list"],
        vec!["pq", "policy", "list"],
        vec!["pq", "jobs"],
        vec!["deletion", "list"],
        vec!["privacy", "requests", "list"],
        vec!["config", "show"],
        vec!["data", "show", "user_profiles", &user],
        // A rotation's own report, last (it changes the database).
        vec!["keys", "rotate", "session"],
    ];
    let mut too_wide = Vec::new();
    let mut headers_split = Vec::new();
    for args in &commands {
        let out = run(s.idctl().env("COLUMNS", "80").args(args));
        assert!(
            out.code == 0 || out.code == 65,
            "{args:?}: exit {}\n{}",
            out.code,
            out.stderr
        );
        let lines: Vec<&str> = out.stdout.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let width = line.chars().count();
            if width > 80 {
                too_wide.push(format!("{args:?} ({width}): {line}"));
            }
            // A header wrapped over two lines means columns too narrow for their names (and
            // their values split mid-word): every table's header is one line.
            if line.starts_with("|-") && i >= 2 && lines[i - 2].starts_with('|') {
                headers_split.push(format!("{args:?}: {}", lines[i - 1]));
            }
        }
    }
    assert!(
        too_wide.is_empty(),
        "lines wider than 80:\n{}",
        too_wide.join("\n")
    );
    assert!(
        headers_split.is_empty(),
        "headers wrapped at 80 columns:\n{}",
        headers_split.join("\n")
    );
    // -o wide keeps every field, whatever the width.
    let out = run(s
        .idctl()
        .env("COLUMNS", "80")
        .args(["keys", "list", "-o", "wide"]));
    out.expect_code(0);
    assert!(out.stdout.contains("CREATED_BY"), "{}", out.stdout);
}

#[test]
fn watch_prints_again_when_something_changed_and_ends_quietly_on_ctrl_c() {
    let s = seeded(10);
    let child = s
        .std_idctl()
        .args(["jobs", "list", "--watch", "--interval", "1s", "-o", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut child = crate::harness::KillOnDrop(child);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    std::thread::sleep(std::time::Duration::from_millis(2500));
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let out = wait_bounded(&mut child);
    assert_eq!(out.0, Some(0), "Ctrl-C ends --watch quietly: {}", out.2);
    let frames: Vec<Value> = serde_json::Deserializer::from_str(&out.1)
        .into_iter::<Value>()
        .map(|v| v.unwrap())
        .collect();
    // Once before the rotation (no job), once after (its job); unchanged frames not repeated.
    assert_eq!(frames.len(), 2, "{}", out.1);
    assert_eq!(frames[0], serde_json::json!([]));
    assert_eq!(frames[1][0]["status"], "completed");

    // `jobs show --watch` ends by itself when the job is over.
    let job: i64 = s.db.scalar("SELECT max(id) FROM key_rotation_jobs");
    let out = run(s
        .idctl()
        .args(["jobs", "show", &job.to_string(), "--watch", "-o", "json"])
        .timeout(std::time::Duration::from_secs(30)));
    out.expect_code(0);
    assert_eq!(out.json()["status"], "completed");
}

/// Waits (at most 20 s) for a child whose stdout and stderr are piped: (exit code, stdout, stderr).
fn wait_bounded(child: &mut std::process::Child) -> (Option<i32>, String, String) {
    use std::io::Read;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let (mut out, mut err) = (String::new(), String::new());
            child
                .stdout
                .take()
                .unwrap()
                .read_to_string(&mut out)
                .unwrap();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            return (status.code(), out, err);
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running after 20 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn run_due_skips_a_job_another_idctl_holds_and_exits_65_when_rows_failed() {
    let s = seeded(20);
    // A poison row: user B's envelope belongs to user A's row.
    let ids: Vec<i64> =
        s.db.query("SELECT user_id FROM user_profiles ORDER BY user_id LIMIT 2")
            .iter()
            .map(|r| r.get(0))
            .collect();
    s.db.exec(&format!(
        "UPDATE user_profiles SET profile_enc = (SELECT profile_enc FROM user_profiles WHERE user_id = {}) WHERE user_id = {}",
        ids[0], ids[1]
    ));
    run(s
        .idctl()
        .args(["keys", "rotate", "profile", "--schedule", "0s", "-q"]))
    .expect_code(0);
    // Another idctl holds the rotation's lock: the job is skipped, not waited for, exit 0.
    let url = s.db.url.clone();
    let (hold_tx, hold_rx) = std::sync::mpsc::channel::<()>();
    let (held_tx, held_rx) = std::sync::mpsc::channel::<()>();
    let locker = std::thread::spawn(move || {
        crate::harness::block_on(async move {
            let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
                .await
                .unwrap();
            tokio::spawn(conn);
            client
                .execute(
                    "SELECT pg_advisory_lock(hashtextextended('idctl:rotate:' || 'profile', 0))",
                    &[],
                )
                .await
                .unwrap();
            held_tx.send(()).unwrap();
            let _ = hold_rx.recv();
        })
    });
    held_rx.recv().unwrap();
    let out = run(s.idctl().args(["jobs", "run-due", "-o", "json"]));
    out.expect_code(0);
    let due = out.json();
    assert_eq!(due[0]["basename"], "profile", "{due}");
    assert_eq!(due[0]["outcome"], "skipped", "{due}");
    hold_tx.send(()).unwrap();
    locker.join().unwrap();
    // Free again: it runs, quarantines the poison row, and says so with 65.
    let out = run(s.idctl().args(["jobs", "run-due", "-o", "json"]));
    out.expect_code(65);
    let due = out.json();
    assert_eq!(due[0]["outcome"], "completed_with_errors", "{due}");
}
