//! Comparing a registry with a live database.
//!
//! Names are resolved as idctl's SQL will resolve them: unqualified, through the connection's
//! `search_path` (`to_regclass(quote_ident(name))`). Three catalogue queries, whatever the size of
//! the registry: the columns of every registered table, their unique keys, and the foreign keys
//! that reference the subject table.

use crate::db::row::RowExt;
use std::collections::{HashMap, HashSet};

use tokio_postgres::GenericClient;

use crate::error::Result;
use crate::registry::schema::TypeFamily;
use crate::registry::{
    DeletionAction, LogValue, Problem, ProtectedKind, Registry, Revoke, looks_like_credential,
};

/// One live column.
struct Column {
    /// `format_type()` of the column's (base) type.
    ty: String,
    nullable: bool,
}

/// One live table.
struct Table {
    relkind: String,
    columns: HashMap<String, Column>,
    /// Column sets of the primary key and of every plain (non-partial, no expression) unique index.
    unique_keys: Vec<(bool, Vec<String>)>,
}

const COLUMNS_SQL: &str = "
SELECT n.name,
       c.relkind::text,
       a.attname::text,
       format_type(COALESCE(NULLIF(t.typbasetype, 0), a.atttypid),
                   CASE WHEN t.typbasetype <> 0 THEN t.typtypmod ELSE a.atttypmod END),
       NOT a.attnotnull
  FROM unnest($1::text[]) AS n(name)
  JOIN pg_class c ON c.oid = to_regclass(quote_ident(n.name))
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_type t ON t.oid = a.atttypid";

const UNIQUE_KEYS_SQL: &str = "
SELECT n.name,
       i.indisprimary,
       ARRAY(SELECT a.attname::text
               FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
              WHERE k.ord <= i.indnkeyatts
              ORDER BY k.ord)
  FROM unnest($1::text[]) AS n(name)
  JOIN pg_index i ON i.indrelid = to_regclass(quote_ident(n.name))
 WHERE i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL";

/// Foreign keys referencing the subject table (partitions' inherited copies left out). The
/// referencing table is printed as `regclass` does: bare when visible through `search_path`,
/// qualified (and quoted) otherwise, so that only tables idctl's SQL would reach can match.
const SUBJECT_FKS_SQL: &str = "
SELECT c.conrelid::regclass::text,
       c.conname::text,
       ARRAY(SELECT a.attname::text
               FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
              ORDER BY k.ord)
  FROM pg_constraint c
 WHERE c.contype = 'f'
   AND c.conparentid = 0
   AND c.confrelid = to_regclass(quote_ident($1))
 ORDER BY 1, 2";

/// Collects problems in order, without repeating one.
struct Report {
    problems: Vec<Problem>,
    seen: HashSet<(String, Option<String>, String)>,
}

impl Report {
    fn push(&mut self, table: &str, column: Option<&str>, problem: String) {
        let key = (
            table.to_string(),
            column.map(str::to_string),
            problem.clone(),
        );
        if self.seen.insert(key) {
            self.problems.push(Problem {
                table: table.to_string(),
                column: column.map(str::to_string),
                problem,
            });
        }
    }
}

/// How a message names a type family.
fn describe(family: TypeFamily) -> String {
    match family {
        TypeFamily::Bytea => "bytea".into(),
        TypeFamily::Text => "text, character varying or character".into(),
        TypeFamily::Integer => "integer or bigint".into(),
        TypeFamily::Timestamptz => "timestamp with time zone".into(),
        TypeFamily::Timestamp => "timestamp (with or without time zone)".into(),
        other => format!("{other:?}"),
    }
}

struct Live {
    tables: HashMap<String, Table>,
}

impl Live {
    /// The table if it exists and is a table; reports it otherwise (once).
    fn table<'a>(&'a self, report: &mut Report, table: &str) -> Option<&'a Table> {
        match self.tables.get(table) {
            None => {
                report.push(table, None, "table is missing".into());
                None
            }
            Some(t) if !matches!(t.relkind.as_str(), "r" | "p") => {
                report.push(
                    table,
                    None,
                    format!(
                        "is not a table (relkind {}): idctl updates rows in place",
                        t.relkind
                    ),
                );
                None
            }
            Some(t) => Some(t),
        }
    }

    /// Checks that `table.column` exists with the expected type; `role` says what the registry
    /// uses it for.
    fn column(
        &self,
        report: &mut Report,
        table: &str,
        column: &str,
        expect: Option<TypeFamily>,
        role: &str,
    ) -> Option<&Column> {
        let t = self.table(report, table)?;
        match t.columns.get(column) {
            None => {
                report.push(table, Some(column), format!("{role}: column is missing"));
                None
            }
            Some(c) if expect.is_some_and(|f| !f.accepts(&c.ty)) => {
                let expected = expect.map(describe).unwrap_or_default();
                report.push(
                    table,
                    Some(column),
                    format!("{role}: has type {}, expected {expected}", c.ty),
                );
                None
            }
            Some(c) => Some(c),
        }
    }

    /// Checks that `columns` exist and identify a row: the primary key or a unique key.
    fn row_key(&self, report: &mut Report, table: &str, columns: &[String], role: &str) {
        let Some(t) = self.table(report, table) else {
            return;
        };
        let mut all_exist = true;
        for c in columns {
            all_exist &= self.column(report, table, c, None, role).is_some();
        }
        if !all_exist || columns.is_empty() {
            return;
        }
        let wanted: HashSet<&str> = columns.iter().map(String::as_str).collect();
        let is_key = t.unique_keys.iter().any(|(_, key)| {
            key.len() == wanted.len() && key.iter().all(|k| wanted.contains(k.as_str()))
        });
        if !is_key {
            let actual = t
                .unique_keys
                .iter()
                .find(|(primary, _)| *primary)
                .map(|(_, k)| format!("({})", k.join(", ")))
                .unwrap_or_else(|| "none".to_string());
            report.push(
                table,
                None,
                format!(
                    "{role} ({}) is neither the primary key nor a unique key of the table \
                     (primary key: {actual})",
                    columns.join(", ")
                ),
            );
        }
    }
}

/// Compares the registry with a live database: every registered table and column must exist with
/// a fitting type, keys must be unique, links must resolve; an unclassified table referencing the
/// subject with credential-looking columns is named. What `db check`, `doctor` and every mutating
/// command check before their first write.
pub async fn check(r: &Registry, client: &impl GenericClient) -> Result<Vec<Problem>> {
    let mut names: Vec<String> = r.tables().into_iter().map(str::to_string).collect();
    let operators = r.operators();
    if !names.contains(&operators.table) {
        names.push(operators.table.clone());
    }
    if let Some(e) = &r.subject.email
        && !names.contains(&e.table)
    {
        names.push(e.table.clone());
    }
    if let Some(t) = r.account.as_ref().and_then(|a| a.table.as_ref())
        && !names.contains(t)
    {
        names.push(t.clone());
    }
    let mut tables: HashMap<String, Table> = HashMap::new();
    for row in client.query(COLUMNS_SQL, &[&names]).await? {
        let name: String = row.col(0)?;
        let relkind: String = row.col(1)?;
        let table = tables.entry(name).or_insert_with(|| Table {
            relkind,
            columns: HashMap::new(),
            unique_keys: Vec::new(),
        });
        let column: Option<String> = row.col(2)?;
        if let Some(column) = column {
            table.columns.insert(
                column,
                Column {
                    ty: row.col(3)?,
                    nullable: row.col(4)?,
                },
            );
        }
    }
    for row in client.query(UNIQUE_KEYS_SQL, &[&names]).await? {
        let name: String = row.col(0)?;
        if let Some(t) = tables.get_mut(&name) {
            t.unique_keys.push((row.col(1)?, row.col(2)?));
        }
    }
    let live = Live { tables };
    let mut report = Report {
        problems: Vec::new(),
        seen: HashSet::new(),
    };
    let rep = &mut report;

    // The subject.
    let s = &r.subject;
    live.row_key(rep, &s.table, &s.primary_key, "subject primary_key");
    if let Some(d) = &s.deleted_at_column {
        live.column(
            rep,
            &s.table,
            d,
            Some(TypeFamily::Timestamptz),
            "subject deleted_at_column",
        );
    }

    if let Some(e) = &s.email {
        live.column(
            rep,
            &e.table,
            &e.column,
            Some(TypeFamily::Text),
            "subject email column",
        );
        live.column(
            rep,
            &e.table,
            &e.link_column,
            None,
            "subject email link_column",
        );
    }

    // The operators' table (`[operators]`, or the bookkeeping schema's own).
    let o = &operators;
    live.row_key(
        rep,
        &o.table,
        std::slice::from_ref(&o.id_column),
        "operators id_column",
    );
    for (column, family, role) in [
        (&o.id_column, TypeFamily::Bigint, "operators id_column"),
        (&o.role_column, TypeFamily::Text, "operators role_column"),
        (
            &o.active_column,
            TypeFamily::Boolean,
            "operators active_column",
        ),
        (
            &o.locked_column,
            TypeFamily::Boolean,
            "operators locked_column",
        ),
        (
            &o.deleted_at_column,
            TypeFamily::Timestamptz,
            "operators deleted_at_column",
        ),
    ] {
        live.column(rep, &o.table, column, Some(family), role);
    }
    if let Some(column) = &o.subject_column {
        live.column(
            rep,
            &o.table,
            column,
            Some(TypeFamily::Text),
            "operators subject_column",
        );
    }

    // Protected columns.
    for p in &r.protected {
        let (expect, what) = match p.kind {
            ProtectedKind::Aead => (Some(TypeFamily::Bytea), "aead column"),
            ProtectedKind::BlindIndex => (Some(TypeFamily::Bytea), "blind_index column"),
            ProtectedKind::PasswordPepper => (Some(TypeFamily::Text), "password_pepper column"),
            ProtectedKind::Sealed => (Some(TypeFamily::Bytea), "sealed column"),
        };
        live.row_key(rep, &p.table, &p.primary_key, "primary_key");
        live.column(rep, &p.table, &p.column, expect, what);
        if let Some(kv) = &p.key_version_column {
            live.column(
                rep,
                &p.table,
                kv,
                Some(TypeFamily::Text),
                "key_version_column",
            );
        }
        if let Some(rv) = &p.row_version_column {
            live.column(
                rep,
                &p.table,
                rv,
                Some(TypeFamily::Integer),
                "row_version_column",
            );
        }
    }
    for u in &r.unversioned {
        live.column(rep, &u.table, &u.column, None, "unversioned column");
    }

    // Personal data.
    let subject_pk = s.primary_key.first();
    for p in &r.personal_data {
        live.row_key(rep, &p.table, &p.primary_key, "primary_key");
        if let Some(link) = &p.link {
            let target = match &link.via {
                None => subject_pk.map(|pk| (s.table.as_str(), pk.as_str())),
                Some(via) => r
                    .personal_data_for(via)
                    .and_then(|parent| parent.primary_key.first())
                    .map(|pk| (via.as_str(), pk.as_str())),
            };
            let own = live.column(rep, &p.table, &link.column, None, "link column");
            let referenced = target.and_then(|(t, c)| {
                live.tables
                    .get(t)
                    .and_then(|tb| tb.columns.get(c))
                    .map(|col| (t, c, col))
            });
            let mismatch = match (own, referenced) {
                (Some(own), Some((t, c, col))) if base_type(&own.ty) != base_type(&col.ty) => {
                    Some((own, t, c, col))
                }
                _ => None,
            };
            if let Some((own, t, c, col)) = mismatch {
                rep.push(
                    &p.table,
                    Some(&link.column),
                    format!(
                        "link column: has type {}, but the {t}.{c} it refers to is {}",
                        own.ty, col.ty
                    ),
                );
            }
        }
        for a in &p.actor_columns {
            live.column(rep, &p.table, a, None, "actor column");
        }
        for o in &p.omit {
            live.column(rep, &p.table, o, None, "omit column");
        }
        for a in &p.anonymize {
            let not_null = live
                .column(rep, &p.table, a, None, "anonymize column")
                .is_some_and(|col| !col.nullable);
            if not_null && p.deletion == DeletionAction::Anonymize {
                rep.push(
                    &p.table,
                    Some(a),
                    "anonymize column: is NOT NULL, so it cannot be anonymized (set to NULL)"
                        .into(),
                );
            }
        }
    }

    check_access(&live, rep, r);

    // Every foreign key to the subject must be classified.
    if live.table(rep, &s.table).is_some() {
        for row in client.query(SUBJECT_FKS_SQL, &[&s.table]).await? {
            let table: String = row.col(0)?;
            let name: String = row.col(1)?;
            let columns: Vec<String> = row.col(2)?;
            let grants_access = r.access.iter().any(|a| a.table == table)
                || r.not_access.iter().any(|n| n.table == table);
            if !grants_access && let Some(t) = live.tables.get(&table) {
                let mut credential: Vec<&str> = t
                    .columns
                    .keys()
                    .map(String::as_str)
                    .filter(|c| looks_like_credential(c))
                    .filter(|c| {
                        r.protected_column(&table, c)
                            .is_none_or(|p| p.kind != ProtectedKind::Aead || p.secret)
                    })
                    .collect();
                credential.sort_unstable();
                if let Some(first) = credential.first() {
                    rep.push(
                        &table,
                        Some(first),
                        format!(
                            "is linked to {} and has credential-looking column(s) {} but is \
                             neither an [[access]] entry (revoked by `users lock`) nor a \
                             [[not_access]] entry saying why it grants no access",
                            s.table,
                            credential.join(", ")
                        ),
                    );
                }
            }
            match r.personal_data_for(&table) {
                None => rep.push(
                    &table,
                    None,
                    format!(
                        "has a foreign key to {} ({name} on {}) but the registry does not \
                         classify the table: add a personal_data entry",
                        s.table,
                        columns.join(", ")
                    ),
                ),
                Some(entry) => {
                    let listed = entry.subject_columns();
                    for c in &columns {
                        if !listed.contains(&c.as_str()) {
                            rep.push(
                                &table,
                                Some(c),
                                format!(
                                    "foreign key {name} references {} but the column is neither \
                                     the entry's direct link column nor one of its actor_columns",
                                    s.table
                                ),
                            );
                        }
                    }
                }
            }
        }
    }

    Ok(report.problems)
}

/// A type without its modifiers: `character varying(64)` -> `character varying`.
fn base_type(ty: &str) -> String {
    let mut out = String::with_capacity(ty.len());
    let mut depth = 0usize;
    for ch in ty.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}

/// `[account]` and `[[access]]`: every column exists with the type the revocation writes.
fn check_access(live: &Live, rep: &mut Report, r: &Registry) {
    let s = &r.subject;
    let subject_pk_type = s
        .primary_key
        .first()
        .and_then(|pk| live.tables.get(&s.table).and_then(|t| t.columns.get(pk)))
        .map(|c| base_type(&c.ty));
    if let Some(a) = &r.account {
        let table = a.state_table(&s.table);
        if let Some(link) = &a.link_column {
            // One state row per subject, of the subject's key type.
            live.row_key(
                rep,
                table,
                std::slice::from_ref(link),
                "account link_column",
            );
            if let Some(c) = live.column(rep, table, link, None, "account link_column")
                && let Some(pk_type) = &subject_pk_type
                && base_type(&c.ty) != *pk_type
            {
                rep.push(
                    table,
                    Some(link),
                    format!(
                        "account link_column: has type {}, but the subject key is {pk_type}",
                        c.ty
                    ),
                );
            }
        }
        if a.locked_value.is_some() {
            // A text or enum column compared (and written) as text: existence is what matters.
            live.column(rep, table, &a.locked_column, None, "account locked_column");
        }
        let cols = [
            (
                Some(&a.locked_column).filter(|_| a.locked_value.is_none()),
                TypeFamily::Boolean,
                "account locked_column",
            ),
            (
                a.active_column.as_ref(),
                TypeFamily::Boolean,
                "account active_column",
            ),
            (
                a.failed_logins_column.as_ref(),
                TypeFamily::Integer,
                "account failed_logins_column",
            ),
            (
                a.must_change_password_column.as_ref(),
                TypeFamily::Boolean,
                "account must_change_password_column",
            ),
            (
                a.last_login_column.as_ref(),
                TypeFamily::Timestamptz,
                "account last_login_column",
            ),
            (
                a.created_at_column.as_ref(),
                TypeFamily::Timestamptz,
                "account created_at_column",
            ),
            (
                a.updated_at_column.as_ref(),
                TypeFamily::Timestamptz,
                "account updated_at_column",
            ),
            (
                a.row_version_column.as_ref(),
                TypeFamily::Integer,
                "account row_version_column",
            ),
            (
                a.role_column.as_ref(),
                TypeFamily::Text,
                "account role_column",
            ),
        ];
        for (col, family, role) in cols {
            if let Some(col) = col {
                live.column(rep, table, col, Some(family), role);
            }
        }
    }
    for a in &r.access {
        live.row_key(rep, &a.table, &a.primary_key, "access primary_key");
        if let Some(link) = live.column(rep, &a.table, &a.link_column, None, "access link_column")
            && let Some(pk_type) = &subject_pk_type
            && base_type(&link.ty) != *pk_type
        {
            rep.push(
                &a.table,
                Some(&a.link_column),
                format!(
                    "access link_column: has type {}, but the subject key is {pk_type}",
                    link.ty
                ),
            );
        }
        match &a.revoke {
            Revoke::Flag { column } => {
                live.column(
                    rep,
                    &a.table,
                    column,
                    Some(TypeFamily::Boolean),
                    "access revoke column",
                );
            }
            Revoke::Status { column, .. } => {
                live.column(
                    rep,
                    &a.table,
                    column,
                    Some(TypeFamily::Text),
                    "access revoke column",
                );
            }
            Revoke::Expire { column } => {
                live.column(
                    rep,
                    &a.table,
                    column,
                    Some(TypeFamily::Timestamp),
                    "access revoke column",
                );
            }
            Revoke::Delete => {}
        }
        for (col, role) in [
            (&a.expires_column, "access expires_column"),
            (&a.consumed_column, "access consumed_column"),
        ] {
            if let Some(col) = col {
                live.column(rep, &a.table, col, Some(TypeFamily::Timestamp), role);
            }
        }
        if let Some(log) = &a.log {
            for (col, value) in log.parsed() {
                let expect = match value {
                    LogValue::Literal(_) | LogValue::Reason => Some(TypeFamily::Text),
                    LogValue::Meta => Some(TypeFamily::Jsonb),
                    LogValue::Now => Some(TypeFamily::Timestamptz),
                    LogValue::Actor => Some(TypeFamily::Integer),
                    LogValue::Subject | LogValue::Row => None,
                };
                live.column(rep, &log.table, col, expect, "access log column");
            }
        }
    }
}
