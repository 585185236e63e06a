//! Faults and limits: option bounds, database restarts, locked rows, deadlines and signals,
//! orderly disconnects, and what the logs may contain.

use std::collections::BTreeMap;
use std::io::Read;
use std::time::{Duration, Instant};

use crate::harness::{TestDb, block_on, idctl, run};
use crate::rotate::{Seeded, profile_plaintexts, seeded};

fn versions(db: &TestDb) -> BTreeMap<String, i64> {
    db.query("SELECT key_version, count(*) FROM user_profiles GROUP BY 1")
        .into_iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

fn wait_for(db: &TestDb, query: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !db.scalar::<bool>(query) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The URL with another parameter (the harness's URLs already carry a query string).
fn with_param(url: &str, param: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{param}")
}

#[test]
fn out_of_range_options_exit_64_naming_the_allowed_range() {
    // A database that does not exist: an option that got through would end in 69, not 64.
    let cases: &[&[&str]] = &[
        &["keys", "rotate", "profile", "--batch-size", "0"],
        &["keys", "rotate", "profile", "--batch-size", "1001"],
        &["keys", "rotate", "profile", "--workers", "0"],
        &["keys", "rotate", "profile", "--ranges", "0"],
        &["keys", "rotate", "profile", "--ranges", "1000000"],
        &["keys", "rotate", "profile", "--max-rate", "0"],
        &["keys", "rotate", "profile", "--max-rate", "NaN"],
        &["keys", "rotate", "profile", "--target-batch-duration", "0s"],
        &["jobs", "work", "1", "--workers", "0"],
        &["jobs", "run-due", "--max-duration", "0s"],
        &["--connect-timeout", "0s", "keys", "status"],
        &["--lock-timeout", "0s", "keys", "status"],
        &["--lock-timeout", "1ns", "keys", "status"],
        &["--lock-timeout", "99999999999d", "keys", "status"],
        &["--statement-timeout", "1ns", "keys", "status"],
        &["--reconnect-timeout", "0s", "keys", "status"],
        &["keys", "verify", "--sample", "0"],
        &["keys", "verify", "--sample=-1"],
        &["keys", "verify", "--sample", "-1"],
    ];
    for args in cases {
        let out = run(idctl()
            .env(
                "DATABASE_URL",
                "postgresql:///nosuch?host=/nonexistent-idctl-socket-dir",
            )
            .args(*args));
        assert_eq!(out.code, 64, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("allowed"),
            "{args:?} names the allowed range: {}",
            out.stderr
        );
    }
    // Zero still means "no limit" for the statement timeout, as documented.
    let out = run(idctl()
        .env(
            "DATABASE_URL",
            "postgresql:///nosuch?host=/nonexistent-idctl-socket-dir",
        )
        .args(["--statement-timeout", "0", "keys", "status"]));
    assert_eq!(out.code, 69, "{}", out.stderr);
}

#[test]
fn ranges_are_never_more_than_the_rows_and_are_planned_at_once() {
    let s = seeded(40);
    let started = Instant::now();
    let out = run(s.idctl().args([
        "keys", "rotate", "profile", "--ranges", "10000", "-o", "json",
    ]));
    out.expect_code(0);
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    let job = out.json()["job_id"].as_i64().unwrap();
    let planned: i64 = s.db.scalar(&format!(
        "SELECT count(*) FROM job_ranges WHERE job_id = {job}"
    ));
    assert!(
        (1..=40).contains(&planned),
        "at most one range per key: {planned}"
    );
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 40)])
    );
}

#[test]
fn trace_logging_shows_parameter_sizes_never_values() {
    let s = seeded(30);
    let out = run(s.idctl().env("IDCTL_LOG", "trace").args([
        "keys",
        "rotate",
        "profile",
        "--batch-size",
        "10",
        "--fixed-batch-size",
        "--ranges",
        "1",
    ]));
    out.expect_code(0);
    assert!(
        !out.stderr.contains("with parameters"),
        "statement parameters are logged: {} bytes of log",
        out.stderr.len()
    );
    assert!(
        out.stderr
            .contains("compare-and-swap update of 10 rows of user_profiles.profile_enc"),
        "idctl's own trace logs remain (sizes): {}",
        &out.stderr[..out.stderr.len().min(2000)]
    );
}

/// The shared test cluster's server log (`<root>/server.log`, next to the data directory), unless
/// the suite runs against an external server.
fn server_log(db: &TestDb) -> Option<std::path::PathBuf> {
    if std::env::var_os("IDCTL_TEST_DATABASE_URL").is_some() {
        return None;
    }
    let data: String = db.scalar("SELECT current_setting('data_directory')");
    let log = std::path::Path::new(&data).parent()?.join("server.log");
    log.is_file().then_some(log)
}

fn log_lines_of(log: &std::path::Path, application_name: &str) -> Vec<String> {
    let mut text = String::new();
    std::fs::File::open(log)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text.lines()
        .filter(|l| l.contains(application_name))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_connection_says_goodbye_to_the_server() {
    let s = seeded(30);
    let Some(log) = server_log(&s.db) else {
        eprintln!("skipped: the server log is not readable here");
        return;
    };
    // At debug1 the server logs a client that disappears without the protocol's Terminate
    // message ("unexpected EOF on client connection"); the log line prefix carries the
    // application name.
    s.db.exec(&format!(
        "ALTER DATABASE \"{}\" SET log_min_messages = debug1",
        s.db.name
    ));
    let app = format!("faults_goodbye_{}", std::process::id());
    let url = with_param(&s.db.url, &format!("application_name={app}"));
    for args in [
        &["keys", "status"][..],
        &["keys", "rotate", "profile", "--batch-size", "10"][..],
        &["keys", "verify", "profile"][..],
        &["jobs", "list"][..],
        &["keys", "rotate", "nosuch"][..],
    ] {
        let out = run(s.idctl().env("DATABASE_URL", &url).args(args));
        assert!(matches!(out.code, 0 | 64 | 65), "{args:?}: {}", out.stderr);
    }
    // A client cut off at exit, as idctl used to be: the check below can see it.
    let abrupt = format!("faults_abrupt_{}", std::process::id());
    let abrupt_url = with_param(&s.db.url, &format!("application_name={abrupt}"));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let (client, conn) = tokio_postgres::connect(&abrupt_url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        client.simple_query("SELECT 1").await.unwrap();
        std::mem::forget(client);
    });
    rt.shutdown_background();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !log_lines_of(&log, &abrupt)
        .iter()
        .any(|l| l.contains("unexpected EOF"))
    {
        assert!(
            Instant::now() < deadline,
            "the abruptly closed connection shows in {}",
            log.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let lost: Vec<String> = log_lines_of(&log, &app)
        .into_iter()
        .filter(|l| {
            l.contains("unexpected EOF")
                || l.contains("could not send data")
                || l.contains("connection to client lost")
                || l.contains("could not receive data")
        })
        .collect();
    assert!(lost.is_empty(), "connections cut off: {lost:#?}");
}

/// The application holds a row lock (in its own thread) until released; reports its backend pid.
struct RowLock {
    pid: i32,
    release: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RowLock {
    fn new(url: &str, user_id: i64, application_name: &str) -> Self {
        let url = with_param(url, &format!("application_name={application_name}"));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            block_on(async move {
                let (mut client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
                    .await
                    .unwrap();
                tokio::spawn(conn);
                let tx = client.transaction().await.unwrap();
                tx.execute(
                    "SELECT 1 FROM user_profiles WHERE user_id = $1 FOR UPDATE",
                    &[&user_id],
                )
                .await
                .unwrap();
                let pid: i32 = tx
                    .query_one("SELECT pg_backend_pid()", &[])
                    .await
                    .unwrap()
                    .get(0);
                ready_tx.send(pid).unwrap();
                tokio::task::spawn_blocking(move || {
                    release_rx.recv_timeout(Duration::from_secs(70))
                })
                .await
                .unwrap()
                .ok();
                tx.rollback().await.unwrap();
            })
        });
        let pid = ready_rx.recv().expect("row lock taken");
        RowLock {
            pid,
            release: Some(release_tx),
            thread: Some(thread),
        }
    }
}

impl Drop for RowLock {
    fn drop(&mut self) {
        drop(self.release.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[test]
fn a_row_locked_for_long_stops_the_run_with_75_naming_the_holder() {
    let s = seeded(200);
    let before = profile_plaintexts(&s);
    let id: i64 = s.db.scalar("SELECT min(user_id) + 120 FROM user_profiles");
    let holder = RowLock::new(&s.db.url, id, "faults_row_holder");
    let started = Instant::now();
    let out = run(s.idctl().args([
        "--lock-timeout",
        "500ms",
        "keys",
        "rotate",
        "profile",
        "--batch-size",
        "20",
        "--fixed-batch-size",
    ]));
    let took = started.elapsed();
    out.expect_code(75);
    assert!(
        took < Duration::from_secs(20),
        "gave up after a few lock timeouts, not {took:?}"
    );
    let job: i64 = s.db.scalar("SELECT id FROM key_rotation_jobs");
    for needle in [
        "stayed locked".to_string(),
        format!("backend pid {}", holder.pid),
        "\"faults_row_holder\"".to_string(),
        "transaction open for".to_string(),
        "3 x --lock-timeout 500ms".to_string(),
        format!("job {job} is checkpointed"),
    ] {
        assert!(out.stderr.contains(&needle), "{needle}: {}", out.stderr);
    }
    let done: i64 =
        s.db.scalar("SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges");
    assert!(done > 0, "the other batches were written and checkpointed");
    drop(holder);
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 200)])
    );
    assert_eq!(profile_plaintexts(&s), before);
}

/// Pacing that leaves batches queued behind the writer: each 200-row batch is a second of
/// --max-rate, and the reader runs ahead.
const SLOW: [&str; 5] = [
    "--max-rate",
    "200",
    "--batch-size",
    "200",
    "--fixed-batch-size",
];

#[test]
fn run_due_stops_within_a_second_of_its_deadline() {
    let s = seeded(2000);
    run(s
        .idctl()
        .args(["keys", "rotate", "profile", "--schedule", "0s", "-q"]))
    .expect_code(0);
    let started = Instant::now();
    let out = run(s
        .idctl()
        .args(["jobs", "run-due", "--max-duration", "2s", "-o", "json"])
        .args(SLOW));
    let took = started.elapsed();
    out.expect_code(0);
    assert_eq!(out.json()[0]["outcome"], "interrupted", "{}", out.stdout);
    assert!(took < Duration::from_millis(3500), "took {took:?}");
    let done: i64 =
        s.db.scalar("SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges");
    let v2: i64 = versions(&s.db).get("profile:v2").copied().unwrap_or(0);
    assert_eq!(done, v2, "every row written is checkpointed");
    assert!(done > 0 && done < 2000, "{done}");
    run(s.idctl().args(["jobs", "run-due", "-q"])).expect_code(0);
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 2000)])
    );
}

#[test]
fn sigterm_stops_a_paced_rotation_within_a_second() {
    let s = seeded(2000);
    let mut child = s
        .std_idctl()
        .args(["keys", "rotate", "profile"])
        .args(SLOW)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for(
        &s.db,
        "SELECT EXISTS (SELECT 1 FROM job_ranges WHERE rows_done > 0)",
        "progress",
    );
    std::thread::sleep(Duration::from_millis(300));
    let signalled = Instant::now();
    // SAFETY: kill(2) on our own child's pid.
    assert_eq!(
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) },
        0
    );
    let status = child.wait().unwrap();
    let took = signalled.elapsed();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(75), "{stderr}");
    assert!(
        stderr.contains("stopping after the current batches"),
        "{stderr}"
    );
    assert!(
        took < Duration::from_millis(1500),
        "took {took:?}: {stderr}"
    );
    let done: i64 =
        s.db.scalar("SELECT coalesce(sum(rows_done), 0)::bigint FROM job_ranges");
    let v2: i64 = versions(&s.db).get("profile:v2").copied().unwrap_or(0);
    assert_eq!(done, v2, "every row written is checkpointed");
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
}

/// A cluster of its own (restarting the shared one would disturb the other tests), migrated,
/// with an operator and `users` seeded users.
fn own_cluster(users: u32) -> (idctl::dev::localpg::LocalCluster, Seeded) {
    let dir = tempfile::Builder::new()
        .prefix("idctl-faults-")
        .tempdir_in("/tmp")
        .unwrap()
        .keep();
    let cluster = idctl::dev::localpg::LocalCluster::init(
        &dir,
        &idctl::dev::localpg::ClusterOptions::default(),
    )
    .unwrap();
    cluster
        .stop_when_process_exits(std::process::id(), true)
        .unwrap();
    crate::harness::exec(&cluster.url("postgres"), "CREATE DATABASE faults");
    crate::harness::mark_dev_database(&cluster.url("faults"));
    let s = Seeded {
        db: TestDb {
            name: "faults".into(),
            url: cluster.url("faults"),
        },
        keyring: tempfile::tempdir().unwrap(),
    };
    run(s
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["db", "migrate", "-q"]))
    .expect_code(0);
    run(s
        .idctl()
        .env_remove("IDCTL_ACTOR")
        .args(["users", "bootstrap-admin", "-q"]))
    .expect_code(0);
    run(s
        .idctl()
        .args(["dev", "seed", "--users", &users.to_string(), "-q"]))
    .expect_code(0);
    (cluster, s)
}

fn spawn_rotation(s: &Seeded, extra: &[&str]) -> std::process::Child {
    s.std_idctl()
        .args([
            "keys",
            "rotate",
            "profile",
            "--max-rate",
            "150",
            "--batch-size",
            "10",
            "--fixed-batch-size",
        ])
        .args(extra)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

fn finish(mut child: std::process::Child) -> (Option<i32>, String) {
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    (status.code(), stderr)
}

#[test]
fn a_restart_is_ridden_out_and_a_longer_outage_ends_with_69() {
    let (cluster, s) = own_cluster(400);
    let before = profile_plaintexts(&s);

    // Down for about four seconds: longer than the old retry budget (1.5 to 3 s).
    let child = spawn_rotation(&s, &[]);
    wait_for(
        &s.db,
        "SELECT EXISTS (SELECT 1 FROM job_ranges WHERE rows_done > 0)",
        "progress",
    );
    cluster.stop("fast").unwrap();
    std::thread::sleep(Duration::from_secs(4));
    cluster.start().unwrap();
    let (code, stderr) = finish(child);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stderr.matches("the database is unavailable").count(),
        1,
        "one line while waiting: {stderr}"
    );
    assert!(stderr.contains("retrying for up to 30s"), "{stderr}");
    assert!(!stderr.contains("Connection error"), "{stderr}");
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v2".to_string(), 400)])
    );
    assert_eq!(profile_plaintexts(&s), before);

    // An immediate stop while the next rotation runs, longer than --reconnect-timeout: exit 69,
    // then a run after the server is back resumes and finishes.
    let started = Instant::now();
    let child = spawn_rotation(&s, &["--new-version", "--reconnect-timeout", "2s"]);
    wait_for(
        &s.db,
        "SELECT EXISTS (SELECT 1 FROM job_ranges r JOIN key_rotation_jobs j ON j.id = r.job_id
          WHERE j.target_version = 3 AND r.rows_done > 0)",
        "progress of the second rotation",
    );
    cluster.stop("immediate").unwrap();
    let (code, stderr) = finish(child);
    assert_eq!(code, Some(69), "{stderr}");
    assert!(stderr.contains("stayed unavailable"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(30));
    cluster.start().unwrap();
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v3".to_string(), 400)])
    );
    assert_eq!(profile_plaintexts(&s), before);

    // SIGTERM while waiting for the database: the wait ends at once (exit 69: it is still down).
    let child = spawn_rotation(&s, &["--new-version"]);
    wait_for(
        &s.db,
        "SELECT EXISTS (SELECT 1 FROM job_ranges r JOIN key_rotation_jobs j ON j.id = r.job_id
          WHERE j.target_version = 4 AND r.rows_done > 0)",
        "progress of the third rotation",
    );
    cluster.stop("immediate").unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let signalled = Instant::now();
    // SAFETY: kill(2) on our own child's pid.
    assert_eq!(
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) },
        0
    );
    let (code, stderr) = finish(child);
    let took = signalled.elapsed();
    assert_eq!(code, Some(69), "{stderr}");
    assert!(
        took < Duration::from_millis(2500),
        "took {took:?}: {stderr}"
    );
    cluster.start().unwrap();
    run(s.idctl().args(["keys", "rotate", "profile", "-q"])).expect_code(0);
    assert_eq!(
        versions(&s.db),
        BTreeMap::from([("profile:v4".to_string(), 400)])
    );
    assert_eq!(profile_plaintexts(&s), before);
    // The TestDb must not try to drop its database on the shared server.
    std::mem::forget(s);
    let _ = cluster.stop("immediate");
}
