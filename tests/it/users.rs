//! The first operator, and the actor rules.

use crate::harness::{migrated_db, run};

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
