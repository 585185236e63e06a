//! The migrated schema matches the ER diagrams it was built from (seeds 000–002, vendored in
//! tests/data/seeds): every drawn table and column with the drawn type, every drawn foreign key with
//! the drawn name.

use std::collections::{BTreeMap, BTreeSet};

use crate::harness::migrated_db;

struct Drawn {
    /// table -> column -> drawn type
    columns: BTreeMap<String, BTreeMap<String, String>>,
    /// (from table, to table, constraint name)
    foreign_keys: BTreeSet<(String, String, String)>,
}

fn parse_seeds() -> Drawn {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds");
    let mut drawn = Drawn {
        columns: BTreeMap::new(),
        foreign_keys: BTreeSet::new(),
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "seeds 000-002");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines().map(str::trim) {
            if let Some(name) = line.strip_suffix(" {") {
                current = Some(name.trim().to_string());
                drawn.columns.entry(name.trim().to_string()).or_default();
            } else if line == "}" {
                current = None;
            } else if let Some(table) = &current {
                let mut parts = line.split_whitespace();
                let (ty, col) = (parts.next().unwrap(), parts.next().unwrap());
                let previous = drawn
                    .columns
                    .get_mut(table)
                    .unwrap()
                    .insert(col.to_string(), ty.to_string());
                if let Some(p) = previous {
                    assert_eq!(p, ty, "{table}.{col} drawn with two types");
                }
            } else if line.contains("}o--||") {
                let (rel, name) = line.split_once(" : ").unwrap();
                let mut t = rel.split_whitespace();
                let from = t.next().unwrap().to_string();
                let to = t.nth(1).unwrap().to_string();
                drawn
                    .foreign_keys
                    .insert((from, to, name.trim().to_string()));
            }
        }
    }
    drawn
}

/// The drawn type as PostgreSQL's `format_type` prints it.
fn pg_type(drawn: &str) -> String {
    let (base, arg) = match drawn.split_once('(') {
        Some((b, a)) => (b, Some(a.trim_end_matches(')'))),
        None => (drawn, None),
    };
    match (base, arg) {
        ("BIGINT" | "BIGSERIAL", None) => "bigint".into(),
        ("INTEGER", None) => "integer".into(),
        ("SMALLINT", None) => "smallint".into(),
        ("BOOLEAN", None) => "boolean".into(),
        ("BYTEA", None) => "bytea".into(),
        ("TEXT", None) => "text".into(),
        ("TEXT[]", None) => "text[]".into(),
        ("JSONB", None) => "jsonb".into(),
        ("VARCHAR", Some(n)) => format!("character varying({n})"),
        ("CHAR", Some(n)) => format!("character({n})"),
        ("NUMERIC", Some(n)) => format!("numeric({n},0)"),
        ("TIMESTAMPTZ", Some(n)) => format!("timestamp({n}) with time zone"),
        other => panic!("unexpected drawn type {other:?}"),
    }
}

/// Where two seeds name one relationship differently, the schema uses one name (docs/schema.md).
fn expected_fk_name(from: &str, to: &str, name: &str) -> String {
    match (from, to, name) {
        ("privacy_requests", "users", "fk_pr_user") => "fk_privacy_requests_user".into(),
        _ => name.into(),
    }
}

#[test]
fn every_drawn_table_column_and_foreign_key_exists() {
    let drawn = parse_seeds();
    assert!(
        drawn.columns.len() >= 35,
        "{} tables parsed",
        drawn.columns.len()
    );
    let db = migrated_db();
    let mut live: BTreeMap<(String, String), String> = BTreeMap::new();
    for row in db.query(
        "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod)
           FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped",
    ) {
        live.insert((row.get(0), row.get(1)), row.get(2));
    }
    let mut problems = Vec::new();
    let mut checked = 0;
    for (table, columns) in &drawn.columns {
        for (column, ty) in columns {
            checked += 1;
            match live.get(&(table.clone(), column.clone())) {
                None => problems.push(format!("missing column {table}.{column}")),
                Some(actual) if *actual != pg_type(ty) => problems.push(format!(
                    "{table}.{column}: drawn {ty}, database has {actual}"
                )),
                Some(_) => {}
            }
        }
    }
    let fks: BTreeSet<(String, String, String)> = db
        .query(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, c.conname::text
               FROM pg_constraint c WHERE c.contype = 'f'",
        )
        .into_iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    for (from, to, name) in &drawn.foreign_keys {
        let expected = (from.clone(), to.clone(), expected_fk_name(from, to, name));
        if !fks.contains(&expected) {
            problems.push(format!(
                "missing foreign key {} on {from} -> {to}",
                expected.2
            ));
        }
        if !live.keys().any(|(t, _)| t == to) {
            problems.push(format!("table {to} (referenced by {name}) does not exist"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {checked} columns / {} foreign keys:\n{}",
        problems.len(),
        drawn.foreign_keys.len(),
        problems.join("\n")
    );
    assert!(checked > 400, "{checked}");
}

#[test]
fn bigserial_columns_have_a_sequence_default() {
    let drawn = parse_seeds();
    let db = migrated_db();
    for (table, columns) in &drawn.columns {
        for (column, ty) in columns.iter().filter(|(_, t)| *t == "BIGSERIAL") {
            let default: Option<String> = db.scalar(&format!(
                "SELECT column_default::text FROM information_schema.columns WHERE table_name = '{table}' AND column_name = '{column}'"
            ));
            assert!(
                default.is_some_and(|d| d.starts_with("nextval(")),
                "{table}.{column} ({ty})"
            );
        }
    }
}

#[test]
fn every_key_version_column_is_indexed_for_the_engine() {
    let db = migrated_db();
    let unindexed: Vec<String> = db
        .query(
            "SELECT c.table_name::text || '.' || c.column_name::text FROM information_schema.columns c
              WHERE c.table_schema = 'public' AND c.column_name LIKE '%key_version'
                AND NOT EXISTS (
                    SELECT 1 FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
                     WHERE t.relname = c.table_name AND a.attname = c.column_name)",
        )
        .into_iter()
        .map(|r| r.get(0))
        .collect();
    assert!(unindexed.is_empty(), "{unindexed:?}");
}

#[test]
fn one_active_key_version_per_basename_is_enforced() {
    let db = migrated_db();
    db.exec("INSERT INTO crypto_keys (basename, version, status) VALUES ('profile', 1, 'active'), ('profile', 2, 'pending')");
    let err = crate::harness::block_on(async {
        let (c, conn) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        c.execute(
            "UPDATE crypto_keys SET status = 'active' WHERE version = 2",
            &[],
        )
        .await
        .unwrap_err()
    });
    assert_eq!(
        err.code(),
        Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION),
        "{err}"
    );
}
