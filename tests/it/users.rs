//! The first operator, and the actor rules.

use std::io::Write;
use std::time::{Duration, Instant};

use crate::harness::{migrated_db, run};
use crate::rotate::{Seeded, seeded};

#[test]
fn bootstrap_admin_creates_the_first_operator_once() {
    let db = migrated_db();
    let out = run(db.idctl().args(["users", "bootstrap-admin", "-o", "json"]));
    out.expect_code(0);
    let id = out.json()["id"].as_i64().unwrap();
    let role: String = db.scalar(&format!("SELECT actor_role FROM users WHERE id = {id}"));
    assert_eq!(role, "admin");
    let audited: i64 = db.scalar(&format!(
        "SELECT count(*) FROM audit_log WHERE changed_by = {id} AND change_type = 'bootstrap_admin'"
    ));
    assert_eq!(audited, 1);
    let out = run(db.idctl().args(["users", "bootstrap-admin"]));
    out.expect_code(65);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    let users: i64 = db.scalar("SELECT count(*) FROM users");
    assert_eq!(users, 1);
}

// ------------------------------------------------------------------------------------------------
// users lock / unlock / revoke-sessions / show / list / find / grant / revoke / whoami
// ------------------------------------------------------------------------------------------------

/// Live grants of access of `user`, per table (what a lock must bring to zero).
fn live_grants(s: &Seeded, user: i64) -> Vec<(String, i64)> {
    [
        (
            "sessions",
            "revoked IS NOT TRUE AND (expires_at IS NULL OR expires_at > now())",
        ),
        (
            "jwt_tokens",
            "revoked IS NOT TRUE AND (expires_at IS NULL OR expires_at > now())",
        ),
        (
            "api_keys",
            "status IS DISTINCT FROM 'revoked' AND (expires_at IS NULL OR expires_at > now())",
        ),
        (
            "magic_links",
            "used_at IS NULL AND (expires_at IS NULL OR expires_at > now())",
        ),
        (
            "password_resets",
            "used_at IS NULL AND (expires_at IS NULL OR expires_at > now())",
        ),
    ]
    .iter()
    .map(|(t, live)| {
        let n: i64 = s.db.scalar(&format!(
            "SELECT count(*) FROM {t} WHERE user_id = {user} AND {live}"
        ));
        (t.to_string(), n)
    })
    .collect()
}

/// A checksum of every access row and account row of users other than `except`.
fn others_checksum(s: &Seeded, except: &[i64]) -> String {
    let list = except
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let list = if list.is_empty() {
        "0".to_string()
    } else {
        list
    };
    s.db.scalar(&format!(
        "SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (
           SELECT 'u' || t::text AS x FROM users t WHERE id NOT IN ({list})
           UNION ALL SELECT 's' || t::text FROM sessions t WHERE user_id NOT IN ({list})
           UNION ALL SELECT 'j' || t::text FROM jwt_tokens t WHERE user_id NOT IN ({list})
           UNION ALL SELECT 'a' || t::text FROM api_keys t WHERE user_id NOT IN ({list})
           UNION ALL SELECT 'm' || t::text FROM magic_links t WHERE user_id NOT IN ({list})
           UNION ALL SELECT 'p' || t::text FROM password_resets t WHERE user_id NOT IN ({list})
           UNION ALL SELECT 'sa' || t::text FROM session_audit t WHERE user_id NOT IN ({list})) q"
    ))
}

/// A seeded user (not locked) given one more live grant in every access table, on top of what
/// `dev seed` gave it.
fn user_with_every_grant(s: &Seeded) -> i64 {
    let user: i64 =
        s.db.scalar("SELECT min(id) FROM users WHERE id > 1 AND is_locked IS NOT TRUE");
    s.db.exec(&format!(
        "INSERT INTO sessions (user_id, expires_at) VALUES ({user}, now() + interval '1 hour'), ({user}, NULL);
         INSERT INTO jwt_tokens (user_id, type, expires_at) VALUES ({user}, 'access', now() + interval '1 hour');
         INSERT INTO api_keys (user_id, name, status) VALUES ({user}, 'k', 'active');
         INSERT INTO magic_links (user_id, expires_at) VALUES ({user}, now() + interval '10 minutes');
         INSERT INTO password_resets (user_id, expires_at) VALUES ({user}, NULL);"
    ));
    user
}

#[test]
fn lock_cuts_off_every_grant_of_access_audits_it_and_touches_nobody_else() {
    let s = seeded(150);
    let user = user_with_every_grant(&s);
    let before = live_grants(&s, user);
    assert!(before.iter().all(|(_, n)| *n > 0), "{before:?}");
    let live_sessions = before[0].1;
    let others = others_checksum(&s, &[user]);

    let out = run(s.idctl().args([
        "users",
        "lock",
        &user.to_string(),
        "--reason",
        "compromised laptop",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    let report = out.json();
    let line = &report[0];
    assert_eq!(line["outcome"], "locked", "{report}");
    assert_eq!(line["user_id"], user.to_string());
    let expected: i64 = before.iter().map(|(_, n)| n).sum();
    assert_eq!(line["revoked"].as_i64(), Some(expected), "{report}");
    assert_eq!(
        line["revoked_by_kind"]["sessions"].as_i64(),
        Some(live_sessions)
    );

    assert!(live_grants(&s, user).iter().all(|(_, n)| *n == 0));
    let locked: bool =
        s.db.scalar(&format!("SELECT is_locked FROM users WHERE id = {user}"));
    assert!(locked);
    let audit: String = s.db.scalar(&format!(
        "SELECT new_value->>'reason' FROM audit_log
          WHERE record_id = {user} AND change_type = 'user_locked' AND changed_by = 1 AND request_id LIKE 'idctl-%'"
    ));
    assert_eq!(audit, "compromised laptop");
    let session_audit: i64 = s.db.scalar(&format!(
        "SELECT count(*) FROM session_audit WHERE user_id = {user} AND event = 'session_revoked'
            AND meta_json->>'reason' = 'compromised laptop'"
    ));
    assert_eq!(session_audit, live_sessions);
    assert_eq!(
        others_checksum(&s, &[user]),
        others,
        "other users' rows changed"
    );

    // A session that appears later is revoked by locking again; the user stays locked.
    s.db.exec(&format!(
        "INSERT INTO sessions (user_id, expires_at) VALUES ({user}, now() + interval '1 hour')"
    ));
    let out = run(s.idctl().args([
        "users",
        "lock",
        &user.to_string(),
        "--reason",
        "again",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()[0]["outcome"], "already_locked");
    assert_eq!(out.json()[0]["revoked"], 1);
    assert!(live_grants(&s, user).iter().all(|(_, n)| *n == 0));

    // Unlock: the account opens, failed logins reset, nothing revoked comes back.
    s.db.exec(&format!(
        "UPDATE users SET failed_logins = 7 WHERE id = {user}"
    ));
    let out = run(s.idctl().args([
        "users",
        "unlock",
        &user.to_string(),
        "--reason",
        "new laptop",
        "--require-password-change",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()[0]["outcome"], "unlocked");
    let row = &s.db.query(&format!(
        "SELECT is_locked, failed_logins, must_change_password FROM users WHERE id = {user}"
    ))[0];
    assert!(!row.get::<_, bool>(0));
    assert_eq!(row.get::<_, i32>(1), 0);
    assert!(row.get::<_, bool>(2));
    assert!(
        live_grants(&s, user).iter().all(|(_, n)| *n == 0),
        "unlock gave access back"
    );
    let audited: i64 = s.db.scalar(&format!(
        "SELECT count(*) FROM audit_log WHERE record_id = {user} AND change_type = 'user_unlocked'"
    ));
    assert_eq!(audited, 1);
    assert_eq!(
        others_checksum(&s, &[user]),
        others,
        "other users' rows changed"
    );
}

#[test]
fn dry_run_counts_what_a_lock_would_revoke_and_changes_nothing() {
    let s = seeded(60);
    let user = user_with_every_grant(&s);
    let all = others_checksum(&s, &[]);
    let out = run(s.idctl().args([
        "users",
        "lock",
        &user.to_string(),
        "--reason",
        "x",
        "--dry-run",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()[0]["outcome"], "would_lock");
    let expected: i64 = live_grants(&s, user).iter().map(|(_, n)| n).sum();
    assert_eq!(out.json()[0]["revoked"].as_i64(), Some(expected));
    assert_eq!(others_checksum(&s, &[]), all, "a dry run changed rows");
    let audits: i64 =
        s.db.scalar("SELECT count(*) FROM audit_log WHERE change_type = 'user_locked'");
    assert_eq!(audits, 0);
}

#[test]
fn bulk_lock_from_stdin_reports_each_line_and_locks_the_rest() {
    let s = seeded(40);
    let ids: Vec<i64> = s
        .db
        .query("SELECT id FROM users WHERE id > 1 AND is_locked IS NOT TRUE ORDER BY id LIMIT 5")
        .iter()
        .map(|r| r.get(0))
        .collect();
    let email = idctl::dev::seed::user_email(1, ids[4]).entered;
    let input = format!(
        "{}\n{}\n999999\nnot an id!\n\n# a comment\n{}\n{email}\n{}\n",
        ids[0], ids[1], ids[2], ids[3]
    );
    let out = run(s
        .idctl()
        .args([
            "users",
            "lock",
            "-",
            "--reason",
            "incident 42",
            "-o",
            "json",
        ])
        .write_stdin(input));
    out.expect_code(65);
    let lines = out.json();
    let outcomes: Vec<&str> = lines
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        [
            "locked",
            "locked",
            "unknown",
            "malformed",
            "locked",
            "locked",
            "locked"
        ],
        "{lines}"
    );
    assert_eq!(lines[5]["user_id"], ids[4].to_string(), "the email line");
    let locked: i64 = s.db.scalar(&format!(
        "SELECT count(*) FROM users WHERE is_locked AND id IN ({})",
        ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
    ));
    assert_eq!(locked, 5);
    assert!(out.stderr.contains("2 of 7 lines failed"), "{}", out.stderr);
}

#[test]
fn a_lock_killed_before_commit_changes_nothing() {
    let s = seeded(30);
    let user = user_with_every_grant(&s);
    let all = others_checksum(&s, &[]);
    let out = run(s
        .idctl()
        .env("IDCTL_FAILPOINT", "users.before_commit")
        .args(["users", "lock", &user.to_string(), "--reason", "x"]));
    assert_ne!(out.code, 0);
    assert_eq!(
        others_checksum(&s, &[]),
        all,
        "a killed lock left changes behind"
    );
    let locked: bool =
        s.db.scalar(&format!("SELECT is_locked FROM users WHERE id = {user}"));
    assert!(!locked);
}

#[test]
fn a_session_inserted_during_a_lock_is_revoked_or_comes_after_the_lock() {
    let s = seeded(20);
    let user = user_with_every_grant(&s);
    // 1. The application's transaction inserted a session first and is still open: the lock waits
    //    for it (FOR UPDATE vs the foreign key's KEY SHARE), then revokes it.
    let url = s.db.url.clone();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (app, conn) = rt
        .block_on(tokio_postgres::connect(&url, tokio_postgres::NoTls))
        .unwrap();
    rt.spawn(conn);
    let session_id: i64 = rt.block_on(async {
        app.batch_execute("BEGIN").await.unwrap();
        app.query_one(
            &format!("INSERT INTO sessions (user_id, expires_at) VALUES ({user}, now() + interval '1 hour') RETURNING id"),
            &[],
        )
        .await
        .unwrap()
        .get(0)
    });
    let mut child = s
        .std_idctl()
        .args(["users", "lock", &user.to_string(), "--reason", "race", "-q"])
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the lock did not wait for the open insert"
    );
    rt.block_on(app.batch_execute("COMMIT")).unwrap();
    assert!(child.wait().unwrap().success());
    let revoked: bool = s.db.scalar(&format!(
        "SELECT revoked FROM sessions WHERE id = {session_id}"
    ));
    assert!(
        revoked,
        "a session inserted before the lock committed survived it"
    );

    // 2. The lock holds the user's row: the application's insert waits until the lock committed.
    let other: i64 = s.db.scalar(&format!(
        "SELECT min(user_id) FROM sessions WHERE user_id > {user} AND user_id IS NOT NULL"
    ));
    let child = s
        .std_idctl()
        .env("IDCTL_FAILPOINT", "users.after_row_locks:sleep=1500")
        .args([
            "users",
            "lock",
            &other.to_string(),
            "--reason",
            "race",
            "-q",
        ])
        .spawn()
        .unwrap();
    let mut child = crate::harness::KillOnDrop(child);
    std::thread::sleep(Duration::from_millis(600));
    let started = Instant::now();
    let inserted: i64 = rt.block_on(async {
        app.query_one(
            &format!("INSERT INTO sessions (user_id, expires_at) VALUES ({other}, now() + interval '1 hour') RETURNING id"),
            &[],
        )
        .await
        .unwrap()
        .get(0)
    });
    let waited = started.elapsed();
    assert!(child.0.wait().unwrap().success());
    assert!(
        waited >= Duration::from_millis(400),
        "the insert did not wait for the lock ({waited:?})"
    );
    let locked: bool =
        s.db.scalar(&format!("SELECT is_locked FROM users WHERE id = {other}"));
    assert!(locked, "the insert went in before the lock committed");
    // Inserted after the lock committed: the application's own login check sees the lock.
    let _ = inserted;
}

#[test]
fn locking_yourself_or_the_last_operator_is_refused_unless_forced() {
    let s = seeded(10);
    // The actor (1, the only admin) locking itself with another user: refused per line, the other
    // still locked, exit 65.
    let out = run(s
        .idctl()
        .args(["users", "lock", "1", "2", "--reason", "x", "-o", "json"]));
    out.expect_code(65);
    let lines = out.json();
    assert_eq!(lines[0]["outcome"], "refused", "{lines}");
    assert!(lines[0]["detail"].as_str().unwrap().contains("you"));
    assert_eq!(lines[1]["outcome"], "locked");
    // Another admin locking the last other operator is refused: it would leave nobody.
    run(s
        .idctl()
        .args(["users", "grant", "3", "--role", "admin", "-q"]))
    .expect_code(0);
    let out = run(s
        .idctl()
        .env("IDCTL_ACTOR", "3")
        .args(["users", "lock", "1", "--reason", "x", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(
        out.json()[0]["outcome"],
        "locked",
        "3 remains, so 1 may be locked"
    );
    let out = run(s
        .idctl()
        .env("IDCTL_ACTOR", "3")
        .args(["users", "revoke", "3", "--role", "admin"]));
    out.expect_code(65);
    assert!(
        out.stderr.contains("last active operator"),
        "{}",
        out.stderr
    );
    let holders: i64 =
        s.db.scalar("SELECT count(*) FROM rbac_user_roles WHERE user_id = 3 AND status = 'active'");
    assert_eq!(holders, 1, "a refused revoke changed something");
}

#[test]
fn a_granted_operator_can_act_and_whoami_shows_its_permissions() {
    let s = seeded(10);
    let out = run(s
        .idctl()
        .env("IDCTL_ACTOR", "4")
        .args(["users", "whoami", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["permissions"], serde_json::json!([]));
    let out = run(s
        .idctl()
        .env("IDCTL_ACTOR", "4")
        .args(["users", "lock", "5", "--reason", "x"]));
    out.expect_code(77);

    let out = run(s.idctl().args([
        "users",
        "grant",
        "4",
        "--role",
        "support",
        "--expires",
        "30d",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    assert_eq!(out.json()["outcome"], "granted");
    let out = run(s
        .idctl()
        .env("IDCTL_ACTOR", "4")
        .args(["users", "whoami", "-o", "json"]));
    out.expect_code(0);
    let perms = out.json()["permissions"].clone();
    assert_eq!(
        perms,
        serde_json::json!(["data.decrypt", "users.lookup", "users.manage"]),
        "{perms}"
    );
    run(s
        .idctl()
        .env("IDCTL_ACTOR", "4")
        .args(["users", "lock", "5", "--reason", "x"]))
    .expect_code(0);
    // support cannot hand out admin: it does not hold every admin permission.
    let out = run(s
        .idctl()
        .env("IDCTL_ACTOR", "4")
        .args(["users", "grant", "6", "--role", "admin"]));
    out.expect_code(77);
    let out = run(s.idctl().args(["users", "roles", "-o", "json"]));
    out.expect_code(0);
    let roles = out.json();
    assert!(
        roles
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["user_id"] == 4 && r["role"] == "support"),
        "{roles}"
    );
    // By email, too.
    let email = idctl::dev::seed::user_email(1, 4).entered;
    let out = run(s
        .idctl()
        .env("IDCTL_ACTOR", &email)
        .args(["users", "whoami", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["id"], 4);
}

#[test]
fn find_by_email_works_while_the_index_is_under_an_older_key_version() {
    let s = seeded(10);
    let user: i64 =
        s.db.scalar("SELECT min(id) FROM users WHERE email_hash IS NOT NULL");
    let version: String = s.db.scalar(&format!(
        "SELECT email_hash_key_version FROM users WHERE id = {user}"
    ));
    run(s
        .idctl()
        .args(["keys", "generate", "email_hash", "--activate", "-q"]))
    .expect_code(0);
    let active: String = s.db.scalar(
        "SELECT basename || ':v' || version FROM crypto_keys WHERE basename = 'email_hash' AND status = 'active'",
    );
    assert_ne!(active, version, "a newer version is active");
    let email = idctl::dev::seed::user_email(1, user).entered;
    let out = run(s
        .idctl()
        .args(["users", "find", "--email", &email, "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()[0]["id"], user.to_string());
    assert_eq!(out.json()[0]["key_version"], version);
    let out = run(s
        .idctl()
        .args(["users", "find", "--email", "nobody@example.invalid"]));
    out.expect_code(65);
}

#[test]
fn show_and_list_report_state_and_counts_but_no_secret() {
    let s = seeded(30);
    let user = user_with_every_grant(&s);
    let out = run(s
        .idctl()
        .args(["users", "show", &user.to_string(), "-o", "json"]));
    out.expect_code(0);
    let v = out.json();
    assert_eq!(v["id"], user.to_string());
    assert_eq!(v["locked"], false);
    let expected: std::collections::BTreeMap<String, i64> =
        live_grants(&s, user).into_iter().collect();
    for (k, n) in &expected {
        assert_eq!(v["live_access"][k].as_i64(), Some(*n), "{k}: {v}");
    }
    let text = out.stdout.to_lowercase();
    for secret in ["hash", "password_hash", "token"] {
        assert!(
            !text.contains(&format!("\"{secret}\"")),
            "{secret} in {text}"
        );
    }
    // Keyset pages: two pages of 5 are the first 10 ids, in order, without overlap.
    let page1 = run(s
        .idctl()
        .args(["users", "list", "--limit", "5", "-o", "json"]));
    page1.expect_code(0);
    let last = page1.json()[4]["id"].as_str().unwrap().to_string();
    let page2 = run(s.idctl().args([
        "users", "list", "--limit", "5", "--after", &last, "-o", "json",
    ]));
    page2.expect_code(0);
    let ids: Vec<i64> = page1
        .json()
        .as_array()
        .unwrap()
        .iter()
        .chain(page2.json().as_array().unwrap())
        .map(|r| r["id"].as_str().unwrap().parse().unwrap())
        .collect();
    let expected: Vec<i64> =
        s.db.query("SELECT id FROM users WHERE deleted_at IS NULL ORDER BY id LIMIT 10")
            .iter()
            .map(|r| r.get(0))
            .collect();
    assert_eq!(ids, expected);
    let locked_before: i64 = s.db.scalar("SELECT count(*) FROM users WHERE is_locked");
    run(s
        .idctl()
        .args(["users", "lock", &user.to_string(), "--reason", "x", "-q"]))
    .expect_code(0);
    let out = run(s.idctl().args(["users", "list", "--locked", "-o", "json"]));
    out.expect_code(0);
    let locked = out.json();
    let locked = locked.as_array().unwrap();
    assert_eq!(locked.len() as i64, locked_before + 1);
    assert!(
        locked
            .iter()
            .any(|u| u["id"].as_str() == Some(user.to_string().as_str()) && u["locked"] == true)
    );
    let out = run(s
        .idctl()
        .args(["users", "list", "--role", "admin", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()[0]["id"], "1");
    let out = run(s.idctl().args(["users", "list", "--after", "x'"]));
    out.expect_code(64);
}

#[test]
fn a_registry_whose_access_columns_do_not_match_changes_nothing() {
    let s = seeded(10);
    let text = idctl::registry::BUILTIN_TOML.replace(
        "revoke = { how = \"flag\", column = \"revoked\" }\nexpires_column = \"expires_at\"\nlog",
        "revoke = { how = \"flag\", column = \"revokedd\" }\nexpires_column = \"expires_at\"\nlog",
    );
    assert_ne!(text, idctl::registry::BUILTIN_TOML);
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(text.as_bytes()).unwrap();
    let all = others_checksum(&s, &[]);
    let out = run(s
        .idctl()
        .env("IDCTL_REGISTRY", file.path())
        .args(["users", "lock", "2", "--reason", "x"]));
    out.expect_code(78);
    assert!(out.stderr.contains("sessions.revokedd"), "{}", out.stderr);
    assert!(out.stderr.contains("nothing was changed"), "{}", out.stderr);
    assert_eq!(others_checksum(&s, &[]), all);
}

#[test]
fn bootstrap_admin_with_an_email_makes_the_email_an_actor() {
    let db = crate::harness::migrated_db();
    let keyring = tempfile::tempdir().unwrap();
    let idctl = || {
        let mut c = db.idctl();
        c.env("IDCTL_KEYRING", keyring.path())
            .env_remove("IDCTL_ACTOR");
        c
    };
    // No email key yet: refused before anything is written.
    let out = run(idctl().args(["users", "bootstrap-admin", "--email", "ops@example.com"]));
    out.expect_code(78);
    let users: i64 = db.scalar("SELECT count(*) FROM users");
    assert_eq!(users, 0);
    // dev seed creates the keys (and users); then the first operator gets an email.
    run(idctl().args(["dev", "seed", "--users", "3", "-q"])).expect_code(0);
    let out = run(idctl().args([
        "users",
        "bootstrap-admin",
        "--email",
        "Ops@Example.com",
        "-o",
        "json",
    ]));
    out.expect_code(0);
    let id = out.json()["id"].as_i64().unwrap();
    let out = run(idctl()
        .env("IDCTL_ACTOR", "ops@example.com")
        .args(["users", "whoami", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["id"], id);
}
