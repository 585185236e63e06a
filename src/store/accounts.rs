//! Accounts and their grants of access: the SQL behind `users show/list/lock/unlock/revoke-sessions`.
//!
//! Every table and column comes from the registry (`[subject]`, `[account]`, `[[access]]`). Subject
//! keys travel as text and are cast to the key's own type (read from the catalogue), so that the
//! same statements serve a bigint-keyed and a UUID-keyed schema, and `= ANY($1)` still uses the
//! primary-key and link-column indexes.

use crate::db::row::RowExt;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use tokio_postgres::GenericClient;
use tokio_postgres::types::ToSql;

use super::ident;
use crate::error::{Error, Result};
use crate::registry::{AccessGrant, Account, LogValue, Registry, Revoke};

/// The subject table as the account statements see it.
pub struct Accounts<'r> {
    table: &'r str,
    pk: &'r str,
    /// `format_type()` of the subject key, for casts (`bigint`, `uuid`, ...).
    pk_type: String,
    deleted_at: Option<&'r str>,
    /// None: the registry has no `[account]` (nothing to lock; access grants can still be revoked).
    account: Option<&'r Account>,
}

/// One account's state, as `users show` and `users list` report it (never a hash or a secret).
#[derive(Debug, Clone, serde::Serialize)]
pub struct AccountRow {
    pub id: String,
    pub locked: bool,
    pub active: Option<bool>,
    pub deleted_at: Option<DateTime<Utc>>,
    pub failed_logins: Option<i64>,
    pub must_change_password: Option<bool>,
    pub last_login_at: Option<DateTime<Utc>>,
    pub created_at: Option<DateTime<Utc>>,
    pub role: Option<String>,
}

/// Filters of `users list`.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub locked: bool,
    pub inactive: bool,
    pub deleted: bool,
    pub role: Option<String>,
    pub after: Option<String>,
    pub limit: i64,
}

/// What a revocation records with each revoked row (`$reason`, `$actor`, `$meta` of a log).
pub struct RevocationContext<'a> {
    pub reason: &'a str,
    pub actor: i64,
    pub meta: serde_json::Value,
}

/// One `audit_log` row to write.
pub struct AuditEntry {
    pub subject: String,
    pub change_type: &'static str,
    pub old_value: serde_json::Value,
    pub new_value: serde_json::Value,
}

/// A fresh request id (a UUID from the server), shared by the audit rows of one command.
pub async fn new_request_id(client: &impl GenericClient) -> Result<String> {
    client
        .query_one("SELECT 'idctl-' || gen_random_uuid()::text", &[])
        .await?
        .col(0)
}

/// The subject's key column and its type (`format_type()`: `bigint`, `uuid`, ...), from the
/// catalogue. Needs no `[account]`: what resolving a user id (export, deletion) needs.
pub async fn subject_key<'r>(
    client: &impl GenericClient,
    registry: &'r Registry,
) -> Result<(&'r str, String)> {
    let subject = &registry.subject;
    let pk = subject
        .primary_key
        .first()
        .ok_or_else(|| Error::config("the registry's subject has no primary key"))?;
    let pk_type = super::server::column_type(client, &subject.table, pk)
        .await?
        .ok_or_else(|| {
            Error::config(format!(
                "the subject table {}.{} named by the registry does not exist",
                subject.table, pk
            ))
            .with_hint("`idctl db check` compares the registry with the database")
        })?;
    Ok((pk, pk_type))
}

/// SQL for "this account is locked", the account's columns under `alias`.
fn is_locked_sql(a: &Account, alias: &str) -> String {
    let col = format!("{alias}.{}", ident(&a.locked_column));
    match &a.locked_value {
        None => format!("({col} IS TRUE)"),
        Some(v) => format!("({col}::text IS NOT DISTINCT FROM {})", literal(v)),
    }
}

/// SQL for the value a lock (`locked`) or an unlock writes into the lock column.
fn lock_value_sql(a: &Account, locked: bool) -> String {
    match (&a.locked_value, &a.unlocked_value) {
        (Some(l), Some(u)) => literal(if locked { l } else { u }),
        _ => locked.to_string(),
    }
}

/// A string literal (standard_conforming_strings is on: only `'` needs doubling).
fn literal(v: &str) -> String {
    format!("'{}'", v.replace('\'', "''"))
}

/// Whether `c` is a valid key of type `pk_type` (its text form).
pub fn key_looks_valid(pk_type: &str, c: &str) -> bool {
    match pk_type {
        "bigint" => c.parse::<i64>().is_ok(),
        "integer" => c.parse::<i32>().is_ok(),
        "smallint" => c.parse::<i16>().is_ok(),
        "uuid" => {
            let hex: String = c.chars().filter(|ch| *ch != '-').collect();
            hex.len() == 32 && hex.chars().all(|ch| ch.is_ascii_hexdigit())
        }
        _ => !c.is_empty(),
    }
}

impl<'r> Accounts<'r> {
    /// Reads the subject key's type from the catalogue. The registry must have an `[account]`.
    pub async fn new(client: &impl GenericClient, registry: &'r Registry) -> Result<Accounts<'r>> {
        registry.require_account()?;
        Self::for_subject(client, registry).await
    }

    /// The subject's accounts whether or not the registry has an `[account]`: a deletion revokes
    /// the subject's access grants before it erases, and a schema without a lock column has
    /// nothing else to do first ([`Accounts::set_locked`] changes nothing there).
    pub async fn for_subject(
        client: &impl GenericClient,
        registry: &'r Registry,
    ) -> Result<Accounts<'r>> {
        let subject = &registry.subject;
        let (pk, pk_type) = subject_key(client, registry).await?;
        Ok(Accounts {
            table: &subject.table,
            pk,
            pk_type,
            deleted_at: subject.deleted_at_column.as_deref(),
            account: registry.account.as_ref(),
        })
    }

    fn require_account(&self) -> Result<&'r Account> {
        self.account.ok_or_else(|| {
            Error::config("the registry has no [account] section: idctl does not know which column locks an account")
                .with_hint("add [account] with locked_column (docs/REGISTRY.md)")
        })
    }

    /// `$n::text[]` cast to an array of the subject key's type.
    fn keys_param(&self, n: usize) -> String {
        format!("${n}::text[]::{}[]", self.pk_type)
    }

    /// `subject AS t`, joined (`acc`) to the account's table when it has one of its own.
    fn sql_from(&self) -> String {
        match self
            .account
            .and_then(|a| a.table.as_ref().zip(a.link_column.as_ref()))
        {
            Some((table, link)) => format!(
                "{} AS t LEFT JOIN {} AS acc ON acc.{} = t.{}",
                ident(self.table),
                ident(table),
                ident(link),
                ident(self.pk)
            ),
            None => format!("{} AS t", ident(self.table)),
        }
    }

    /// The alias the account's columns are under in [`Accounts::sql_from`].
    fn acc(&self) -> &'static str {
        match self.account.and_then(|a| a.table.as_ref()) {
            Some(_) => "acc",
            None => "t",
        }
    }

    fn select_list(&self) -> String {
        let deleted = match self.deleted_at {
            Some(d) => format!("t.{}::timestamptz", ident(d)),
            None => "NULL::timestamptz".into(),
        };
        let Some(a) = self.account else {
            return format!(
                "t.{pk}::text, false, NULL::boolean, {deleted}, NULL::bigint, NULL::boolean, NULL::timestamptz, NULL::timestamptz, NULL::text",
                pk = ident(self.pk),
            );
        };
        let acc = self.acc();
        let col = |c: Option<&String>, cast: &str| match c {
            Some(c) => format!("{acc}.{}::{cast}", ident(c)),
            None => format!("NULL::{cast}"),
        };
        format!(
            "t.{pk}::text, {locked}, {active}, {deleted}, {failed}, {must}, {last}, {created}, {role}",
            pk = ident(self.pk),
            locked = is_locked_sql(a, acc),
            active = col(a.active_column.as_ref(), "boolean"),
            failed = col(a.failed_logins_column.as_ref(), "bigint"),
            must = col(a.must_change_password_column.as_ref(), "boolean"),
            last = col(a.last_login_column.as_ref(), "timestamptz"),
            created = col(a.created_at_column.as_ref(), "timestamptz"),
            role = col(a.role_column.as_ref(), "text"),
        )
    }

    fn row(r: &tokio_postgres::Row) -> Result<AccountRow> {
        Ok(AccountRow {
            id: r.col(0)?,
            locked: r.col(1)?,
            active: r.col(2)?,
            deleted_at: r.col(3)?,
            failed_logins: r.col(4)?,
            must_change_password: r.col(5)?,
            last_login_at: r.col(6)?,
            created_at: r.col(7)?,
            role: r.col(8)?,
        })
    }

    /// The accounts with these keys, in key order. With `for_update`, each row is locked
    /// (`SELECT ... FOR UPDATE`): a concurrent INSERT of a session or token referencing the user
    /// waits on its foreign-key check until the caller's transaction ends, so nothing slips in
    /// between the lock and the revocations.
    pub async fn get(
        &self,
        client: &impl GenericClient,
        keys: &[String],
        for_update: bool,
    ) -> Result<Vec<AccountRow>> {
        let sql = format!(
            // `t.` so that ORDER BY means the column, not the text output column of that name.
            "SELECT {} FROM {} WHERE t.{} = ANY({}) ORDER BY t.{}{}",
            self.select_list(),
            self.sql_from(),
            ident(self.pk),
            self.keys_param(1),
            ident(self.pk),
            if for_update { " FOR UPDATE OF t" } else { "" }
        );
        client
            .query(&sql, &[&keys])
            .await?
            .iter()
            .map(Self::row)
            .collect()
    }

    /// Whether `c` is a valid key of the subject's type: a malformed id is reported per line
    /// rather than failing the whole batch's cast.
    pub fn is_valid_key(&self, c: &str) -> bool {
        self.looks_valid(c)
    }

    fn looks_valid(&self, c: &str) -> bool {
        key_looks_valid(&self.pk_type, c)
    }

    /// Sets the lock flag of these accounts (and bumps updated_at / the row version when the
    /// registry names them). `unlock` also resets failed logins and may require a password change.
    pub async fn set_locked(
        &self,
        client: &impl GenericClient,
        keys: &[String],
        locked: bool,
        require_password_change: bool,
    ) -> Result<u64> {
        let Some(a) = self.account else {
            return Ok(0);
        };
        if keys.is_empty() {
            return Ok(0);
        }
        let mut sets = vec![format!(
            "{} = {}",
            ident(&a.locked_column),
            lock_value_sql(a, locked)
        )];
        if !locked {
            if let Some(c) = &a.failed_logins_column {
                sets.push(format!("{} = 0", ident(c)));
            }
            if require_password_change {
                let c = a.must_change_password_column.as_ref().ok_or_else(|| {
                    Error::config(
                        "--require-password-change: the registry's [account] has no must_change_password_column",
                    )
                })?;
                sets.push(format!("{} = true", ident(c)));
            }
        }
        if let Some(c) = &a.updated_at_column {
            sets.push(format!("{} = now()", ident(c)));
        }
        if let Some(c) = &a.row_version_column {
            sets.push(format!("{c} = coalesce({c}, 0) + 1", c = ident(c)));
        }
        let (table, key) = match (&a.table, &a.link_column) {
            (Some(table), Some(link)) => {
                // One state row per subject: a subject without one gets it (its other columns at
                // their defaults) before it is written.
                client
                    .execute(
                        &format!(
                            "INSERT INTO {t} ({l}) SELECT k FROM unnest({keys}) AS k
                             ON CONFLICT ({l}) DO NOTHING",
                            t = ident(table),
                            l = ident(link),
                            keys = self.keys_param(1)
                        ),
                        &[&keys],
                    )
                    .await?;
                (table.as_str(), link.as_str())
            }
            _ => (self.table, self.pk),
        };
        let sql = format!(
            "UPDATE {} SET {} WHERE {} = ANY({})",
            ident(table),
            sets.join(", "),
            ident(key),
            self.keys_param(1)
        );
        Ok(client.execute(&sql, &[&keys]).await?)
    }

    /// A page of accounts in key order (keyset pagination: `after` is the last key of the previous
    /// page), so that page N costs what page 1 costs on ten million users.
    pub async fn list(
        &self,
        client: &impl GenericClient,
        filter: &ListFilter,
    ) -> Result<Vec<AccountRow>> {
        let a = self.require_account()?;
        let mut conds: Vec<String> = Vec::new();
        let mut params: Vec<Box<dyn ToSql + Sync + Send>> = Vec::new();
        let mut param = |v: Box<dyn ToSql + Sync + Send>| {
            params.push(v);
            params.len()
        };
        if let Some(after) = &filter.after {
            let n = param(Box::new(after.clone()));
            conds.push(format!(
                "t.{} > ${n}::text::{}",
                ident(self.pk),
                self.pk_type
            ));
        }
        let acc = self.acc();
        if filter.locked {
            conds.push(is_locked_sql(a, acc));
        }
        if filter.inactive {
            let c = a.active_column.as_ref().ok_or_else(|| {
                Error::config("--inactive: the registry's [account] has no active_column")
            })?;
            conds.push(format!("{acc}.{} IS NOT TRUE", ident(c)));
        }
        match (self.deleted_at, filter.deleted) {
            (Some(d), true) => conds.push(format!("t.{} IS NOT NULL", ident(d))),
            (Some(d), false) => conds.push(format!("t.{} IS NULL", ident(d))),
            (None, true) => {
                return Err(Error::config(
                    "--deleted: the registry's subject has no deleted_at_column",
                ));
            }
            (None, false) => {}
        }
        if let Some(role) = &filter.role {
            let n = param(Box::new(role.clone()));
            let by_column = a
                .role_column
                .as_ref()
                .map(|c| format!("{acc}.{} = ${n} OR ", ident(c)))
                .unwrap_or_default();
            conds.push(format!(
                "({by_column}EXISTS (SELECT 1 FROM rbac_user_roles ur JOIN rbac_roles r ON r.id = ur.role_id
                   WHERE ur.user_id::text = t.{}::text AND r.name = ${n} AND ur.status = 'active'
                     AND (ur.expires_at IS NULL OR ur.expires_at > now())))",
                ident(self.pk)
            ));
        }
        let limit = param(Box::new(filter.limit));
        let sql = format!(
            "SELECT {} FROM {} {} ORDER BY t.{} LIMIT ${limit}",
            self.select_list(),
            self.sql_from(),
            if conds.is_empty() {
                String::new()
            } else {
                format!("WHERE {}", conds.join(" AND "))
            },
            ident(self.pk),
        );
        let refs: Vec<&(dyn ToSql + Sync)> = params
            .iter()
            .map(|p| p.as_ref() as &(dyn ToSql + Sync))
            .collect();
        client
            .query(&sql, &refs)
            .await?
            .iter()
            .map(Self::row)
            .collect()
    }

    /// Writes one `audit_log` row per entry, in one statement.
    pub async fn audit(
        &self,
        client: &impl GenericClient,
        actor: i64,
        request_id: &str,
        entries: &[AuditEntry],
    ) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let subjects: Vec<&str> = entries.iter().map(|e| e.subject.as_str()).collect();
        let types: Vec<&str> = entries.iter().map(|e| e.change_type).collect();
        let old: Vec<String> = entries.iter().map(|e| e.old_value.to_string()).collect();
        let new: Vec<String> = entries.iter().map(|e| e.new_value.to_string()).collect();
        client
            .execute(
                "INSERT INTO audit_log (table_name, record_id, changed_by, change_type, old_value, new_value, changed_at, request_id)
                 SELECT $1, CASE WHEN k ~ '^-?[0-9]{1,18}$' THEN k::bigint END, $2, t, o::jsonb,
                        n::jsonb || jsonb_build_object('subject', k), now(), $3
                   FROM unnest($4::text[], $5::text[], $6::text[], $7::text[]) AS x(k, t, o, n)",
                &[&self.table, &actor, &request_id, &subjects, &types, &old, &new],
            )
            .await?;
        Ok(())
    }
}

/// The SQL condition for "this row still grants access", and its parameters (numbered from
/// `first_param`).
fn live_condition(
    grant: &AccessGrant,
    first_param: usize,
) -> (String, Vec<Box<dyn ToSql + Sync + Send>>) {
    let mut conds = Vec::new();
    let mut params: Vec<Box<dyn ToSql + Sync + Send>> = Vec::new();
    match &grant.revoke {
        Revoke::Flag { column } => conds.push(format!("{} IS NOT TRUE", ident(column))),
        Revoke::Status {
            column,
            value,
            live_values,
        } => {
            params.push(Box::new(value.clone()));
            conds.push(format!(
                "{} IS DISTINCT FROM ${}::text",
                ident(column),
                first_param + params.len() - 1
            ));
            if !live_values.is_empty() {
                params.push(Box::new(live_values.clone()));
                conds.push(format!(
                    "{}::text = ANY(${}::text[])",
                    ident(column),
                    first_param + params.len() - 1
                ));
            }
        }
        Revoke::Expire { column } => {
            conds.push(format!("({c} IS NULL OR {c} > now())", c = ident(column)))
        }
        Revoke::Delete => {}
    }
    if let Some(c) = &grant.expires_column {
        conds.push(format!("({c} IS NULL OR {c} > now())", c = ident(c)));
    }
    if let Some(c) = &grant.consumed_column {
        conds.push(format!("{} IS NULL", ident(c)));
    }
    if conds.is_empty() {
        conds.push("true".into());
    }
    (conds.join(" AND "), params)
}

impl Accounts<'_> {
    /// Live rows of `grant` per subject (subjects without any are absent).
    pub async fn count_live(
        &self,
        client: &impl GenericClient,
        grant: &AccessGrant,
        keys: &[String],
    ) -> Result<BTreeMap<String, i64>> {
        let (live, extra) = live_condition(grant, 2);
        let sql = format!(
            "SELECT {link}::text, count(*)::bigint FROM {t} WHERE {link} = ANY({keys}) AND {live} GROUP BY 1",
            link = ident(&grant.link_column),
            t = ident(&grant.table),
            keys = self.keys_param(1),
        );
        let mut params: Vec<&(dyn ToSql + Sync)> = vec![&keys];
        params.extend(extra.iter().map(|p| p.as_ref() as &(dyn ToSql + Sync)));
        let mut out = BTreeMap::new();
        for r in client.query(&sql, &params).await? {
            out.insert(r.col::<String>(0)?, r.col::<i64>(1)?);
        }
        Ok(out)
    }

    /// Revokes every live row of `grant` belonging to these subjects, in one statement, writing
    /// the grant's log row for each; returns how many rows were revoked per subject.
    pub async fn revoke(
        &self,
        client: &impl GenericClient,
        grant: &AccessGrant,
        keys: &[String],
        why: &RevocationContext<'_>,
    ) -> Result<BTreeMap<String, i64>> {
        if keys.is_empty() {
            return Ok(BTreeMap::new());
        }
        let mut params: Vec<Box<dyn ToSql + Sync + Send>> = vec![Box::new(keys.to_vec())];
        let (live, extra) = live_condition(grant, 2);
        params.extend(extra);
        let t = ident(&grant.table);
        let link = ident(&grant.link_column);
        let pk = ident(
            grant
                .primary_key
                .first()
                .map(String::as_str)
                .unwrap_or("id"),
        );
        let filter = format!("{link} = ANY({}) AND {live}", self.keys_param(1));
        let returning =
            format!("RETURNING {link} AS subject_key, {link}::text AS subject, {pk} AS row_key");
        let change = match &grant.revoke {
            Revoke::Flag { column } => {
                format!(
                    "UPDATE {t} SET {} = true WHERE {filter} {returning}",
                    ident(column)
                )
            }
            Revoke::Status { column, value, .. } => {
                params.push(Box::new(value.clone()));
                format!(
                    "UPDATE {t} SET {} = ${} WHERE {filter} {returning}",
                    ident(column),
                    params.len()
                )
            }
            Revoke::Expire { column } => {
                format!(
                    "UPDATE {t} SET {} = now() WHERE {filter} {returning}",
                    ident(column)
                )
            }
            Revoke::Delete => format!("DELETE FROM {t} WHERE {filter} {returning}"),
        };
        let mut log_cte = String::new();
        if let Some(log) = &grant.log {
            let mut columns = Vec::new();
            let mut values = Vec::new();
            for (column, value) in log.parsed() {
                columns.push(ident(column));
                values.push(match value {
                    LogValue::Subject => "r.subject_key".to_string(),
                    LogValue::Row => "r.row_key".to_string(),
                    LogValue::Now => "now()".to_string(),
                    LogValue::Reason => {
                        params.push(Box::new(why.reason.to_string()));
                        format!("${}::text", params.len())
                    }
                    LogValue::Actor => {
                        params.push(Box::new(why.actor));
                        format!("${}::bigint", params.len())
                    }
                    LogValue::Meta => {
                        params.push(Box::new(why.meta.to_string()));
                        format!("${}::text::jsonb", params.len())
                    }
                    LogValue::Literal(text) => {
                        params.push(Box::new(text));
                        format!("${}::text", params.len())
                    }
                });
            }
            log_cte = format!(
                ", logged AS (INSERT INTO {} ({}) SELECT {} FROM revoked r)",
                ident(&log.table),
                columns.join(", "),
                values.join(", ")
            );
        }
        let sql = format!(
            "WITH revoked AS ({change}){log_cte} SELECT subject, count(*)::bigint FROM revoked GROUP BY 1"
        );
        let refs: Vec<&(dyn ToSql + Sync)> = params
            .iter()
            .map(|p| p.as_ref() as &(dyn ToSql + Sync))
            .collect();
        let mut out = BTreeMap::new();
        for r in client.query(&sql, &refs).await.map_err(|e| {
            Error::from(e).context(format!("revoking {} ({})", grant.name, grant.table))
        })? {
            out.insert(r.col::<String>(0)?, r.col::<i64>(1)?);
        }
        Ok(out)
    }
}
