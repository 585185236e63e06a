use std::time::Duration;

use clap::Args;

use crate::context::Ctx;
use crate::db::migrate;
use crate::error::Result;

/// Apply the schema migrations compiled into idctl.
///
/// Which migrations depends on the registry: the full identity schema by default, or, when the
/// registry has a [bookkeeping] section (a database idctl did not create), only idctl's own tables
/// (key versions, key events, jobs, audit trail, deletion jobs, privacy requests, operators), in
/// the schema that section names, created if need be; the application's tables are not touched.
///
/// Each migration runs in its own transaction and is recorded with its checksum in
/// `idctl_schema_migrations`, with the database role and application name that applied it. A
/// migration changed after it was applied is refused (exit 65). Only one runner at a time: a second
/// one exits 75 naming the first. Statements have no time limit unless --statement-timeout is given
/// (index builds on large tables take time); --lock-timeout still applies, so a migration does not
/// queue behind the application's locks.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl db migrate --dry-run\n  idctl db migrate -q\n  idctl db migrate --bookkeeping --registry registries/compact-uuid.toml"
)]
pub struct MigrateArgs {
    /// Show the migrations that would be applied; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Install only idctl's bookkeeping tables, in the schema the registry's [bookkeeping] names
    /// (refused when the registry has none, rather than installing the full schema).
    #[arg(long)]
    pub bookkeeping: bool,
}

pub async fn run(args: MigrateArgs, ctx: &Ctx) -> Result<()> {
    let set = migrate::MigrationSet::of(&ctx.registry()?);
    if args.bookkeeping && set == migrate::MigrationSet::Full {
        return Err(crate::error::Error::config(
            "--bookkeeping: the registry has no [bookkeeping] section naming idctl's schema",
        )
        .with_hint("pass --registry with a [bookkeeping] section (e.g. registries/compact-uuid.toml); docs/REGISTRY.md explains"));
    }
    let db = ctx
        .connect_with(ctx.session_settings(Duration::ZERO))
        .await?;
    let mut client = db.dedicated().await?;
    let timeout_ms = ctx
        .global
        .statement_timeout
        .unwrap_or(Duration::ZERO)
        .as_millis();
    let report = migrate::migrate(&mut client, &set, args.dry_run, timeout_ms).await?;
    match (args.dry_run, report.migrations.len()) {
        (true, 0) => ctx.ui.note("Nothing to apply: the schema is up to date."),
        (true, n) => ctx.ui.note(format!(
            "Would apply {} (dry run: nothing changed).",
            crate::text::count(n as i64, "migration", "migrations")
        )),
        (false, 0) => ctx.ui.note("Nothing to apply: the schema is up to date."),
        (false, n) => ctx.ui.note(format!(
            "Applied {} to {}{}.",
            crate::text::count(n as i64, "migration", "migrations"),
            db.target(),
            match &set {
                migrate::MigrationSet::Bookkeeping { schema } =>
                    format!(" (bookkeeping schema {schema})"),
                migrate::MigrationSet::Full => String::new(),
            }
        )),
    }
    ctx.ui.emit(&report)
}
