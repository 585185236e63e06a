//! The direction of the arrows, checked: one crate, so the compiler does not stop a lower layer
//! from importing a higher one; this test does (jj gets the same from its cli/lib crate split).
//!
//! Layers, from the bottom: the pure core (`crypto`, `registry`) → the store (`store`, `keystore`,
//! `census`, `engine`, `db`, `lookup`, `authz`) → the operations (`ops`, `rotation`) → the command
//! line (`commands`, `context`, `output`, `cli`, `app`). A module may use its own layer and those
//! below it. Exceptions would be listed by file in `KNOWN` (none are left), so that no new one
//! appears unnoticed.

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    /// The layer of a top-level module (0 = core ... 3 = command line); None: not layered (error,
    /// failpoint, dev tools, generated output).
    fn layer(module: &str) -> Option<u8> {
        Some(match module {
            "crypto" | "registry" => 0,
            "store" | "keystore" | "census" | "engine" | "db" | "lookup" | "authz" => 1,
            "ops" | "rotation" => 2,
            "commands" | "context" | "output" | "cli" | "app" | "metrics" | "config"
            | "completion" => 3,
            _ => return None,
        })
    }

    /// (file, module it may use although higher): existing debts of issue 8.
    const KNOWN: &[(&str, &str)] = &[];

    /// The top-level modules a `crate::` path at `rest` names: `crate::a::b` gives `a`,
    /// `crate::{a, b::c}` gives `a` and `b`.
    fn named(rest: &str) -> Vec<String> {
        let ident = |s: &str| -> String {
            s.trim_start()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        };
        match rest.strip_prefix('{') {
            Some(group) => {
                // Top-level entries only: split on commas outside nested braces, up to the
                // group's own closing brace.
                let mut out = Vec::new();
                let mut depth = 0;
                let mut start = 0;
                let mut end = group.len();
                for (i, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            end = i;
                            break;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            out.push(ident(&group[start..i]));
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
                out.push(ident(&group[start..end]));
                out.retain(|s| !s.is_empty());
                out
            }
            None => vec![ident(rest)],
        }
    }

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    #[test]
    fn paths_and_groups_name_their_modules() {
        assert_eq!(named("db::Database;"), vec!["db"]);
        assert_eq!(named("{db, output::Ui};"), vec!["db", "output"]);
        assert_eq!(named("{ops::{a, b}, cli};"), vec!["ops", "cli"]);
    }

    #[test]
    fn no_module_uses_a_higher_layer() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let mut found = BTreeSet::new();
        let mut checked = 0;
        for path in files {
            let rel = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let top = rel.split(['/', '.']).next().unwrap_or_default().to_string();
            let Some(own) = layer(&top) else { continue };
            checked += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (i, _) in code.match_indices("crate::") {
                for used in named(&code[i + 7..]) {
                    let Some(theirs) = layer(&used) else { continue };
                    if theirs > own && !KNOWN.contains(&(rel.as_str(), used.as_str())) {
                        found.insert(format!("{rel} uses crate::{used} (layer {theirs} > {own})"));
                    }
                }
            }
        }
        assert!(checked > 60, "checked the layered modules ({checked})");
        assert!(
            found.is_empty(),
            "lower layers use higher ones:\n{}",
            found.into_iter().collect::<Vec<_>>().join("\n")
        );
    }

    /// Dev tools (`crate::dev`: local clusters, the demo-data generator) are apart from the
    /// product: only the `idctl dev` commands use them.
    #[test]
    fn the_product_does_not_use_the_dev_tools() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let mut found = Vec::new();
        for path in &files {
            let rel = path.strip_prefix(&src).unwrap().display().to_string();
            if rel.starts_with("dev/") || rel.starts_with("commands/dev/") || rel == "lib.rs" {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            // Test modules (this one names the path it looks for) are not the product.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                if line.contains("crate::dev::") || line.contains("crate::dev;") {
                    found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
        assert!(files.len() > 50, "read the sources ({})", files.len());
        assert!(
            found.is_empty(),
            "the product uses dev tools:\n{}",
            found.join("\n")
        );
    }

    /// The tables of the identity schema (seeds 000-002) that are the application's, not idctl's
    /// own bookkeeping: every table the seeds draw, less those migrations/bookkeeping creates.
    fn application_tables() -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut drawn = std::collections::BTreeSet::new();
        for e in std::fs::read_dir(root.join("tests/data/seeds"))
            .unwrap()
            .flatten()
        {
            let text = std::fs::read_to_string(e.path()).unwrap();
            for line in text.lines() {
                let t = line.trim();
                if let Some(name) = t.strip_suffix(" {")
                    && !name.is_empty()
                    && name
                        .bytes()
                        .all(|c| c.is_ascii_lowercase() || c == b'_' || c.is_ascii_digit())
                {
                    drawn.insert(name.to_string());
                }
            }
        }
        let bookkeeping =
            std::fs::read_to_string(root.join("migrations/bookkeeping/0001_bookkeeping.sql"))
                .unwrap();
        let own: std::collections::BTreeSet<String> = bookkeeping
            .lines()
            .filter_map(|l| l.strip_prefix("CREATE TABLE "))
            .filter_map(|l| l.split_whitespace().next())
            .map(str::to_string)
            .collect();
        assert!(
            own.contains("crypto_keys") && own.contains("operators"),
            "{own:?}"
        );
        drawn.into_iter().filter(|t| !own.contains(t)).collect()
    }

    /// No code path names an application table of the identity schema: what a table means is the
    /// registry's (src/registry/builtin.toml), its shape the migrations'. Checked: every SQL
    /// mention (`FROM t`, `JOIN t`, `UPDATE t`, `INTO t`, `TABLE t`) and every string literal that
    /// is exactly a table name, in the product's code. Left out: test modules, and the dev tools
    /// (`dev/`, `commands/dev/`), which generate demo data and benchmarks for one concrete schema.
    /// Help examples that mention the built-in schema (`orders.encrypted_customer_blob`) are
    /// documentation, not code paths, and are not matched.
    #[test]
    fn the_product_names_no_table_of_the_identity_schema() {
        let tables = application_tables();
        assert!(
            tables.len() > 20 && tables.iter().any(|t| t == "users"),
            "{tables:?}"
        );
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let boundary = |rest: &str| {
            rest.chars()
                .next()
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'))
        };
        let mut found = Vec::new();
        for path in &files {
            let rel = path.strip_prefix(&src).unwrap().display().to_string();
            if rel.starts_with("dev/")
                || rel.starts_with("commands/dev/")
                || rel.ends_with("tests.rs")
            {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                let line_code = match line.trim_start().starts_with("//") {
                    true => continue,
                    false => line,
                };
                let upper = line_code.to_ascii_uppercase();
                for t in &tables {
                    // A plural in a message (`text::count(n, "user", "users")`) is a word.
                    let literal = line_code.contains(&format!("\"{t}\""))
                        && !line_code.contains("text::count(");
                    let in_sql =
                        ["FROM ", "JOIN ", "UPDATE ", "INTO ", "TABLE "]
                            .iter()
                            .any(|kw| {
                                let needle = format!("{kw}{}", t.to_ascii_uppercase());
                                upper.match_indices(&needle).any(|(i, _)| {
                                    boundary(&line_code[i + needle.len()..])
                                    // `--table users` is an option in a help example, not SQL.
                                    && (i == 0
                                        || !(upper.as_bytes()[i - 1].is_ascii_alphanumeric()
                                            || upper.as_bytes()[i - 1] == b'-'))
                                })
                            });
                    if literal || in_sql {
                        found.push(format!("{rel}:{}: {t}: {}", n + 1, line.trim()));
                    }
                }
            }
        }
        assert!(files.len() > 50, "read the sources ({})", files.len());
        assert!(
            found.is_empty(),
            "the product names tables of the identity schema:\n{}",
            found.join("\n")
        );
    }
}
