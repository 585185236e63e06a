use std::time::Duration;

use clap::Args;

use crate::context::Ctx;
use crate::error::Result;
use crate::seed::{self, Progress, SeedOptions};

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
/// Users are added after the highest ids present, so seeding again adds more; the identity
/// sequences are moved past the new rows. Everything is one transaction: an interrupted seed leaves
/// no rows. The same --seed and --users on the same database give the same people, orders and
/// events whatever --batch is (times are relative to the current day; key material and nonces stay
/// random). For local and test databases only: never point it at data that matters.
#[derive(Debug, Args)]
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
}

pub async fn run(args: SeedArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    // Large chunks take a while to copy: no statement limit unless --statement-timeout is given.
    let db = ctx
        .connect_with(ctx.session_settings(Duration::ZERO))
        .await?;
    let mut client = db.dedicated().await?;
    let keys = seed::ensure_keys(&mut client, &keyring, &registry).await?;
    for id in &keys.generated {
        ctx.ui.note(format!(
            "Generated and activated {id} in {}.",
            keyring.dir().display()
        ));
    }
    let options = SeedOptions {
        users: args.users,
        seed: args.seed,
        batch: args.batch,
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
    let report = seed::seed(&mut client, &registry, &keys, &options, |p: &Progress| {
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
    })
    .await;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let report = report?;
    ctx.ui.note(format!(
        "Seeded {} users (ids {}..={}), {} rows in {:.1}s ({:.0} rows/s).",
        report.users,
        report.first_user_id.unwrap_or(0),
        report.last_user_id.unwrap_or(0),
        report.rows,
        report.elapsed_seconds,
        report.rows_per_second
    ));
    ctx.ui.emit(&report)
}
