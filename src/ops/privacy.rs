//! Data-subject exports (GDPR Art. 15 and 20): complete by construction, integrity-checked, never
//! partial.
//!
//! Why it is built this way:
//! - **The registry alone decides.** Every `[[personal_data]]` entry linked to the subject is read
//!   through its link chain (the selectors `ops::deletion` uses); the code names no table. A table
//!   with a foreign key to the subject that the registry does not classify stops the export
//!   (exit 78) rather than be silently missed.
//! - **Secrets never leave.** `omit` columns and `exclude_secret` entries are listed in the
//!   manifest with the registry's reason, never read into the archive; encrypted columns are
//!   decrypted (a value that fails to decrypt fails the export: a silent gap is worse than an
//!   error).
//! - **One snapshot, streamed.** All tables are read in one `REPEATABLE READ READ ONLY`
//!   transaction, row by row (`query_raw`), each row written as it arrives; memory stays flat.
//! - **All or nothing.** The archive is written to a temporary file (mode 0600) beside the target
//!   and renamed into place only when complete; any error removes it. The manifest carries each
//!   file's row count and SHA-256 (and room for signatures), which `privacy verify-export` checks.

use std::collections::BTreeMap;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::authz::Actor;
use crate::db::Database;
use crate::db::row::RowExt;
use crate::engine::codec::ColumnCodec;
use crate::engine::scan::ScannedRow;
use crate::error::{Error, Result};
use crate::keystore::Keyring;
use crate::ops::deletion::{Entity, parse_entity, selector_for};
use crate::registry::{DeletionAction, ExportAction, PersonalData, Registry};
use crate::store::privacy::{self as store, ExportQuery};

/// The manifest's format version.
pub const MANIFEST_VERSION: u32 = 1;

/// Archive format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// One JSON file per table, manifest.json and README.txt.
    Zip,
    /// One JSON document: `{"tables": {...}, "manifest": {...}}`.
    Json,
}

/// Where the archive goes.
pub enum Destination {
    File { path: PathBuf, force: bool },
    Stdout,
}

/// One exported table.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileEntry {
    pub file: String,
    pub table: String,
    pub category: String,
    pub rows: u64,
    pub sha256: String,
    /// Encrypted columns exported decrypted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decrypted: Vec<String>,
    /// What happens to these rows when the account is deleted.
    pub retention: String,
}

/// Something deliberately not exported, and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Exclusion {
    pub table: String,
    /// Empty: the whole table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
    pub reason: String,
}

/// Purpose and retention of a category, from the registry.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CategoryEntry {
    pub category: String,
    pub purpose: String,
    pub retention: String,
}

/// `manifest.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub generated_by: String,
    pub generated_at: DateTime<Utc>,
    pub schema_version: Option<i32>,
    pub subject_table: String,
    pub subject_id: String,
    pub files: Vec<FileEntry>,
    pub excluded: Vec<Exclusion>,
    pub categories: Vec<CategoryEntry>,
    /// Signatures over this manifest (docs/FORMAT.md §13.5): each over the digest of the manifest
    /// with this field empty, by the active ML-DSA key of scope export (or audit).
    #[serde(default)]
    pub signatures: Vec<ManifestSignature>,
}

/// One signature of a manifest. The public key travels with it, so that `verify-export` needs no
/// database; whether the key is the organisation's is checked against `pq keys show` (its digest).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManifestSignature {
    pub key: String,
    pub algorithm: String,
    /// Hex of the public key.
    pub public_key: String,
    /// Hex of the first 8 bytes of SHA-256 of the public key (as `pq keys list` shows it).
    pub public_key_digest: String,
    pub context: String,
    /// Hex of the 32-byte digest signed.
    pub digest: String,
    /// Hex of the signature.
    pub signature: String,
}

/// The signature context of export manifests.
pub const MANIFEST_CONTEXT: &str = "idctl export manifest v1";

/// SHA-256("idctl/export-manifest/v1" || the manifest's JSON with `signatures` empty).
pub fn manifest_digest(m: &Manifest) -> Result<[u8; 32]> {
    let mut unsigned = m.clone();
    unsigned.signatures.clear();
    let mut h = Sha256::new();
    h.update(b"idctl/export-manifest/v1");
    h.update(serde_json::to_vec(&unsigned)?);
    Ok(h.finalize().into())
}

/// The ML-DSA keys that sign export manifests: the active post-quantum keys of scope export, or
/// else of scope audit. Loaded (and each key file checked) before anything is exported.
async fn manifest_signers(
    db: &Database,
    keyring: &Keyring,
) -> Result<Vec<crate::ops::signing::Signer>> {
    let client = db.client().await?;
    for scope in ["export", "audit"] {
        let signers: Vec<_> = crate::ops::signing::load_signers(&**client, keyring, scope)
            .await?
            .into_iter()
            .filter(|s| !s.key.quantum_vulnerable)
            .collect();
        if !signers.is_empty() {
            return Ok(signers);
        }
    }
    Ok(Vec::new())
}

/// What `privacy export` reports.
#[derive(Debug, Clone, Serialize)]
pub struct ExportReport {
    pub subject_id: String,
    pub format: Format,
    pub out: String,
    pub bytes: u64,
    pub sha256: String,
    pub rows: u64,
    pub files: Vec<FileEntry>,
    pub excluded: Vec<Exclusion>,
}

fn retention_of(p: &PersonalData) -> String {
    match p.deletion {
        DeletionAction::Erase => "erased when the account is deleted".into(),
        DeletionAction::Anonymize => format!(
            "anonymized when the account is deleted{}",
            p.reason
                .as_deref()
                .map(|r| format!(": {r}"))
                .unwrap_or_default()
        ),
        DeletionAction::Retain => format!(
            "kept{} after the account is deleted: {}",
            p.retention_years
                .map(|y| format!(" {y} years"))
                .unwrap_or_default(),
            p.reason.as_deref().unwrap_or("no reason given")
        ),
    }
}

/// A writer that hashes and counts what passes through.
struct Hashing<W: Write> {
    inner: W,
    hash: Sha256,
    bytes: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The archive being written.
enum Sink {
    Zip(Box<zip::ZipWriter<BufWriter<std::fs::File>>>),
    Json {
        out: BufWriter<std::fs::File>,
        first_table: bool,
    },
}

/// A file that cannot be written or read (a missing directory, permissions, a full disk): a
/// problem of the setup, exit 78; the partial file is removed with the temporary file.
fn io_err(what: &str, e: impl std::fmt::Display) -> Error {
    Error::config(format!("{what}: {e}"))
}

impl Sink {
    /// Writes one table's rows (already JSON) and returns (rows, sha256 of the bytes).
    fn begin(&mut self, file: &str, table: &str) -> Result<()> {
        match self {
            Sink::Zip(z) => z
                .start_file(
                    file,
                    zip::write::SimpleFileOptions::default()
                        .compression_method(zip::CompressionMethod::Deflated)
                        .unix_permissions(0o600),
                )
                .map_err(|e| io_err("writing the archive", e)),
            Sink::Json { out, first_table } => {
                let prefix = if *first_table { "{\"tables\": {" } else { "," };
                *first_table = false;
                write!(out, "{prefix}\n{}: ", serde_json::to_string(table)?)
                    .map_err(|e| io_err("writing the archive", e))
            }
        }
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Zip(z) => z.as_mut(),
            Sink::Json { out, .. } => out,
        }
    }
}

/// `privacy export`: every table linked to the subject, in one consistent snapshot.
pub async fn export(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: &Actor,
    subject_key: &str,
    format: Format,
    dest: &Destination,
) -> Result<ExportReport> {
    // The target: refuse to overwrite before reading anything.
    let (dir, final_path) = match dest {
        Destination::File { path, force } => {
            if path.exists() && !force {
                return Err(Error::usage(format!(
                    "{} exists; --force to overwrite it",
                    path.display()
                )));
            }
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."));
            (dir, Some(path.clone()))
        }
        Destination::Stdout => (std::env::temp_dir(), None),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".idctl-export-")
        .suffix(".partial")
        .tempfile_in(&dir)
        .map_err(|e| io_err(&format!("creating a file in {}", dir.display()), e))?;
    let signers = manifest_signers(db, keyring).await?;
    if signers.is_empty() {
        tracing::warn!(
            "no active ML-DSA signing key (scope export or audit): the manifest will not be signed"
        );
    }
    let mut client = db.client().await?;
    let entity = match parse_entity(
        &**client,
        registry,
        Some(&registry.subject.table),
        Some(subject_key),
    )
    .await?
    {
        Ok(e) => e,
        Err(p) => return Err(Error::usage(p.message(registry))),
    };
    unclassified_references(&**client, registry, &entity).await?;
    let tx = client
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await?;
    let exists = crate::store::deletion::count(&*tx, &entity.own_row(), &entity.key, None).await?;
    if exists == 0 {
        return Err(Error::data(format!(
            "no {} row with key {}",
            entity.table, entity.key
        )));
    }
    let schema_version = store::schema_version(&*tx).await?;
    let file = tmp
        .reopen()
        .map_err(|e| io_err("opening the temporary file", e))?;
    let mut sink = match format {
        Format::Zip => Sink::Zip(Box::new(zip::ZipWriter::new(BufWriter::new(file)))),
        Format::Json => Sink::Json {
            out: BufWriter::new(file),
            first_table: true,
        },
    };
    let mut files = Vec::new();
    let mut excluded = Vec::new();
    for p in &registry.personal_data {
        let Some(selector) = selector_for(registry, &entity, p)? else {
            if !p.actor_columns.is_empty() {
                excluded.push(Exclusion {
                    table: p.table.clone(),
                    columns: p.actor_columns.clone(),
                    reason: format!(
                        "records of what you did as an operator, about other data{}",
                        p.reason
                            .as_deref()
                            .map(|r| format!(": {r}"))
                            .unwrap_or_default()
                    ),
                });
            }
            continue;
        };
        match p.export {
            ExportAction::ExcludeSecret | ExportAction::Exclude => {
                excluded.push(Exclusion {
                    table: p.table.clone(),
                    columns: vec![],
                    reason: p.reason.clone().unwrap_or_else(|| "not exported".into()),
                });
                continue;
            }
            ExportAction::Include => {}
        }
        if !p.omit.is_empty() {
            excluded.push(Exclusion {
                table: p.table.clone(),
                columns: p.omit.clone(),
                reason: "secrets, hashes and key material are never exported".into(),
            });
        }
        let entry = export_table(&tx, registry, keyring, &entity, p, &selector, &mut sink).await?;
        files.push(entry);
        crate::failpoint::hit("privacy.after_table");
    }
    tx.commit().await?;
    let manifest = Manifest {
        format: "idctl-data-subject-export".into(),
        format_version: MANIFEST_VERSION,
        generated_by: format!("idctl {}", env!("CARGO_PKG_VERSION")),
        generated_at: Utc::now(),
        schema_version,
        subject_table: entity.table.clone(),
        subject_id: entity.key.clone(),
        files: files.clone(),
        excluded: excluded.clone(),
        categories: registry
            .categories
            .iter()
            .filter(|(c, _)| {
                registry
                    .personal_data
                    .iter()
                    .any(|p| p.category == **c && p.link.is_some())
            })
            .map(|(c, info)| CategoryEntry {
                category: c.as_str().into(),
                purpose: info.purpose.clone(),
                retention: info.retention.clone(),
            })
            .collect(),
        signatures: vec![],
    };
    let mut manifest = manifest;
    let digest = manifest_digest(&manifest)?;
    for signer in &signers {
        let signature = signer
            .private
            .sign(&digest, MANIFEST_CONTEXT.as_bytes())
            .map_err(|e| Error::internal(e.to_string()))?;
        manifest.signatures.push(ManifestSignature {
            key: signer.key.key_id.clone(),
            algorithm: signer.key.algorithm.clone(),
            public_key: hex::encode(&signer.key.public_key),
            public_key_digest: signer.key.public_key_digest.clone(),
            context: MANIFEST_CONTEXT.into(),
            digest: hex::encode(digest),
            signature: hex::encode(&signature),
        });
    }
    finish(sink, &manifest)?;
    crate::failpoint::hit("privacy.before_rename");
    // The archive's own hash, for the audit row and the report.
    let (sha256, bytes) = hash_file(tmp.path())?;
    let rows = files.iter().map(|f| f.rows).sum();
    {
        let client = db.client().await?;
        crate::authz::audit(
            &**client,
            actor.id,
            &entity.table,
            entity.key.parse::<i64>().ok(),
            "privacy_export",
            serde_json::json!({
                "subject": entity.key, "format": format, "sha256": sha256, "bytes": bytes,
                "rows": rows, "files": files.len(),
            }),
        )
        .await?;
        if !signers.is_empty() {
            let hash_algo = crate::store::pq::algorithm_id(&**client, "sha-256").await?;
            for (signer, sig) in signers.iter().zip(&manifest.signatures) {
                let signature =
                    hex::decode(&sig.signature).map_err(|e| Error::internal(e.to_string()))?;
                crate::store::signing::insert_signature(
                    &**client,
                    &crate::store::signing::NewSignature {
                        key: &signer.key,
                        hash_algo_id: hash_algo,
                        signature: &signature,
                        subject_kind: crate::store::signing::SubjectKind::ExportManifest,
                        subject_id: format!("{}:{}", entity.table, entity.key),
                        digest: &digest,
                        context: MANIFEST_CONTEXT,
                        companion_of: None,
                        actor: Some(actor.id),
                        meta: serde_json::json!({"archive_sha256": sha256}),
                    },
                )
                .await?;
            }
        }
    }
    let out = match final_path {
        Some(path) => {
            let force = matches!(dest, Destination::File { force: true, .. });
            let persisted = if force {
                tmp.persist(&path).map_err(|e| e.error)
            } else {
                tmp.persist_noclobber(&path).map_err(|e| e.error)
            };
            persisted.map_err(|e| io_err(&format!("writing {}", path.display()), e))?;
            path.display().to_string()
        }
        None => {
            let mut f = std::fs::File::open(tmp.path())
                .map_err(|e| io_err("reading the temporary file", e))?;
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            std::io::copy(&mut f, &mut lock).map_err(|e| io_err("writing to stdout", e))?;
            lock.flush().map_err(|e| io_err("writing to stdout", e))?;
            "-".into()
        }
    };
    Ok(ExportReport {
        subject_id: entity.key,
        format,
        out,
        bytes,
        sha256,
        rows,
        files,
        excluded,
    })
}

/// Fails (78) if a table references the subject without a registry entry: its rows would be
/// missing from the export without anybody knowing.
async fn unclassified_references(
    client: &impl tokio_postgres::GenericClient,
    registry: &Registry,
    entity: &Entity,
) -> Result<()> {
    let fks = crate::store::deletion::foreign_keys(client).await?;
    let missing: Vec<String> = fks
        .iter()
        .filter(|fk| fk.to_table == entity.table)
        .filter(|fk| registry.personal_data_for(&fk.from_table).is_none())
        .map(|fk| format!("{} ({})", fk.from_table, fk.name))
        .collect();
    if let Some(first) = missing.first() {
        return Err(Error::config(format!(
            "table {first} references {} but the registry does not classify it: the export \
             would miss its rows{}",
            entity.table,
            if missing.len() > 1 {
                format!(
                    " (and {} more: {})",
                    missing.len() - 1,
                    missing[1..].join(", ")
                )
            } else {
                String::new()
            }
        ))
        .with_hint(
            "add a [[personal_data]] entry for it (docs/REGISTRY.md); nothing was written",
        ));
    }
    Ok(())
}

/// Streams one table into the archive.
async fn export_table(
    tx: &tokio_postgres::Transaction<'_>,
    registry: &Registry,
    keyring: &Keyring,
    entity: &Entity,
    p: &PersonalData,
    selector: &crate::store::deletion::Selector,
    sink: &mut Sink,
) -> Result<FileEntry> {
    let columns = store::columns_of(tx, &p.table).await?;
    // Encrypted, non-secret columns are decrypted; every other protected column must be omitted
    // (the registry's validator guarantees it).
    let encrypted: Vec<&crate::registry::ProtectedColumn> = registry
        .protected_columns_in(&p.table)
        .into_iter()
        .filter(|c| c.is_decryptable() && !c.is_secret() && !p.omit.contains(&c.column))
        .collect();
    let mut codecs = Vec::new();
    for c in &encrypted {
        codecs.push(ColumnCodec::load(tx, keyring, registry, c).await?);
    }
    let key_columns: Vec<String> = encrypted
        .first()
        .map(|c| c.primary_key.clone())
        .unwrap_or_default();
    if encrypted.iter().any(|c| c.primary_key != key_columns) {
        return Err(Error::config(format!(
            "{}: protected columns with different primary keys",
            p.table
        )));
    }
    let mut left_out: Vec<String> = p.omit.clone();
    left_out.extend(encrypted.iter().map(|c| c.column.clone()));
    let bytea: Vec<String> = columns
        .iter()
        .filter(|c| c.type_name == "bytea" && !left_out.contains(&c.name))
        .map(|c| c.name.clone())
        .collect();
    let q = ExportQuery {
        selector,
        left_out,
        bytea,
        encrypted: encrypted.iter().map(|c| c.column.clone()).collect(),
        key_columns: key_columns.clone(),
        order_by: p.primary_key.clone(),
    };
    let file = format!("{}.json", p.table);
    sink.begin(&file, &p.table)?;
    let mut w = Hashing {
        inner: sink.writer(),
        hash: Sha256::new(),
        bytes: 0,
    };
    let stream = store::export_rows(tx, &q, &entity.key).await?;
    futures_util::pin_mut!(stream);
    let mut rows = 0u64;
    w.write_all(b"[")
        .map_err(|e| io_err("writing the archive", e))?;
    while let Some(row) = stream
        .try_next()
        .await
        .map_err(|e| Error::from(e).context(format!("reading {}", p.table)))?
    {
        let text: String = row.col(0)?;
        let sep: &[u8] = if rows == 0 { b"\n" } else { b",\n" };
        w.write_all(sep)
            .map_err(|e| io_err("writing the archive", e))?;
        if codecs.is_empty() {
            // The server's JSON as it is: nothing to add, no need to parse it.
            w.write_all(text.as_bytes())
                .map_err(|e| io_err("writing the archive", e))?;
        } else {
            let mut obj: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&text)
                    .map_err(|e| Error::internal(format!("row of {} as JSON: {e}", p.table)))?;
            let pk: Vec<String> = (0..key_columns.len())
                .map(|i| row.col::<String>(1 + codecs.len() + i))
                .collect::<Result<_>>()?;
            for (i, codec) in codecs.iter().enumerate() {
                let value: Option<Vec<u8>> = row.col(1 + i)?;
                let decrypted = match value {
                    None => serde_json::Value::Null,
                    Some(v) => {
                        let scanned = ScannedRow {
                            pk: pk.clone(),
                            value: Some(v),
                            key_id: None,
                            row_version: None,
                            source: None,
                            ctid: Default::default(),
                            xmin: Default::default(),
                        };
                        let text = codec.decrypt_for_display(&scanned).map_err(|e| {
                            Error::data(format!(
                                "{}.{} of row {}: cannot decrypt ({}); the export stops rather than leave a gap",
                                p.table,
                                codec.column.column,
                                pk.join(","),
                                e.class
                            ))
                            .with_hint("`idctl keys verify` lists the values that do not decrypt")
                        })?;
                        match serde_json::from_str::<serde_json::Value>(&text) {
                            Ok(
                                v @ (serde_json::Value::Object(_) | serde_json::Value::Array(_)),
                            ) => v,
                            _ => serde_json::Value::String(text),
                        }
                    }
                };
                obj.insert(codec.column.column.clone(), decrypted);
            }
            serde_json::to_writer(&mut w, &obj)?;
        }
        rows += 1;
        if rows.is_multiple_of(10_000) {
            crate::failpoint::hit("privacy.mid_table");
        }
    }
    w.write_all(b"\n]\n")
        .map_err(|e| io_err("writing the archive", e))?;
    let sha256 = hex::encode(w.hash.finalize());
    Ok(FileEntry {
        file,
        table: p.table.clone(),
        category: p.category.as_str().into(),
        rows,
        sha256,
        decrypted: encrypted.iter().map(|c| c.column.clone()).collect(),
        retention: retention_of(p),
    })
}

fn readme(m: &Manifest) -> String {
    let mut s = format!(
        "Your personal data\n==================\n\nThis archive holds the personal data we keep about you \
         (account {}), as of {}.\nEach .json file holds the rows of one kind of record; \
         manifest.json lists them with how many rows each has and a SHA-256 checksum.\n\n",
        m.subject_id,
        m.generated_at.format("%Y-%m-%d %H:%M UTC")
    );
    s.push_str("What we keep, why, and for how long\n-----------------------------------\n");
    for c in &m.categories {
        s.push_str(&format!(
            "- {}: {}. Kept: {}.\n",
            c.category, c.purpose, c.retention
        ));
    }
    s.push_str("\nFiles\n-----\n");
    for f in &m.files {
        s.push_str(&format!(
            "- {} ({} rows): {}\n",
            f.file, f.rows, f.retention
        ));
    }
    s.push_str(
        "\nNot included\n------------\nPasswords, tokens, second-factor secrets and other \
         credentials are never exported, only listed:\n",
    );
    for e in &m.excluded {
        if e.columns.is_empty() {
            s.push_str(&format!("- {}: {}\n", e.table, e.reason));
        } else {
            s.push_str(&format!(
                "- {} ({}): {}\n",
                e.table,
                e.columns.join(", "),
                e.reason
            ));
        }
    }
    s
}

fn finish(sink: Sink, manifest: &Manifest) -> Result<()> {
    match sink {
        Sink::Zip(mut z) => {
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .unix_permissions(0o600);
            z.start_file("manifest.json", opts)
                .map_err(|e| io_err("writing the archive", e))?;
            serde_json::to_writer_pretty(&mut z, manifest)?;
            z.start_file("README.txt", opts)
                .map_err(|e| io_err("writing the archive", e))?;
            z.write_all(readme(manifest).as_bytes())
                .map_err(|e| io_err("writing the archive", e))?;
            let mut out = z.finish().map_err(|e| io_err("writing the archive", e))?;
            out.flush().map_err(|e| io_err("writing the archive", e))?;
            out.get_ref()
                .sync_all()
                .map_err(|e| io_err("writing the archive", e))?;
        }
        Sink::Json {
            mut out,
            first_table,
        } => {
            let prefix = if first_table { "{\"tables\": {" } else { "" };
            write!(out, "{prefix}}},\n\"manifest\": ").map_err(|e| io_err("writing", e))?;
            serde_json::to_writer_pretty(&mut out, manifest)?;
            writeln!(out, "}}").map_err(|e| io_err("writing", e))?;
            out.flush().map_err(|e| io_err("writing", e))?;
            out.get_ref().sync_all().map_err(|e| io_err("writing", e))?;
        }
    }
    Ok(())
}

fn hash_file(path: &Path) -> Result<(String, u64)> {
    let mut f = std::fs::File::open(path).map_err(|e| io_err("reading the archive", e))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut n = 0u64;
    loop {
        let k = f
            .read(&mut buf)
            .map_err(|e| io_err("reading the archive", e))?;
        if k == 0 {
            break;
        }
        h.update(&buf[..k]);
        n += k as u64;
    }
    Ok((hex::encode(h.finalize()), n))
}

// ------------------------------------------------------------------------------------------------
// verify-export
// ------------------------------------------------------------------------------------------------

/// One file's check.
#[derive(Debug, Clone, Serialize)]
pub struct FileCheck {
    pub file: String,
    pub ok: bool,
    pub rows: Option<u64>,
    pub expected_rows: Option<u64>,
    pub sha256_matches: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub file: String,
    pub ok: bool,
    pub subject_id: Option<String>,
    pub generated_at: Option<DateTime<Utc>>,
    pub files: Vec<FileCheck>,
    /// Whether the manifest carries at least one valid signature.
    pub signed: bool,
    pub signatures: Vec<SignatureCheck>,
}

/// One manifest signature's check.
#[derive(Debug, Clone, Serialize)]
pub struct SignatureCheck {
    pub key: String,
    pub algorithm: String,
    pub public_key_digest: String,
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

fn check_signature(digest: &[u8; 32], s: &ManifestSignature) -> SignatureCheck {
    use crate::crypto::sign::{SignatureAlgorithm, VerifyingKey};
    let result = (|| -> std::result::Result<String, String> {
        let alg: SignatureAlgorithm = s.algorithm.parse().map_err(|e| format!("{e}"))?;
        let pk = hex::decode(&s.public_key).map_err(|_| "public key is not hex".to_string())?;
        let sig = hex::decode(&s.signature).map_err(|_| "signature is not hex".to_string())?;
        let vk = VerifyingKey::from_bytes(alg, &pk).map_err(|e| e.to_string())?;
        let pk_digest = hex::encode(&Sha256::digest(&pk)[..8]);
        if s.context != MANIFEST_CONTEXT {
            return Err(format!("unexpected context {:?}", s.context));
        }
        vk.verify(digest, MANIFEST_CONTEXT.as_bytes(), &sig)
            .map_err(|_| {
                "does not verify: the manifest or the signature was changed".to_string()
            })?;
        Ok(pk_digest)
    })();
    match result {
        Ok(pk_digest) => SignatureCheck {
            key: s.key.clone(),
            algorithm: s.algorithm.clone(),
            public_key_digest: pk_digest,
            ok: true,
            problem: None,
        },
        Err(problem) => SignatureCheck {
            key: s.key.clone(),
            algorithm: s.algorithm.clone(),
            public_key_digest: s.public_key_digest.clone(),
            ok: false,
            problem: Some(problem),
        },
    }
}

/// A reader that hashes what passes through.
struct HashingReader<R: Read> {
    inner: R,
    hash: Sha256,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }
}

/// `privacy verify-export FILE`: every file's SHA-256 and row count against the manifest, and no
/// file the manifest does not name.
pub fn verify_export(path: &Path) -> Result<Verification> {
    let file =
        std::fs::File::open(path).map_err(|e| Error::usage(format!("{}: {e}", path.display())))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| {
        Error::data(format!(
            "{} is not a readable ZIP archive: {e}",
            path.display()
        ))
        .with_hint("verify-export checks the ZIP format (`privacy export --format zip`)")
    })?;
    let manifest: Manifest = {
        let m = zip
            .by_name("manifest.json")
            .map_err(|e| Error::data(format!("{}: no manifest.json ({e})", path.display())))?;
        serde_json::from_reader(m)
            .map_err(|e| Error::data(format!("{}: manifest.json: {e}", path.display())))?
    };
    let mut checks = Vec::new();
    let listed: BTreeMap<&str, &FileEntry> = manifest
        .files
        .iter()
        .map(|f| (f.file.as_str(), f))
        .collect();
    for entry in &manifest.files {
        let check = match zip.by_name(&entry.file) {
            Err(e) => FileCheck {
                file: entry.file.clone(),
                ok: false,
                rows: None,
                expected_rows: Some(entry.rows),
                sha256_matches: false,
                problem: Some(format!("missing from the archive ({e})")),
            },
            Ok(f) => {
                let mut r = HashingReader {
                    inner: f,
                    hash: Sha256::new(),
                };
                let parsed: std::result::Result<Vec<serde::de::IgnoredAny>, _> =
                    serde_json::from_reader(&mut r);
                // Drain what the parser did not need (trailing newline) into the hash.
                let mut rest = Vec::new();
                let drained = r.read_to_end(&mut rest);
                let sha = hex::encode(r.hash.finalize());
                let sha_ok = sha == entry.sha256;
                match (parsed, drained) {
                    (Ok(rows), Ok(_)) => {
                        let n = rows.len() as u64;
                        FileCheck {
                            file: entry.file.clone(),
                            ok: sha_ok && n == entry.rows,
                            rows: Some(n),
                            expected_rows: Some(entry.rows),
                            sha256_matches: sha_ok,
                            problem: (!sha_ok)
                                .then(|| "SHA-256 differs from the manifest".to_string())
                                .or((n != entry.rows).then(|| "row count differs".to_string())),
                        }
                    }
                    (Err(e), _) => FileCheck {
                        file: entry.file.clone(),
                        ok: false,
                        rows: None,
                        expected_rows: Some(entry.rows),
                        sha256_matches: sha_ok,
                        problem: Some(format!("not a JSON array of rows: {e}")),
                    },
                    (_, Err(e)) => FileCheck {
                        file: entry.file.clone(),
                        ok: false,
                        rows: None,
                        expected_rows: Some(entry.rows),
                        sha256_matches: false,
                        problem: Some(format!("unreadable: {e}")),
                    },
                }
            }
        };
        checks.push(check);
    }
    for i in 0..zip.len() {
        let name = zip
            .by_index(i)
            .map_err(|e| Error::data(format!("{}: {e}", path.display())))
            .and_then(|f| {
                f.name()
                    .map(|n| n.to_string())
                    .map_err(|e| Error::data(format!("{}: {e}", path.display())))
            })?;
        if name != "manifest.json" && name != "README.txt" && !listed.contains_key(name.as_str()) {
            checks.push(FileCheck {
                file: name,
                ok: false,
                rows: None,
                expected_rows: None,
                sha256_matches: false,
                problem: Some("not listed in the manifest".into()),
            });
        }
    }
    let digest = manifest_digest(&manifest)?;
    let signatures: Vec<SignatureCheck> = manifest
        .signatures
        .iter()
        .map(|s| check_signature(&digest, s))
        .collect();
    Ok(Verification {
        file: path.display().to_string(),
        ok: checks.iter().all(|c| c.ok) && signatures.iter().all(|s| s.ok),
        subject_id: Some(manifest.subject_id),
        generated_at: Some(manifest.generated_at),
        files: checks,
        signed: signatures.iter().any(|s| s.ok),
        signatures,
    })
}
