//! Static validation of a registry document (no database).
//!
//! Identifiers are checked first and strictly: they end up in SQL as quoted identifiers, so anything
//! outside `^[a-z_][a-z0-9_]{0,62}$` (quotes, semicolons, spaces, upper case, more than 63 bytes)
//! is refused here, with the entry named. An entry with a bad identifier gets no further checks
//! (they would only repeat the same problem).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::{
    DeletionAction, ExportAction, PersonalData, ProtectedColumn, ProtectedKind, Registry,
    UnversionedColumn,
};

/// `^[a-z_][a-z0-9_]{0,62}$`: a table or column name idctl will interpolate (quoted) into SQL.
pub fn is_valid_identifier(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && (b[0].is_ascii_lowercase() || b[0] == b'_')
        && b[1..]
            .iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
}

/// `^[a-z][a-z0-9_]{0,47}$`: a key basename (the crypto layer's key-id rule).
pub fn is_valid_basename(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 48
        && b[0].is_ascii_lowercase()
        && b[1..]
            .iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
}

/// A name as it may appear in a message: valid identifiers as they are, anything else quoted and
/// escaped (and shortened), so that a hostile value cannot garble the terminal.
pub(super) fn show(s: &str) -> String {
    if is_valid_identifier(s) {
        return s.to_string();
    }
    let short: String = s.chars().take(70).collect();
    if short.len() < s.len() {
        format!("{short:?}... ({} bytes)", s.len())
    } else {
        format!("{short:?}")
    }
}

/// Collects problems; `ident` checks an identifier and reports it.
struct Checker {
    problems: Vec<String>,
}

impl Checker {
    fn push(&mut self, entry: &str, msg: impl std::fmt::Display) {
        self.problems.push(format!("{entry}: {msg}"));
    }

    /// Checks one identifier; returns whether it is valid.
    fn ident(&mut self, entry: &str, field: &str, value: &str) -> bool {
        if is_valid_identifier(value) {
            return true;
        }
        let why = if value.is_empty() {
            "is empty".to_string()
        } else if value.len() > 63 {
            format!("is {} bytes long (at most 63)", value.len())
        } else if !value
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            "contains characters other than a-z, 0-9 and _".to_string()
        } else if value.bytes().any(|c| c.is_ascii_uppercase()) {
            "contains upper-case letters".to_string()
        } else {
            "starts with a digit".to_string()
        };
        self.push(
            entry,
            format!(
                "{field} {} is not a valid identifier: it {why}; identifiers must match \
                 ^[a-z_][a-z0-9_]{{0,62}}$",
                show(value)
            ),
        );
        false
    }

    fn idents<'a>(
        &mut self,
        entry: &str,
        field: &str,
        values: impl IntoIterator<Item = &'a String>,
    ) -> bool {
        let mut ok = true;
        for v in values {
            ok &= self.ident(entry, field, v);
        }
        ok
    }

    /// Reports duplicates in a list of column names.
    fn no_duplicates(&mut self, entry: &str, field: &str, values: &[String]) {
        let mut seen = HashSet::new();
        for v in values {
            if !seen.insert(v) {
                self.push(entry, format!("{field} lists {v} twice"));
            }
        }
    }
}

fn protected_label(i: usize, p: &ProtectedColumn) -> String {
    format!(
        "protected #{} ({}.{})",
        i + 1,
        show(&p.table),
        show(&p.column)
    )
}

fn unversioned_label(i: usize, u: &UnversionedColumn) -> String {
    format!(
        "unversioned #{} ({}.{})",
        i + 1,
        show(&u.table),
        show(&u.column)
    )
}

fn personal_label(i: usize, p: &PersonalData) -> String {
    format!("personal_data #{} ({})", i + 1, show(&p.table))
}

/// Every problem of the registry, as messages naming the entry.
pub(super) fn problems(r: &Registry) -> Vec<String> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    if r.format != super::FORMAT_VERSION {
        c.push(
            "format",
            format!(
                "format = {} is not supported (this idctl reads format {})",
                r.format,
                super::FORMAT_VERSION
            ),
        );
    }
    check_subject(&mut c, r);
    let protected_ok = check_protected(&mut c, r);
    check_unversioned(&mut c, r, &protected_ok);
    check_personal_data(&mut c, r);
    check_access(&mut c, r);
    check_bookkeeping(&mut c, r);
    c.problems
}

fn check_subject(c: &mut Checker, r: &Registry) {
    let s = &r.subject;
    let entry = "subject";
    c.ident(entry, "table", &s.table);
    c.idents(entry, "primary_key column", &s.primary_key);
    if s.primary_key.len() != 1 {
        c.push(
            entry,
            format!(
                "primary_key must name exactly one column (links are single-column), not {}",
                s.primary_key.len()
            ),
        );
    }
    if let Some(d) = &s.deleted_at_column {
        if c.ident(entry, "deleted_at_column", d) && s.primary_key.contains(d) {
            c.push(entry, "deleted_at_column is a primary-key column");
        }
    }
}

/// Returns, per protected entry, whether its identifiers are valid.
fn check_protected(c: &mut Checker, r: &Registry) -> Vec<bool> {
    let mut ok = Vec::with_capacity(r.protected.len());
    for (i, p) in r.protected.iter().enumerate() {
        let entry = protected_label(i, p);
        let mut valid = c.ident(&entry, "table", &p.table);
        valid &= c.ident(&entry, "column", &p.column);
        valid &= c.idents(&entry, "primary_key column", &p.primary_key);
        if let Some(kv) = &p.key_version_column {
            valid &= c.ident(&entry, "key_version_column", kv);
        }
        if let Some(rv) = &p.row_version_column {
            valid &= c.ident(&entry, "row_version_column", rv);
        }
        if let Some(src) = &p.source {
            valid &= c.ident(&entry, "source column", &src.column);
        }
        if p.kind == ProtectedKind::Sealed {
            if !p.basename.is_empty() {
                c.push(
                    &entry,
                    "a sealed column has no basename: its recipients come from the policy bound to \
                     it (`idctl pq policy bind`)",
                );
                valid = false;
            }
        } else if !is_valid_basename(&p.basename) {
            c.push(
                &entry,
                format!(
                    "basename {} is not valid: basenames must match ^[a-z][a-z0-9_]{{0,47}}$",
                    show(&p.basename)
                ),
            );
            valid = false;
        }
        ok.push(valid);
        if !valid {
            continue;
        }
        check_protected_entry(c, &entry, p);
    }

    // Duplicates and consistency between entries (valid entries only).
    let valid: Vec<(usize, &ProtectedColumn)> = r
        .protected
        .iter()
        .enumerate()
        .filter(|(i, _)| ok[*i])
        .collect();
    let mut by_column: HashMap<(&str, &str), usize> = HashMap::new();
    let mut by_table: BTreeMap<&str, Vec<(usize, &ProtectedColumn)>> = BTreeMap::new();
    for &(i, p) in &valid {
        if let Some(&j) = by_column.get(&(p.table.as_str(), p.column.as_str())) {
            c.push(
                &protected_label(i, p),
                format!(
                    "{}.{} is registered twice (also protected #{})",
                    p.table,
                    p.column,
                    j + 1
                ),
            );
        } else {
            by_column.insert((&p.table, &p.column), i);
        }
        by_table.entry(&p.table).or_default().push((i, p));
    }
    for entries in by_table.values() {
        let (first_i, first) = entries[0];
        let mut kv_owner: HashMap<&str, usize> = HashMap::new();
        for &(i, p) in entries {
            let entry = protected_label(i, p);
            if p.primary_key != first.primary_key {
                c.push(
                    &entry,
                    format!(
                        "primary_key [{}] differs from protected #{} of the same table ([{}])",
                        p.primary_key.join(", "),
                        first_i + 1,
                        first.primary_key.join(", ")
                    ),
                );
            }
            if p.row_version_column != first.row_version_column {
                c.push(
                    &entry,
                    format!(
                        "row_version_column {} differs from protected #{} of the same table ({})",
                        p.row_version_column.as_deref().unwrap_or("(none)"),
                        first_i + 1,
                        first.row_version_column.as_deref().unwrap_or("(none)")
                    ),
                );
            }
            if let Some(kv) = p.key_version_column.as_deref() {
                if let Some(&j) = kv_owner.get(kv) {
                    c.push(
                        &entry,
                        format!(
                            "key_version_column {kv} is also the key-version column of \
                             protected #{}: each protected column needs its own",
                            j + 1
                        ),
                    );
                } else {
                    kv_owner.insert(kv, i);
                }
                if let Some(other) = entries.iter().find(|(_, o)| o.column == kv) {
                    c.push(
                        &entry,
                        format!(
                            "key_version_column {kv} is itself registered as a protected column \
                             (protected #{})",
                            other.0 + 1
                        ),
                    );
                }
            }
            let rv_clash = p.row_version_column.as_deref().and_then(|rv| {
                entries
                    .iter()
                    .find(|(_, o)| o.column == rv || o.key_version_column.as_deref() == Some(rv))
                    .map(|other| (rv, other))
            });
            if let Some((rv, other)) = rv_clash {
                c.push(
                    &entry,
                    format!(
                        "row_version_column {rv} is a protected or key-version column of \
                         protected #{}",
                        other.0 + 1
                    ),
                );
            }
            if let Some(src) = &p.source {
                match entries.iter().find(|(_, o)| o.column == src.column) {
                    Some((_, o)) if o.kind == ProtectedKind::Aead => {}
                    Some((j, o)) => c.push(
                        &entry,
                        format!(
                            "source column {} is a {} column (protected #{}), it must be an aead \
                             column",
                            src.column,
                            o.kind.as_str(),
                            j + 1
                        ),
                    ),
                    // With an invalid entry around, the source may be that entry: its own
                    // problem is reported, this one would only be noise.
                    None if ok.iter().all(|v| *v) => c.push(
                        &entry,
                        format!(
                            "source column {} is not an aead column registered for table {}",
                            src.column, p.table
                        ),
                    ),
                    None => {}
                }
            }
        }
    }

    // One kind per basename: a root key has one algorithm.
    let mut kinds: BTreeMap<&str, (ProtectedKind, usize)> = BTreeMap::new();
    for &(i, p) in valid
        .iter()
        .filter(|(_, p)| p.kind != ProtectedKind::Sealed)
    {
        match kinds.get(p.basename.as_str()) {
            None => {
                kinds.insert(&p.basename, (p.kind, i));
            }
            Some(&(kind, j)) if kind != p.kind => c.push(
                &protected_label(i, p),
                format!(
                    "basename {} is used by a {} column here and by a {} column in protected #{}; \
                     a key has one algorithm, so a basename serves one kind",
                    p.basename,
                    p.kind.as_str(),
                    kind.as_str(),
                    j + 1
                ),
            ),
            Some(_) => {}
        }
    }
    ok
}

fn check_protected_entry(c: &mut Checker, entry: &str, p: &ProtectedColumn) {
    if p.primary_key.is_empty() {
        c.push(entry, "primary_key is empty");
    }
    c.no_duplicates(entry, "primary_key", &p.primary_key);
    if p.primary_key.contains(&p.column) {
        c.push(entry, "column is part of the primary key");
    }
    if let Some(kv) = &p.key_version_column {
        if *kv == p.column {
            c.push(entry, "key_version_column is the protected column itself");
        }
        if p.primary_key.contains(kv) {
            c.push(entry, "key_version_column is part of the primary key");
        }
    }
    if let Some(rv) = &p.row_version_column {
        if *rv == p.column {
            c.push(entry, "row_version_column is the protected column itself");
        }
        if p.key_version_column.as_ref() == Some(rv) {
            c.push(entry, "row_version_column is the key_version_column");
        }
        if p.primary_key.contains(rv) {
            c.push(entry, "row_version_column is part of the primary key");
        }
    }
    match p.kind {
        ProtectedKind::Aead => {
            if p.normalize.is_some() {
                c.push(entry, "normalize applies to blind_index columns only");
            }
            if p.source.is_some() {
                c.push(entry, "source applies to blind_index columns only");
            }
        }
        ProtectedKind::BlindIndex => {
            if p.key_version_column.is_none() {
                c.push(
                    entry,
                    "a blind_index column needs a key_version_column (a hash has no header naming \
                     its key)",
                );
            }
            if p.normalize.is_none() {
                c.push(
                    entry,
                    "a blind_index column needs normalize = \"email\" or \"exact\"",
                );
            }
            if p.secret {
                c.push(
                    entry,
                    "secret applies to aead columns only (blind indexes are never exported anyway)",
                );
            }
            if p.source.as_ref().is_some_and(|src| src.column == p.column) {
                c.push(entry, "source is the blind-index column itself");
            }
        }
        ProtectedKind::Sealed => {
            if p.key_version_column.is_none() {
                c.push(
                    entry,
                    "a sealed column needs a key_version_column (the recipient key ids its value is \
                     wrapped to, which `pq status` counts and `pq migrate` compares)",
                );
            }
            if p.normalize.is_some() || p.source.is_some() {
                c.push(
                    entry,
                    "normalize and source apply to blind_index columns only",
                );
            }
        }
        ProtectedKind::PasswordPepper => {
            if p.key_version_column.is_none() {
                c.push(
                    entry,
                    "a password_pepper column needs a key_version_column (the pepper version)",
                );
            }
            if p.normalize.is_some() || p.source.is_some() {
                c.push(
                    entry,
                    "normalize and source apply to blind_index columns only",
                );
            }
            if p.secret {
                c.push(
                    entry,
                    "secret applies to aead columns only (password hashes are never exported \
                     anyway)",
                );
            }
        }
    }
    if p.note.as_ref().is_some_and(|n| n.trim().is_empty()) {
        c.push(entry, "note is empty");
    }
}

fn check_unversioned(c: &mut Checker, r: &Registry, protected_ok: &[bool]) {
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, u) in r.unversioned.iter().enumerate() {
        let entry = unversioned_label(i, u);
        let valid = c.ident(&entry, "table", &u.table) & c.ident(&entry, "column", &u.column);
        if u.reason.trim().is_empty() {
            c.push(&entry, "reason is empty: say why the column is not keyed");
        }
        if !valid {
            continue;
        }
        if let Some(&j) = seen.get(&(u.table.as_str(), u.column.as_str())) {
            c.push(
                &entry,
                format!("listed twice (also unversioned #{})", j + 1),
            );
        } else {
            seen.insert((&u.table, &u.column), i);
        }
        for (j, p) in r.protected.iter().enumerate() {
            if !protected_ok[j] || p.table != u.table {
                continue;
            }
            if p.column == u.column || p.key_version_column.as_deref() == Some(&u.column) {
                c.push(
                    &entry,
                    format!(
                        "the column is registered as protected (protected #{}); it cannot also be \
                         unversioned",
                        j + 1
                    ),
                );
            }
        }
    }
}

fn check_personal_data(c: &mut Checker, r: &Registry) {
    // Identifiers first; entries with a bad identifier get no further checks.
    let mut ok = Vec::with_capacity(r.personal_data.len());
    for (i, p) in r.personal_data.iter().enumerate() {
        let entry = personal_label(i, p);
        let mut valid = c.ident(&entry, "table", &p.table);
        valid &= c.idents(&entry, "primary_key column", &p.primary_key);
        if let Some(link) = &p.link {
            valid &= c.ident(&entry, "link column", &link.column);
            if let Some(via) = &link.via {
                valid &= c.ident(&entry, "link via", via);
            }
        }
        valid &= c.idents(&entry, "actor_columns entry", &p.actor_columns);
        valid &= c.idents(&entry, "omit column", &p.omit);
        valid &= c.idents(&entry, "anonymize column", &p.anonymize);
        ok.push(valid);
    }

    let mut by_table: HashMap<&str, usize> = HashMap::new();
    for (i, p) in r.personal_data.iter().enumerate() {
        if !ok[i] {
            continue;
        }
        if let Some(&j) = by_table.get(p.table.as_str()) {
            c.push(
                &personal_label(i, p),
                format!(
                    "table {} is classified twice (also personal_data #{}); one entry covers a \
                     table",
                    p.table,
                    j + 1
                ),
            );
        } else {
            by_table.insert(&p.table, i);
        }
    }

    let subject = &r.subject;
    if is_valid_identifier(&subject.table)
        && !r.personal_data.iter().any(|p| p.table == subject.table)
    {
        c.push(
            "subject",
            format!(
                "the subject table {} has no personal_data entry (what export and erasure do with \
                 the subject's own row)",
                subject.table
            ),
        );
    }

    for (i, p) in r.personal_data.iter().enumerate() {
        if ok[i] {
            check_personal_entry(c, r, &personal_label(i, p), p, &by_table);
        }
    }
}

fn check_personal_entry(
    c: &mut Checker,
    r: &Registry,
    entry: &str,
    p: &PersonalData,
    by_table: &HashMap<&str, usize>,
) {
    let subject = &r.subject;
    if p.primary_key.is_empty() {
        c.push(entry, "primary_key is empty");
    }
    c.no_duplicates(entry, "primary_key", &p.primary_key);
    c.no_duplicates(entry, "actor_columns", &p.actor_columns);
    c.no_duplicates(entry, "omit", &p.omit);
    c.no_duplicates(entry, "anonymize", &p.anonymize);
    if p.reason.as_ref().is_some_and(|r| r.trim().is_empty()) {
        c.push(entry, "reason is empty");
    }

    // Links.
    match &p.link {
        None => {
            if p.actor_columns.is_empty() {
                c.push(
                    entry,
                    "has neither a link nor actor_columns: say how the table refers to the subject",
                );
            }
            if p.table == subject.table {
                c.push(
                    entry,
                    format!(
                        "the subject table needs link = {{ column = \"{}\" }}",
                        subject.primary_key.first().map_or("id", String::as_str)
                    ),
                );
            }
            if p.export != ExportAction::Exclude {
                c.push(
                    entry,
                    "a table linked only through actor_columns must have export = \"exclude\": \
                     its rows are records of what the subject did, about other data",
                );
            }
            if p.deletion == DeletionAction::Erase {
                c.push(
                    entry,
                    "a table linked only through actor_columns cannot have deletion = \"erase\": \
                     erasing a person must not delete the records they acted on (use retain or \
                     anonymize)",
                );
            }
        }
        Some(link) => {
            if p.actor_columns.contains(&link.column) {
                c.push(
                    entry,
                    format!(
                        "{} is both the link column and an actor column",
                        link.column
                    ),
                );
            }
            match &link.via {
                None => {
                    if p.table == subject.table
                        && subject.primary_key.iter().all(|c| is_valid_identifier(c))
                        && subject.primary_key.first() != Some(&link.column)
                    {
                        c.push(
                            entry,
                            format!(
                                "the subject table's link column must be its primary key {}, not {}",
                                subject.primary_key.join(", "),
                                link.column
                            ),
                        );
                    }
                }
                Some(via) => check_via(c, r, entry, p, via, by_table),
            }
            // When the subject's own row is erased, a row keeping a direct link to it would
            // block the deletion (or dangle): it must go, or lose the link.
            let subject_erased = by_table
                .get(subject.table.as_str())
                .is_some_and(|&j| r.personal_data[j].deletion == DeletionAction::Erase);
            let keeps_link = match p.deletion {
                DeletionAction::Erase => false,
                DeletionAction::Anonymize => !p.anonymize.contains(&link.column),
                DeletionAction::Retain => true,
            };
            if subject_erased && link.via.is_none() && p.table != subject.table && keeps_link {
                c.push(
                    entry,
                    format!(
                        "the subject's row is erased, but deletion = \"{}\" keeps the link column \
                         {} pointing at it: erase the rows, anonymize {}, or anonymize the \
                         subject's row instead of erasing it",
                        p.deletion.as_str(),
                        link.column,
                        link.column
                    ),
                );
            }
        }
    }

    // Export.
    match p.export {
        ExportAction::Include => {
            for prot in r.protected_columns_in(&p.table) {
                if prot.is_secret() && !p.omit.contains(&prot.column) {
                    c.push(
                        entry,
                        format!(
                            "omit must list {} ({}{}): secrets and hashes are never exported",
                            prot.column,
                            prot.kind.as_str(),
                            if prot.secret { ", secret" } else { "" }
                        ),
                    );
                }
            }
            for u in r.unversioned_columns_in(&p.table) {
                if !p.omit.contains(&u.column) {
                    c.push(
                        entry,
                        format!(
                            "omit must list {} (an unversioned hash column): hashes are never \
                             exported",
                            u.column
                        ),
                    );
                }
            }
            if p.omit.iter().any(|o| p.primary_key.contains(o)) {
                c.push(entry, "omit lists a primary-key column");
            }
        }
        ExportAction::Exclude | ExportAction::ExcludeSecret => {
            if !p.omit.is_empty() {
                c.push(
                    entry,
                    format!("omit has no effect with export = \"{}\"", p.export.as_str()),
                );
            }
            if p.reason.is_none() {
                c.push(
                    entry,
                    format!(
                        "export = \"{}\" needs a reason: say why the rows are not exported",
                        p.export.as_str()
                    ),
                );
            }
        }
    }

    // Deletion.
    match p.deletion {
        DeletionAction::Erase | DeletionAction::Retain => {
            if !p.anonymize.is_empty() {
                c.push(
                    entry,
                    format!(
                        "anonymize lists columns but deletion = \"{}\" (use deletion = \
                         \"anonymize\")",
                        p.deletion.as_str()
                    ),
                );
            }
        }
        DeletionAction::Anonymize => {
            if p.anonymize.is_empty() {
                c.push(
                    entry,
                    "deletion = \"anonymize\" needs the anonymize columns (set to NULL)",
                );
            }
            for col in &p.anonymize {
                if p.primary_key.contains(col) {
                    c.push(
                        entry,
                        format!("anonymize lists the primary-key column {col}"),
                    );
                }
                let kv = r
                    .protected_column(&p.table, col)
                    .and_then(|prot| prot.key_version_column.as_ref());
                if let Some(kv) = kv.filter(|kv| !p.anonymize.contains(kv)) {
                    c.push(
                        entry,
                        format!(
                            "anonymize lists {col} but not its key-version column {kv}: a \
                             version without a value would be counted as data under that key"
                        ),
                    );
                }
            }
        }
    }
    match (p.deletion, p.retention_years) {
        (_, None) | (DeletionAction::Retain, Some(1..)) => {}
        (DeletionAction::Retain, Some(0)) => c.push(entry, "retention_years must be at least 1"),
        (other, Some(_)) => c.push(
            entry,
            format!(
                "retention_years applies to deletion = \"retain\" only, not \"{}\"",
                other.as_str()
            ),
        ),
    }
    if p.deletable {
        if p.deletion != DeletionAction::Erase {
            c.push(
                entry,
                format!(
                    "deletable = true needs deletion = \"erase\", not \"{}\": a deletable \
                     entity's row is deleted",
                    p.deletion.as_str()
                ),
            );
        }
        if p.primary_key.len() != 1 {
            c.push(
                entry,
                "deletable = true needs a one-column primary key (the job names one key)",
            );
        }
        if p.table == subject.table {
            c.push(
                entry,
                "the subject is always deletable: deletable = true is for other entities",
            );
        }
    }
    if p.deletion == DeletionAction::Retain && p.reason.is_none() {
        c.push(
            entry,
            "deletion = \"retain\" needs a reason: say why the rows outlive the erasure",
        );
    }
}

fn check_via(
    c: &mut Checker,
    r: &Registry,
    entry: &str,
    p: &PersonalData,
    via: &str,
    by_table: &HashMap<&str, usize>,
) {
    if via == p.table {
        c.push(entry, "link via names the table itself");
        return;
    }
    if via == r.subject.table {
        c.push(
            entry,
            format!(
                "link via = \"{via}\" is the subject table: use a direct link \
                 (link = {{ column = \"{}\" }})",
                p.link.as_ref().map_or("", |l| l.column.as_str())
            ),
        );
        return;
    }
    let Some(&j) = by_table.get(via) else {
        c.push(
            entry,
            format!("link via = \"{via}\" is not a table classified in personal_data"),
        );
        return;
    };
    let parent = &r.personal_data[j];
    if parent.link.is_none() {
        c.push(
            entry,
            format!(
                "link via = \"{via}\": personal_data #{} has no link (only actor columns), so \
                 it cannot lead to the subject",
                j + 1
            ),
        );
        return;
    }
    if parent.primary_key.len() != 1 {
        c.push(
            entry,
            format!(
                "link via = \"{via}\": its primary key has {} columns; a link column refers to a \
                 single-column key",
                parent.primary_key.len()
            ),
        );
    }
    if parent.deletion == DeletionAction::Erase && p.deletion != DeletionAction::Erase {
        c.push(
            entry,
            format!(
                "deletion = \"{}\" but its parent {via} is erased: the parent's rows cannot go \
                 while these stay",
                p.deletion.as_str()
            ),
        );
    }
    // Cycle: follow the chain; it must reach a direct link within as many steps as there are
    // entries.
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    seen.insert(&p.table);
    let mut current = parent;
    loop {
        if !seen.insert(&current.table) {
            c.push(
                entry,
                format!(
                    "link via = \"{via}\" leads into a cycle through {}",
                    current.table
                ),
            );
            return;
        }
        match current.link.as_ref().and_then(|l| l.via.as_deref()) {
            None => return,
            Some(next) => match by_table.get(next) {
                Some(&k) => current = &r.personal_data[k],
                None => return, // reported on that entry
            },
        }
    }
}

fn check_bookkeeping(c: &mut Checker, r: &Registry) {
    if let Some(e) = &r.subject.email {
        let entry = "subject email";
        c.ident(entry, "table", &e.table);
        c.ident(entry, "column", &e.column);
        c.ident(entry, "link_column", &e.link_column);
    }
    if let Some(b) = &r.bookkeeping {
        let entry = "bookkeeping";
        let ok = c.ident(entry, "schema", &b.schema)
            & c.ident(entry, "application_schema", &b.application_schema);
        if ok && b.schema == b.application_schema {
            c.push(
                entry,
                "schema must differ from application_schema: idctl's tables must not mix with the application's",
            );
        }
        if ok && b.schema.starts_with("pg_") {
            c.push(
                entry,
                "schema: names starting with pg_ are reserved by PostgreSQL",
            );
        }
        if r.operators.is_some() {
            c.push(
                "operators",
                "with [bookkeeping], operators are idctl's own operators table: leave [operators] out",
            );
        }
    }
    if let Some(o) = &r.operators {
        let entry = "operators";
        c.ident(entry, "table", &o.table);
        for (field, v) in [
            ("id_column", &o.id_column),
            ("role_column", &o.role_column),
            ("active_column", &o.active_column),
            ("locked_column", &o.locked_column),
            ("deleted_at_column", &o.deleted_at_column),
        ] {
            c.ident(entry, field, v);
        }
        if let Some(v) = &o.subject_column {
            c.ident(entry, "subject_column", v);
        }
    }
}

fn check_access(c: &mut Checker, r: &Registry) {
    if let Some(a) = &r.account {
        let entry = "account";
        c.ident(entry, "locked_column", &a.locked_column);
        match (&a.table, &a.link_column) {
            (Some(t), Some(l)) => {
                c.ident(entry, "table", t);
                c.ident(entry, "link_column", l);
            }
            (None, None) => {}
            _ => c.push(entry, "table and link_column go together"),
        }
        match (&a.locked_value, &a.unlocked_value) {
            (Some(l), Some(u)) if l.is_empty() || u.is_empty() || l == u => c.push(
                entry,
                "locked_value and unlocked_value must be two different, non-empty values",
            ),
            (Some(_), Some(_)) | (None, None) => {}
            _ => c.push(entry, "locked_value and unlocked_value go together"),
        }
        for (field, value) in [
            ("active_column", &a.active_column),
            ("failed_logins_column", &a.failed_logins_column),
            (
                "must_change_password_column",
                &a.must_change_password_column,
            ),
            ("last_login_column", &a.last_login_column),
            ("created_at_column", &a.created_at_column),
            ("updated_at_column", &a.updated_at_column),
            ("row_version_column", &a.row_version_column),
            ("role_column", &a.role_column),
        ] {
            if let Some(v) = value {
                c.ident(entry, field, v);
            }
        }
    }
    let mut names = HashSet::new();
    for (i, a) in r.access.iter().enumerate() {
        let entry = format!("access #{} ({})", i + 1, show(&a.name));
        let mut ok = c.ident(&entry, "name", &a.name);
        ok &= c.ident(&entry, "table", &a.table);
        ok &= c.idents(&entry, "primary_key column", &a.primary_key);
        ok &= c.ident(&entry, "link_column", &a.link_column);
        if let Some(col) = a.revoke.column() {
            ok &= c.ident(&entry, "revoke column", col);
        }
        if let super::Revoke::Status { value, .. } = &a.revoke
            && value.is_empty()
        {
            c.push(&entry, "revoke how = \"status\" needs a non-empty value");
        }
        for (field, v) in [
            ("expires_column", &a.expires_column),
            ("consumed_column", &a.consumed_column),
        ] {
            if let Some(v) = v {
                ok &= c.ident(&entry, field, v);
            }
        }
        if a.primary_key.len() != 1 {
            c.push(&entry, "primary_key must name exactly one column");
        }
        if !names.insert(a.name.as_str()) {
            c.push(
                &entry,
                format!("name {} is used by another access entry", show(&a.name)),
            );
        }
        if a.table == r.subject.table {
            c.push(
                &entry,
                "the subject table itself is not an access grant: its lock is [account]",
            );
        }
        if let Some(log) = &a.log {
            ok &= c.ident(&entry, "log table", &log.table);
            if log.values.is_empty() {
                c.push(&entry, "log values must name at least one column");
            }
            for (col, v) in &log.values {
                ok &= c.ident(&entry, "log column", col);
                if let Err(e) = super::LogValue::parse(v) {
                    c.push(&entry, format!("log value of {}: {e}", show(col)));
                }
            }
        }
        let _ = ok;
    }
    for (i, n) in r.not_access.iter().enumerate() {
        let entry = format!("not_access #{} ({})", i + 1, show(&n.table));
        c.ident(&entry, "table", &n.table);
        if n.reason.trim().is_empty() {
            c.push(&entry, "reason must say why the table grants no access");
        }
        if r.access.iter().any(|a| a.table == n.table) {
            c.push(&entry, "the table is also an [[access]] entry");
        }
    }
}
