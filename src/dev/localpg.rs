//! A private, throwaway PostgreSQL cluster made from the system's server binaries.
//!
//! Used by `idctl dev up` (a sandbox to try idctl and run the demo) and by the test suite (one
//! cluster per test run). It listens on a unix socket in its own directory (no TCP port to collide
//! with anything), and in `fast` mode trades durability for speed (`fsync=off`,
//! `synchronous_commit=off`, `full_page_writes=off`): never for data that matters.
//!
//! PostgreSQL refuses to run as root, and so does `initdb`; when idctl runs as root (CI containers),
//! the server commands run as the `postgres` system user through `runuser`, and the cluster's
//! directory is handed to that user.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::db::row::RowExt;
use crate::error::{Error, Result};

/// How to create a cluster.
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// Unsafe-but-fast settings (fsync off...). For tests and demos only.
    pub fast: bool,
    /// The port number (it names the socket file; with `listen_tcp`, also the TCP port).
    pub port: u16,
    /// Also listen on 127.0.0.1.
    pub listen_tcp: bool,
    /// Extra `postgresql.conf` settings.
    pub settings: Vec<(String, String)>,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            fast: true,
            port: 5432,
            listen_tcp: false,
            settings: Vec::new(),
        }
    }
}

/// A cluster living in `root` (`root/data` is the data directory, `root/sock` the socket
/// directory, `root/server.log` the server's log).
#[derive(Debug, Clone)]
pub struct LocalCluster {
    root: PathBuf,
    bin_dir: PathBuf,
    port: u16,
}

pub const SUPERUSER: &str = "postgres";

/// Where the PostgreSQL server binaries are: `IDCTL_PG_BINDIR`, else the newest
/// `/usr/lib/postgresql/<major>/bin` (Debian/Ubuntu), else `initdb` on `PATH`.
pub fn find_bin_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("IDCTL_PG_BINDIR") {
        let dir = PathBuf::from(dir);
        if dir.join("initdb").is_file() {
            return Ok(dir);
        }
        return Err(Error::config(format!(
            "IDCTL_PG_BINDIR={} has no initdb",
            dir.display()
        )));
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let major = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").is_file().then_some((major, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Ok(bin);
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            if dir.join("initdb").is_file() && dir.join("pg_ctl").is_file() {
                return Ok(dir);
            }
        }
    }
    Err(Error::config("the PostgreSQL server is not installed (no initdb found)").with_hint(
        "install it: `apt-get install postgresql` (Debian/Ubuntu), `dnf install postgresql-server` (Fedora/RHEL), \
         `brew install postgresql` (macOS); or set IDCTL_PG_BINDIR to the directory holding initdb and pg_ctl",
    ))
}

fn running_as_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

impl LocalCluster {
    /// Creates and starts a new cluster in `root` (which must not hold one already).
    pub fn init(root: &Path, options: &ClusterOptions) -> Result<Self> {
        let bin_dir = find_bin_dir()?;
        if running_as_root() {
            postgres_can_reach(root)?;
        }
        std::fs::create_dir_all(root.join("sock"))?;
        let root = root.canonicalize()?;
        let socket = root.join("sock");
        if socket.as_os_str().len() > 90 {
            return Err(Error::config(format!(
                "the cluster directory path is too long for a unix socket ({}); use a shorter --dir",
                socket.display()
            )));
        }
        if running_as_root() {
            chown_to_postgres(&root)?;
        }
        let cluster = LocalCluster {
            root: root.clone(),
            bin_dir,
            port: options.port,
        };
        let data = cluster.data_dir();
        let mut initdb = cluster.server_command("initdb");
        initdb.args(["-D"]).arg(&data).args([
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "-N",
        ]);
        run_quiet(initdb, "initdb")?;

        let mut conf = format!(
            "\n# written by idctl\nport = {}\nunix_socket_directories = '{}'\nlisten_addresses = '{}'\n\
             max_connections = 200\nshared_buffers = 256MB\nmax_wal_size = 4GB\nlog_min_messages = warning\n\
             log_line_prefix = '%m [%p] %a '\n",
            options.port,
            socket.display(),
            if options.listen_tcp { "127.0.0.1" } else { "" },
        );
        if options.fast {
            conf.push_str("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
        }
        for (k, v) in &options.settings {
            conf.push_str(&format!("{k} = {v}\n"));
        }
        let conf_path = data.join("postgresql.conf");
        let mut existing = std::fs::read_to_string(&conf_path)?;
        existing.push_str(&conf);
        std::fs::write(&conf_path, existing)?;
        std::fs::write(root.join("port"), options.port.to_string())?;
        cluster.start()?;
        Ok(cluster)
    }

    /// Opens the cluster in `root` created earlier by [`LocalCluster::init`].
    pub fn open(root: &Path) -> Result<Self> {
        let root = root
            .canonicalize()
            .map_err(|e| Error::config(format!("no cluster at {}: {e}", root.display())))?;
        let port = std::fs::read_to_string(root.join("port"))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .ok_or_else(|| {
                Error::config(format!("{} does not hold an idctl cluster", root.display()))
            })?;
        Ok(LocalCluster {
            bin_dir: find_bin_dir()?,
            root,
            port,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
    pub fn data_dir(&self) -> PathBuf {
        self.root.join("data")
    }
    pub fn socket_dir(&self) -> PathBuf {
        self.root.join("sock")
    }
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A libpq-style URL for database `dbname` over the unix socket, as the superuser.
    pub fn url(&self, dbname: &str) -> String {
        format!(
            "postgresql:///{dbname}?host={}&port={}&user={SUPERUSER}",
            self.socket_dir().display(),
            self.port
        )
    }

    /// Starts the server and waits until it accepts connections.
    pub fn start(&self) -> Result<()> {
        let mut cmd = self.server_command("pg_ctl");
        cmd.arg("-D")
            .arg(self.data_dir())
            .arg("-l")
            .arg(self.root.join("server.log"))
            .args(["-w", "-t", "60", "start"]);
        run_quiet(cmd, "pg_ctl start").map_err(|e| {
            let log = std::fs::read_to_string(self.root.join("server.log")).unwrap_or_default();
            let tail: Vec<&str> = log.lines().rev().take(5).collect();
            e.with_hint(format!(
                "server log ({}):\n{}",
                self.root.join("server.log").display(),
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            ))
        })
    }

    /// Stops the server. `mode` is `smart`, `fast` or `immediate` (a crash, as after kill -9).
    pub fn stop(&self, mode: &str) -> Result<()> {
        let mut cmd = self.server_command("pg_ctl");
        cmd.arg("-D")
            .arg(self.data_dir())
            .args(["-w", "-t", "60", "-m", mode, "stop"]);
        run_quiet(cmd, "pg_ctl stop")
    }

    pub fn is_running(&self) -> bool {
        let mut cmd = self.server_command("pg_ctl");
        cmd.arg("-D")
            .arg(self.data_dir())
            .arg("status")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd.status().is_ok_and(|s| s.success())
    }

    /// Asks a watchdog process to stop the server (and, with `remove`, delete its directory) once
    /// process `pid` has exited. The test suite uses it: a test binary has no reliable place to clean
    /// up at exit, and a cluster must not outlive the run that made it.
    pub fn stop_when_process_exits(&self, pid: u32, remove: bool) -> Result<()> {
        let pg_ctl = self.bin_dir.join("pg_ctl");
        let mut stop = format!(
            "{} -D '{}' -m immediate stop",
            pg_ctl.display(),
            self.data_dir().display()
        );
        if running_as_root() {
            stop = format!("runuser -u {SUPERUSER} -- {stop}");
        }
        let remove_cmd = if remove {
            format!("; rm -rf '{}'", self.root.display())
        } else {
            String::new()
        };
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {stop} >/dev/null 2>&1{remove_cmd}"
        );
        let mut cmd = Command::new("sh");
        cmd.args(["-c", &script])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Its own process group, so that a Ctrl-C aimed at the test run does not kill the watchdog
        // before it has cleaned up.
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        cmd.spawn()
            .map_err(|e| Error::internal(format!("cannot start the cluster watchdog: {e}")))?;
        Ok(())
    }

    /// A command for one of the server binaries, run as the `postgres` user when we are root.
    fn server_command(&self, program: &str) -> Command {
        let path = self.bin_dir.join(program);
        let mut cmd = if running_as_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", SUPERUSER, "--"]).arg(path);
            c
        } else {
            Command::new(path)
        };
        cmd.stdin(Stdio::null());
        cmd
    }
}

fn run_quiet(mut cmd: Command, what: &str) -> Result<()> {
    let out = cmd
        .output()
        .map_err(|e| Error::config(format!("cannot run {what}: {e}")))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    Err(Error::internal(format!(
        "{what} failed ({}): {}{}",
        out.status,
        stderr.trim(),
        stdout.trim()
    )))
}

/// Run as root, the server runs as the `postgres` user, which must be able to reach the cluster's
/// directory: a parent that only root may enter (a `mktemp -d` directory is mode 700) would make
/// initdb fail halfway with "Permission denied". Checked before anything is created.
fn postgres_can_reach(root: &Path) -> Result<()> {
    let absolute = std::env::current_dir()?.join(root);
    let existing = absolute
        .ancestors()
        .find(|a| a.exists())
        .unwrap_or_else(|| Path::new("/"));
    let reachable = Command::new("runuser")
        .args(["-u", SUPERUSER, "--", "test", "-x"])
        .arg(existing)
        .stdin(Stdio::null())
        .status()
        .map_err(|e| Error::config(format!("cannot run runuser: {e}")))?
        .success();
    if reachable {
        return Ok(());
    }
    // The first directory on the way that others may not enter.
    let blocking = existing
        .ancestors()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .find(|a| {
            std::fs::metadata(a).is_ok_and(|m| {
                use std::os::unix::fs::PermissionsExt;
                m.permissions().mode() & 0o001 == 0
            })
        })
        .unwrap_or(existing);
    Err(Error::config(format!(
        "the `{SUPERUSER}` user, which runs PostgreSQL when idctl runs as root, cannot reach {}: {} is not searchable by other users; nothing was created",
        absolute.display(),
        blocking.display()
    ))
    .with_hint(format!(
        "run idctl as a non-root user, or make the directory searchable (`chmod o+x {}`), or choose a --dir the `{SUPERUSER}` user can reach (e.g. --dir /tmp/idctl-dev)",
        blocking.display()
    )))
}

fn chown_to_postgres(root: &Path) -> Result<()> {
    let out = Command::new("chown")
        .args(["-R", &format!("{SUPERUSER}:")])
        .arg(root)
        .output()
        .map_err(|e| Error::config(format!("cannot run chown: {e}")))?;
    if !out.status.success() {
        return Err(Error::config(format!(
            "cannot hand {} to the `{SUPERUSER}` user (needed to run PostgreSQL as root): {}",
            root.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
        .with_hint("install the PostgreSQL server package, which creates the `postgres` user, or run idctl as a non-root user"));
    }
    Ok(())
}

// ================================================================================================
// The dev marker
// ================================================================================================

/// The table in which `idctl dev up` marks the databases it creates as throwaway ones (its own
/// schema, so that it is neither part of the identity schema nor seen by `db check`). `dev seed`
/// refuses a database without it. It is copied with the database (`CREATE DATABASE ... TEMPLATE`),
/// which is how the test suite's databases carry it.
pub const DEV_MARKER_TABLE: &str = "idctl_dev.marker";

/// What the marker of a database says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevMarker {
    /// The keyring `dev up` made beside its cluster (none for the test suite's databases).
    pub keyring: Option<PathBuf>,
    /// Whether the marker was written on this cluster (same system identifier): a dump of a dev
    /// database restored elsewhere does not make that database a throwaway one.
    pub same_cluster: bool,
}

/// The cluster's system identifier (unique per `initdb`), if this role may read it.
async fn system_identifier(client: &impl tokio_postgres::GenericClient) -> Option<String> {
    client
        .query_one(
            "SELECT system_identifier::text FROM pg_control_system()",
            &[],
        )
        .await
        .ok()?
        .col(0)
        .ok()
}

/// Marks the database `client` is connected to as a throwaway one made by idctl, with the keyring
/// its demo keys belong in. Idempotent: marking again updates the keyring.
pub async fn mark_dev_database(
    client: &tokio_postgres::Client,
    keyring: Option<&Path>,
) -> Result<()> {
    let system_identifier = system_identifier(client).await.ok_or_else(|| {
        Error::config("cannot read the cluster's system identifier (pg_control_system())")
            .with_hint("dev databases are marked as a superuser")
    })?;
    client
        .batch_execute(
            "CREATE SCHEMA IF NOT EXISTS idctl_dev;
             COMMENT ON SCHEMA idctl_dev IS 'Made by idctl dev up: this database is a throwaway one that idctl dev seed may fill.';
             CREATE TABLE IF NOT EXISTS idctl_dev.marker (
                 only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
                 system_identifier text NOT NULL,
                 keyring text,
                 marked_at timestamptz NOT NULL DEFAULT now());
             GRANT USAGE ON SCHEMA idctl_dev TO PUBLIC;
             GRANT SELECT ON idctl_dev.marker TO PUBLIC;",
        )
        .await?;
    let keyring = keyring.map(|k| k.display().to_string());
    client
        .execute(
            "INSERT INTO idctl_dev.marker (system_identifier, keyring) VALUES ($1, $2)
             ON CONFLICT (only_row) DO UPDATE
                SET system_identifier = excluded.system_identifier, keyring = excluded.keyring,
                    marked_at = now()",
            &[&system_identifier, &keyring],
        )
        .await?;
    Ok(())
}

/// The dev marker of the database `client` is connected to, if it has one.
pub async fn dev_marker(client: &impl tokio_postgres::GenericClient) -> Result<Option<DevMarker>> {
    let exists: bool = client
        .query_one("SELECT to_regclass('idctl_dev.marker') IS NOT NULL", &[])
        .await?
        .col(0)?;
    if !exists {
        return Ok(None);
    }
    let Some(row) = client
        .query_opt(
            "SELECT system_identifier::text, keyring::text FROM idctl_dev.marker LIMIT 1",
            &[],
        )
        .await?
    else {
        return Ok(None);
    };
    let marked: String = row.col(0)?;
    let keyring: Option<String> = row.col(1)?;
    Ok(Some(DevMarker {
        keyring: keyring.filter(|k| !k.is_empty()).map(PathBuf::from),
        same_cluster: system_identifier(client).await.as_deref() == Some(marked.as_str()),
    }))
}
