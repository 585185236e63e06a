//! Table views that fit an 80-column terminal: the few columns an operator reads first, short
//! forms of long values (a table and column on two lines when long, key versions as `v2 500`,
//! times to the minute). `-o wide`, JSON and CSV keep every field (`Ui::emit_narrow`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

/// `table.column`, on two lines when longer than 22 characters (a cell wraps at its line break,
/// never inside a name).
pub fn qualified(table: &str, column: &str) -> String {
    if table.len() + column.len() + 1 > 22 {
        format!("{table}\n.{column}")
    } else {
        format!("{table}.{column}")
    }
}

/// Rows per key version: `profile:v2 500, profile:v1 3` (one version per line when several).
pub fn versions(map: &BTreeMap<String, i64>) -> String {
    if map.is_empty() {
        return "-".into();
    }
    map.iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `2026-12-07 13:53` (UTC), or `-`.
pub fn minute(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| "-".into())
}

/// `full`'s JSON with the list fields named in `sections` replaced by narrow rows, and the fields in
/// `drop` left out: an object report's table view.
pub fn with_sections<T: Serialize>(
    full: &T,
    sections: Vec<(&str, Vec<Value>)>,
    drop: &[&str],
) -> Value {
    let mut v = serde_json::to_value(full).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        for (name, rows) in sections {
            map.insert(name.to_string(), Value::Array(rows));
        }
        for name in drop {
            map.remove(*name);
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_go_on_two_lines_and_versions_one_per_line() {
        assert_eq!(qualified("users", "email_hash"), "users.email_hash");
        assert_eq!(
            qualified("newsletter_subscribers", "email_enc"),
            "newsletter_subscribers\n.email_enc"
        );
        let m = BTreeMap::from([("p:v1".to_string(), 3), ("p:v2".to_string(), 500)]);
        assert_eq!(versions(&m), "p:v1 3\np:v2 500");
        assert_eq!(versions(&BTreeMap::new()), "-");
    }
}
