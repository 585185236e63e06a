//! Embeds `migrations/NNNN_name.sql` into the binary, so that `idctl db migrate` needs nothing but
//! itself on the machine that runs it (CI, an operator's laptop, a cron host).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read at run time: `env!` would freeze the directory of whichever checkout first compiled this
    // script, and cargo reuses build-script binaries across checkouts that share a target directory.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("migrations");
    let mut out = embed(&root, "EMBEDDED_MIGRATIONS");
    // The bookkeeping schema's own set (docs/REGISTRY.md, "Serving another schema").
    out.push_str(&embed(&root.join("bookkeeping"), "BOOKKEEPING_MIGRATIONS"));
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("migrations.rs");
    std::fs::write(dest, out).unwrap();
}

/// `pub static NAME: &[EmbeddedMigration]` holding `dir/NNNN_name.sql`, in order.
fn embed(dir: &Path, name: &str) -> String {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    assert!(!files.is_empty(), "no migrations in {}", dir.display());
    files.sort();
    let mut out = format!("pub static {name}: &[EmbeddedMigration] = &[\n");
    let mut seen = std::collections::BTreeSet::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let (num, name) = stem
            .split_once('_')
            .unwrap_or_else(|| panic!("migration {stem}: expected NNNN_name.sql"));
        let version: i32 = num
            .parse()
            .unwrap_or_else(|_| panic!("migration {stem}: expected a number before '_'"));
        assert!(
            seen.insert(version),
            "two migrations have version {version}"
        );
        writeln!(
            out,
            "    EmbeddedMigration {{ version: {version}, name: {name:?}, sql: include_str!({:?}) }},",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
