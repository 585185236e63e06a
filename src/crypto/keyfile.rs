//! Key files: one root key version per file in the keyring directory.
//!
//! File name: `<basename>.v<version>.key`. Content (UTF-8/ASCII, LF line
//! ends, exactly these six lines in this order, each ending in `\n`):
//!
//! ```text
//! idctl-key v2
//! id: profile:v3
//! database: 7311432123456789012/identity
//! algorithm: aes-256-gcm-siv
//! fingerprint: <64 lower-case hex digits, RootKey::fingerprint>
//! material: <32 bytes, base64 standard alphabet with padding, 44 chars>
//! ```
//!
//! The `database` line binds the key to one database: its cluster's system
//! identifier and its name (docs/FORMAT.md §8). Version 1 files (header
//! `idctl-key v1`, the same lines without `database`) are still read.
//!
//! Files are created with mode 0600 and never overwritten; reading refuses
//! files that group or others may access, and anything but a regular file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand::Rng;
use zeroize::Zeroizing;

use super::keys::{Algorithm, KEY_LEN, KeyId, RootKey};
use super::primitives::ct_eq;

/// First line of a key file without a database binding (version 1).
pub const HEADER_LINE: &str = "idctl-key v1";
/// First line of a key file bound to a database (version 2, with a `database` line).
pub const HEADER_LINE_V2: &str = "idctl-key v2";
/// Longest `database` value accepted: a 20-digit system identifier, `/`, and a
/// database name (at most 63 bytes in PostgreSQL), with room to spare.
pub const MAX_DATABASE_LEN: usize = 200;
/// Files larger than this are refused without being parsed.
pub const MAX_FILE_LEN: u64 = 4096;
/// File name suffix.
pub const SUFFIX: &str = ".key";

/// Errors reading, writing or removing key files. Messages name the file
/// but never include its contents.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyFileError {
    /// An I/O error (not found, permission denied, ...).
    #[error("key file {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// `write_new` found an existing file of that name.
    #[error("key file {} already exists; key files are never overwritten", path.display())]
    AlreadyExists { path: PathBuf },
    /// The path is not a regular file (directory, FIFO, device, socket).
    #[error("key file {} is not a regular file", path.display())]
    NotRegularFile { path: PathBuf },
    /// Group or others have some access to the file.
    #[error(
        "key file {} has mode {mode:04o}: group or others can access it; fix with: chmod 600 {}",
        path.display(),
        path.display()
    )]
    InsecurePermissions { path: PathBuf, mode: u32 },
    /// The file is larger than [`MAX_FILE_LEN`].
    #[error("key file {} is larger than {MAX_FILE_LEN} bytes", path.display())]
    TooLarge { path: PathBuf },
    /// The content does not follow the key file format. `line` is 1-based
    /// (a missing final newline names the last line, invalid UTF-8 the line
    /// of the first invalid byte).
    #[error("key file {}: line {line}: {reason}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        reason: &'static str,
    },
    /// The stored fingerprint does not match the material (corrupted file).
    #[error("key file {}: fingerprint does not match the key material (file corrupted?)", path.display())]
    FingerprintMismatch { path: PathBuf },
    /// The file name does not match the key id inside.
    #[error("key file {} contains key {key_id}; its file name must be {expected}", path.display())]
    NameMismatch {
        path: PathBuf,
        key_id: KeyId,
        expected: String,
    },
    /// The path does not have the `<basename>.v<version>.key` form.
    #[error("{} is not named like a key file (<basename>.v<version>.key)", path.display())]
    NotAKeyFileName { path: PathBuf },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> KeyFileError + '_ {
    move |source| KeyFileError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The file name of a key: `<basename>.v<version>.key`, e.g.
/// `profile.v3.key`.
pub fn file_name(id: &KeyId) -> String {
    format!("{}.v{}{SUFFIX}", id.basename(), id.version())
}

/// The key id a file name stands for, if it has the key file form.
pub fn parse_file_name(name: &str) -> Option<KeyId> {
    let stem = name.strip_suffix(SUFFIX)?;
    let (basename, version) = stem.rsplit_once(".v")?;
    let id: KeyId = format!("{basename}:v{version}").parse().ok()?;
    (file_name(&id) == name).then_some(id)
}

/// The exact file content for a key.
fn render(key: &RootKey, database: Option<&str>) -> Zeroizing<String> {
    let mut s = Zeroizing::new(String::with_capacity(256));
    s.push_str(if database.is_some() {
        HEADER_LINE_V2
    } else {
        HEADER_LINE
    });
    s.push_str("\nid: ");
    s.push_str(key.id().as_str());
    if let Some(db) = database {
        s.push_str("\ndatabase: ");
        s.push_str(db);
    }
    s.push_str("\nalgorithm: ");
    s.push_str(key.algorithm().as_str());
    s.push_str("\nfingerprint: ");
    s.push_str(&key.fingerprint());
    s.push_str("\nmaterial: ");
    STANDARD.encode_string(key.material(), &mut s);
    s.push('\n');
    s
}

/// Writes a new key file into `dir` and returns its path.
///
/// The content goes to a temporary file `.<name>.tmp-<random>` in the same
/// directory (created with `O_CREAT|O_EXCL`, mode 0600), is fsynced, then
/// hard-linked to its final name — which fails if that name exists, so an
/// existing key file is never replaced — and the temporary name is removed;
/// finally the directory is fsynced.
pub fn write_new(dir: &Path, key: &RootKey) -> Result<PathBuf, KeyFileError> {
    write_new_bound(dir, key, None)
}

/// Like [`write_new`], with the `database` line (`<system identifier>/<database
/// name>`) binding the key to one database (format version 2). `database`
/// must satisfy [`valid_database`].
pub fn write_new_bound(
    dir: &Path,
    key: &RootKey,
    database: Option<&str>,
) -> Result<PathBuf, KeyFileError> {
    let name = file_name(key.id());
    let path = dir.join(&name);
    match fs::symlink_metadata(&path) {
        Ok(_) => return Err(KeyFileError::AlreadyExists { path }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_err(&path)(e)),
    }
    let mut suffix = [0u8; 8];
    rand::rng().fill_bytes(&mut suffix);
    let tmp = dir.join(format!(".{name}.tmp-{}", hex::encode(suffix)));
    if let Some(db) = database {
        if !valid_database(db) {
            return Err(KeyFileError::Parse {
                path,
                line: 3,
                reason: "invalid database binding (expected <system identifier>/<database name>)",
            });
        }
    }
    let result = write_tmp_and_link(&tmp, &path, key, database);
    // The temporary name goes in every case; after a successful link the
    // content lives on under `path`.
    let _ = fs::remove_file(&tmp);
    result?;
    sync_dir(dir)?;
    Ok(path)
}

fn write_tmp_and_link(
    tmp: &Path,
    path: &Path,
    key: &RootKey,
    database: Option<&str>,
) -> Result<(), KeyFileError> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(tmp)
        .map_err(io_err(tmp))?;
    file.set_permissions(fs::Permissions::from_mode(0o600))
        .map_err(io_err(tmp))?;
    file.write_all(render(key, database).as_bytes())
        .map_err(io_err(tmp))?;
    file.sync_all().map_err(io_err(tmp))?;
    drop(file);
    match fs::hard_link(tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(KeyFileError::AlreadyExists {
            path: path.to_path_buf(),
        }),
        Err(e) => Err(io_err(path)(e)),
    }
}

fn sync_dir(dir: &Path) -> Result<(), KeyFileError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))
}

/// Reads and strictly parses a key file.
///
/// Refuses (each with its own error) non-regular files, files with any
/// group/other permission bit (`mode & 0o077 != 0`, fix: `chmod 600`),
/// files over 4096 bytes, any deviation from the format, a fingerprint that
/// does not match the material, and a file name that does not match the id.
/// Symbolic links are followed; the checks apply to the file opened.
pub fn read(path: &Path) -> Result<RootKey, KeyFileError> {
    read_bound(path).map(|(key, _)| key)
}

/// Like [`read`], also returning the file's database binding
/// (`<system identifier>/<database name>`; None for a version 1 file).
pub fn read_bound(path: &Path) -> Result<(RootKey, Option<String>), KeyFileError> {
    // O_NONBLOCK: opening a FIFO must not hang; the fstat below rejects it.
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(io_err(path))?;
    let meta = file.metadata().map_err(io_err(path))?;
    if !meta.file_type().is_file() {
        return Err(KeyFileError::NotRegularFile {
            path: path.to_path_buf(),
        });
    }
    let mode = meta.mode() & 0o7777;
    if mode & 0o077 != 0 {
        return Err(KeyFileError::InsecurePermissions {
            path: path.to_path_buf(),
            mode,
        });
    }
    if meta.len() > MAX_FILE_LEN {
        return Err(KeyFileError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    let mut content = Zeroizing::new(Vec::with_capacity(512));
    file.take(MAX_FILE_LEN + 1)
        .read_to_end(&mut content)
        .map_err(io_err(path))?;
    if content.len() as u64 > MAX_FILE_LEN {
        return Err(KeyFileError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    let key = parse(&content).map_err(|(line, reason)| KeyFileError::Parse {
        path: path.to_path_buf(),
        line,
        reason,
    })?;
    if !ct_eq(key.1.as_bytes(), key.0.fingerprint().as_bytes()) {
        return Err(KeyFileError::FingerprintMismatch {
            path: path.to_path_buf(),
        });
    }
    let database = key.2;
    let key = key.0;
    let expected = file_name(key.id());
    if path.file_name().and_then(|n| n.to_str()) != Some(expected.as_str()) {
        return Err(KeyFileError::NameMismatch {
            path: path.to_path_buf(),
            key_id: key.id().clone(),
            expected,
        });
    }
    Ok((key, database))
}

/// Whether `s` is a well-formed database binding: `<decimal system
/// identifier>/<database name>`, the name non-empty, printable and without
/// control characters, at most [`MAX_DATABASE_LEN`] bytes in all.
pub fn valid_database(s: &str) -> bool {
    let Some((sysid, name)) = s.split_once('/') else {
        return false;
    };
    s.len() <= MAX_DATABASE_LEN
        && !sysid.is_empty()
        && sysid.len() <= 20
        && sysid.bytes().all(|b| b.is_ascii_digit())
        && !name.is_empty()
        && !name.chars().any(char::is_control)
}

/// Parses key file content; returns the key, the stored fingerprint and the
/// database binding (version 2), or the 1-based line number and reason of the
/// first error.
#[allow(clippy::type_complexity)]
fn parse(content: &[u8]) -> Result<(RootKey, String, Option<String>), (usize, &'static str)> {
    // Every error names a line (1-based), the file's own problems included: invalid UTF-8 names
    // the line of the first invalid byte, a missing final newline the last line, which lacks it.
    let line_at = |offset: usize| 1 + content[..offset].iter().filter(|&&b| b == b'\n').count();
    let text =
        std::str::from_utf8(content).map_err(|e| (line_at(e.valid_up_to()), "not valid UTF-8"))?;
    if text.is_empty() {
        return Err((1, "empty file; expected \"idctl-key v2\""));
    }
    let Some(body) = text.strip_suffix('\n') else {
        return Err((
            line_at(text.len()),
            "no newline at the end of the line (LF)",
        ));
    };
    let lines: Vec<&str> = body.split('\n').collect();
    for (i, l) in lines.iter().enumerate() {
        if l.contains('\r') {
            return Err((i + 1, "carriage return (use LF line ends)"));
        }
    }
    let v2 = match lines.first() {
        Some(&HEADER_LINE) => false,
        Some(&HEADER_LINE_V2) => true,
        _ => {
            return Err((
                1,
                "first line must be exactly \"idctl-key v1\" or \"idctl-key v2\"",
            ));
        }
    };
    let fields: &[&str] = if v2 {
        &["id", "database", "algorithm", "fingerprint", "material"]
    } else {
        &["id", "algorithm", "fingerprint", "material"]
    };
    if lines.len() != 1 + fields.len() {
        return Err((
            lines.len().min(1 + fields.len()) + 1,
            if v2 {
                "expected exactly 6 lines: header, id, database, algorithm, fingerprint, material"
            } else {
                "expected exactly 5 lines: header, id, algorithm, fingerprint, material"
            },
        ));
    }
    let mut by_name = [""; 5];
    for (i, field) in fields.iter().enumerate() {
        let line = lines[i + 1];
        let value = line
            .strip_prefix(field)
            .and_then(|r| r.strip_prefix(": "))
            .ok_or((
                i + 2,
                match *field {
                    "id" => "expected \"id: <key id>\"",
                    "database" => "expected \"database: <system identifier>/<database name>\"",
                    "algorithm" => "expected \"algorithm: <algorithm>\"",
                    "fingerprint" => "expected \"fingerprint: <64 hex digits>\"",
                    _ => "expected \"material: <base64>\"",
                },
            ))?;
        by_name[i] = value;
    }
    // values: id, algorithm, fingerprint, material; line numbers shift by one in v2.
    let (values, database, shift) = if v2 {
        if !valid_database(by_name[1]) {
            return Err((
                3,
                "invalid database binding (expected <system identifier>/<database name>)",
            ));
        }
        (
            [by_name[0], by_name[2], by_name[3], by_name[4]],
            Some(by_name[1].to_owned()),
            1,
        )
    } else {
        ([by_name[0], by_name[1], by_name[2], by_name[3]], None, 0)
    };
    let id: KeyId = values[0].parse().map_err(|_| (2, "invalid key id"))?;
    let algorithm: Algorithm = values[1]
        .parse()
        .map_err(|_| (3 + shift, "unknown algorithm"))?;
    let fingerprint = values[2];
    if fingerprint.len() != 64
        || !fingerprint
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err((4 + shift, "fingerprint must be 64 lower-case hex digits"));
    }
    let material_b64 = values[3];
    if material_b64.len() != 44 {
        return Err((
            5 + shift,
            "material must be 44 base64 characters (32 bytes)",
        ));
    }
    let mut buf = Zeroizing::new([0u8; 48]);
    let n = STANDARD
        .decode_slice(material_b64, &mut buf[..])
        .map_err(|_| (5 + shift, "material is not valid base64"))?;
    if n != KEY_LEN {
        return Err((5 + shift, "material must decode to 32 bytes"));
    }
    let mut material = Zeroizing::new([0u8; KEY_LEN]);
    material.copy_from_slice(&buf[..KEY_LEN]);
    Ok((
        RootKey::from_bytes(id, algorithm, &material),
        fingerprint.to_owned(),
        database,
    ))
}

/// Removes a key file: unlink, then fsync the directory.
///
/// No overwrite before unlinking: on journaling and copy-on-write
/// filesystems and on SSDs an in-place overwrite does not reliably destroy
/// the old blocks, so it would only pretend. Destroying a key for good
/// means removing every copy (backups included).
pub fn remove(path: &Path) -> Result<(), KeyFileError> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if parse_file_name(name).is_none() {
        return Err(KeyFileError::NotAKeyFileName {
            path: path.to_path_buf(),
        });
    }
    fs::remove_file(path).map_err(io_err(path))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    sync_dir(dir)
}

/// The key files in `dir` (names of the form `<basename>.v<version>.key`),
/// sorted by key id. Other entries, including temporary files, are skipped.
pub fn list(dir: &Path) -> Result<Vec<(KeyId, PathBuf)>, KeyFileError> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_err(dir))? {
        let entry = entry.map_err(io_err(dir))?;
        if let Some(id) = entry.file_name().to_str().and_then(parse_file_name) {
            out.push((id, entry.path()));
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod binding_tests {
    use super::*;
    use crate::crypto::{Algorithm, KeyId, RootKey};

    fn key() -> RootKey {
        let id: KeyId = "profile:v1".parse().unwrap();
        RootKey::from_bytes(id, Algorithm::Aes256GcmSiv, &[7u8; KEY_LEN])
    }

    #[test]
    fn a_bound_key_file_is_version_2_and_reads_back_with_its_database() {
        let dir = tempfile::tempdir().unwrap();
        let path =
            write_new_bound(dir.path(), &key(), Some("7311432123456789012/identity")).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with(
                "idctl-key v2\nid: profile:v1\ndatabase: 7311432123456789012/identity\nalgorithm: "
            ),
            "{text}"
        );
        let (back, db) = read_bound(&path).unwrap();
        assert_eq!(back.material(), key().material());
        assert_eq!(db.as_deref(), Some("7311432123456789012/identity"));
        // A version 1 file has no binding and still reads.
        let other = tempfile::tempdir().unwrap();
        let p1 = write_new(other.path(), &key()).unwrap();
        assert_eq!(read_bound(&p1).unwrap().1, None);
    }

    #[test]
    fn a_malformed_database_line_is_refused_with_its_line_number() {
        let dir = tempfile::tempdir().unwrap();
        let path = write_new_bound(dir.path(), &key(), Some("1/db")).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        for bad in [
            "database: /db",
            "database: x/db",
            "database: 1/",
            "database 1/db",
        ] {
            fs::remove_file(&path).unwrap();
            fs::write(&path, text.replace("database: 1/db", bad)).unwrap();
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
            match read_bound(&path) {
                Err(KeyFileError::Parse { line: 3, .. }) => {}
                other => panic!("{bad}: {other:?}"),
            }
        }
        assert!(write_new_bound(dir.path(), &key(), Some("no-slash")).is_err());
    }
}
