//! `idctl deletion`: plans, soft and hard deletion, injection-proof job rows, crash and re-run,
//! holds, grown plans, runner exclusion, retention purges.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use idctl::registry::Registry;

use crate::harness::{TestDb, run};
use crate::rotate::{Seeded, seeded};

/// The WHERE condition selecting `user`'s rows of `table`, following the registry's link chain
/// (written out here independently of idctl's own selector).
pub(crate) fn subject_condition(reg: &Registry, table: &str, user: i64) -> Option<String> {
    let chain = reg.link_chain(table)?;
    let last = chain.last()?;
    let mut cond = format!("\"{}\" = {user}", last.link.as_ref()?.column);
    for pair in chain.windows(2).rev() {
        let (child, parent) = (pair[0], pair[1]);
        cond = format!(
            "\"{}\" IN (SELECT \"{}\" FROM \"{}\" WHERE {cond})",
            child.link.as_ref()?.column,
            parent.primary_key[0],
            parent.table
        );
    }
    Some(cond)
}

fn value_for(table: &str, column: &str, ty: &str) -> String {
    match (table, column) {
        ("privacy_requests", "type") => return "'erasure'".into(),
        ("privacy_requests", "status") => return "'pending'".into(),
        _ => {}
    }
    match ty {
        "bigint" | "integer" | "smallint" | "numeric" => "1".into(),
        "uuid" => "gen_random_uuid()".into(),
        "boolean" => "false".into(),
        "bytea" => "'\\x01'::bytea".into(),
        "jsonb" | "json" => "'{\"k\": 1}'".into(),
        "inet" => "'10.0.0.1'".into(),
        "date" => "current_date".into(),
        t if t.starts_with("timestamp") => "now()".into(),
        t if t.ends_with("[]") => "'{}'".into(),
        t if t.starts_with("character(") => "gen_random_uuid()::text".into(),
        t if t == "text" || t.starts_with("character varying") => {
            "left(md5(random()::text), 8)".into()
        }
        other => panic!("no test value for {table}.{column} of type {other}"),
    }
}

/// One row of `user` in every table the registry links to the subject (parents before children),
/// with every NOT NULL column and every column erasure anonymizes set.
pub(crate) fn fill_every_linked_table(db: &TestDb, user: i64) {
    let reg = Registry::builtin();
    let mut entries: Vec<_> = reg
        .personal_data
        .iter()
        .filter(|p| reg.link_chain(&p.table).is_some() && p.table != reg.subject.table)
        .collect();
    entries.sort_by_key(|p| reg.link_chain(&p.table).map(|c| c.len()));
    for p in entries {
        let link = p.link.as_ref().unwrap();
        let link_value = match &link.via {
            None => user.to_string(),
            Some(parent) => {
                let pp = reg.personal_data_for(parent).unwrap();
                format!(
                    "(SELECT \"{}\" FROM \"{parent}\" WHERE {} LIMIT 1)",
                    pp.primary_key[0],
                    subject_condition(&reg, parent, user).unwrap()
                )
            }
        };
        let anonymize = format!(
            "{{{}}}",
            p.anonymize
                .iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(",")
        );
        let cols = db.query(&format!(
            "SELECT a.attname::text, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
              WHERE a.attrelid = '{}'::regclass AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attidentity = '' AND a.attgenerated = ''
                AND ((a.attnotnull AND NOT a.atthasdef) OR a.attname = ANY('{anonymize}'::text[]))
                AND a.attname <> '{}'",
            p.table, link.column
        ));
        let mut names = vec![format!("\"{}\"", link.column)];
        let mut values = vec![link_value];
        for c in cols {
            let name: String = c.get(0);
            let ty: String = c.get(1);
            values.push(value_for(&p.table, &name, &ty));
            names.push(format!("\"{name}\""));
        }
        db.exec(&format!(
            "INSERT INTO \"{}\" ({}) VALUES ({}) ON CONFLICT DO NOTHING",
            p.table,
            names.join(", "),
            values.join(", ")
        ));
    }
}

/// Rows of `user` per linked table (the subject's own row included).
pub(crate) fn linked_rows(db: &TestDb, user: i64) -> BTreeMap<String, i64> {
    let reg = Registry::builtin();
    reg.personal_data
        .iter()
        .filter_map(|p| {
            let cond = subject_condition(&reg, &p.table, user)?;
            let n: i64 = db.scalar(&format!(
                "SELECT count(*) FROM \"{}\" WHERE {cond}",
                p.table
            ));
            Some((p.table.clone(), n))
        })
        .collect()
}

/// A checksum of every row of every table that is not `user`'s: per table, over the rows whose
/// primary key is not one of `user`'s (as found before the deletion), and, for tables keyed by an
/// identity `id`, that existed before (audit rows the deletion appends are not other users' rows).
struct Others {
    excluded: HashMap<String, Vec<String>>,
    max_id: HashMap<String, i64>,
    pks: HashMap<String, String>,
}

impl Others {
    fn capture(db: &TestDb, user: i64) -> Others {
        let reg = Registry::builtin();
        let mut pks = HashMap::new();
        let mut excluded = HashMap::new();
        let mut max_id = HashMap::new();
        for r in db.query(
            "SELECT c.relname::text,
                    string_agg(quote_ident(a.attname), ', ' ORDER BY k.o),
                    bool_and(a.attname = 'id' AND format_type(a.atttypid, a.atttypmod) = 'bigint') AND count(*) = 1
               FROM pg_class c
               JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
               CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(n, o)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.n
              WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
                AND c.relname NOT IN ('deletion_jobs', 'idctl_schema_migrations')
              GROUP BY c.relname",
        ) {
            let table: String = r.get(0);
            let pk: String = r.get(1);
            let by_id: bool = r.get(2);
            if by_id {
                let m: i64 = db.scalar(&format!("SELECT coalesce(max(id), 0) FROM \"{table}\""));
                max_id.insert(table.clone(), m);
            }
            if let Some(cond) = subject_condition(&reg, &table, user) {
                let keys: Vec<String> = db
                    .query(&format!(
                        "SELECT row({pk})::text FROM \"{table}\" WHERE {cond}"
                    ))
                    .iter()
                    .map(|r| r.get(0))
                    .collect();
                excluded.insert(table.clone(), keys);
            }
            pks.insert(table, pk);
        }
        Others {
            excluded,
            max_id,
            pks,
        }
    }

    fn checksums(&self, db: &TestDb) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (table, pk) in &self.pks {
            let excluded = self.excluded.get(table).cloned().unwrap_or_default();
            let list = if excluded.is_empty() {
                "ARRAY[]::text[]".to_string()
            } else {
                format!(
                    "ARRAY[{}]",
                    excluded
                        .iter()
                        .map(|k| format!("'{}'", k.replace('\'', "''")))
                        .collect::<Vec<_>>()
                        .join(",")
                )
            };
            let since = match self.max_id.get(table) {
                Some(m) => format!(" AND id <= {m}"),
                None => String::new(),
            };
            let sum: String = db.scalar(&format!(
                "SELECT coalesce(md5(string_agg(x::text, E'\\n' ORDER BY x::text)), '')
                   FROM \"{table}\" x WHERE row({pk})::text <> ALL({list}){since}"
            ));
            out.insert(table.clone(), sum);
        }
        out
    }
}

fn schedule(s: &Seeded, args: &[&str]) -> serde_json::Value {
    let out = run(s
        .idctl()
        .args(["deletion", "schedule", "-o", "json", "--reason", "test"])
        .args(args));
    out.expect_code(0);
    out.json()
}

fn job_status(s: &Seeded, id: i64) -> (String, Option<String>) {
    let r = s.db.query(&format!(
        "SELECT status, blocked_reason FROM deletion_jobs WHERE id = {id}"
    ));
    (r[0].get(0), r[0].get(1))
}

fn planned_rows(plan: &serde_json::Value, action: &str) -> BTreeMap<String, i64> {
    plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["action"] == action && s["rows"].as_i64().unwrap() > 0)
        .map(|s| {
            (
                s["table"].as_str().unwrap().to_string(),
                s["rows"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_hard_delete_leaves_only_retained_rows_and_changes_no_other_users_row() {
    let s = seeded(40);
    fill_every_linked_table(&s.db, 7);
    fill_every_linked_table(&s.db, 8);
    let before = linked_rows(&s.db, 7);
    let empty: Vec<&String> = before
        .iter()
        .filter(|(_, n)| **n == 0)
        .map(|(t, _)| t)
        .collect();
    assert!(empty.is_empty(), "no rows of the subject in {empty:?}");
    let others = Others::capture(&s.db, 7);
    let sums = others.checksums(&s.db);

    let plan = schedule(&s, &["7", "--hard"]);
    let id = plan["job_id"].as_i64().unwrap();
    assert_eq!(plan["tombstone"], "removed_if_unreferenced");
    // Nothing changes before the run.
    assert_eq!(linked_rows(&s.db, 7), before);
    // Not confirmed (no terminal, no --yes): exit 64, nothing changed.
    let out = run(s.idctl().args(["deletion", "run", "--id", &id.to_string()]));
    out.expect_code(64);
    assert_eq!(linked_rows(&s.db, 7), before);
    assert_eq!(job_status(&s, id).0, "scheduled");

    let out = run(s.idctl().args([
        "deletion",
        "run",
        "--id",
        &id.to_string(),
        "--yes",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["outcome"], "completed");
    // Every planned erasure and anonymization done, exactly.
    for (table, n) in planned_rows(&plan, "erase")
        .into_iter()
        .chain(planned_rows(&plan, "anonymize"))
    {
        assert_eq!(report["rows"][&table].as_i64(), Some(n), "{table}");
    }
    // What is left of the subject: the retained tables, and the tombstone they reference.
    let reg = Registry::builtin();
    let after = linked_rows(&s.db, 7);
    for (table, n) in &after {
        let entry = reg.personal_data_for(table).unwrap();
        match entry.deletion {
            idctl::registry::DeletionAction::Retain => assert_eq!(*n, before[table], "{table}"),
            _ if table == "users" => {
                assert_eq!(*n, 1, "the tombstone stays while rows reference it")
            }
            _ => assert_eq!(*n, 0, "{table} still holds rows of the subject"),
        }
    }
    let tomb = s.db.query(
        "SELECT deleted_at IS NOT NULL, is_active, is_locked, email_hash IS NULL, password_hash IS NULL FROM users WHERE id = 7",
    );
    assert!(tomb[0].get::<_, bool>(0));
    assert!(!tomb[0].get::<_, bool>(1));
    assert!(tomb[0].get::<_, bool>(2));
    assert!(tomb[0].get::<_, bool>(3) && tomb[0].get::<_, bool>(4));
    // Not one row of anybody else changed.
    assert_eq!(others.checksums(&s.db), sums);
    // verify explains what remains; a follow-up purge waits for the earliest retention end.
    let v = run(s
        .idctl()
        .args(["deletion", "verify", &id.to_string(), "-o", "json"]));
    v.expect_code(0);
    let v = v.json();
    assert_eq!(v["ok"], true);
    let follow = report["follow_up_job"].as_i64().expect("a purge follow-up");
    let (kind, parent, years): (String, i64, f64) = {
        let r = s.db.query(&format!(
            "SELECT kind, parent_id, extract(epoch FROM scheduled_at - now())::float8 / 31557600 FROM deletion_jobs WHERE id = {follow}"
        ));
        (r[0].get(0), r[0].get(1), r[0].get(2))
    };
    assert_eq!((kind.as_str(), parent), ("purge", id));
    assert!(
        (2.9..3.1).contains(&years),
        "consents are kept 3 years: {years}"
    );
    // The audit trail has the job's life, with counts and never the data.
    let types: Vec<String> = s
        .db
        .query(&format!(
            "SELECT change_type FROM audit_log WHERE table_name = 'deletion_jobs' AND record_id = {id} ORDER BY id"
        ))
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(
        types.first().map(String::as_str),
        Some("deletion_scheduled")
    );
    assert!(types.contains(&"deletion_access_revoked".to_string()));
    assert_eq!(types.last().map(String::as_str), Some("deletion_completed"));
    // Run again: a no-op.
    let out = run(s.idctl().args([
        "deletion",
        "run",
        "--id",
        &id.to_string(),
        "--yes",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["outcome"], "already_completed");
    assert_eq!(others.checksums(&s.db), sums);

    // When the retention ends, the purge removes the retained rows, then the tombstone.
    s.db.exec(&format!(
        "UPDATE deletion_jobs SET finished_at = now() - interval '11 years' WHERE id = {id};
         UPDATE deletion_jobs SET scheduled_at = now() - interval '1 second' WHERE id = {follow}"
    ));
    let out = run(s
        .idctl()
        .args(["deletion", "run", "--due", "--yes", "-o", "json"]));
    out.expect_code(0);
    let runs = out.json();
    assert_eq!(runs[0]["job_id"].as_i64(), Some(follow));
    assert_eq!(runs[0]["tombstone_removed"], true, "{runs}");
    let left: i64 = linked_rows(&s.db, 7).values().sum();
    assert_eq!(left, 0);
    assert_eq!(others.checksums(&s.db), sums);
}

#[test]
fn a_soft_delete_revokes_access_exactly_as_a_lock_does() {
    let s = seeded(20);
    // What a lock would revoke for user 5, then the deletion's own revocations.
    let dry = run(s.idctl().args([
        "users",
        "lock",
        "5",
        "--reason",
        "x",
        "--dry-run",
        "-o",
        "json",
    ]));
    dry.expect_code(0);
    let would: serde_json::Value = dry.json()[0]["revoked_by_kind"].clone();
    assert!(
        would.as_object().is_some_and(|m| !m.is_empty()),
        "the seed gives user 5 live grants: {would}"
    );
    let plan = schedule(&s, &["5"]);
    let id = plan["job_id"].as_i64().unwrap().to_string();
    assert_eq!(plan["tombstone"], "kept");
    let out = run(s
        .idctl()
        .args(["deletion", "run", "--id", &id, "-o", "json"]));
    out.expect_code(0);
    let revoked = out.json()["revoked"].clone();
    assert_eq!(revoked, would);
    let locked: bool = s.db.scalar("SELECT is_locked FROM users WHERE id = 5");
    assert!(locked);
    // The revocations were logged as a lock logs them (session_audit rows, now anonymized).
    let rows: i64 = s.db.scalar(
        "SELECT count(*) FROM session_audit WHERE event = 'session_revoked' AND user_id IS NULL",
    );
    assert_eq!(
        Some(rows),
        would.get("sessions").and_then(|v| v.as_i64()).or(Some(0))
    );
    // The account cannot be an actor any more.
    let out = run(s.idctl().env("IDCTL_ACTOR", "5").args(["users", "whoami"]));
    assert_ne!(out.code, 0);
}

#[test]
fn job_rows_with_an_unknown_table_or_a_malformed_key_fail_cleanly_and_change_nothing() {
    let s = seeded(10);
    let others = Others::capture(&s.db, -1);
    let sums = others.checksums(&s.db);
    s.db.exec(
        "INSERT INTO deletion_jobs (entity_table, entity_pk, reason, hard_delete, scheduled_at)
         VALUES ('users; DROP TABLE users', '3', 'x', true, now()),
                ('users', '1 OR 1=1', 'x', true, now()),
                ('orders', '1', 'x', false, now()),
                (NULL, NULL, 'x', false, now())",
    );
    let out = run(s
        .idctl()
        .args(["deletion", "run", "--due", "--yes", "-o", "json"]));
    out.expect_code(65);
    let runs = out.json();
    assert_eq!(runs.as_array().unwrap().len(), 4, "{runs}");
    for r in
        s.db.query("SELECT status, error FROM deletion_jobs ORDER BY id")
    {
        let status: String = r.get(0);
        let error: String = r.get(1);
        assert_eq!(status, "failed");
        assert!(!error.contains("DROP") && !error.contains("1=1"), "{error}");
    }
    assert!(
        out.stderr
            .contains("not an entity the registry declares deletable")
    );
    assert!(out.stderr.contains("not a valid key"));
    assert!(!out.stderr.contains("DROP TABLE") && !out.stdout.contains("DROP TABLE"));
    let users: i64 =
        s.db.scalar("SELECT count(*) FROM users WHERE deleted_at IS NULL");
    assert_eq!(users, 11);
    assert_eq!(others.checksums(&s.db), sums);
}

#[test]
fn a_hard_delete_killed_mid_run_completes_on_the_next_run_with_nothing_done_twice() {
    let s = seeded(30);
    fill_every_linked_table(&s.db, 9);
    // More rows than one batch in a few tables.
    s.db.exec(
        "INSERT INTO notifications (user_id) SELECT 9 FROM generate_series(1, 2500);
         INSERT INTO auth_events (user_id, user_agent) SELECT 9, 'ua' FROM generate_series(1, 25);
         ANALYZE notifications; ANALYZE auth_events",
    );
    let others = Others::capture(&s.db, 9);
    let sums = others.checksums(&s.db);
    let plan = schedule(&s, &["9", "--hard"]);
    let id = plan["job_id"].as_i64().unwrap().to_string();
    // Killed (abort, as kill -9) after every committed batch. notifications is all the subject's
    // (analyzed): it goes by block ranges; auth_events (mostly other users') by row addresses.
    let mut crashes = 0;
    loop {
        let out = run(s
            .idctl()
            .env("IDCTL_FAILPOINT", "deletion.after_batch")
            .args(["deletion", "run", "--id", &id, "--yes", "--batch-size", "7"]));
        if out.code == 0 {
            break;
        }
        if out.code == 75 {
            // The killed runner's backend has not noticed yet that its client is gone: the job's
            // lock is still held for a moment. 75 says exactly that: retry.
            assert!(out.stderr.contains("already running"), "{}", out.stderr);
            std::thread::sleep(std::time::Duration::from_millis(100));
            continue;
        }
        assert!(out.stderr.contains("failpoint"), "{}", out.stderr);
        crashes += 1;
        let (status, _) = job_status(&s, id.parse().unwrap());
        assert_eq!(status, "running", "a killed run leaves the job running");
        assert!(crashes < 200, "the job never completes");
    }
    assert!(crashes > 5, "each crash lost at most one batch: {crashes}");
    let (status, _) = job_status(&s, id.parse().unwrap());
    assert_eq!(status, "completed");
    let by_blocks: bool = s.db.scalar(&format!(
        "SELECT checkpoint->'blocks' ? 'notifications' FROM deletion_jobs WHERE id = {id}"
    ));
    assert!(by_blocks, "notifications went by block ranges");
    // The same end state as an uninterrupted run: every planned row handled exactly once.
    let result: serde_json::Value =
        s.db.scalar(&format!("SELECT result FROM deletion_jobs WHERE id = {id}"));
    for (table, n) in planned_rows(&plan, "erase")
        .into_iter()
        .chain(planned_rows(&plan, "anonymize"))
    {
        assert_eq!(
            result["rows"][&table].as_i64(),
            Some(n),
            "{table}: {result}"
        );
    }
    let v = run(s.idctl().args(["deletion", "verify", &id, "-o", "json"]));
    v.expect_code(0);
    assert_eq!(others.checksums(&s.db), sums);
}

fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    let t = Instant::now();
    while !f() {
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_second_runner_never_takes_a_running_job() {
    let s = seeded(10);
    s.db.exec("INSERT INTO notifications (user_id) SELECT 4 FROM generate_series(1, 10)");
    let plan = schedule(&s, &["4"]);
    let id = plan["job_id"].as_i64().unwrap().to_string();
    let mut slow = crate::harness::KillOnDrop(
        s.std_idctl()
            .env("IDCTL_FAILPOINT", "deletion.after_batch:sleep=400")
            .args(["deletion", "run", "--id", &id, "--batch-size", "2", "-q"])
            .spawn()
            .unwrap(),
    );
    wait_for("the first batch", || {
        s.db.scalar::<i64>(&format!(
            "SELECT count(*) FROM deletion_jobs WHERE id = {id} AND status = 'running'"
        )) == 1
    });
    let out = run(s.idctl().args(["deletion", "run", "--id", &id]));
    out.expect_code(75);
    assert!(out.stderr.contains("already running"), "{}", out.stderr);
    let out = run(s.idctl().args(["deletion", "run", "--due", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(
        out.json(),
        serde_json::json!([]),
        "--due skips a job another runner holds"
    );
    assert!(slow.wait().unwrap().success());
    assert_eq!(job_status(&s, id.parse().unwrap()).0, "completed");
}

#[test]
fn a_held_job_does_not_run_until_released_and_a_grown_plan_stops_the_run() {
    let s = seeded(12);
    let plan = schedule(&s, &["3"]);
    let id = plan["job_id"].as_i64().unwrap().to_string();
    run(s.idctl().args([
        "deletion",
        "hold",
        &id,
        "--reason",
        "litigation hold, case 42",
    ]))
    .expect_code(0);
    assert_eq!(
        job_status(&s, id.parse().unwrap()),
        ("blocked".into(), Some("legal_hold".into()))
    );
    let before = linked_rows(&s.db, 3);
    let out = run(s.idctl().args(["deletion", "run", "--id", &id]));
    out.expect_code(65);
    assert!(out.stderr.contains("case 42"), "{}", out.stderr);
    let out = run(s.idctl().args(["deletion", "run", "--due", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json(), serde_json::json!([]));
    assert_eq!(linked_rows(&s.db, 3), before, "a held job changed data");
    run(s.idctl().args(["deletion", "release", &id])).expect_code(0);
    run(s.idctl().args(["deletion", "run", "--id", &id])).expect_code(0);
    assert_eq!(job_status(&s, id.parse().unwrap()).0, "completed");

    // A plan that grew: a new session after scheduling.
    let plan = schedule(&s, &["4"]);
    let id = plan["job_id"].as_i64().unwrap().to_string();
    s.db.exec("INSERT INTO sessions (user_id) VALUES (4), (4)");
    let before = linked_rows(&s.db, 4);
    let out = run(s
        .idctl()
        .args(["deletion", "run", "--id", &id, "-o", "json"]));
    out.expect_code(65);
    let r = out.json();
    assert_eq!(r["outcome"], "blocked");
    let grown = &r["grown"][0];
    assert_eq!(grown["table"], "sessions");
    assert_eq!(
        grown["now"].as_i64(),
        Some(grown["planned"].as_i64().unwrap() + 2)
    );
    assert_eq!(
        job_status(&s, id.parse().unwrap()),
        ("blocked".into(), Some("plan_changed".into()))
    );
    assert_eq!(linked_rows(&s.db, 4), before, "a grown plan changed data");
    let p = run(s.idctl().args(["deletion", "plan", &id, "-o", "json"]));
    p.expect_code(0);
    assert_ne!(p.json()["plan_hash"], p.json()["stored_plan_hash"]);
    run(s
        .idctl()
        .args(["deletion", "run", "--id", &id, "--accept-new-plan"]))
    .expect_code(0);
    assert_eq!(linked_rows(&s.db, 4)["sessions"], 0);
}

#[test]
fn guards_refuse_yourself_the_last_operator_and_entities_not_declared_deletable() {
    let s = seeded(5);
    // Yourself (user 1, the only operator).
    let out = run(s
        .idctl()
        .args(["deletion", "schedule", "1", "--reason", "x"]));
    out.expect_code(65);
    assert!(out.stderr.contains("that is you"), "{}", out.stderr);
    let out = run(s.idctl().args([
        "deletion", "schedule", "--table", "orders", "--pk", "1", "--hard", "--reason", "x",
    ]));
    out.expect_code(64);
    assert!(out.stderr.contains("deletable"), "{}", out.stderr);
    let out = run(s.idctl().args([
        "deletion",
        "schedule",
        "nobody@example.com",
        "--reason",
        "x",
    ]));
    assert_ne!(out.code, 0);
    let jobs: i64 = s.db.scalar("SELECT count(*) FROM deletion_jobs");
    assert_eq!(jobs, 0);
    // A deletable entity: a cart and its items, and nothing else of the user.
    s.db.exec(
        "INSERT INTO carts (id, user_id) VALUES ('c1', 2), ('c2', 2);
         INSERT INTO cart_items (cart_id) VALUES ('c1'), ('c1'), ('c2')",
    );
    let plan = schedule(&s, &["--table", "carts", "--pk", "c1", "--hard"]);
    let id = plan["job_id"].as_i64().unwrap().to_string();
    run(s.idctl().args(["deletion", "run", "--id", &id, "--yes"])).expect_code(0);
    let left: Vec<String> =
        s.db.query("SELECT cart_id::text FROM cart_items ORDER BY 1")
            .iter()
            .map(|r| r.get::<_, String>(0).trim().to_string())
            .collect();
    assert_eq!(left, vec!["c2"]);
    let carts: i64 = s.db.scalar("SELECT count(*) FROM carts");
    assert_eq!(carts, 1);
}

#[test]
fn an_unclassified_table_referencing_the_subject_stops_the_job_before_any_change() {
    let s = seeded(6);
    let plan = schedule(&s, &["2"]);
    let id = plan["job_id"].as_i64().unwrap().to_string();
    s.db.exec(
        "CREATE TABLE shadow_profiles (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
         INSERT INTO shadow_profiles VALUES (1, 2)",
    );
    let before = linked_rows(&s.db, 2);
    let out = run(s.idctl().args(["deletion", "run", "--id", &id]));
    out.expect_code(65);
    assert!(out.stderr.contains("shadow_profiles"), "{}", out.stderr);
    assert_eq!(job_status(&s, id.parse().unwrap()).0, "failed");
    assert_eq!(linked_rows(&s.db, 2), before);
    let locked: bool = s.db.scalar("SELECT is_locked FROM users WHERE id = 2");
    assert!(!locked, "nothing may change before the checks");
}

#[test]
fn a_run_stopped_at_its_deadline_is_paused_and_the_next_run_finishes_it() {
    let s = seeded(6);
    s.db.exec("INSERT INTO notifications (user_id) SELECT 3 FROM generate_series(1, 30)");
    let plan = schedule(&s, &["3"]);
    let id = plan["job_id"].as_i64().unwrap();
    // Batches of 5 rows, each followed by a 300 ms pause: the 1 s deadline falls mid-job.
    let out = run(s
        .idctl()
        .env("IDCTL_FAILPOINT", "deletion.after_batch:sleep=300")
        .args([
            "deletion",
            "run",
            "--due",
            "--max-duration",
            "1s",
            "--batch-size",
            "5",
            "-o",
            "json",
        ]));
    out.expect_code(0);
    assert_eq!(out.json()[0]["outcome"], "paused", "{}", out.stdout);
    assert_eq!(job_status(&s, id).0, "scheduled");
    let left: i64 =
        s.db.scalar("SELECT count(*) FROM notifications WHERE user_id = 3");
    assert!(left > 0, "the deadline stopped the run before the end");
    let out = run(s.idctl().args(["deletion", "run", "--due", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()[0]["outcome"], "completed");
    assert_eq!(out.json()[0]["rows"]["notifications"].as_i64(), Some(30));
    let shown = run(s
        .idctl()
        .args(["deletion", "show", &id.to_string(), "-o", "json"]));
    shown.expect_code(0);
    assert_eq!(shown.json()["attempts"].as_i64(), Some(2));
}

#[test]
fn deletion_and_privacy_tables_fit_80_columns() {
    let s = seeded(5);
    let plan = schedule(&s, &["3"]);
    let id = plan["job_id"].as_i64().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("u4.zip");
    let zip = zip.to_str().unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["deletion", "plan", &id],
        vec!["deletion", "list"],
        vec!["deletion", "show", &id],
        vec!["deletion", "run", "--id", &id],
        vec!["privacy", "export", "4", "--out", zip],
        vec!["privacy", "verify-export", zip],
        vec![
            "privacy", "requests", "create", "--user", "4", "--type", "access",
        ],
        vec!["privacy", "requests", "list"],
        vec!["privacy", "requests", "show", "1"],
    ];
    for args in commands {
        let out = run(s.idctl().args(&args).args(["-o", "table"]));
        out.expect_code(0);
        assert!(out.stdout.lines().count() > 2, "{args:?}: {}", out.stdout);
        for line in out.stdout.lines() {
            assert!(
                line.chars().count() <= 80,
                "{args:?}: a line of {} characters:\n{line}",
                line.chars().count()
            );
        }
    }
}
