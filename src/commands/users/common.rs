//! What the bulk verbs (lock, unlock, revoke-sessions) share: how users are named, and how a
//! report becomes output and an exit code.

use std::io::BufRead;

use crate::context::Ctx;
use crate::db::Database;
use crate::error::{Error, Result};
use crate::ops::users::{Action, BulkReport, BulkRequest, Outcome};

/// Users per transaction for the bulk verbs.
pub const DEFAULT_BATCH: usize = 1000;

pub fn parse_batch(s: &str) -> std::result::Result<usize, String> {
    let n: usize = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if !(1..=10_000).contains(&n) {
        return Err(format!("{n} is out of range (1 to 10000)"));
    }
    Ok(n)
}

/// Reads the targets (`-` = standard input, never a terminal prompt).
pub fn targets(ctx: &Ctx, users: &[String]) -> Result<Vec<String>> {
    if users.iter().any(|u| u == "-") && ctx.ui.stdin_is_terminal() {
        return Err(
            Error::usage("`-` reads users from standard input, which is a terminal")
                .with_hint("pipe the list in: `idctl users lock - --reason ... < users.txt`"),
        );
    }
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    crate::ops::users::read_targets(users, &mut lock as &mut dyn BufRead)
}

/// `--reason` must say something (it lands in the audit trail).
pub fn reason(text: &str) -> Result<&str> {
    let t = text.trim();
    if t.is_empty() {
        return Err(Error::usage("--reason must not be empty"));
    }
    if t.chars().count() > 500 || t.chars().any(|c| c.is_control()) {
        return Err(Error::usage(
            "--reason must be one line of at most 500 characters",
        ));
    }
    Ok(t)
}

/// Runs a bulk request and renders its report; exit 65 when any line failed (after every other
/// line was processed), the error's own code when the run stopped on an error.
pub async fn run_bulk(ctx: &Ctx, db: &Database, req: BulkRequest<'_>) -> Result<()> {
    let registry = ctx.registry()?;
    let keyring = ctx.keyring()?;
    let action = req.action;
    match crate::ops::users::bulk(db, &registry, &keyring, &req).await {
        Ok(report) => finish(ctx, action, &report),
        Err((report, e)) => {
            if let Some(report) = report {
                emit_results(ctx, &report)?;
                let done = report
                    .results
                    .iter()
                    .filter(|r| !r.outcome.is_failure())
                    .count();
                ctx.ui.warn(format!(
                    "stopped on an error: {} processed and committed before it; the rest are marked failed",
                    crate::text::count(done as i64, "user was", "users were")
                ));
            }
            Err(e)
        }
    }
}

/// The per-line results; in a table the per-kind counts are left out (they would not fit 80
/// columns; `-o json` has them).
fn emit_results(ctx: &Ctx, report: &BulkReport) -> Result<()> {
    if ctx.ui.format != crate::cli::OutputFormat::Table {
        return ctx.ui.emit(&report.results);
    }
    let rows: Vec<serde_json::Value> = report
        .results
        .iter()
        .map(|r| {
            serde_json::json!({
                "input": r.input,
                "user_id": r.user_id,
                "outcome": r.outcome,
                "revoked": r.revoked,
                "detail": r.detail,
            })
        })
        .collect();
    ctx.ui.emit(&rows)
}

fn finish(ctx: &Ctx, action: Action, report: &BulkReport) -> Result<()> {
    emit_results(ctx, report)?;
    let count = |o: Outcome| report.results.iter().filter(|r| r.outcome == o).count();
    let revoked: i64 = report.results.iter().map(|r| r.revoked).sum();
    let verb = match (action, report.dry_run) {
        (Action::Lock, false) => format!(
            "{} locked, {} already locked",
            count(Outcome::Locked),
            count(Outcome::AlreadyLocked)
        ),
        (Action::Lock, true) => format!(
            "dry run: {} would be locked, {} already locked",
            count(Outcome::WouldLock),
            count(Outcome::AlreadyLocked)
        ),
        (Action::Unlock, false) => format!(
            "{} unlocked, {} were not locked",
            count(Outcome::Unlocked),
            count(Outcome::AlreadyUnlocked)
        ),
        (Action::Unlock, true) => format!(
            "dry run: {} would be unlocked, {} are not locked",
            count(Outcome::WouldUnlock),
            count(Outcome::AlreadyUnlocked)
        ),
        (Action::RevokeAccess, false) => format!(
            "{} processed",
            crate::text::count(count(Outcome::Revoked) as i64, "user", "users")
        ),
        (Action::RevokeAccess, true) => {
            format!(
                "dry run: {} would be processed",
                crate::text::count(count(Outcome::WouldRevoke) as i64, "user", "users")
            )
        }
    };
    let grants = if report.dry_run {
        format!(
            "{} of access would be revoked",
            crate::text::count(revoked, "grant", "grants")
        )
    } else if action == Action::Unlock {
        "nothing revoked is given back".to_string()
    } else {
        format!(
            "{} of access revoked",
            crate::text::count(revoked, "grant", "grants")
        )
    };
    ctx.ui
        .note(format!("{verb}; {grants} (request {}).", report.request_id));
    let failed = report.failures();
    if failed > 0 {
        return Err(Error::data(format!(
            "{failed} of {} failed (unknown, malformed, ambiguous or refused); the others were processed",
            crate::text::count(report.results.len() as i64, "line", "lines")
        ))
        .with_hint("see the outcome and detail of each line above"));
    }
    Ok(())
}

/// What the bulk verbs' arguments come to.
pub struct BulkArgs<'a> {
    pub users: &'a [String],
    pub reason: &'a str,
    pub dry_run: bool,
    pub force: bool,
    pub require_password_change: bool,
    pub batch_size: usize,
}

/// The whole of a bulk verb: checks the reason, reads the targets, resolves the actor
/// (users.manage), runs and renders.
pub async fn run_bulk_command(ctx: &Ctx, action: Action, args: BulkArgs<'_>) -> Result<()> {
    let reason = reason(args.reason)?;
    let targets = targets(ctx, args.users)?;
    let db = ctx.connect().await?;
    let actor = ctx
        .actor(&**db.client().await?, crate::authz::Permission::UsersManage)
        .await?;
    run_bulk(
        ctx,
        &db,
        BulkRequest {
            action,
            targets,
            reason,
            dry_run: args.dry_run,
            force: args.force,
            require_password_change: args.require_password_change,
            actor: &actor,
            batch_size: args.batch_size,
        },
    )
    .await
}
