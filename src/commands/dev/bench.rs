//! `idctl dev bench`: the rotation benchmark, measured against baselines in the same run.
//!
//! Shared machines are noisy, so absolute times drift; the figures that matter are ratios against a
//! baseline measured minutes apart on the same cluster:
//! - (a) the floor: one SQL statement rewriting the same rows and columns in place
//!   (`UPDATE ... SET profile_enc = profile_enc, key_version = ...`), PostgreSQL's own cost for the
//!   write, on an identical copy of `user_profiles` (same rows, same indexes);
//! - (b) `idctl keys rotate profile`, run as a child process (wall time, and peak RSS from `wait4`);
//! - (c) a naive client as ORM-level rotators do it: one transaction per row (`SELECT ... FOR
//!   UPDATE`, decrypt, encrypt, `UPDATE`), measured on a sample and extrapolated.
//!
//! With `--rounds N`, (a), (a') and (b) are measured N times, each round's floor and rotation
//! back to back (in alternating order), and the ratios are taken per round: on a machine whose
//! speed drifts by half between minutes, a ratio of two figures measured seconds apart is steadier
//! than either figure, and the median of the rounds' ratios is the figure to quote.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use clap::Args;
use serde::Serialize;

use crate::census::ident;
use crate::context::Ctx;
use crate::crypto::ColumnCrypto;
use crate::db::row::RowExt;
use crate::dev::localpg::{ClusterOptions, LocalCluster};
use crate::error::{Error, Result};
use crate::keystore::{self, Keyring};

/// Benchmark `keys rotate` against PostgreSQL's own floor and a naive per-row client, on a fresh
/// throwaway cluster with N seeded users (~512-byte profiles). Prints ratios; see docs/BENCHMARKS.md.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl dev bench --rows 200000\n  idctl dev bench --rows 1000000 --rotate-options \"--workers 2\""
)]
pub struct BenchArgs {
    /// Users (and so user_profiles rows) to seed.
    #[arg(long, default_value_t = 1_000_000)]
    pub rows: u64,
    /// Rows the naive client rewrites (extrapolated to all rows).
    #[arg(long, default_value_t = 3000)]
    pub naive_sample: i64,
    /// Directory for the throwaway cluster (default: a new temporary directory).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Keep the cluster running afterwards, and its keyring (beside the cluster's directory, as
    /// `<dir>.keyring`), so that more rotations can be measured on the same data.
    #[arg(long)]
    pub keep: bool,
    /// Seed only users and their profiles (`dev seed --profiles-only`): the same rows for the
    /// floor and the rotation, a smaller database around them, and a 5M-row seed in minutes
    /// instead of half an hour.
    #[arg(long)]
    pub profiles_only: bool,
    /// Extra options passed to `keys rotate` (e.g. "--workers 4").
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    pub rotate_options: String,
    /// Measure the floor, the read-out and the rotation this many times, back to back in each
    /// round (both tables vacuumed between rounds), and report the median of the rounds' ratios.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub rounds: u32,
}

/// One round: the floor, the read-out and a rotation, measured back to back.
#[derive(Debug, Serialize)]
struct Round {
    round: u32,
    floor_seconds: f64,
    readout_seconds: f64,
    idctl_seconds: f64,
    /// (b) / (a) of this round.
    idctl_over_floor: f64,
    /// (b) / ((a) + (a')) of this round.
    idctl_over_floor_plus_readout: f64,
    idctl_cpu_seconds: f64,
    /// CPU time of the whole machine (all processes: idctl, the server's backends) during the
    /// floor and during the rotation, from /proc/stat; null where that is not available.
    floor_machine_cpu_seconds: Option<f64>,
    idctl_machine_cpu_seconds: Option<f64>,
}

#[derive(Debug, Serialize)]
struct BenchReport {
    rows: u64,
    cpus: usize,
    server_version: String,
    seed_seconds: f64,
    /// The database holds only users and their profiles (`--profiles-only`).
    profiles_only: bool,
    floor_seconds: f64,
    /// (a') reading every row out once (binary COPY), and its size.
    readout_seconds: f64,
    readout_mib: f64,
    /// (b) / ((a) + (a')): how close idctl is to the floor plus the unavoidable read-out.
    idctl_over_floor_plus_readout: f64,
    idctl_seconds: f64,
    naive_sample_rows: i64,
    naive_sample_seconds: f64,
    naive_extrapolated_seconds: f64,
    idctl_over_floor: f64,
    naive_over_idctl: f64,
    idctl_rows_per_second: f64,
    idctl_peak_rss_mib: f64,
    /// idctl's own CPU time (user + system) during (b): on a small machine it competes with the
    /// server's backends, while the floor's single backend has the other cores to itself.
    idctl_cpu_seconds: f64,
    /// Every round (`--rounds`); the fields above are the first round's.
    rounds: Vec<Round>,
    /// The medians of the rounds' ratios (the first round's ratio when there is one round).
    idctl_over_floor_median: f64,
    idctl_over_floor_plus_readout_median: f64,
    rotate_report: serde_json::Value,
}

pub async fn run(args: BenchArgs, ctx: &Ctx) -> Result<()> {
    let tmp = tempfile::Builder::new()
        .prefix("idctl-bench-")
        .tempdir_in("/tmp")?;
    let dir = args.dir.clone().unwrap_or_else(|| tmp.path().join("pg"));
    // A kept cluster keeps its keyring too: without the key files its data cannot be rotated again.
    let keyring_dir = if args.keep {
        PathBuf::from(format!("{}.keyring", dir.display()))
    } else {
        tmp.path().join("keyring")
    };
    ctx.ui.note(format!(
        "Creating a throwaway cluster in {} ...",
        dir.display()
    ));
    let cluster = LocalCluster::init(&dir, &ClusterOptions::default())?;
    let result = bench(&args, ctx, &cluster, &keyring_dir).await;
    if !args.keep {
        let _ = cluster.stop("fast");
        let _ = std::fs::remove_dir_all(cluster.root());
    }
    if args.keep {
        ctx.ui.note(format!(
            "Kept the cluster in {} (database bench) and its keyring in {}.",
            dir.display(),
            keyring_dir.display()
        ));
    }
    let report = result?;
    ctx.ui.emit(&report)
}

fn idctl_child(url: &str, keyring: &std::path::Path) -> Result<std::process::Command> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::internal(format!("cannot find my own binary: {e}")))?;
    let mut cmd = std::process::Command::new(exe);
    cmd.env("DATABASE_URL", url)
        .env("IDCTL_KEYRING", keyring)
        .env("IDCTL_ACTOR", "1")
        .env_remove("PGAPPNAME");
    Ok(cmd)
}

/// What a child process cost.
struct Measured {
    wall: Duration,
    /// User + system CPU time.
    cpu: Duration,
    peak_rss_kib: i64,
    stdout: Vec<u8>,
}

/// Runs a child to completion and measures it (wall time, CPU time and peak RSS from `wait4`).
fn run_measured(mut cmd: std::process::Command, what: &str) -> Result<Measured> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::inherit());
    let started = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| Error::internal(format!("{what}: {e}")))?;
    let mut stdout = Vec::new();
    if let Some(mut out) = child.stdout.take() {
        std::io::Read::read_to_end(&mut out, &mut stdout)?;
    }
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    if rc != pid || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        return Err(Error::internal(format!("{what} failed (status {status})")));
    }
    let tv = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    Ok(Measured {
        wall: elapsed,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        peak_rss_kib: usage.ru_maxrss,
        stdout,
    })
}

async fn bench(
    args: &BenchArgs,
    ctx: &Ctx,
    cluster: &LocalCluster,
    keyring_dir: &std::path::Path,
) -> Result<BenchReport> {
    let admin_url = cluster.url("postgres");
    let (admin, conn) = tokio_postgres::connect(&admin_url, tokio_postgres::NoTls).await?;
    tokio::spawn(conn);
    admin.batch_execute("CREATE DATABASE bench").await?;
    let url = cluster.url("bench");
    let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
    tokio::spawn(conn);
    crate::dev::localpg::mark_dev_database(&client, Some(keyring_dir)).await?;

    let mut migrate = idctl_child(&url, keyring_dir)?;
    migrate.args(["db", "migrate", "-q"]);
    run_measured(migrate, "db migrate")?;
    client.batch_execute("INSERT INTO users (id, is_active, is_locked, actor_role) VALUES (1, true, false, 'admin')").await?;

    ctx.ui.note(format!("Seeding {} users ...", args.rows));
    let mut seed = idctl_child(&url, keyring_dir)?;
    seed.args(["dev", "seed", "-q", "--users", &args.rows.to_string()]);
    if args.profiles_only {
        seed.arg("--profiles-only");
    }
    let seed_time = run_measured(seed, "dev seed")?.wall;
    client.batch_execute("VACUUM ANALYZE").await?;
    client.batch_execute("CHECKPOINT").await?;
    let rows: i64 = client
        .query_one("SELECT count(*) FROM user_profiles", &[])
        .await?
        .col(0)?;

    // (a) The floor, on an identical copy of the table.
    // (LIKE ... INCLUDING ALL copies the primary key and the (key_version, user_id) index.)
    for statement in [
        "CREATE TABLE floor_profiles (LIKE user_profiles INCLUDING ALL)",
        "INSERT INTO floor_profiles SELECT * FROM user_profiles",
        "VACUUM ANALYZE floor_profiles",
        "CHECKPOINT",
    ] {
        client.batch_execute(statement).await?;
    }
    // (a') What any client must add to the floor: reading every row version out once, in
    // PostgreSQL's cheapest form (binary COPY of what the engine reads: address, version, key,
    // value), into this process. The floor plus this is a lower bound for any tool that
    // re-encrypts outside the database.
    // What the engine reads, as the registry describes the rotated column.
    let registry = ctx.registry()?;
    let rotated = registry
        .protected_columns_for("profile")
        .into_iter()
        .next()
        .ok_or_else(|| Error::config("the registry has no column under basename profile"))?;
    let keys: Vec<String> = rotated.primary_key.iter().map(|k| ident(k)).collect();
    let readout_sql = format!(
        "COPY (SELECT ctid, xmin, {}, {} FROM {}) TO STDOUT (FORMAT binary)",
        keys.join(", "),
        ident(&rotated.column),
        ident(&rotated.table)
    );

    let mut rounds = Vec::new();
    let mut first: Option<(Measured, serde_json::Value, u64)> = None;
    for n in 1..=args.rounds {
        if n > 1 {
            ctx.ui.note(format!("Round {n} of {} ...", args.rounds));
            // Both tables hold a dead version of every row now: vacuum both alike.
            for statement in [
                "VACUUM ANALYZE floor_profiles",
                &format!("VACUUM ANALYZE {}", ident(&rotated.table)),
                "CHECKPOINT",
            ] {
                client.batch_execute(statement).await?;
            }
        }
        // Alternate which goes first, so that neither always meets the other's leftovers.
        let floor_first = n % 2 == 1;
        let mut floor = None;
        if floor_first {
            floor = Some(measure_floor(ctx, &client, n).await?);
        }
        ctx.ui
            .note("(a') read-out: binary COPY of every row the rotation reads ...");
        let started = Instant::now();
        let stream = client.copy_out(readout_sql.as_str()).await?;
        let mut stream = std::pin::pin!(stream);
        let mut readout_bytes: u64 = 0;
        while let Some(chunk) = futures_util::StreamExt::next(&mut stream).await {
            readout_bytes += chunk?.len() as u64;
        }
        let readout = started.elapsed();

        // (b) idctl keys rotate.
        ctx.ui.note("(b) idctl keys rotate profile ...");
        let mut rotate = idctl_child(&url, keyring_dir)?;
        rotate.args(["keys", "rotate", "profile", "-q", "-o", "json"]);
        if n > 1 {
            rotate.arg("--new-version");
        }
        rotate.args(args.rotate_options.split_whitespace());
        let busy = MachineCpu::now();
        let measured = run_measured(rotate, "keys rotate")?;
        let rotate_cpu = busy.elapsed();
        client.batch_execute("CHECKPOINT").await?;
        let (floor, floor_cpu) = match floor {
            Some(f) => f,
            None => measure_floor(ctx, &client, n).await?,
        };
        let b = measured.wall.as_secs_f64();
        rounds.push(Round {
            round: n,
            floor_seconds: round(floor.as_secs_f64()),
            readout_seconds: round(readout.as_secs_f64()),
            idctl_seconds: round(b),
            idctl_over_floor: round(b / floor.as_secs_f64()),
            idctl_over_floor_plus_readout: round(b / (floor + readout).as_secs_f64()),
            idctl_cpu_seconds: round(measured.cpu.as_secs_f64()),
            floor_machine_cpu_seconds: floor_cpu.map(round),
            idctl_machine_cpu_seconds: rotate_cpu.map(round),
        });
        if first.is_none() {
            let report =
                serde_json::from_slice(&measured.stdout).unwrap_or(serde_json::Value::Null);
            first = Some((measured, report, readout_bytes));
        }
    }
    let (measured, rotate_report, readout_bytes) =
        first.ok_or_else(|| Error::internal("no round was measured"))?;
    let first_round = &rounds[0];
    let idctl_time = measured.wall;
    let peak_rss_kib = measured.peak_rss_kib;

    // (c) The naive client, on the copy (rows are under profile:v1 there, labelled v2 by the floor).
    ctx.ui.note(format!(
        "(c) naive client: one transaction per row, {} rows ...",
        args.naive_sample
    ));
    let keyring = Keyring::new(Some(keyring_dir))?;
    keyring.bind(&client).await?;
    // The copy is still under profile:v1, which the rotation has retired: load every version's file.
    let mut crypto = ColumnCrypto::new("user_profiles", "profile_enc")
        .map_err(|e| Error::internal(e.to_string()))?;
    let mut target = None;
    for rec in keystore::list(&client, Some("profile")).await? {
        crypto
            .add_key(&keyring.load(&rec)?)
            .map_err(|e| Error::internal(e.to_string()))?;
        if rec.status == keystore::KeyStatus::Active {
            target = Some(rec.id()?);
        }
    }
    let target = target.ok_or_else(|| Error::internal("no active profile key after rotation"))?;
    let ids: Vec<i64> = client
        .query(
            "SELECT user_id FROM floor_profiles ORDER BY user_id LIMIT $1",
            &[&args.naive_sample],
        )
        .await?
        .iter()
        .map(|r| r.col(0))
        .collect::<Result<_>>()?;
    let (mut naive, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
    tokio::spawn(conn);
    let started = Instant::now();
    for id in &ids {
        let tx = naive.transaction().await?;
        let row = tx
            .query_one(
                "SELECT profile_enc FROM floor_profiles WHERE user_id = $1 FOR UPDATE",
                &[id],
            )
            .await?;
        let enc: Vec<u8> = row.col(0)?;
        let pk = id.to_string();
        let plain = crypto
            .decrypt(&enc, &[&pk])
            .map_err(|e| Error::internal(format!("naive decrypt: {e}")))?;
        let new = crypto
            .encrypt(&target, &plain, &[&pk])
            .map_err(|e| Error::internal(e.to_string()))?;
        tx.execute(
            "UPDATE floor_profiles SET profile_enc = $1, key_version = $2 WHERE user_id = $3",
            &[&new, &target.to_string(), id],
        )
        .await?;
        tx.commit().await?;
    }
    let naive_time = started.elapsed();
    let naive_extrapolated = naive_time.as_secs_f64() * rows as f64 / ids.len().max(1) as f64;

    let server_version: String = client.query_one("SHOW server_version", &[]).await?.col(0)?;
    Ok(BenchReport {
        rows: rows as u64,
        cpus: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        server_version,
        seed_seconds: round(seed_time.as_secs_f64()),
        profiles_only: args.profiles_only,
        floor_seconds: first_round.floor_seconds,
        readout_seconds: first_round.readout_seconds,
        readout_mib: round(readout_bytes as f64 / 1048576.0),
        idctl_over_floor_plus_readout: first_round.idctl_over_floor_plus_readout,
        idctl_seconds: round(idctl_time.as_secs_f64()),
        naive_sample_rows: ids.len() as i64,
        naive_sample_seconds: round(naive_time.as_secs_f64()),
        naive_extrapolated_seconds: round(naive_extrapolated),
        idctl_over_floor: first_round.idctl_over_floor,
        naive_over_idctl: round(naive_extrapolated / idctl_time.as_secs_f64()),
        idctl_rows_per_second: (rows as f64 / idctl_time.as_secs_f64()).round(),
        idctl_peak_rss_mib: round(peak_rss_kib as f64 / 1024.0),
        idctl_cpu_seconds: round(measured.cpu.as_secs_f64()),
        idctl_over_floor_median: median(rounds.iter().map(|r| r.idctl_over_floor)),
        idctl_over_floor_plus_readout_median: median(
            rounds.iter().map(|r| r.idctl_over_floor_plus_readout),
        ),
        rounds,
        rotate_report,
    })
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The median (of two middle values, their mean); 0 for none.
fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.collect();
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    let m = if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    };
    round(m)
}

/// (a) The floor: one UPDATE rewriting every row of the copy in place (a new label each round).
async fn measure_floor(
    ctx: &Ctx,
    client: &tokio_postgres::Client,
    round: u32,
) -> Result<(Duration, Option<f64>)> {
    ctx.ui.note("(a) floor: one UPDATE rewriting every row ...");
    let busy = MachineCpu::now();
    let started = Instant::now();
    client
        .execute(
            "UPDATE floor_profiles SET profile_enc = profile_enc, key_version = $1",
            &[&format!("profile:floor{round}")],
        )
        .await?;
    let floor = started.elapsed();
    let cpu = busy.elapsed();
    client.batch_execute("CHECKPOINT").await?;
    Ok((floor, cpu))
}

/// The CPU time the whole machine has spent (user, nice, system, irq, softirq: every process),
/// from Linux's /proc/stat; None elsewhere.
struct MachineCpu(Option<f64>);

impl MachineCpu {
    fn now() -> Self {
        MachineCpu(machine_cpu_seconds())
    }
    /// CPU-seconds spent since `now()`.
    fn elapsed(&self) -> Option<f64> {
        Some(machine_cpu_seconds()? - self.0?)
    }
}

fn machine_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().find(|l| l.starts_with("cpu "))?;
    let f: Vec<f64> = line
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    // user nice system idle iowait irq softirq steal ...: busy = all but idle and iowait.
    let busy: f64 = [0usize, 1, 2, 5, 6].iter().filter_map(|&i| f.get(i)).sum();
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    (ticks > 0).then(|| busy / ticks as f64)
}
