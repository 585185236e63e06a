//! The declarative registry: which columns hold protected values (ciphertexts, blind indexes,
//! peppered password hashes) and which tables hold personal data of the data subject.
//!
//! The re-encryption engine, `keys verify`, data-subject export and erasure are all driven by one
//! TOML document and know nothing about any one table. The built-in document
//! (`src/registry/builtin.toml`, compiled in) describes the identity schema of `migrations/`;
//! `--registry FILE` replaces it as a whole, so another schema (e.g. a UUID-keyed one) is served by
//! configuration alone. `docs/REGISTRY.md` documents every field and every choice.
//!
//! Loading always validates ([`Registry::validate`]): every identifier is checked against
//! `^[a-z_][a-z0-9_]{0,62}$` before anything else sees it, because table and column names from the
//! registry are interpolated into SQL (as quoted identifiers). `store::catalogue::check`
//! then compares the registry with a live database.

mod access;
mod bookkeeping;
pub mod schema;
mod validate;

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub use access::{
    AccessGrant, Account, LogValue, NotAccess, RevocationLog, Revoke, looks_like_credential,
};
pub use bookkeeping::{Bookkeeping, Operators};
pub use schema::Problem;
pub use validate::{is_valid_basename, is_valid_identifier};

/// The registry document format this build reads and writes (`format = 1`).
pub const FORMAT_VERSION: u32 = 1;

/// The built-in registry's source text.
pub const BUILTIN_TOML: &str = include_str!("builtin.toml");

/// The whole registry document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    /// Document format version; must be [`FORMAT_VERSION`].
    pub format: u32,
    /// The data-subject table.
    pub subject: Subject,
    /// Protected columns, one entry per column (`[[protected]]`).
    #[serde(default)]
    pub protected: Vec<ProtectedColumn>,
    /// Hash columns deliberately not keyed by idctl (`[[unversioned]]`).
    #[serde(default)]
    pub unversioned: Vec<UnversionedColumn>,
    /// Tables holding the subject's data, one entry per table (`[[personal_data]]`).
    #[serde(default)]
    pub personal_data: Vec<PersonalData>,
    /// The account state columns of the subject table (`[account]`): what `users lock` sets.
    #[serde(default)]
    pub account: Option<Account>,
    /// Tables whose live rows grant the subject access (`[[access]]`): what `users lock` revokes.
    #[serde(default)]
    pub access: Vec<AccessGrant>,
    /// Credential-looking tables that grant no access by themselves (`[[not_access]]`).
    #[serde(default)]
    pub not_access: Vec<NotAccess>,
    /// idctl's own tables in a schema of their own (`[bookkeeping]`), for a database idctl did not
    /// create.
    #[serde(default)]
    pub bookkeeping: Option<Bookkeeping>,
    /// Who idctl's operators are (`[operators]`); see [`Registry::operators`].
    #[serde(default)]
    pub operators: Option<Operators>,
    /// Why each category of personal data is processed and how long it is kept
    /// (`[categories.<name>]`): what a data-subject export states (GDPR Art. 15(1)(a) and (d)).
    #[serde(default)]
    pub categories: std::collections::BTreeMap<Category, CategoryInfo>,
}

/// `[categories.<name>]`: the purpose and retention rule of one category, in plain language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryInfo {
    pub purpose: String,
    pub retention: String,
}

/// `[subject]`: the table whose rows are the data subjects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    pub table: String,
    /// The subject's primary key; exactly one column (links are single-column).
    pub primary_key: Vec<String>,
    /// A timestamp column set when the subject is erased (the row stays as a tombstone).
    #[serde(default)]
    pub deleted_at_column: Option<String>,
    /// Where the subject's email addresses are in clear (`email = { table, column, link_column }`),
    /// for `--actor EMAIL` and `users find` on a schema without an email blind index. Without it,
    /// addresses are looked up through the subject table's `normalize = "email"` blind index.
    #[serde(default)]
    pub email: Option<SubjectEmail>,
}

/// `[subject] email`: a table of the subject's addresses in clear, matched case-insensitively.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectEmail {
    pub table: String,
    /// The text column holding an address.
    pub column: String,
    /// The column holding the subject's key.
    pub link_column: String,
}

/// What a protected column holds, which decides what idctl can do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProtectedKind {
    /// An envelope (AES-256-GCM-SIV) idctl can decrypt and re-encrypt under a new key version.
    Aead,
    /// A keyed HMAC of a normalized value; idctl can recompute it only from a registered `source`.
    BlindIndex,
    /// A password hash peppered under a key version; only the application (at login) can
    /// re-pepper it, idctl only counts rows per key version.
    PasswordPepper,
    /// A value sealed to recipients' public keys (docs/FORMAT.md §12): writers encrypt without
    /// being able to decrypt. No basename: which policy governs the column is the database's
    /// `encryption_policy_bindings` (`idctl pq policy bind`); the key-version column holds the
    /// recipient key ids the value is wrapped to, joined by `+`. `idctl pq migrate` moves values
    /// to their policy's recipients.
    Sealed,
}

impl ProtectedKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProtectedKind::Aead => "aead",
            ProtectedKind::BlindIndex => "blind_index",
            ProtectedKind::PasswordPepper => "password_pepper",
            ProtectedKind::Sealed => "sealed",
        }
    }
}

/// How a blind index's input is normalized before hashing (the crypto layer's normalizations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Normalize {
    /// Trim, Unicode lower-case, NFC.
    Email,
    /// The bytes as given.
    Exact,
}

impl Normalize {
    pub fn as_str(self) -> &'static str {
        match self {
            Normalize::Email => "email",
            Normalize::Exact => "exact",
        }
    }
}

/// `source = { column = "..." }`: where a blind index's plaintext can be recovered in the same row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlindIndexSource {
    /// An `aead` column of the same table, registered in the same registry.
    pub column: String,
}

/// `[[protected]]`: one protected column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtectedColumn {
    pub table: String,
    /// Columns identifying a row (the table's primary key, usually one column). Their text forms,
    /// in this order, are the primary key of the envelope's context.
    pub primary_key: Vec<String>,
    /// The BYTEA column (for `password_pepper`: the text column holding the hash).
    pub column: String,
    pub kind: ProtectedKind,
    /// Key purpose: the basename of the root keys (`<basename>:v<version>`) protecting the column.
    /// Empty (absent) for `sealed` columns, whose recipients come from their policy.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub basename: String,
    /// Text column holding the key id the value is under. Absent: header-only (`aead` only), the
    /// envelope header names the key.
    #[serde(default)]
    pub key_version_column: Option<String>,
    /// Integer column bumped on every write, used for compare-and-swap updates.
    #[serde(default)]
    pub row_version_column: Option<String>,
    /// `blind_index` only (required there): normalization of the input.
    #[serde(default)]
    pub normalize: Option<Normalize>,
    /// `blind_index` only: the aead column in the same row holding the plaintext.
    #[serde(default)]
    pub source: Option<BlindIndexSource>,
    /// `aead` only: the plaintext is a credential, never decrypted for export or display.
    /// (`blind_index` and `password_pepper` values are always treated as secret.)
    #[serde(default)]
    pub secret: bool,
    #[serde(default)]
    pub note: Option<String>,
}

impl ProtectedColumn {
    /// No key-version column: the key is found in each value's envelope header.
    pub fn is_header_only(&self) -> bool {
        self.key_version_column.is_none()
    }

    /// Whether idctl can move the column's values to a new key version by itself: aead values are
    /// re-encrypted, blind indexes with a source are recomputed from it; the rest is left to the
    /// application.
    pub fn idctl_can_rewrite(&self) -> bool {
        match self.kind {
            ProtectedKind::Aead => true,
            ProtectedKind::BlindIndex => self.source.is_some(),
            ProtectedKind::PasswordPepper | ProtectedKind::Sealed => false,
        }
    }

    /// Whether the value must never be exported or shown (credentials, hashes).
    pub fn is_secret(&self) -> bool {
        !matches!(self.kind, ProtectedKind::Aead | ProtectedKind::Sealed) || self.secret
    }

    /// Whether idctl can read the plaintext back (aead with its keys, sealed with the recipients').
    pub fn is_decryptable(&self) -> bool {
        matches!(self.kind, ProtectedKind::Aead | ProtectedKind::Sealed)
    }
}

/// `[[unversioned]]`: a hash column idctl deliberately does not key or rotate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnversionedColumn {
    pub table: String,
    pub column: String,
    pub reason: String,
}

/// Kind of personal data a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Who the person is: account, profile, linked identities.
    Identity,
    /// How to reach the person: addresses, phone numbers.
    Contact,
    /// Secrets and authenticators: passwords, 2FA, tokens, sessions, keys.
    Credentials,
    /// Security events about the person: logins, devices, session audit.
    SecurityLog,
    /// Consents given or withdrawn.
    Consent,
    /// Data-subject requests.
    Privacy,
    /// Orders, carts, payments, invoices.
    Commerce,
    /// Messages sent to the person: notifications, newsletters.
    Communications,
    /// Content the person wrote: reviews.
    Content,
    /// Support cases.
    Support,
    /// Roles and permissions granted to the person.
    AccessControl,
    /// Diagnostics that mention the person: application errors.
    Diagnostics,
    /// Records of what the person did as an operator (actor references only).
    Audit,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Identity => "identity",
            Category::Contact => "contact",
            Category::Credentials => "credentials",
            Category::SecurityLog => "security_log",
            Category::Consent => "consent",
            Category::Privacy => "privacy",
            Category::Commerce => "commerce",
            Category::Communications => "communications",
            Category::Content => "content",
            Category::Support => "support",
            Category::AccessControl => "access_control",
            Category::Diagnostics => "diagnostics",
            Category::Audit => "audit",
        }
    }
}

/// What a data-subject export does with a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportAction {
    /// Export the subject's rows, without the `omit` columns; aead columns are decrypted.
    Include,
    /// Never export: the rows are credentials (one-time tokens, ...).
    ExcludeSecret,
    /// Never export, for the `reason` given (records not about the subject).
    Exclude,
}

impl ExportAction {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportAction::Include => "include",
            ExportAction::ExcludeSecret => "exclude_secret",
            ExportAction::Exclude => "exclude",
        }
    }
}

/// What erasing the subject does with a table's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeletionAction {
    /// Delete the rows.
    Erase,
    /// Keep the rows, set the `anonymize` columns to NULL.
    Anonymize,
    /// Keep the rows unchanged (legal retention or accountability), for the `reason` given.
    Retain,
}

impl DeletionAction {
    pub fn as_str(self) -> &'static str {
        match self {
            DeletionAction::Erase => "erase",
            DeletionAction::Anonymize => "anonymize",
            DeletionAction::Retain => "retain",
        }
    }
}

/// `link = { column = "...", via = "..." }`: how a table's rows belong to the subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// Without `via`: a column holding the subject's primary key. With `via`: a column holding the
    /// primary key of the `via` table.
    pub column: String,
    /// Another `personal_data` table (itself linked) this table's rows belong to.
    #[serde(default)]
    pub via: Option<String>,
}

/// `[[personal_data]]`: one table holding data of or about the subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonalData {
    pub table: String,
    pub primary_key: Vec<String>,
    pub category: Category,
    /// How the subject's rows are found. Absent: the table only records the subject as an actor
    /// (`actor_columns`).
    #[serde(default)]
    pub link: Option<Link>,
    /// Other columns referencing the subject that record who did something (`created_by`,
    /// `granted_by`, ...). Rows found only through them are never exported; their action is the
    /// entry's `deletion` when the entry has no `link`, otherwise the reference is kept.
    #[serde(default)]
    pub actor_columns: Vec<String>,
    pub export: ExportAction,
    /// `export = "include"`: columns never exported. Must list every secret protected column and
    /// every unversioned hash column of the table.
    #[serde(default)]
    pub omit: Vec<String>,
    pub deletion: DeletionAction,
    /// `deletion = "anonymize"`: columns set to NULL.
    #[serde(default)]
    pub anonymize: Vec<String>,
    /// `deletion = "retain"`: how long the rows are kept, in years (informative).
    #[serde(default)]
    pub retention_years: Option<u32>,
    /// Why: required for `retain`, `exclude` and `exclude_secret`.
    #[serde(default)]
    pub reason: Option<String>,
    /// `deletion schedule --table T --pk K` accepts this table's rows as entities of their own:
    /// erasing one deletes it and, children first, the rows linked through it (`via`). Only for
    /// `deletion = "erase"` tables with a one-column primary key.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deletable: bool,
}

impl PersonalData {
    /// Every column of this table that references the subject, directly: the direct link column
    /// and the actor columns.
    pub fn subject_columns(&self) -> Vec<&str> {
        let mut out = Vec::new();
        if let Some(link) = self.link.as_ref().filter(|l| l.via.is_none()) {
            out.push(link.column.as_str());
        }
        out.extend(self.actor_columns.iter().map(String::as_str));
        out
    }
}

impl Registry {
    /// The built-in registry (the identity schema of `migrations/`).
    pub fn builtin() -> Registry {
        static BUILTIN: OnceLock<Registry> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Registry::parse(BUILTIN_TOML, "built-in registry")
                    .unwrap_or_else(|e| panic!("the built-in registry is invalid: {e:?}"))
            })
            .clone()
    }

    /// Parses and validates a registry document.
    pub fn from_toml_str(text: &str) -> Result<Registry> {
        Registry::parse(text, "registry")
    }

    /// Reads, parses and validates a registry file.
    pub fn load(path: impl AsRef<Path>) -> Result<Registry> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::config(format!("cannot read registry file {}: {e}", path.display()))
                .with_source(e)
        })?;
        Registry::parse(&text, &format!("registry file {}", path.display()))
    }

    fn parse(text: &str, origin: &str) -> Result<Registry> {
        let registry: Registry = toml::from_str(text).map_err(|e| {
            let at = e
                .span()
                .map(|s| {
                    let (line, col) = line_col(text, s.start);
                    format!(" at line {line}, column {col}")
                })
                .unwrap_or_default();
            Error::config(format!(
                "cannot parse {origin}{at}: {}",
                e.message().trim_end()
            ))
        })?;
        registry
            .validate()
            .map_err(|e| e.context(format!("invalid {origin}")))?;
        Ok(registry)
    }

    /// Static validation (no database): identifiers, duplicates, references between entries and
    /// the rules of each kind and action. Every problem found is reported; the message names the
    /// first, the hint lists the others.
    pub fn validate(&self) -> Result<()> {
        let problems = validate::problems(self);
        match problems.split_first() {
            None => Ok(()),
            Some((first, [])) => Err(Error::config(first.clone())),
            Some((first, rest)) => Err(Error::config(first.clone()).with_hint(format!(
                "{} more problem(s): {}",
                rest.len(),
                rest.join("; ")
            ))),
        }
    }

    /// The operators' table: idctl's own with `[bookkeeping]`, else this registry's `[operators]`,
    /// else the built-in registry's.
    pub fn operators(&self) -> Operators {
        if self.bookkeeping.is_some() {
            return Operators::bookkeeping();
        }
        match &self.operators {
            Some(o) => o.clone(),
            None => Registry::builtin()
                .operators
                .expect("the built-in registry declares [operators]"),
        }
    }

    /// The `search_path` idctl's connections use: the bookkeeping schema first, when there is one.
    pub fn search_path(&self) -> Option<String> {
        self.bookkeeping.as_ref().map(Bookkeeping::search_path)
    }

    /// The protected columns whose keys have `basename`, in document order.
    pub fn protected_columns_for(&self, basename: &str) -> Vec<&ProtectedColumn> {
        self.protected
            .iter()
            .filter(|p| p.basename == basename)
            .collect()
    }

    /// Every basename used by a protected column, sorted.
    pub fn basenames(&self) -> Vec<&str> {
        self.protected
            .iter()
            .map(|p| p.basename.as_str())
            .filter(|b| !b.is_empty())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    /// Refuses a basename the registry does not declare: the one check every `keys` command makes
    /// before anything else, so that a typo gets the same answer everywhere (exit 65, the known
    /// basenames, the closest one).
    pub fn require_basename(&self, basename: &str) -> std::result::Result<(), UnknownBasename> {
        if !basename.is_empty() && self.protected.iter().any(|p| p.basename == basename) {
            return Ok(());
        }
        let known: Vec<String> = self.basenames().into_iter().map(String::from).collect();
        let suggestion = closest(basename, &known).map(String::from);
        Err(UnknownBasename {
            given: basename.to_string(),
            known,
            suggestion,
        })
    }

    /// The kind of the columns protected under `basename` (one kind per basename: a root key has
    /// one algorithm).
    pub fn basename_kind(&self, basename: &str) -> Option<ProtectedKind> {
        self.protected
            .iter()
            .find(|p| p.basename == basename)
            .map(|p| p.kind)
    }

    /// The sealed columns (`kind = "sealed"`), in document order.
    pub fn sealed_columns(&self) -> Vec<&ProtectedColumn> {
        self.protected
            .iter()
            .filter(|p| p.kind == ProtectedKind::Sealed)
            .collect()
    }

    /// The protected column `table.column`, if registered.
    pub fn protected_column(&self, table: &str, column: &str) -> Option<&ProtectedColumn> {
        self.protected
            .iter()
            .find(|p| p.table == table && p.column == column)
    }

    /// The protected columns of `table`, in document order.
    pub fn protected_columns_in(&self, table: &str) -> Vec<&ProtectedColumn> {
        self.protected.iter().filter(|p| p.table == table).collect()
    }

    /// The unversioned hash columns of `table`.
    pub fn unversioned_columns_in(&self, table: &str) -> Vec<&UnversionedColumn> {
        self.unversioned
            .iter()
            .filter(|u| u.table == table)
            .collect()
    }

    /// The personal-data entry of `table`, if the table is classified.
    pub fn personal_data_for(&self, table: &str) -> Option<&PersonalData> {
        self.personal_data.iter().find(|p| p.table == table)
    }

    /// The path from `table` to the subject: `[table's entry, its via parent, ..., the entry
    /// linked directly]`. `None` when the table is not classified or is classified only through
    /// actor columns.
    pub fn link_chain(&self, table: &str) -> Option<Vec<&PersonalData>> {
        let mut chain = Vec::new();
        let mut current = self.personal_data_for(table)?;
        loop {
            // A valid registry has no cycles; the bound keeps a hand-built invalid one finite.
            if chain.len() > self.personal_data.len() {
                return None;
            }
            chain.push(current);
            match &current.link.as_ref()?.via {
                None => return Some(chain),
                Some(parent) => current = self.personal_data_for(parent)?,
            }
        }
    }

    /// The `[account]` section, or a configuration error naming what needs it.
    pub fn require_account(&self) -> Result<&Account> {
        self.account.as_ref().ok_or_else(|| {
            Error::config("the registry has no [account] section: idctl does not know which column locks an account")
                .with_hint("add [account] with locked_column (docs/REGISTRY.md)")
        })
    }

    /// Every table the registry names, sorted.
    pub fn tables(&self) -> Vec<&str> {
        let mut set: BTreeSet<&str> = BTreeSet::new();
        set.insert(&self.subject.table);
        set.extend(self.protected.iter().map(|p| p.table.as_str()));
        set.extend(self.unversioned.iter().map(|u| u.table.as_str()));
        set.extend(self.personal_data.iter().map(|p| p.table.as_str()));
        set.extend(self.access.iter().map(|a| a.table.as_str()));
        set.extend(
            self.access
                .iter()
                .filter_map(|a| a.log.as_ref().map(|l| l.table.as_str())),
        );
        set.extend(self.not_access.iter().map(|n| n.table.as_str()));
        set.into_iter().collect()
    }
}

/// The error a mutating command stops with when the registry does not match the live database
/// for what it touches: the first problem, how many more, and that nothing was changed.
pub fn mismatch(problems: &[Problem]) -> Result<()> {
    let Some(first) = problems.first() else {
        return Ok(());
    };
    let at = match &first.column {
        Some(c) => format!("{}.{c}", first.table),
        None => first.table.clone(),
    };
    Err(Error::config(format!(
        "the registry does not match the database: {at}: {}{}",
        first.problem,
        if problems.len() > 1 {
            format!(" (and {} more)", problems.len() - 1)
        } else {
            String::new()
        }
    ))
    .with_hint("nothing was changed; `idctl db check` lists every problem"))
}

/// A basename the registry does not declare (see [`Registry::require_basename`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownBasename {
    /// The basename as given.
    pub given: String,
    /// Every basename the registry declares, sorted.
    pub known: Vec<String>,
    /// The closest known basename, if one is close enough to be a likely typo.
    pub suggestion: Option<String>,
}

impl std::fmt::Display for UnknownBasename {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown basename {:?}: the registry declares no protected column with it",
            self.given
        )?;
        if let Some(s) = &self.suggestion {
            write!(f, "; did you mean {s:?}?")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownBasename {}

impl From<UnknownBasename> for Error {
    fn from(e: UnknownBasename) -> Self {
        let hint = if e.known.is_empty() {
            "the registry declares no basename at all; see `idctl registry show`".to_string()
        } else {
            format!(
                "known basenames: {} (see `idctl registry show`)",
                e.known.join(", ")
            )
        };
        Error::data(e.to_string()).with_hint(hint)
    }
}

/// The candidate closest to `given` by edit distance, if it is close enough to be a typo: at most
/// a third of the longer name's length (and at least one edit), or `given` is a prefix of it.
pub fn closest<'a>(given: &str, candidates: &'a [String]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(given, c), c.as_str()))
        .filter(|(d, c)| {
            let longer = given.chars().count().max(c.chars().count());
            *d <= (longer / 3).max(1) || (!given.is_empty() && c.starts_with(given))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance (insertions, deletions, substitutions), in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod basename_tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn edit_distance_counts_single_character_edits() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("profile", "profile"), 0);
        assert_eq!(edit_distance("profil", "profile"), 1);
        assert_eq!(edit_distance("porfile", "profile"), 2);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("émail", "email"), 1);
    }

    #[test]
    fn a_declared_basename_passes_and_an_unknown_one_names_the_known_and_the_closest() {
        let registry = Registry::builtin();
        for b in registry.basenames() {
            registry.require_basename(b).unwrap();
        }
        let e = registry.require_basename("profil").unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("profile"));
        assert!(e.known.contains(&"newsletter_email".to_string()));
        // A sealed column has no basename: the empty one is never "declared".
        assert!(registry.require_basename("").is_err());
        assert!(!e.known.iter().any(String::is_empty));
        let err = Error::from(e);
        assert_eq!(err.kind(), ErrorKind::Data);
        assert!(err.message().contains("\"profil\""), "{}", err.message());
        assert!(err.message().contains("did you mean \"profile\""));
        assert!(err.hint().unwrap().contains("email_hash, ip_hash"));

        let e = registry.require_basename("emailhash").unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("email_hash"));
        let e = registry.require_basename("nosuch").unwrap_err();
        assert_eq!(e.suggestion, None, "nothing is close to nosuch");
        assert!(!Error::from(e).message().contains("did you mean"));
        // Not a valid identifier at all: still the same answer.
        let e = registry.require_basename("../profile").unwrap_err();
        assert_eq!(e.given, "../profile");
    }
}
