//! CLI conventions that hold for every command: exit codes, stdout/stderr separation, pipes.

use crate::harness::{idctl, run};

#[test]
fn unknown_flag_is_a_usage_error() {
    let out = run(idctl().args(["db", "status", "--no-such-flag"]));
    out.expect_code(64);
    assert!(
        out.stdout.is_empty(),
        "usage errors print nothing on stdout"
    );
    assert!(out.stderr.contains("--no-such-flag"), "{}", out.stderr);
}

#[test]
fn missing_subcommand_is_a_usage_error() {
    run(idctl().arg("db")).expect_code(64);
    run(&mut idctl()).expect_code(64);
}

#[test]
fn help_and_version_succeed_on_stdout() {
    let out = run(idctl().arg("--help"));
    out.expect_code(0);
    assert!(out.stdout.contains("Exit codes"), "{}", out.stdout);
    let out = run(idctl().arg("--version"));
    out.expect_code(0);
    assert!(out.stdout.starts_with("idctl "));
}

#[test]
fn bad_option_value_is_a_usage_error() {
    let out = run(idctl().args(["db", "status", "--lock-timeout", "soon"]));
    out.expect_code(64);
    assert!(out.stderr.contains("invalid duration"), "{}", out.stderr);
}

#[test]
fn unreachable_database_exits_69_with_one_line_and_no_password() {
    let out = run(idctl().args([
        "--database-url",
        "postgres://nobody:hunter2secret@127.0.0.1:1/x",
        "db",
        "status",
    ]));
    out.expect_code(69);
    assert!(out.stdout.is_empty());
    let lines: Vec<&str> = out.stderr.trim_end().lines().collect();
    assert!(
        lines.len() == 2 && lines[1].starts_with("hint: is the server running"),
        "one line and a hint: {}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("hunter2secret"),
        "password leaked: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains("127.0.0.1"),
        "says where it tried: {}",
        out.stderr
    );
}

#[test]
fn unreachable_database_with_verbose_still_hides_the_password() {
    let out = run(idctl()
        .env(
            "DATABASE_URL",
            "postgres://nobody:hunter2secret@127.0.0.1:1/x",
        )
        .args(["-vv", "db", "status"]));
    out.expect_code(69);
    assert!(
        !out.stderr.contains("hunter2secret"),
        "password leaked: {}",
        out.stderr
    );
}

#[test]
fn closed_pipe_ends_quietly() {
    let bin = env!("CARGO_BIN_EXE_idctl");
    let out = std::process::Command::new("bash")
        .args([
            "-c",
            &format!(
                "'{bin}' completions bash | head -c 10 >/dev/null; echo \"${{PIPESTATUS[0]}}\""
            ),
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
