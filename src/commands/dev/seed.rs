use std::time::Duration;

use clap::Args;

use crate::context::Ctx;
use crate::db::row::RowExt;
use crate::dev::localpg::{self, DevMarker};
use crate::dev::seed::{self, Progress, SeedOptions};
use crate::error::{Error, Result};
use crate::keystore::Keyring;

/// Fill the database with realistic, internally consistent demo data: N users and their rows.
///
/// Every user gets a profile (encrypted JSON), consents and authentication events; most get orders
/// (encrypted customer data); some get sessions, a newsletter subscription (encrypted address and
/// its blind index) and a second factor. E-mail addresses look like first.last.<id>@example.org
/// (reserved domains), IP addresses come from the documentation ranges, password hashes are
/// argon2id-shaped placeholders that match no password. Values are protected as the registry says,
/// under the active key of each basename; a basename without an active version gets one (a new key
/// file in the keyring and its crypto_keys row). `idctl keys verify --all` passes on the result.
///
/// With a registry that keeps idctl's tables in a bookkeeping schema (registries/compact-uuid.toml),
/// it fills seed 003's compact, UUID-keyed schema instead, creating its tables first if they are
/// missing (as the platform that owns them would have) and installing the bookkeeping schema: users
/// with emails, profiles, status, credentials, roles, linked providers (encrypted tokens), second
/// factors (encrypted), devices and login events.
///
/// Users are added after the highest ids present, so seeding again adds more; the identity
/// sequences are moved past the new rows. The same --seed and --users on the same database give
/// the same people, orders and events whatever --batch is (times are relative to the current day;
/// key material and nonces stay random).
///
/// For throwaway databases only: it refuses (exit 78) a database that `idctl dev up` did not create
/// (dev up marks its databases) unless --allow-non-dev-database is given and confirmed. The schema
/// is checked before anything is generated (exit 78 naming the first problem). Everything, key
/// versions included, is one transaction: a seed that fails leaves no rows, no crypto_keys rows
/// and no key files. On a dev database the key files go to the keyring beside its cluster (e.g.
/// ./.idctl-dev/keyring) unless --keyring / IDCTL_KEYRING says otherwise.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl dev seed --users 10000\n  idctl dev seed --users 1000 --legacy\n  idctl --registry registries/compact-uuid.toml dev seed --users 1000"
)]
pub struct SeedArgs {
    /// Number of users to add.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    pub users: u64,
    /// Seed of the data generator.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Users generated and copied per chunk (memory grows with it).
    #[arg(long, value_name = "B", default_value_t = 10_000,
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub batch: u64,
    /// Seal most orders' customer data to a classical X25519-only policy (customer-legacy, bound to
    /// the column) and the rest to the hybrid X-Wing policy (customer), as data written before a
    /// post-quantum migration would be: `idctl pq status` then reports it, `idctl pq migrate`
    /// moves it.
    #[arg(long)]
    pub legacy: bool,
    /// Only users and their profiles (no orders, sessions, events, consents, subscriptions,
    /// second factors, tokens or links): what the rotation benchmark rewrites, several times
    /// faster to seed.
    #[arg(long, conflicts_with = "legacy")]
    pub profiles_only: bool,
    /// Seed a database that `idctl dev up` did not create (it carries no dev marker). Asks to type
    /// the database's name (--yes answers for scripts).
    #[arg(long = NON_DEV_FLAG)]
    pub allow_non_dev_database: bool,
}

/// The option that lets `dev seed` write into a database `dev up` did not create.
pub const NON_DEV_FLAG: &str = "allow-non-dev-database";

pub async fn run(args: SeedArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    // Large chunks take a while to copy: no statement limit unless --statement-timeout is given.
    let db = ctx
        .connect_with(ctx.session_settings(Duration::ZERO))
        .await?;
    let mut client = db.dedicated().await?;
    let marker = localpg::dev_marker(&client).await?;
    let keyring = match (&marker, &ctx.global.keyring) {
        // The keyring `dev up` made beside its cluster, unless one is given explicitly.
        (
            Some(DevMarker {
                keyring: Some(dir), ..
            }),
            None,
        ) => {
            ctx.ui.note(format!(
                "Using the dev cluster's keyring {}.",
                dir.display()
            ));
            Keyring::new(Some(dir))?
        }
        _ => ctx.keyring()?,
    };
    match &marker {
        Some(m) if m.same_cluster => {}
        other => {
            let dbname: String = client
                .query_one("SELECT current_database()::text", &[])
                .await?
                .col(0)?;
            let why = match other {
                Some(_) => format!(
                    "database {dbname:?} carries the marker of `idctl dev up`, but it was made on \
                     another cluster (restored from a dump?)"
                ),
                None => format!("database {dbname:?} was not created by `idctl dev up`"),
            };
            if !args.allow_non_dev_database {
                return Err(
                    Error::config(format!("{why} ({}); refusing to seed it", db.target()))
                        .with_hint(format!(
                            "dev seed is for throwaway databases; to seed this one anyway pass \
                     --{NON_DEV_FLAG} (and --yes, or confirm on a terminal)"
                        )),
                );
            }
            ctx.ui
                .warn(format!("{why}; seeding it because of --{NON_DEV_FLAG}"));
            ctx.confirm(
                &format!(
                    "Add {} demo users (and key versions) to database {dbname:?} at {}",
                    args.users,
                    db.target()
                ),
                Some(&dbname),
            )?;
        }
    }
    let options = SeedOptions {
        users: args.users,
        seed: args.seed,
        batch: args.batch,
        legacy: args.legacy,
        profiles_only: args.profiles_only,
    };
    ctx.ui.note(format!(
        "Seeding {} users into {} (seed {}, {} per chunk) ...",
        options.users,
        db.target(),
        options.seed,
        options.batch
    ));
    let bar = ctx.ui.progress_bars().then(|| {
        let bar = indicatif::ProgressBar::new(options.users);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} [{bar:40}] {pos}/{len} users  {msg}  ({elapsed}, eta {eta})",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        bar
    });
    let on_progress = |p: &Progress| {
        let secs = p.elapsed.as_secs_f64().max(1e-9);
        match &bar {
            Some(bar) => {
                bar.set_position(p.users_done);
                bar.set_message(format!(
                    "{} rows, {:.0} rows/s",
                    p.rows_done,
                    p.rows_done as f64 / secs
                ));
            }
            None => ctx.ui.note(format!(
                "{}/{} users ({:.0}%), {} rows, {:.1}s, {:.0} rows/s",
                p.users_done,
                p.users_total,
                p.users_done as f64 * 100.0 / p.users_total.max(1) as f64,
                p.rows_done,
                secs,
                p.rows_done as f64 / secs
            )),
        }
    };
    let report = if crate::dev::seed_compact::is_compact(&registry) {
        crate::dev::seed_compact::seed(&mut client, &registry, &keyring, &options, on_progress)
            .await
    } else {
        seed::seed(&mut client, &registry, &keyring, &options, on_progress).await
    };
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let report = report?;
    for id in &report.keys_generated {
        ctx.ui.note(format!(
            "Generated and activated {id} in {}.",
            keyring.dir().display()
        ));
    }
    ctx.ui.note(format!(
        "Seeded {} users (ids {} to {}), {} rows in {:.1}s ({:.0} rows/s).",
        report.users,
        report.first_user_id.unwrap_or(0),
        report.last_user_id.unwrap_or(0),
        report.rows,
        report.elapsed_seconds,
        report.rows_per_second
    ));
    ctx.ui.emit(&report)
}
