//! idctl's operators: roles, grants and effective permissions (the RBAC tables of migration 0002).
//!
//! A user holds a permission through the operators' role column (`[operators]` in the registry),
//! an active unexpired `rbac_user_roles` row, or an unexpired `rbac_user_permissions` allow, and
//! loses it to an unexpired deny (see `authz`). These statements answer the same question for many
//! users at once. The operators' table and columns are the registry's: the statements name them
//! with `OPS_*` placeholders that [`operator_sql`] fills in.

use crate::db::row::RowExt;
use chrono::{DateTime, Utc};
use tokio_postgres::GenericClient;

use crate::census::ident;
use crate::error::Result;
use crate::registry::Operators;

/// `sql` with the operators' table and columns in place of `OPS_TABLE`, `OPS_ID`, `OPS_ROLE`,
/// `OPS_ACTIVE`, `OPS_LOCKED` and `OPS_DELETED` (quoted identifiers the registry validated).
fn operator_sql(sql: &str, o: &Operators) -> String {
    sql.replace("OPS_TABLE", &ident(&o.table))
        .replace("OPS_ID", &ident(&o.id_column))
        .replace("OPS_ROLE", &ident(&o.role_column))
        .replace("OPS_ACTIVE", &ident(&o.active_column))
        .replace("OPS_LOCKED", &ident(&o.locked_column))
        .replace("OPS_DELETED", &ident(&o.deleted_at_column))
}

/// `$1` = permission name; yields the user ids that hold it (before deny and account state).
const HOLDERS_SQL: &str = "
    WITH perm AS (SELECT id FROM permissions WHERE name = $1)
    SELECT up.user_id FROM rbac_user_permissions up JOIN perm ON perm.id = up.permission_id
     WHERE up.effect = 'allow' AND (up.expires_at IS NULL OR up.expires_at > now())
    UNION
    SELECT ur.user_id FROM rbac_user_roles ur
      JOIN rbac_role_permissions rp ON rp.role_id = ur.role_id JOIN perm ON perm.id = rp.permission_id
     WHERE ur.status = 'active' AND (ur.expires_at IS NULL OR ur.expires_at > now())
    UNION
    SELECT u.OPS_ID FROM OPS_TABLE u JOIN rbac_roles r ON r.name = u.OPS_ROLE
      JOIN rbac_role_permissions rp ON rp.role_id = r.id JOIN perm ON perm.id = rp.permission_id
     WHERE u.OPS_ROLE IS NOT NULL";

/// Users who can act with `permission` now: they hold it, are not denied it, and are active, not
/// locked and not deleted.
pub async fn active_holders(
    client: &impl GenericClient,
    o: &Operators,
    permission: &str,
) -> Result<Vec<i64>> {
    let sql = operator_sql(
        &format!(
            "SELECT u.OPS_ID FROM OPS_TABLE u JOIN ({HOLDERS_SQL}) h(user_id) ON h.user_id = u.OPS_ID
              WHERE u.OPS_ACTIVE IS TRUE AND u.OPS_LOCKED IS NOT TRUE AND u.OPS_DELETED IS NULL
                AND NOT EXISTS (SELECT 1 FROM rbac_user_permissions d JOIN permissions p ON p.id = d.permission_id
                                 WHERE d.user_id = u.OPS_ID AND p.name = $1 AND d.effect = 'deny'
                                   AND (d.expires_at IS NULL OR d.expires_at > now()))
              ORDER BY u.OPS_ID"
        ),
        o,
    );
    client
        .query(&sql, &[&permission])
        .await?
        .iter()
        .map(|r| r.col(0))
        .collect()
}

/// The permissions `user` holds now (deny applied; account state not considered).
pub async fn effective_permissions(
    client: &impl GenericClient,
    o: &Operators,
    user: i64,
) -> Result<Vec<String>> {
    client
        .query(
            &operator_sql(
                "SELECT p.name::text FROM permissions p
              WHERE (EXISTS (SELECT 1 FROM rbac_user_permissions up WHERE up.user_id = $1 AND up.permission_id = p.id
                              AND up.effect = 'allow' AND (up.expires_at IS NULL OR up.expires_at > now()))
                  OR EXISTS (SELECT 1 FROM rbac_user_roles ur JOIN rbac_role_permissions rp ON rp.role_id = ur.role_id
                              WHERE ur.user_id = $1 AND rp.permission_id = p.id AND ur.status = 'active'
                                AND (ur.expires_at IS NULL OR ur.expires_at > now()))
                  OR EXISTS (SELECT 1 FROM OPS_TABLE u JOIN rbac_roles r ON r.name = u.OPS_ROLE
                              JOIN rbac_role_permissions rp ON rp.role_id = r.id
                              WHERE u.OPS_ID = $1 AND rp.permission_id = p.id))
                AND NOT EXISTS (SELECT 1 FROM rbac_user_permissions d WHERE d.user_id = $1 AND d.permission_id = p.id
                                 AND d.effect = 'deny' AND (d.expires_at IS NULL OR d.expires_at > now()))
              ORDER BY 1",
                o,
            ),
            &[&user],
        )
        .await?
        .iter()
        .map(|r| r.col(0))
        .collect()
}

/// One role held by one user, and how.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RoleHolding {
    pub user_id: i64,
    pub role: String,
    /// `actor_role` (the account's own column) or `grant` (an `rbac_user_roles` row).
    pub via: &'static str,
    /// `active`, `suspended`, `revoked` or `expired` (grants); `active` for actor_role.
    pub status: String,
    pub granted_by: Option<i64>,
    pub granted_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
}

fn holding(r: &tokio_postgres::Row) -> Result<RoleHolding> {
    let via: String = r.col(2)?;
    Ok(RoleHolding {
        user_id: r.col(0)?,
        role: r.col(1)?,
        via: if via == "actor_role" {
            "actor_role"
        } else {
            "grant"
        },
        status: r.col(3)?,
        granted_by: r.col(4)?,
        granted_at: r.col(5)?,
        expires_at: r.col(6)?,
    })
}

const HOLDINGS_SQL: &str = "
    SELECT u.OPS_ID, u.OPS_ROLE::text, 'actor_role', 'active', NULL::bigint, NULL::timestamptz, NULL::timestamptz
      FROM OPS_TABLE u WHERE u.OPS_ROLE IS NOT NULL AND ($1::bigint[] IS NULL OR u.OPS_ID = ANY($1))
    UNION ALL
    SELECT ur.user_id, r.name::text, 'grant',
           CASE WHEN ur.status = 'active' AND ur.expires_at <= now() THEN 'expired' ELSE ur.status END,
           ur.granted_by, ur.granted_at, ur.expires_at
      FROM rbac_user_roles ur JOIN rbac_roles r ON r.id = ur.role_id
     WHERE ($1::bigint[] IS NULL OR ur.user_id = ANY($1)) AND ($2 OR ur.status = 'active')
     ORDER BY 1, 2, 3";

/// Roles held by these users (all users when `None`); `with_inactive` includes revoked and
/// suspended grants.
pub async fn holdings(
    client: &impl GenericClient,
    o: &Operators,
    users: Option<&[i64]>,
    with_inactive: bool,
) -> Result<Vec<RoleHolding>> {
    let users: Option<Vec<i64>> = users.map(<[i64]>::to_vec);
    client
        .query(&operator_sql(HOLDINGS_SQL, o), &[&users, &with_inactive])
        .await?
        .iter()
        .map(holding)
        .collect()
}

/// The role's id, if it exists.
pub async fn role_id(client: &impl GenericClient, role: &str) -> Result<Option<i64>> {
    Ok(
        match client
            .query_opt("SELECT id FROM rbac_roles WHERE name = $1", &[&role])
            .await?
        {
            Some(r) => Some(r.col(0)?),
            None => None,
        },
    )
}

/// Every role name, sorted.
pub async fn role_names(client: &impl GenericClient) -> Result<Vec<String>> {
    client
        .query("SELECT name::text FROM rbac_roles ORDER BY 1", &[])
        .await?
        .iter()
        .map(|r| r.col(0))
        .collect()
}

/// The permissions `role` grants that `user` does not hold now: granting the role would give
/// them away (no operator may hand out more than they have).
pub async fn role_permissions_not_held(
    client: &impl GenericClient,
    o: &Operators,
    role_id: i64,
    user: i64,
) -> Result<Vec<String>> {
    let held = effective_permissions(client, o, user).await?;
    let granted: Vec<String> = client
        .query(
            "SELECT p.name::text FROM rbac_role_permissions rp JOIN permissions p ON p.id = rp.permission_id
              WHERE rp.role_id = $1 ORDER BY 1",
            &[&role_id],
        )
        .await?
        .iter()
        .map(|r| r.col(0))
        .collect::<Result<_>>()?;
    Ok(granted.into_iter().filter(|p| !held.contains(p)).collect())
}

/// Grants `role_id` to `user`: a new active grant, or the existing active one with its expiry
/// replaced. Returns whether a new grant was created.
pub async fn grant_role(
    client: &impl GenericClient,
    user: i64,
    role_id: i64,
    granted_by: i64,
    expires_at: Option<DateTime<Utc>>,
) -> Result<bool> {
    let updated = client
        .execute(
            "UPDATE rbac_user_roles SET expires_at = $3, granted_by = $4, granted_at = now()
              WHERE user_id = $1 AND role_id = $2 AND status = 'active' AND tenant_id IS NULL AND scope IS NULL",
            &[&user, &role_id, &expires_at, &granted_by],
        )
        .await?;
    if updated > 0 {
        return Ok(false);
    }
    client
        .execute(
            "INSERT INTO rbac_user_roles (user_id, role_id, status, granted_by, granted_at, expires_at)
             VALUES ($1, $2, 'active', $3, now(), $4)",
            &[&user, &role_id, &granted_by, &expires_at],
        )
        .await?;
    Ok(true)
}

/// Takes `role` from `user`: active grants become `revoked`, and an account role column naming
/// it is cleared. Returns how many holdings ended.
pub async fn revoke_role(
    client: &impl GenericClient,
    o: &Operators,
    user: i64,
    role: &str,
) -> Result<u64> {
    let grants = client
        .execute(
            "UPDATE rbac_user_roles ur SET status = 'revoked' FROM rbac_roles r
              WHERE r.id = ur.role_id AND r.name = $2 AND ur.user_id = $1 AND ur.status = 'active'",
            &[&user, &role],
        )
        .await?;
    let column = client
        .execute(
            &operator_sql(
                "UPDATE OPS_TABLE SET OPS_ROLE = NULL WHERE OPS_ID = $1 AND OPS_ROLE = $2",
                o,
            ),
            &[&user, &role],
        )
        .await?;
    Ok(grants + column)
}

/// Takes a transaction-scoped advisory lock (waits for it; callers hold it for milliseconds).
pub async fn lock_xact(client: &impl GenericClient, key: i64) -> Result<()> {
    client
        .execute("SELECT pg_advisory_xact_lock($1)", &[&key])
        .await?;
    Ok(())
}

/// (operator id, subject key) of the operators who are the subjects with these keys (deleted ones
/// included: [`crate::authz::resolve`] says why they may not act). Where the operators' table is
/// the subject table, an operator's id is the subject's key; a key that is no integer is then no
/// operator.
pub async fn operators_of_subjects(
    client: &impl GenericClient,
    o: &Operators,
    keys: &[String],
) -> Result<Vec<(i64, String)>> {
    match &o.subject_column {
        None => Ok(keys
            .iter()
            .filter_map(|k| k.parse::<i64>().ok().map(|id| (id, k.clone())))
            .collect()),
        Some(subject) => client
            .query(
                &operator_sql(
                    &format!(
                        "SELECT OPS_ID, {s} FROM OPS_TABLE WHERE {s} = ANY($1) ORDER BY 1",
                        s = ident(subject)
                    ),
                    o,
                ),
                &[&keys],
            )
            .await?
            .iter()
            .map(|r| Ok((r.col(0)?, r.col(1)?)))
            .collect(),
    }
}

/// The subject key of operator `id`, where operators are linked to subjects (None otherwise, or
/// when the operator is linked to none).
pub async fn subject_of_operator(
    client: &impl GenericClient,
    o: &Operators,
    id: i64,
) -> Result<Option<String>> {
    let Some(subject) = &o.subject_column else {
        return Ok(None);
    };
    Ok(client
        .query_opt(
            &operator_sql(
                &format!(
                    "SELECT {}::text FROM OPS_TABLE WHERE OPS_ID = $1",
                    ident(subject)
                ),
                o,
            ),
            &[&id],
        )
        .await?
        .map(|r| r.col::<Option<String>>(0))
        .transpose()?
        .flatten())
}

/// Where a new operator's email blind index goes: (column, key-version column, hash, key id).
pub struct EmailIndexValue<'a> {
    pub column: &'a str,
    pub key_version_column: &'a str,
    pub hash: &'a [u8],
    pub key_id: &'a str,
}

/// Creates the first operator where the operators' table is the subject table: a new, active
/// account with `role` in its role column, and the email blind index when given. Returns its id.
pub async fn create_account_operator(
    client: &impl GenericClient,
    o: &Operators,
    role: &str,
    email: Option<EmailIndexValue<'_>>,
) -> Result<i64> {
    let row = match email {
        None => {
            client
                .query_one(
                    &operator_sql(
                        "INSERT INTO OPS_TABLE (OPS_ACTIVE, OPS_LOCKED, OPS_ROLE)
                         VALUES (true, false, $1) RETURNING OPS_ID",
                        o,
                    ),
                    &[&role],
                )
                .await?
        }
        Some(e) => {
            client
                .query_one(
                    &operator_sql(
                        &format!(
                            "INSERT INTO OPS_TABLE (OPS_ACTIVE, OPS_LOCKED, OPS_ROLE, {}, {})
                             VALUES (true, false, $1, $2, $3) RETURNING OPS_ID",
                            ident(e.column),
                            ident(e.key_version_column)
                        ),
                        o,
                    ),
                    &[&role, &e.hash, &e.key_id],
                )
                .await?
        }
    };
    row.col(0)
}

/// Creates an operator in a table of operators linked to subjects (`subject_column`): `role`, and
/// the subject it is, when known. Returns its id.
pub async fn create_linked_operator(
    client: &impl GenericClient,
    o: &Operators,
    subject_column: &str,
    role: Option<&str>,
    subject_key: Option<&str>,
) -> Result<i64> {
    client
        .query_one(
            &operator_sql(
                &format!(
                    "INSERT INTO OPS_TABLE (OPS_ACTIVE, OPS_LOCKED, OPS_ROLE, {})
                     VALUES (true, false, $1, $2) RETURNING OPS_ID",
                    ident(subject_column)
                ),
                o,
            ),
            &[&role, &subject_key],
        )
        .await?
        .col(0)
}
