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
}
