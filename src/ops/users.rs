//! User operations: lock, unlock, revoke access, show, list, find, and operator management.
//!
//! Why one transaction per batch of users, with `SELECT ... FOR UPDATE` first: the lock flag and
//! every revocation must be visible together, or a client that checks the flag at login and a
//! token issued a moment before would disagree. Locking the user's row makes any concurrent INSERT
//! of a session or token for that user wait on its foreign-key check (FOR UPDATE conflicts with the
//! KEY SHARE lock that check takes), so a grant either exists when the revocations run, and is
//! revoked, or is inserted after the lock committed. Batches are set-based (`= ANY($1)`): a bulk
//! lock of ten thousand users is a few dozen statements, not tens of thousands of round trips.
//!
//! What counts as access (which tables, how each is revoked) is the registry's `[[access]]`; this
//! module names no table.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::authz::Actor;
use crate::db::Database;
use crate::db::locks::keys as lock_keys;
use crate::error::{Error, Result};
use crate::keystore::Keyring;
use crate::lookup;
use crate::registry::Registry;
use crate::store::accounts::{AccountRow, Accounts, AuditEntry, ListFilter, RevocationContext};
use crate::store::rbac;

/// The permission whose last active holder may not be locked or lose it without `--force`: the
/// one that can undo a lock.
pub const GUARDED_PERMISSION: &str = "users.manage";

/// How one input line (an id or an email) names users.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Id(String),
    Email(String),
}

/// Reads targets: each argument is an id or an email; `-` reads one per line from `stdin` (blank
/// lines and `#` comments skipped).
pub fn read_targets(args: &[String], stdin: &mut dyn std::io::BufRead) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut read_stdin = false;
    for a in args {
        if a == "-" {
            if read_stdin {
                continue;
            }
            read_stdin = true;
            let mut line = String::new();
            loop {
                line.clear();
                let n = stdin
                    .read_line(&mut line)
                    .map_err(|e| Error::usage(format!("cannot read standard input: {e}")))?;
                if n == 0 {
                    break;
                }
                let t = line.trim();
                if !t.is_empty() && !t.starts_with('#') {
                    out.push(t.to_string());
                }
            }
        } else {
            out.push(a.clone());
        }
    }
    if out.is_empty() {
        return Err(Error::usage("no user given").with_hint(
            "name users by id or email, or pass - to read one per line from standard input",
        ));
    }
    Ok(out)
}

/// What happened to one input line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Locked,
    AlreadyLocked,
    WouldLock,
    Unlocked,
    AlreadyUnlocked,
    WouldUnlock,
    Revoked,
    WouldRevoke,
    /// No such user.
    Unknown,
    /// Neither a valid id nor an email address.
    Malformed,
    /// The email matches several users; name one by id.
    Ambiguous,
    /// A guard refused it (yourself, the last operator); `--force` overrides.
    Refused,
    /// The batch it was in failed (see the error); nothing of it was changed.
    Failed,
}

impl Outcome {
    /// Whether the line counts as failed for the exit code (65).
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            Outcome::Unknown
                | Outcome::Malformed
                | Outcome::Ambiguous
                | Outcome::Refused
                | Outcome::Failed
        )
    }
}

/// The result of one input line.
#[derive(Debug, Clone, Serialize)]
pub struct LineResult {
    pub input: String,
    pub user_id: Option<String>,
    pub outcome: Outcome,
    /// Grants revoked (or, with --dry-run, that would be), in all.
    pub revoked: i64,
    /// The same per `[[access]]` entry.
    pub revoked_by_kind: BTreeMap<String, i64>,
    pub detail: Option<String>,
}

/// A bulk operation's report.
#[derive(Debug, Clone, Serialize)]
pub struct BulkReport {
    pub action: Action,
    pub dry_run: bool,
    pub request_id: String,
    pub results: Vec<LineResult>,
}

impl BulkReport {
    pub fn failures(&self) -> usize {
        self.results
            .iter()
            .filter(|r| r.outcome.is_failure())
            .count()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Lock,
    Unlock,
    RevokeAccess,
}

impl Action {
    fn audit_type(self) -> &'static str {
        match self {
            Action::Lock => "user_locked",
            Action::Unlock => "user_unlocked",
            Action::RevokeAccess => "access_revoked",
        }
    }
}

/// A bulk request.
pub struct BulkRequest<'a> {
    pub action: Action,
    pub targets: Vec<String>,
    pub reason: &'a str,
    pub dry_run: bool,
    pub force: bool,
    pub require_password_change: bool,
    pub actor: &'a Actor,
    /// Users per transaction.
    pub batch_size: usize,
}

/// The registry's `[account]` and `[[access]]` entries must match the live database before the
/// first write (what `db check` checks, for these tables and columns only).
pub async fn preconditions(db: &Database, registry: &Registry) -> Result<()> {
    let account = registry.require_account()?;
    if registry.access.is_empty() {
        return Err(Error::config(
            "the registry declares no [[access]] entry: idctl does not know what grants access",
        )
        .with_hint("add [[access]] entries (docs/REGISTRY.md)"));
    }
    let client = db.client().await?;
    let mut wanted: HashMap<&str, Vec<&str>> = HashMap::new();
    let subject = &registry.subject;
    let mut account_cols: Vec<&str> = vec![&account.locked_column];
    for c in [
        &account.active_column,
        &account.failed_logins_column,
        &account.must_change_password_column,
        &account.last_login_column,
        &account.created_at_column,
        &account.updated_at_column,
        &account.row_version_column,
        &account.role_column,
        &subject.deleted_at_column,
    ]
    .into_iter()
    .flatten()
    {
        account_cols.push(c);
    }
    account_cols.extend(subject.primary_key.iter().map(String::as_str));
    match (&account.table, &account.link_column) {
        (Some(table), Some(link)) => {
            account_cols.push(link);
            wanted.entry(table).or_default().extend(account_cols);
            let subject_cols = wanted.entry(&subject.table).or_default();
            subject_cols.extend(subject.primary_key.iter().map(String::as_str));
            subject_cols.extend(subject.deleted_at_column.as_deref());
        }
        _ => wanted
            .entry(&subject.table)
            .or_default()
            .extend(account_cols),
    }
    for a in &registry.access {
        let cols = wanted.entry(&a.table).or_default();
        cols.push(&a.link_column);
        cols.extend(a.primary_key.iter().map(String::as_str));
        cols.extend(a.revoke.column());
        cols.extend(a.expires_column.as_deref());
        cols.extend(a.consumed_column.as_deref());
        if let Some(log) = &a.log {
            wanted
                .entry(&log.table)
                .or_default()
                .extend(log.values.keys().map(String::as_str));
        }
    }
    let problems: Vec<_> = crate::store::catalogue::check(registry, &**client)
        .await?
        .into_iter()
        .filter(|p| {
            wanted
                .get(p.table.as_str())
                .is_some_and(|cols| p.column.as_deref().is_none_or(|c| cols.contains(&c)))
                && !p.problem.contains("personal_data")
                && !p.problem.contains("credential-looking")
        })
        .collect();
    crate::registry::mismatch(&problems)
}

/// How each input line resolved to a user key.
enum Resolved {
    Key(String),
    Failed(Outcome, String),
}

async fn resolve_lines(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    accounts: &Accounts<'_>,
    targets: &[String],
) -> Result<Vec<Resolved>> {
    let client = db.client().await?;
    let parsed: Vec<Option<Target>> = targets.iter().map(|t| classify(t)).collect();
    let emails: Vec<String> = parsed
        .iter()
        .filter_map(|t| match t {
            Some(Target::Email(e)) => Some(e.clone()),
            _ => None,
        })
        .collect();
    // Every email in one lookup (keys loaded once, one statement).
    let mut found = lookup::find_many_by_email(&**client, keyring, registry, &emails)
        .await?
        .into_iter();
    let mut out = Vec::with_capacity(targets.len());
    for target in parsed {
        out.push(match target {
            None => Resolved::Failed(
                Outcome::Malformed,
                "neither a user id nor an email address".into(),
            ),
            Some(Target::Id(id)) if accounts.is_valid_key(&id) => Resolved::Key(id),
            Some(Target::Id(_)) => Resolved::Failed(
                Outcome::Malformed,
                "not a valid user id for this schema".into(),
            ),
            Some(Target::Email(_)) => {
                let matches: Vec<_> = found
                    .next()
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|m| !m.deleted)
                    .collect();
                match matches.as_slice() {
                    [] => Resolved::Failed(Outcome::Unknown, "no user with this email".into()),
                    [one] => Resolved::Key(one.id.clone()),
                    many => Resolved::Failed(
                        Outcome::Ambiguous,
                        format!(
                            "{} users have this email ({}); name one by id",
                            many.len(),
                            many.iter()
                                .map(|m| m.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ),
                }
            }
        });
    }
    Ok(out)
}

/// An input line as a target: an email if it has an `@` between other characters, an id if it is
/// one token of id characters, otherwise nothing.
pub fn classify(line: &str) -> Option<Target> {
    let t = line.trim();
    if t.is_empty() || t.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    if let Some(at) = t.find('@') {
        return (at > 0 && at < t.len() - 1 && t.matches('@').count() == 1)
            .then(|| Target::Email(t.to_string()));
    }
    t.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-')
        .then(|| Target::Id(t.to_string()))
}

/// Locks, unlocks or revokes the access of every user named, batch by batch. Lines that cannot be
/// processed (unknown, malformed, ambiguous, refused) are reported and the others still processed.
/// A database error stops the run: the batches before it are committed and reported, the failed
/// batch changed nothing, and the error is returned with the partial report.
pub async fn bulk(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    req: &BulkRequest<'_>,
) -> std::result::Result<BulkReport, (Option<BulkReport>, Error)> {
    let fail = |e: Error| (None, e);
    preconditions(db, registry).await.map_err(fail)?;
    let client = db.client().await.map_err(fail)?;
    let accounts = Accounts::new(&**client, registry).await.map_err(fail)?;
    drop(client);
    let resolved = resolve_lines(db, registry, keyring, &accounts, &req.targets)
        .await
        .map_err(fail)?;
    let request_id = request_id(db).await.map_err(fail)?;
    let mut results: Vec<LineResult> = req
        .targets
        .iter()
        .zip(&resolved)
        .map(|(input, r)| {
            let (user_id, outcome, detail) = match r {
                Resolved::Key(k) => (Some(k.clone()), Outcome::Failed, None),
                Resolved::Failed(o, why) => (None, *o, Some(why.clone())),
            };
            LineResult {
                input: input.clone(),
                user_id,
                outcome,
                revoked: 0,
                revoked_by_kind: BTreeMap::new(),
                detail,
            }
        })
        .collect();
    // Distinct keys in input order; several lines naming one user share its result.
    let mut keys: Vec<String> = Vec::new();
    for r in &resolved {
        if let Resolved::Key(k) = r
            && !keys.contains(k)
        {
            keys.push(k.clone());
        }
    }
    let mut done: HashMap<String, BatchOutcome> = HashMap::new();
    let mut error = None;
    for batch in keys.chunks(req.batch_size.max(1)) {
        match run_batch(db, registry, &accounts, req, &request_id, batch).await {
            Ok(outcomes) => done.extend(outcomes),
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    for line in &mut results {
        let Some(k) = &line.user_id else { continue };
        match done.get(k) {
            Some((outcome, by_kind, detail)) => {
                line.outcome = *outcome;
                line.revoked = by_kind.values().sum();
                line.revoked_by_kind = by_kind.clone();
                line.detail = detail.clone();
            }
            None => {
                line.outcome = Outcome::Failed;
                line.detail = Some("not processed: the run stopped on an error".into());
            }
        }
    }
    let report = BulkReport {
        action: req.action,
        dry_run: req.dry_run,
        request_id,
        results,
    };
    match error {
        Some(e) => Err((Some(report), e)),
        None => Ok(report),
    }
}

/// A request id shared by every audit row of one run.
async fn request_id(db: &Database) -> Result<String> {
    let client = db.client().await?;
    crate::store::accounts::new_request_id(&**client).await
}

/// The revocation bundle of a lock: every live grant of access (the registry's `[[access]]`) of
/// these users revoked, each logged as its entry says, inside the caller's transaction. Returns the
/// rows revoked per user and grant. Shared by `users lock`, `users revoke-sessions` and `deletion
/// run`, so that a deleted account loses exactly what a locked one loses.
pub async fn revoke_all_access(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
    accounts: &Accounts<'_>,
    keys: &[String],
    why: &RevocationContext<'_>,
) -> Result<HashMap<String, BTreeMap<String, i64>>> {
    let mut by_user: HashMap<String, BTreeMap<String, i64>> = HashMap::new();
    for grant in &registry.access {
        for (user, n) in accounts.revoke(client, grant, keys, why).await? {
            by_user
                .entry(user)
                .or_default()
                .insert(grant.name.clone(), n);
        }
    }
    Ok(by_user)
}

type BatchOutcome = (Outcome, BTreeMap<String, i64>, Option<String>);

async fn run_batch(
    db: &Database,
    registry: &Registry,
    accounts: &Accounts<'_>,
    req: &BulkRequest<'_>,
    request_id: &str,
    keys: &[String],
) -> Result<Vec<(String, BatchOutcome)>> {
    let mut client = db.client().await?;
    let tx = client.transaction().await?;
    if req.action != Action::RevokeAccess {
        // Two concurrent runs must not each leave the other's target as the last operator.
        rbac::lock_xact(&*tx, lock_keys::OPERATORS).await?;
    }
    let rows = accounts.get(&*tx, keys, true).await?;
    crate::failpoint::hit("users.after_row_locks");
    let found: HashMap<&str, &AccountRow> = rows.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut out: Vec<(String, BatchOutcome)> = Vec::new();
    for k in keys {
        if !found.contains_key(k.as_str()) {
            out.push((
                k.clone(),
                (
                    Outcome::Unknown,
                    BTreeMap::new(),
                    Some("no such user".into()),
                ),
            ));
        }
    }
    // Guards (lock only): not yourself, not the last operator who could undo it.
    let mut refused: HashMap<String, String> = HashMap::new();
    if req.action == Action::Lock && !req.force {
        // Operators are found through the registry: on the built-in schema an operator *is* a
        // user; elsewhere an operator row is linked to the user it is.
        let operators = registry.operators();
        let found_keys: Vec<String> = found.keys().map(|k| k.to_string()).collect();
        let being_locked: HashMap<i64, String> =
            rbac::operators_of_subjects(&*tx, &operators, &found_keys)
                .await?
                .into_iter()
                .collect();
        if let Some(key) = being_locked.get(&req.actor.id) {
            refused.insert(
                key.clone(),
                "that is you (the operator running this command); --force to lock yourself".into(),
            );
        }
        let holders = rbac::active_holders(&*tx, &operators, GUARDED_PERMISSION).await?;
        let remaining = holders
            .iter()
            .filter(|h| match being_locked.get(h) {
                None => true,
                Some(key) => refused.contains_key(key),
            })
            .count();
        if remaining == 0 {
            for h in &holders {
                if let Some(key) = being_locked.get(h) {
                    refused.entry(key.clone()).or_insert_with(|| {
                        format!(
                            "the last active operator with {GUARDED_PERMISSION} (nobody could unlock); --force to lock anyway"
                        )
                    });
                }
            }
        }
    }
    let mut change: Vec<String> = Vec::new();
    let mut unchanged: Vec<String> = Vec::new();
    for r in &rows {
        if let Some(why) = refused.get(&r.id) {
            out.push((
                r.id.clone(),
                (Outcome::Refused, BTreeMap::new(), Some(why.clone())),
            ));
            continue;
        }
        let needs_change = match req.action {
            Action::Lock => !r.locked,
            Action::Unlock => r.locked,
            Action::RevokeAccess => true,
        };
        if needs_change {
            change.push(r.id.clone());
        } else {
            unchanged.push(r.id.clone());
        }
    }
    // Revocations: locking revokes for users locked now and for those already locked (anything
    // that appeared since is revoked too); unlock revokes nothing and gives nothing back.
    let revoke_for: Vec<String> = match req.action {
        Action::Lock | Action::RevokeAccess => change.iter().chain(&unchanged).cloned().collect(),
        Action::Unlock => Vec::new(),
    };
    let mut by_user: HashMap<String, BTreeMap<String, i64>> = HashMap::new();
    let why = RevocationContext {
        reason: req.reason,
        actor: req.actor.id,
        meta: serde_json::json!({
            "action": req.action,
            "reason": req.reason,
            "actor": req.actor.id,
            "request_id": request_id,
            "by": "idctl",
        }),
    };
    if req.dry_run {
        for grant in &registry.access {
            for (user, n) in accounts.count_live(&*tx, grant, &revoke_for).await? {
                by_user
                    .entry(user)
                    .or_default()
                    .insert(grant.name.clone(), n);
            }
        }
    } else {
        by_user = revoke_all_access(&*tx, registry, accounts, &revoke_for, &why).await?;
    }
    if !req.dry_run {
        match req.action {
            Action::Lock => {
                accounts.set_locked(&*tx, &change, true, false).await?;
            }
            Action::Unlock => {
                accounts
                    .set_locked(&*tx, &change, false, req.require_password_change)
                    .await?;
            }
            Action::RevokeAccess => {}
        }
        let audit: Vec<AuditEntry> = change
            .iter()
            .chain(&unchanged)
            .map(|id| {
                let was_locked = found.get(id.as_str()).is_some_and(|r| r.locked);
                let revoked = by_user.get(id).cloned().unwrap_or_default();
                let changed = change.contains(id);
                let (old, new) = match req.action {
                    Action::Lock => (
                        serde_json::json!({"locked": was_locked}),
                        serde_json::json!({"locked": true}),
                    ),
                    Action::Unlock => (
                        serde_json::json!({"locked": was_locked}),
                        serde_json::json!({
                            "locked": false,
                            "failed_logins": if changed { Some(0) } else { None },
                            "must_change_password": (changed && req.require_password_change).then_some(true),
                        }),
                    ),
                    Action::RevokeAccess => (serde_json::json!({}), serde_json::json!({})),
                };
                let mut new = new;
                if let Some(obj) = new.as_object_mut() {
                    obj.insert("reason".into(), req.reason.into());
                    obj.insert("revoked".into(), serde_json::json!(revoked));
                    obj.insert("changed".into(), changed.into());
                }
                AuditEntry {
                    subject: id.clone(),
                    change_type: req.action.audit_type(),
                    old_value: old,
                    new_value: new,
                }
            })
            .collect();
        accounts
            .audit(&*tx, req.actor.id, request_id, &audit)
            .await?;
        crate::failpoint::hit("users.before_commit");
        tx.commit().await?;
    } else {
        tx.rollback().await?;
    }
    for id in change {
        let outcome = match (req.action, req.dry_run) {
            (Action::Lock, false) => Outcome::Locked,
            (Action::Lock, true) => Outcome::WouldLock,
            (Action::Unlock, false) => Outcome::Unlocked,
            (Action::Unlock, true) => Outcome::WouldUnlock,
            (Action::RevokeAccess, false) => Outcome::Revoked,
            (Action::RevokeAccess, true) => Outcome::WouldRevoke,
        };
        let revoked = by_user.remove(&id).unwrap_or_default();
        out.push((id, (outcome, revoked, None)));
    }
    for id in unchanged {
        let outcome = match req.action {
            Action::Lock => Outcome::AlreadyLocked,
            _ => Outcome::AlreadyUnlocked,
        };
        let revoked = by_user.remove(&id).unwrap_or_default();
        out.push((id, (outcome, revoked, None)));
    }
    Ok(out)
}

// ------------------------------------------------------------------------------------------------
// Reading
// ------------------------------------------------------------------------------------------------

/// `users show`: one account, its roles and its live grants of access.
#[derive(Debug, Clone, Serialize)]
pub struct UserDetail {
    #[serde(flatten)]
    pub account: AccountRow,
    pub roles: Vec<rbac::RoleHolding>,
    /// Live rows per `[[access]]` entry (sessions, tokens, keys, pending links).
    pub live_access: BTreeMap<String, i64>,
}

/// Resolves one `<id|email>` to account keys (an email may match several users; all are shown).
pub async fn resolve_one(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    given: &str,
) -> Result<Vec<String>> {
    let client = db.client().await?;
    // The subject's key type only: exporting or deleting needs no [account].
    let (_, key_type) = crate::store::accounts::subject_key(&**client, registry).await?;
    match classify(given) {
        Some(Target::Id(id)) if crate::store::accounts::key_looks_valid(&key_type, &id) => {
            Ok(vec![id])
        }
        Some(Target::Email(email)) => {
            let found = lookup::find_by_email(&**client, keyring, registry, &email).await?;
            if found.is_empty() {
                return Err(Error::data(format!("no user with email {given:?}")));
            }
            Ok(found.into_iter().map(|m| m.id).collect())
        }
        _ => Err(Error::usage(format!(
            "{given:?} is neither a user id nor an email address"
        ))),
    }
}

pub async fn show(db: &Database, registry: &Registry, keys: &[String]) -> Result<Vec<UserDetail>> {
    let client = db.client().await?;
    let accounts = Accounts::new(&**client, registry).await?;
    let rows = accounts.get(&**client, keys, false).await?;
    if rows.is_empty() {
        return Err(Error::data(format!("no user {}", keys.join(", "))));
    }
    let ids: Vec<i64> = rows.iter().filter_map(|r| r.id.parse().ok()).collect();
    let roles = rbac::holdings(&**client, &registry.operators(), Some(&ids), true).await?;
    let mut live: HashMap<String, BTreeMap<String, i64>> = HashMap::new();
    for grant in &registry.access {
        let counts = accounts.count_live(&**client, grant, keys).await?;
        for r in &rows {
            live.entry(r.id.clone())
                .or_default()
                .insert(grant.name.clone(), counts.get(&r.id).copied().unwrap_or(0));
        }
    }
    Ok(rows
        .into_iter()
        .map(|account| UserDetail {
            roles: roles
                .iter()
                .filter(|h| h.user_id.to_string() == account.id)
                .cloned()
                .collect(),
            live_access: live.remove(&account.id).unwrap_or_default(),
            account,
        })
        .collect())
}

/// `users list`: a page of accounts.
pub async fn list(
    db: &Database,
    registry: &Registry,
    filter: &ListFilter,
) -> Result<Vec<AccountRow>> {
    let client = db.client().await?;
    let accounts = Accounts::new(&**client, registry).await?;
    if let Some(after) = &filter.after
        && !accounts.is_valid_key(after)
    {
        return Err(Error::usage(format!(
            "--after {after:?}: not a valid user id for this schema"
        )));
    }
    accounts.list(&**client, filter).await
}

// ------------------------------------------------------------------------------------------------
// Operators
// ------------------------------------------------------------------------------------------------

/// `users whoami`.
#[derive(Debug, Clone, Serialize)]
pub struct WhoAmI {
    pub id: i64,
    pub given_as: String,
    pub roles: Vec<rbac::RoleHolding>,
    pub permissions: Vec<String>,
}

pub async fn whoami(db: &Database, registry: &Registry, actor: &Actor) -> Result<WhoAmI> {
    let client = db.client().await?;
    let operators = registry.operators();
    Ok(WhoAmI {
        id: actor.id,
        given_as: actor.given_as.clone(),
        roles: rbac::holdings(&**client, &operators, Some(&[actor.id]), false).await?,
        permissions: rbac::effective_permissions(&**client, &operators, actor.id).await?,
    })
}

/// Result of `users grant` / `users revoke`.
#[derive(Debug, Clone, Serialize)]
pub struct RoleChange {
    pub user_id: i64,
    pub role: String,
    pub outcome: RoleOutcome,
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleOutcome {
    Granted,
    Renewed,
    Revoked,
    NotHeld,
}

/// The operator id of the user with subject key `key`: on the built-in schema the key itself;
/// where operators are linked to users, their operator row's id, created (with no role) when
/// `create` and the user has none yet.
async fn operator_id_for(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
    key: &str,
    create: bool,
) -> Result<Option<i64>> {
    let operators = registry.operators();
    let Some(column) = operators.subject_column.clone() else {
        return operator_key(key).map(Some);
    };
    let found = rbac::operators_of_subjects(client, &operators, &[key.to_string()]).await?;
    if let Some((id, _)) = found.first() {
        return Ok(Some(*id));
    }
    if !create {
        return Ok(None);
    }
    Ok(Some(
        rbac::create_linked_operator(client, &operators, &column, None, Some(key)).await?,
    ))
}

fn operator_key(key: &str) -> Result<i64> {
    key.parse().map_err(|_| {
        Error::config(format!(
            "user key {key:?} is not an integer: operators need integer ids"
        ))
    })
}

async fn require_role(client: &impl tokio_postgres::GenericClient, role: &str) -> Result<i64> {
    match rbac::role_id(client, role).await? {
        Some(id) => Ok(id),
        None => {
            let known = rbac::role_names(client).await?;
            Err(Error::data(format!("no role {role:?}"))
                .with_hint(format!("roles: {}", known.join(", "))))
        }
    }
}

/// One audit row for an operator change, with a request id of its own.
async fn audit_one(
    accounts: &Accounts<'_>,
    client: &impl tokio_postgres::GenericClient,
    actor: &Actor,
    entry: AuditEntry,
) -> Result<()> {
    let request_id = crate::store::accounts::new_request_id(client).await?;
    accounts
        .audit(client, actor.id, &request_id, &[entry])
        .await
}

/// Resolves `given` to exactly one user key (an email matching several users is an error).
pub async fn resolve_single(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    given: &str,
) -> Result<String> {
    let mut keys = resolve_one(db, registry, keyring, given).await?;
    if keys.len() != 1 {
        return Err(Error::data(format!(
            "{} users have this email ({}); name one by id",
            keys.len(),
            keys.join(", ")
        )));
    }
    Ok(keys.remove(0))
}

pub async fn grant(
    db: &Database,
    registry: &Registry,
    actor: &Actor,
    user: &str,
    role: &str,
    expires_at: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<RoleChange> {
    if registry.operators().subject_column.is_none() {
        operator_key(user)?;
    }
    let mut client = db.client().await?;
    let accounts = Accounts::new(&**client, registry).await?;
    let tx = client.transaction().await?;
    rbac::lock_xact(&*tx, lock_keys::OPERATORS).await?;
    let role_id = require_role(&*tx, role).await?;
    let rows = accounts.get(&*tx, &[user.to_string()], true).await?;
    let Some(row) = rows.first() else {
        return Err(Error::data(format!("no user {user}")));
    };
    if row.deleted_at.is_some() {
        return Err(Error::data(format!(
            "user {user} is deleted; nothing was granted"
        )));
    }
    let missing =
        rbac::role_permissions_not_held(&*tx, &registry.operators(), role_id, actor.id).await?;
    if !missing.is_empty() {
        return Err(Error::permission(format!(
            "role {role} grants {} which you (operator {}) do not hold; nobody can grant more than they have",
            missing.join(", "),
            actor.id
        )));
    }
    let user_id = operator_id_for(&*tx, registry, user, true)
        .await?
        .ok_or_else(|| Error::internal("no operator row after creating it"))?;
    let created = rbac::grant_role(&*tx, user_id, role_id, actor.id, expires_at).await?;
    audit_one(
        &accounts,
        &*tx,
        actor,
        AuditEntry {
            subject: user.to_string(),
            change_type: "role_granted",
            old_value: serde_json::json!({}),
            new_value: serde_json::json!({"role": role, "expires_at": expires_at}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(RoleChange {
        user_id,
        role: role.to_string(),
        outcome: if created {
            RoleOutcome::Granted
        } else {
            RoleOutcome::Renewed
        },
        expires_at,
    })
}

pub async fn revoke(
    db: &Database,
    registry: &Registry,
    actor: &Actor,
    user: &str,
    role: &str,
    force: bool,
) -> Result<RoleChange> {
    let mut client = db.client().await?;
    let accounts = Accounts::new(&**client, registry).await?;
    let tx = client.transaction().await?;
    rbac::lock_xact(&*tx, lock_keys::OPERATORS).await?;
    require_role(&*tx, role).await?;
    let Some(user_id) = operator_id_for(&*tx, registry, user, false).await? else {
        tx.rollback().await?;
        return Ok(RoleChange {
            user_id: 0,
            role: role.to_string(),
            outcome: RoleOutcome::NotHeld,
            expires_at: None,
        });
    };
    let operators = registry.operators();
    let before = rbac::active_holders(&*tx, &operators, GUARDED_PERMISSION).await?;
    let n = rbac::revoke_role(&*tx, &operators, user_id, role).await?;
    if n == 0 {
        tx.rollback().await?;
        return Ok(RoleChange {
            user_id,
            role: role.to_string(),
            outcome: RoleOutcome::NotHeld,
            expires_at: None,
        });
    }
    let after = rbac::active_holders(&*tx, &operators, GUARDED_PERMISSION).await?;
    if !before.is_empty() && after.is_empty() && !force {
        return Err(Error::data(format!(
            "user {user_id} is the last active operator with {GUARDED_PERMISSION}: without the role nobody could manage users; nothing was changed"
        ))
        .with_hint("grant the role to another operator first, or pass --force"));
    }
    audit_one(
        &accounts,
        &*tx,
        actor,
        AuditEntry {
            subject: user.to_string(),
            change_type: "role_revoked",
            old_value: serde_json::json!({"role": role}),
            new_value: serde_json::json!({"role": null}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(RoleChange {
        user_id,
        role: role.to_string(),
        outcome: RoleOutcome::Revoked,
        expires_at: None,
    })
}

/// `users roles`: who holds what (active holdings; `all` adds revoked, suspended and expired).
pub async fn roles(
    db: &Database,
    registry: &Registry,
    all: bool,
) -> Result<Vec<rbac::RoleHolding>> {
    let client = db.client().await?;
    rbac::holdings(&**client, &registry.operators(), None, all).await
}
