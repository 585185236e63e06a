//! Who is running a command, and whether they may.
//!
//! Every command that changes data names its operator (`--actor` / `IDCTL_ACTOR`: an operator id or
//! the email address of the person operating) and one permission from the catalogue below. Who the
//! operators are is the registry's (`[operators]`; with `[bookkeeping]`, idctl's own `operators`
//! table): on the built-in schema, users with an actor role; an email resolves through the
//! registry's email lookup to the subject, and from the subject to its operator row. The actor must
//! be active, not locked and not deleted, and must hold the permission through any of:
//! - the operator's role column, naming a role in `rbac_roles` whose `rbac_role_permissions` grant it;
//! - an active, unexpired `rbac_user_roles` row for such a role;
//! - an unexpired `rbac_user_permissions` row with `effect = 'allow'`;
//!
//! and must not have an unexpired `rbac_user_permissions` row with `effect = 'deny'` (deny wins).
//! Tenant and scope columns of the RBAC tables are not consulted: idctl's permissions are global.
//! The actor's id is then recorded wherever the command writes (`audit_log.changed_by`,
//! `key_events.actor_id`, the jobs' `created_by` / `executed_by`).
//!
//! Exempt: `db migrate`, `db status`, `db check` (CI runs them on empty databases; the migration
//! history records the database role and application name instead), the local `dev` commands, and
//! `users bootstrap-admin` while no operator exists.

use crate::db::row::RowExt;
use serde::Serialize;
use tokio_postgres::GenericClient;

use crate::census::ident;
use crate::error::{Error, Result};
use crate::registry::Operators;

/// The permission catalogue (seeded by migration 0002). The README lists which command needs which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Permission {
    KeysGenerate,
    KeysActivate,
    KeysRetire,
    KeysDestroy,
    KeysRotate,
    KeysVerify,
    DataDecrypt,
    JobsManage,
    JobsRun,
    UsersManage,
    UsersLookup,
    DeletionPlan,
    DeletionRun,
    DeletionHold,
    PrivacyExport,
    PrivacyProcess,
    PqManage,
    PqMigrate,
    AuditSign,
}

impl Permission {
    pub fn name(self) -> &'static str {
        match self {
            Permission::KeysGenerate => "keys.generate",
            Permission::KeysActivate => "keys.activate",
            Permission::KeysRetire => "keys.retire",
            Permission::KeysDestroy => "keys.destroy",
            Permission::KeysRotate => "keys.rotate",
            Permission::KeysVerify => "keys.verify",
            Permission::DataDecrypt => "data.decrypt",
            Permission::JobsManage => "jobs.manage",
            Permission::JobsRun => "jobs.run",
            Permission::UsersManage => "users.manage",
            Permission::UsersLookup => "users.lookup",
            Permission::DeletionPlan => "deletion.plan",
            Permission::DeletionRun => "deletion.run",
            Permission::DeletionHold => "deletion.hold",
            Permission::PrivacyExport => "privacy.export",
            Permission::PrivacyProcess => "privacy.process",
            Permission::PqManage => "pq.manage",
            Permission::PqMigrate => "pq.migrate",
            Permission::AuditSign => "audit.sign",
        }
    }
}

/// The operator of a command run, after the checks.
#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    pub id: i64,
    /// As given on the command line (id or email), for messages.
    pub given_as: String,
}

/// How an `--actor` value names a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorRef {
    Id(i64),
    Email(String),
}

pub fn parse_actor(value: &str) -> Result<ActorRef> {
    let v = value.trim();
    if let Ok(id) = v.parse::<i64>() {
        return Ok(ActorRef::Id(id));
    }
    if v.contains('@') && !v.starts_with('@') && !v.ends_with('@') {
        return Ok(ActorRef::Email(v.to_string()));
    }
    Err(Error::usage(format!(
        "--actor {value:?}: expected a user id or an email address"
    )))
}

/// Resolves and checks the actor for a command needing `permission`. `resolve_email` maps an email
/// address to candidate user ids (through the blind index; see `lookup`).
pub async fn require<C: GenericClient>(
    client: &C,
    operators: &Operators,
    actor: Option<&str>,
    permission: Permission,
    resolve_email: impl AsyncFnOnce(&C, &str) -> Result<Vec<String>>,
) -> Result<Actor> {
    let Some(given) = actor else {
        return Err(Error::permission(format!(
            "this command needs an operator with permission {}",
            permission.name()
        ))
        .with_hint("pass --actor <user id or email> or set IDCTL_ACTOR"));
    };
    let actor = resolve(client, operators, given, resolve_email).await?;
    check(client, operators, &actor, permission).await?;
    Ok(actor)
}

/// Resolves `given` (a user id or email) to an account that may act at all: it exists, is active,
/// not locked and not deleted. Permissions are not checked ([`check`] does that).
pub async fn resolve<C: GenericClient>(
    client: &C,
    operators: &Operators,
    given: &str,
    resolve_email: impl AsyncFnOnce(&C, &str) -> Result<Vec<String>>,
) -> Result<Actor> {
    let o = operators;
    let id = match parse_actor(given)? {
        ActorRef::Id(id) => id,
        ActorRef::Email(email) => {
            let keys = resolve_email(client, &email).await?;
            let ids: Vec<i64> = crate::store::rbac::operators_of_subjects(client, o, &keys)
                .await?
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            match ids.as_slice() {
                [id] => *id,
                [] if keys.is_empty() => {
                    return Err(Error::permission(format!(
                        "actor {given:?}: no user with this email"
                    )));
                }
                [] => {
                    return Err(Error::permission(format!(
                        "actor {given:?}: the user with this email is not an operator"
                    ))
                    .with_hint("an operator with users.manage can make them one: `idctl users grant <email> --role R`"));
                }
                _ => {
                    return Err(Error::permission(format!(
                        "actor {given:?}: several users have this email; use the user id"
                    )));
                }
            }
        }
    };
    let row = client
        .query_opt(
            &format!(
                "SELECT {}, {}, {} IS NOT NULL FROM {} WHERE {} = $1",
                ident(&o.active_column),
                ident(&o.locked_column),
                ident(&o.deleted_at_column),
                ident(&o.table),
                ident(&o.id_column)
            ),
            &[&id],
        )
        .await?
        .ok_or_else(|| Error::permission(format!("actor {given:?}: no such user")))?;
    let (active, locked, deleted): (Option<bool>, Option<bool>, bool) =
        (row.col(0)?, row.col(1)?, row.col(2)?);
    if deleted {
        return Err(Error::permission(format!("actor {given:?} is deleted")));
    }
    if active != Some(true) {
        return Err(Error::permission(format!("actor {given:?} is not active")));
    }
    if locked == Some(true) {
        return Err(Error::permission(format!("actor {given:?} is locked")));
    }
    Ok(Actor {
        id,
        given_as: given.to_string(),
    })
}

/// Where operators are linked to subjects (idctl's own operators table), the person behind an
/// operator must still have access to the application: a locked or erased user cannot operate
/// idctl either (exit 77). On the built-in schema the operator row *is* the account, which
/// [`resolve`] has checked already.
pub async fn check_linked_subject(
    client: &impl GenericClient,
    registry: &crate::registry::Registry,
    actor: &Actor,
) -> Result<()> {
    let operators = registry.operators();
    let Some(key) = crate::store::rbac::subject_of_operator(client, &operators, actor.id).await?
    else {
        return Ok(());
    };
    let accounts = crate::store::accounts::Accounts::for_subject(client, registry).await?;
    let rows = accounts
        .get(client, std::slice::from_ref(&key), false)
        .await?;
    let given = &actor.given_as;
    match rows.first() {
        None => Err(Error::permission(format!(
            "actor {given:?}: the user this operator is ({key}) no longer exists"
        ))),
        Some(r) if r.locked => Err(Error::permission(format!(
            "actor {given:?}: the user this operator is ({key}) is locked"
        ))
        .with_hint("an operator with users.manage can unlock them: `idctl users unlock`")),
        Some(r) if r.deleted_at.is_some() => Err(Error::permission(format!(
            "actor {given:?}: the user this operator is ({key}) is deleted"
        ))),
        Some(_) => Ok(()),
    }
}

/// Checks that a resolved actor holds `permission` now (exit 77 otherwise).
pub async fn check(
    client: &impl GenericClient,
    o: &Operators,
    actor: &Actor,
    permission: Permission,
) -> Result<()> {
    let (id, given) = (actor.id, &actor.given_as);
    let row = client
        .query_one(
            &format!("WITH perm AS (SELECT id FROM permissions WHERE name = $2)
             SELECT
               EXISTS (SELECT 1 FROM rbac_user_permissions up JOIN perm ON perm.id = up.permission_id
                        WHERE up.user_id = $1 AND up.effect = 'deny' AND (up.expires_at IS NULL OR up.expires_at > now())),
               EXISTS (SELECT 1 FROM rbac_user_permissions up JOIN perm ON perm.id = up.permission_id
                        WHERE up.user_id = $1 AND up.effect = 'allow' AND (up.expires_at IS NULL OR up.expires_at > now()))
               OR EXISTS (SELECT 1 FROM rbac_user_roles ur JOIN rbac_role_permissions rp ON rp.role_id = ur.role_id
                            JOIN perm ON perm.id = rp.permission_id
                           WHERE ur.user_id = $1 AND ur.status = 'active' AND (ur.expires_at IS NULL OR ur.expires_at > now()))
               OR EXISTS (SELECT 1 FROM {t} u JOIN rbac_roles r ON r.name = u.{role}
                            JOIN rbac_role_permissions rp ON rp.role_id = r.id JOIN perm ON perm.id = rp.permission_id
                           WHERE u.{idc} = $1)",
                t = ident(&o.table),
                role = ident(&o.role_column),
                idc = ident(&o.id_column)
            ),
            &[&id, &permission.name()],
        )
        .await?;
    let (denied, allowed): (bool, bool) = (row.col(0)?, row.col(1)?);
    if denied || !allowed {
        let why = if denied {
            "is explicitly denied"
        } else {
            "lacks"
        };
        return Err(Error::permission(format!(
            "actor {given:?} {why} permission {}",
            permission.name()
        ))
        .with_hint("an operator with users.manage can grant a role: `idctl users grant <id|email> --role R`"));
    }
    Ok(())
}

/// Whether any operator exists (a user with an actor role, an active role grant or an allow grant).
pub async fn operator_exists(client: &impl GenericClient, o: &Operators) -> Result<bool> {
    client
        .query_one(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {t} WHERE {role} IS NOT NULL AND {deleted} IS NULL)
                     OR EXISTS (SELECT 1 FROM rbac_user_roles WHERE status = 'active')
                     OR EXISTS (SELECT 1 FROM rbac_user_permissions WHERE effect = 'allow')",
                t = ident(&o.table),
                role = ident(&o.role_column),
                deleted = ident(&o.deleted_at_column)
            ),
            &[],
        )
        .await?
        .col(0)
}

/// Writes one `audit_log` row for a change made by `actor`.
pub async fn audit(
    client: &impl GenericClient,
    actor: i64,
    table: &str,
    record_id: Option<i64>,
    change_type: &str,
    new_value: serde_json::Value,
) -> Result<()> {
    client
        .execute(
            "INSERT INTO audit_log (table_name, record_id, changed_by, change_type, new_value, changed_at, request_id)
             VALUES ($1, $2, $3, $4, $5, now(), current_setting('application_name'))",
            &[&table, &record_id, &actor, &change_type, &new_value],
        )
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_values() {
        assert_eq!(parse_actor("42").unwrap(), ActorRef::Id(42));
        assert_eq!(
            parse_actor(" ops@example.com ").unwrap(),
            ActorRef::Email("ops@example.com".into())
        );
        assert!(parse_actor("bob").is_err());
        assert!(parse_actor("@x").is_err());
    }
}
