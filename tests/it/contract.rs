//! docs/OUTPUT.md is the contract of `-o json`: every field a command prints is documented in that
//! command's entry. A field added without its documentation, or a renamed one, fails here.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::harness::run;
use crate::rotate::seeded;

/// Fields whose keys are data (key ids, error classes), not field names.
const DATA_KEYED: &[&str] = &[
    "versions",
    "failures_by_class",
    "result",
    "meta",
    "keys_generated",
    "live_access",
    "new_value",
    "old_value",
    "params",
];

/// The entries of OUTPUT.md: command (as written in backticks, options dropped) -> every
/// backticked identifier in its entry.
fn documented() -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/OUTPUT.md"))
        .expect("docs/OUTPUT.md");
    // Entries: a line starting with "- `", with its continuation lines (indented).
    let mut entries: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("- `") {
            entries.push(line.to_string());
        } else if line.starts_with("  ") && !entries.is_empty() && !line.trim().is_empty() {
            let last = entries.last_mut().unwrap();
            last.push(' ');
            last.push_str(line.trim());
        } else if !line.starts_with("  ") {
            // A paragraph or heading ends the entry.
            if !line.starts_with("- ") {
                entries.push(String::new());
            }
        }
    }
    let ident = regex_lite_idents;
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in entries.iter().filter(|e| !e.is_empty()) {
        // The commands: backticked names before the first ':' outside backticks.
        let head = head_of(entry);
        let fields: BTreeSet<String> = ident(entry);
        for cmd in head {
            out.entry(cmd).or_default().extend(fields.iter().cloned());
        }
    }
    out
}

/// The backticked commands at the start of an entry (`keys plan` / `keys rotate --dry-run`:).
fn head_of(entry: &str) -> Vec<String> {
    let mut cmds = Vec::new();
    let mut in_tick = false;
    let mut current = String::new();
    for c in entry.trim_start_matches("- ").chars() {
        match c {
            '`' if in_tick => {
                let name: Vec<&str> = current
                    .split_whitespace()
                    .take_while(|w| !w.starts_with('-'))
                    .collect();
                cmds.push(name.join(" "));
                current.clear();
                in_tick = false;
            }
            '`' => in_tick = true,
            ':' if !in_tick => break,
            c if in_tick => current.push(c),
            _ => {}
        }
    }
    cmds
}

/// Every `identifier` (snake_case, optionally followed by `[]`) in backticks.
fn regex_lite_idents(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            let name = part.trim_end_matches("[]");
            if !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                out.insert(name.to_string());
            }
        }
    }
    out
}

/// Every field name in a JSON output, at any depth (not inside data-keyed maps).
fn fields(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                out.insert(k.clone());
                if !DATA_KEYED.contains(&k.as_str()) {
                    fields(x, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|x| fields(x, out)),
        _ => {}
    }
}

#[test]
fn every_json_field_is_documented_in_output_md() {
    let docs = documented();
    let s = seeded(20);
    let out = run(s.idctl().args(["keys", "rotate", "profile", "-o", "json"]));
    out.expect_code(0);
    let mut outputs: Vec<(String, Value)> = vec![("keys rotate".into(), out.json())];
    let job: i64 = s.db.scalar("SELECT max(id) FROM key_rotation_jobs");
    let user: i64 = s.db.scalar("SELECT min(user_id) FROM user_profiles");
    let (job, user) = (job.to_string(), user.to_string());
    let commands: Vec<(&str, Vec<&str>)> = vec![
        ("keys list", vec!["keys", "list"]),
        ("keys status", vec!["keys", "status"]),
        ("keys plan", vec!["keys", "plan", "profile"]),
        ("keys show", vec!["keys", "show", "profile"]),
        ("keys history", vec!["keys", "history"]),
        ("keys verify", vec!["keys", "verify", "profile"]),
        ("jobs list", vec!["jobs", "list"]),
        ("jobs show", vec!["jobs", "show", &job]),
        ("jobs run-due", vec!["jobs", "run-due"]),
        ("db status", vec!["db", "status"]),
        ("db check", vec!["db", "check"]),
        ("doctor", vec!["doctor"]),
        ("users list", vec!["users", "list"]),
        ("users show", vec!["users", "show", &user]),
        ("users whoami", vec!["users", "whoami"]),
        ("audit log", vec!["audit", "log"]),
        ("audit verify", vec!["audit", "verify"]),
        ("pq status", vec!["pq", "status"]),
        ("pq algorithms", vec!["pq", "algorithms"]),
        ("config show", vec!["config", "show"]),
        ("data show", vec!["data", "show", "user_profiles", &user]),
    ];
    for (name, args) in &commands {
        let out = run(s.idctl().args(args).args(["-o", "json"]));
        assert!(
            out.code == 0 || out.code == 65,
            "{args:?}: exit {}: {}",
            out.code,
            out.stderr
        );
        outputs.push((name.to_string(), out.json()));
    }
    let mut undocumented = Vec::new();
    for (name, json) in &outputs {
        let Some(doc) = docs.get(name) else {
            undocumented.push(format!("{name}: no entry in docs/OUTPUT.md"));
            continue;
        };
        let mut seen = BTreeSet::new();
        fields(json, &mut seen);
        let missing: Vec<&String> = seen.iter().filter(|f| !doc.contains(*f)).collect();
        if !missing.is_empty() {
            undocumented.push(format!("{name}: {missing:?}"));
        }
    }
    assert!(
        undocumented.is_empty(),
        "fields printed by -o json but not documented in docs/OUTPUT.md:\n{}",
        undocumented.join("\n")
    );
}
