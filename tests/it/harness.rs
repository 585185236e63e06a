//! The test harness: a real PostgreSQL for every test, and the real binary driven as a script would.
//!
//! One private cluster per test run (the library's `localpg`, as `idctl dev up` uses it: a temporary
//! directory, unix socket only, fsync off), stopped and removed by a watchdog when the test process
//! exits. A template database is migrated once with `idctl db migrate`; each test gets a fresh
//! database cloned from it (`CREATE DATABASE ... TEMPLATE`, a file copy: milliseconds).
//! `IDCTL_TEST_DATABASE_URL` (a superuser URL) points the suite at an external server instead.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use assert_cmd::Command;
use idctl::dev::localpg::{ClusterOptions, LocalCluster};

pub struct Server {
    /// URL of database `name` on this server.
    url_for: Box<dyn Fn(&str) -> String + Send + Sync>,
}

impl Server {
    pub fn url(&self, dbname: &str) -> String {
        (self.url_for)(dbname)
    }
}

static SERVER: OnceLock<Server> = OnceLock::new();
static TEMPLATE: OnceLock<String> = OnceLock::new();
static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Replaces the database name in a postgres:// URL.
pub fn with_dbname(url: &str, dbname: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let authority_end = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    let mut out = format!("{}/{dbname}", &base[..authority_end]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

pub fn server() -> &'static Server {
    SERVER.get_or_init(|| {
        if let Ok(url) = std::env::var("IDCTL_TEST_DATABASE_URL") {
            return Server {
                url_for: Box::new(move |db| with_dbname(&url, db)),
            };
        }
        let dir = tempfile::Builder::new()
            .prefix("idctl-test-")
            .tempdir_in("/tmp")
            .expect("temp dir")
            .keep();
        let cluster = LocalCluster::init(&dir, &ClusterOptions::default())
            .expect("start a private PostgreSQL cluster");
        cluster
            .stop_when_process_exits(std::process::id(), true)
            .expect("watchdog");
        let c = cluster;
        Server {
            url_for: Box::new(move |db| c.url(db)),
        }
    })
}

/// Runs SQL on `url` (blocking; tests are synchronous).
pub fn sql(url: &str, query: &str) -> Vec<tokio_postgres::Row> {
    block_on(async {
        let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .expect("connect");
        tokio::spawn(conn);
        client.simple_query("SELECT 1").await.expect("ping");
        client
            .query(query, &[])
            .await
            .unwrap_or_else(|e| panic!("{query}: {e}"))
    })
}

/// Runs statements without results (DDL, several statements).
pub fn exec(url: &str, statements: &str) {
    block_on(async {
        let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .expect("connect");
        tokio::spawn(conn);
        client
            .batch_execute(statements)
            .await
            .unwrap_or_else(|e| panic!("{statements}: {e}"));
    })
}

pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// A database for one test, dropped at the end of the test.
pub struct TestDb {
    pub name: String,
    pub url: String,
}

impl TestDb {
    pub fn query(&self, q: &str) -> Vec<tokio_postgres::Row> {
        sql(&self.url, q)
    }
    pub fn exec(&self, statements: &str) {
        exec(&self.url, statements)
    }
    /// One value from a one-row, one-column query.
    pub fn scalar<T: for<'a> tokio_postgres::types::FromSql<'a>>(&self, q: &str) -> T {
        self.query(q)[0].get(0)
    }
    /// idctl, pointed at this database.
    pub fn idctl(&self) -> Command {
        let mut cmd = idctl();
        cmd.env("DATABASE_URL", &self.url);
        cmd
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let admin = server().url("postgres");
        let name = self.name.clone();
        let _ = std::panic::catch_unwind(move || {
            exec(
                &admin,
                &format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
            )
        });
    }
}

fn unique_name(prefix: &str) -> String {
    format!(
        "{prefix}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// An empty database (no migrations).
pub fn empty_db() -> TestDb {
    let s = server();
    let name = unique_name("t_empty");
    exec(&s.url("postgres"), &format!("CREATE DATABASE \"{name}\""));
    TestDb {
        url: s.url(&name),
        name,
    }
}

/// Marks a database as `idctl dev up` does (a throwaway one `dev seed` may fill).
pub fn mark_dev_database(url: &str) {
    block_on(async {
        let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .expect("connect");
        tokio::spawn(conn);
        idctl::dev::localpg::mark_dev_database(&client, None)
            .await
            .expect("mark the database as a dev database");
    })
}

/// At exit (external server only): drops the template database, if one was made.
extern "C" fn drop_template_at_exit() {
    let (Some(name), Ok(url)) = (TEMPLATE.get(), std::env::var("IDCTL_TEST_DATABASE_URL")) else {
        return;
    };
    let admin = with_dbname(&url, "postgres");
    let name = name.clone();
    let _ = std::panic::catch_unwind(move || {
        exec(
            &admin,
            &format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
        )
    });
}

/// A fresh database with the whole schema migrated.
pub fn migrated_db() -> TestDb {
    let s = server();
    let template = TEMPLATE.get_or_init(|| {
        let name = unique_name("t_template");
        exec(&s.url("postgres"), &format!("CREATE DATABASE \"{name}\""));
        let out = idctl()
            .env("DATABASE_URL", s.url(&name))
            .args(["db", "migrate", "-q"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "migrating the template failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Marked as `dev up` marks its databases: every test database is a throwaway one that
        // `dev seed` may fill (the marker is copied with the template).
        mark_dev_database(&s.url(&name));
        // On an external server the template would outlive the run (a private cluster is removed
        // whole): drop it when the test process exits.
        if std::env::var_os("IDCTL_TEST_DATABASE_URL").is_some() {
            // SAFETY: registers a plain `extern "C"` function with no arguments.
            unsafe { libc::atexit(drop_template_at_exit) };
        }
        name
    });
    let name = unique_name("t");
    exec(
        &s.url("postgres"),
        &format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""),
    );
    TestDb {
        url: s.url(&name),
        name,
    }
}

/// What a test's idctl must not inherit (database, actor, keyring, PG* settings, colours) and what
/// it gets instead: a private HOME and XDG directories, so that a test that forgets IDCTL_KEYRING
/// never writes into the developer's real keyring nor reads their ~/.pgpass or service file.
fn isolated_env() -> (Vec<String>, Vec<(String, String)>) {
    static HOME: OnceLock<std::path::PathBuf> = OnceLock::new();
    let home = HOME.get_or_init(|| {
        tempfile::Builder::new()
            .prefix("idctl-test-home-")
            .tempdir_in("/tmp")
            .expect("temp home")
            .keep()
    });
    let remove = std::env::vars_os()
        .map(|(k, _)| k.to_string_lossy().into_owned())
        .filter(|key| {
            key.starts_with("PG")
                || key.starts_with("IDCTL_")
                || key.starts_with("XDG_")
                || key == "DATABASE_URL"
                || key == "NO_COLOR"
        })
        .collect();
    let home = home.display().to_string();
    let set = vec![
        ("IDCTL_LOG".to_string(), "warn".to_string()),
        ("HOME".to_string(), home.clone()),
        ("XDG_DATA_HOME".to_string(), format!("{home}/data")),
        ("XDG_CONFIG_HOME".to_string(), format!("{home}/config")),
    ];
    (remove, set)
}

/// The idctl binary with a clean environment (`isolated_env`), so that tests see only what they
/// set.
/// Every file under a keyring directory, at any depth (key files live in
/// `<keyring>/<system id>/<database>/`), as sorted paths relative to it.
pub fn keyring_files(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

pub fn idctl() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_idctl"));
    let (remove, set) = isolated_env();
    for key in remove {
        cmd.env_remove(key);
    }
    cmd.envs(set);
    cmd
}

/// The same as a `std::process::Command`, for tests that spawn idctl in the background.
pub fn std_idctl() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_idctl"));
    let (remove, set) = isolated_env();
    for key in remove {
        cmd.env_remove(key);
    }
    cmd.envs(set);
    cmd
}

/// A background child that is killed when dropped, so that a failed test leaves no process behind.
pub struct KillOnDrop(pub std::process::Child);

impl std::ops::Deref for KillOnDrop {
    type Target = std::process::Child;
    fn deref(&self) -> &std::process::Child {
        &self.0
    }
}

impl std::ops::DerefMut for KillOnDrop {
    fn deref_mut(&mut self) -> &mut std::process::Child {
        &mut self.0
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// stdout, stderr and exit code of a finished command.
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: &mut Command) -> Outcome {
    let out = cmd.output().expect("run idctl");
    Outcome {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Outcome {
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code\n--- stdout:\n{}\n--- stderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// Another session holding a session-level advisory lock (another operator's idctl), until dropped.
pub struct LockHolder {
    release: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl LockHolder {
    pub fn new(url: &str, key: i64, application_name: &str) -> Self {
        let sep = if url.contains('?') { '&' } else { '?' };
        let url = format!("{url}{sep}application_name={application_name}");
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            block_on(async move {
                let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
                    .await
                    .unwrap();
                tokio::spawn(conn);
                client
                    .execute("SELECT pg_advisory_lock($1)", &[&key])
                    .await
                    .unwrap();
                ready_tx.send(()).unwrap();
                tokio::task::spawn_blocking(move || release_rx.recv())
                    .await
                    .unwrap()
                    .ok();
                drop(client);
            })
        });
        ready_rx.recv().expect("lock holder started");
        LockHolder {
            release: Some(release_tx),
            thread: Some(thread),
        }
    }
}

impl Drop for LockHolder {
    fn drop(&mut self) {
        drop(self.release.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
