//! The connection rules, through the binary: libpq environment, service file, .pgpass permissions.

use std::os::unix::fs::PermissionsExt;

use crate::harness::{idctl, migrated_db, run};

/// host and port of the test server's URL: `...?host=/dir&port=N&user=postgres` (the harness's
/// own cluster) or `postgres://user@host:port/db` (IDCTL_TEST_DATABASE_URL). A URL without them
/// fails the test: it must not pass without having checked anything.
fn host_and_port(url: &str) -> (String, String) {
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or("");
    let get = |k: &str| {
        query
            .split('&')
            .find_map(|kv| kv.strip_prefix(&format!("{k}=")).map(str::to_string))
    };
    if let (Some(h), Some(p)) = (get("host"), get("port")) {
        return (h, p);
    }
    let authority = url
        .split_once("://")
        .map(|(_, rest)| rest.split(['/', '?']).next().unwrap_or(""))
        .unwrap_or("");
    let hostport = authority.rsplit('@').next().unwrap_or("");
    match hostport.rsplit_once(':') {
        Some((h, p)) if !h.is_empty() && !p.is_empty() => (h.to_string(), p.to_string()),
        _ => panic!("the test server's URL names no host and port: {url}"),
    }
}

#[test]
fn pg_environment_variables_are_honoured() {
    let db = migrated_db();
    let (host, port) = host_and_port(&db.url);
    let out = run(idctl()
        .env("PGHOST", &host)
        .env("PGPORT", &port)
        .env("PGUSER", "postgres")
        .env("PGDATABASE", &db.name)
        .args(["db", "status", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["database"], db.name.as_str());
    // A wrong PGPORT is used too (and fails as unavailable).
    let out = run(idctl()
        .env("PGHOST", &host)
        .env("PGPORT", "1")
        .env("PGDATABASE", &db.name)
        .args(["db", "status"]));
    out.expect_code(69);
}

#[test]
fn database_url_wins_over_the_environment() {
    let db = migrated_db();
    let out = run(db
        .idctl()
        .env("PGDATABASE", "no_such_database")
        .env("PGPORT", "1")
        .args(["db", "status", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["database"], db.name.as_str());
}

#[test]
fn service_file_is_honoured() {
    let db = migrated_db();
    let (host, port) = host_and_port(&db.url);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pg_service.conf");
    std::fs::write(
        &file,
        format!(
            "[identity]\nhost={host}\nport={port}\nuser=postgres\ndbname={}\n",
            db.name
        ),
    )
    .unwrap();
    let out = run(idctl()
        .env("PGSERVICEFILE", &file)
        .env("PGSERVICE", "identity")
        .args(["db", "status", "-o", "json"]));
    out.expect_code(0);
    assert_eq!(out.json()["database"], db.name.as_str());
    let out = run(idctl().env("PGSERVICEFILE", &file).args([
        "--database-url",
        "service=nope",
        "db",
        "status",
    ]));
    out.expect_code(78);
    assert!(out.stderr.contains("nope"), "{}", out.stderr);
}

#[test]
fn a_pgpass_readable_by_others_is_ignored_with_a_warning() {
    let db = migrated_db();
    let (host, port) = host_and_port(&db.url);
    // A role that must give a password (scram-sha-256 in pg_hba.conf, for it alone): then a
    // pgpass that is ignored and one that is used give different outcomes, not the same "ok".
    let hba: String = db.scalar("SHOW hba_file");
    let Ok(current) = std::fs::read_to_string(&hba) else {
        eprintln!("SKIPPED: cannot edit {hba} (an external server): password auth not testable");
        return;
    };
    let role = format!("idctl_pw_{}", std::process::id());
    db.exec(&format!(
        "DO $$ BEGIN
           IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
             CREATE ROLE {role} LOGIN PASSWORD 'topsecretpw';
           END IF;
         END $$;
         GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"
    ));
    if !current.contains(&role) {
        std::fs::write(
            &hba,
            format!("local all {role} scram-sha-256\nhost all {role} all scram-sha-256\n{current}"),
        )
        .unwrap();
        db.exec("SELECT pg_reload_conf()");
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    let dir = tempfile::tempdir().unwrap();
    let pgpass = dir.path().join("pgpass");
    std::fs::write(&pgpass, "*:*:*:*:topsecretpw\n").unwrap();
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
    let status_with_pgpass = || {
        let mut cmd = idctl();
        cmd.env("PGPASSFILE", &pgpass)
            .env("PGHOST", &host)
            .env("PGPORT", &port)
            .env("PGUSER", &role)
            .env("PGDATABASE", &db.name)
            .args(["db", "status"]);
        cmd
    };
    // Readable by others: ignored with a warning, so the server's password request fails (78).
    let out = run(&mut status_with_pgpass());
    out.expect_code(78);
    assert!(
        out.stderr.contains("pgpass") || out.stderr.contains(&pgpass.display().to_string()),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.to_lowercase().contains("permission") || out.stderr.contains("0600"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("topsecretpw") && !out.stdout.contains("topsecretpw"));
    // At 0600 it is used, silently: the password gets the role in.
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = run(&mut status_with_pgpass());
    out.expect_code(0);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
}

#[test]
fn invalid_connection_strings_are_configuration_errors_without_secrets() {
    let out = run(idctl().args([
        "--database-url",
        "postgres://u:pw-in-url@host/db?sslmode=bogus",
        "db",
        "status",
    ]));
    out.expect_code(78);
    assert!(!out.stderr.contains("pw-in-url"), "{}", out.stderr);
    let out = run(idctl().args([
        "--database-url",
        "host=x nosuchkeyword=1 password=kv-secret",
        "db",
        "status",
    ]));
    out.expect_code(78);
    assert!(out.stderr.contains("nosuchkeyword"), "{}", out.stderr);
    assert!(!out.stderr.contains("kv-secret"), "{}", out.stderr);
}

#[test]
fn verify_full_without_a_root_certificate_is_a_configuration_error() {
    let home = tempfile::tempdir().unwrap();
    let out = run(idctl().env("HOME", home.path()).args([
        "--database-url",
        "postgres://u@db.example:5432/x?sslmode=verify-full",
        "db",
        "status",
    ]));
    out.expect_code(78);
    assert!(out.stderr.contains("root certificate"), "{}", out.stderr);
}
