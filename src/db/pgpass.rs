//! Password file (`~/.pgpass`, `PGPASSFILE`, `passfile=`) lookup with libpq's rules.
//!
//! Format: one entry per line, `hostname:port:database:username:password`. A field
//! that is exactly `*` matches anything; `\` escapes the next character (so `\:` is a
//! literal colon and `\\` a literal backslash). Lines starting with `#` are comments.
//! The first matching line wins. The password ends at the first unescaped `:`.
//!
//! As in libpq, the file is ignored (with a warning) if it is not a plain file or if
//! it has any group or world permission bits (it must be `0600` or stricter).

use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use zeroize::Zeroizing;

/// The host name libpq uses for unix-socket connections to the default socket directory
/// (and when no host is given at all).
pub const DEFAULT_HOST: &str = "localhost";

/// One lookup key: the values libpq matches the file's fields against.
#[derive(Debug, Clone, Copy)]
pub struct PassKey<'a> {
    /// `host` as given (or the default socket directory), else `hostaddr`.
    pub host: &'a str,
    /// The port as a string (as given, or `5432`).
    pub port: &'a str,
    pub dbname: &'a str,
    pub user: &'a str,
}

/// A loaded password file; `None` from [`PassFile::load`] means "no usable file".
pub struct PassFile {
    contents: Zeroizing<String>,
}

impl std::fmt::Debug for PassFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PassFile(<redacted>)")
    }
}

impl PassFile {
    /// Reads the file, applying libpq's checks. A missing file is silently `None`; a file
    /// that is not a plain file or is group/world accessible is `None` with a warning.
    pub fn load(path: &Path) -> Option<PassFile> {
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == ErrorKind::NotFound => return None,
            Err(e) => {
                tracing::warn!(
                    "password file \"{}\" could not be read: {e}; ignoring it",
                    path.display()
                );
                return None;
            }
        };
        if !meta.is_file() {
            tracing::warn!(
                "password file \"{}\" is not a plain file; ignoring it",
                path.display()
            );
            return None;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = meta.permissions().mode();
            if mode & 0o077 != 0 {
                tracing::warn!(
                    "password file \"{}\" has group or world access (mode {:04o}); permissions should be u=rw (0600) or less; ignoring it",
                    path.display(),
                    mode & 0o7777
                );
                return None;
            }
        }
        match fs::read(path) {
            Ok(bytes) => {
                let bytes = Zeroizing::new(bytes);
                Some(PassFile {
                    contents: Zeroizing::new(String::from_utf8_lossy(&bytes).into_owned()),
                })
            }
            Err(e) => {
                tracing::warn!(
                    "password file \"{}\" could not be read: {e}; ignoring it",
                    path.display()
                );
                None
            }
        }
    }

    /// Builds a password file from text (tests, or callers that read it themselves).
    pub fn from_contents(contents: &str) -> PassFile {
        PassFile {
            contents: Zeroizing::new(contents.to_owned()),
        }
    }

    /// The password of the first line matching `key`, following libpq's `passwordFromFile`:
    /// empty database or user never match; an empty host means `localhost`; a unix-socket
    /// host equal to `default_socket_dir` is looked up as `localhost`.
    pub fn lookup(&self, key: PassKey<'_>, default_socket_dir: &str) -> Option<Zeroizing<String>> {
        if key.dbname.is_empty() || key.user.is_empty() {
            return None;
        }
        let host = if key.host.is_empty()
            || (key.host.starts_with('/') && key.host == default_socket_dir)
        {
            DEFAULT_HOST
        } else {
            key.host
        };
        let port = if key.port.is_empty() {
            "5432"
        } else {
            key.port
        };
        for line in self.contents.split('\n') {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let rest = match_field(line, host)
                .and_then(|r| match_field(r, port))
                .and_then(|r| match_field(r, key.dbname))
                .and_then(|r| match_field(r, key.user));
            if let Some(rest) = rest {
                return Some(unescape_password(rest));
            }
        }
        None
    }
}

/// libpq's `pwdfMatchesString`: if the next field of `line` matches `token` (or is `*`),
/// returns the rest of the line after the field's `:` separator.
fn match_field<'a>(line: &'a str, token: &str) -> Option<&'a str> {
    if let Some(rest) = line.strip_prefix("*:") {
        return Some(rest);
    }
    let mut tok = token.chars();
    let mut chars = line.char_indices();
    let mut expected = tok.next();
    while let Some((i, c)) = chars.next() {
        let (c, escaped) = if c == '\\' {
            match chars.next() {
                Some((_, next)) => (next, true),
                None => return None,
            }
        } else {
            (c, false)
        };
        if c == ':' && !escaped {
            return if expected.is_none() {
                Some(&line[i + 1..])
            } else {
                None
            };
        }
        match expected {
            Some(t) if t == c => expected = tok.next(),
            _ => return None,
        }
    }
    None
}

/// The password is the rest of the line up to the first unescaped `:`, de-escaped.
fn unescape_password(rest: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(rest.len()));
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' {
            break;
        }
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key<'a>(host: &'a str, port: &'a str, db: &'a str, user: &'a str) -> PassKey<'a> {
        PassKey {
            host,
            port,
            dbname: db,
            user,
        }
    }

    fn get(file: &PassFile, k: PassKey<'_>) -> Option<String> {
        file.lookup(k, "/var/run/postgresql")
            .map(|p| p.as_str().to_owned())
    }

    #[test]
    fn exact_match_and_first_line_wins() {
        let f = PassFile::from_contents(
            "db.example:5432:identity:alice:first\ndb.example:5432:identity:alice:second\n",
        );
        assert_eq!(
            get(&f, key("db.example", "5432", "identity", "alice")).as_deref(),
            Some("first")
        );
        assert_eq!(
            get(&f, key("db.example", "5433", "identity", "alice")),
            None
        );
        assert_eq!(get(&f, key("db.example", "5432", "identity", "bob")), None);
        assert_eq!(get(&f, key("other", "5432", "identity", "alice")), None);
    }

    #[test]
    fn wildcards() {
        let f = PassFile::from_contents("*:*:*:alice:pw-a\n*:5433:*:*:pw-5433\n");
        assert_eq!(
            get(&f, key("anything", "1", "x", "alice")).as_deref(),
            Some("pw-a")
        );
        assert_eq!(
            get(&f, key("h", "5433", "x", "bob")).as_deref(),
            Some("pw-5433")
        );
        assert_eq!(get(&f, key("h", "5432", "x", "bob")), None);
    }

    #[test]
    fn star_only_wild_when_whole_field() {
        // "a*" is a literal, not a prefix pattern.
        let f = PassFile::from_contents("db*:*:*:*:pw\n");
        assert_eq!(get(&f, key("db1", "5432", "x", "u")), None);
        assert_eq!(get(&f, key("db*", "5432", "x", "u")).as_deref(), Some("pw"));
        // an escaped star is a literal star, not a wildcard
        let f = PassFile::from_contents("\\*:*:*:*:pw\n");
        assert_eq!(get(&f, key("db1", "5432", "x", "u")), None);
        assert_eq!(get(&f, key("*", "5432", "x", "u")).as_deref(), Some("pw"));
    }

    #[test]
    fn escapes_in_fields_and_password() {
        let f = PassFile::from_contents("h\\:1:5432:d\\\\b:u:p\\:a\\\\ss:ignored-trailing\n");
        assert_eq!(
            get(&f, key("h:1", "5432", "d\\b", "u")).as_deref(),
            Some("p:a\\ss")
        );
    }

    #[test]
    fn comments_blank_lines_crlf() {
        let f = PassFile::from_contents("# h:5432:d:u:commented\n\r\n\nh:5432:d:u:pw\r\n");
        assert_eq!(get(&f, key("h", "5432", "d", "u")).as_deref(), Some("pw"));
    }

    #[test]
    fn short_lines_do_not_match() {
        let f = PassFile::from_contents("h:5432:d\nh:5432:d:u\n");
        assert_eq!(get(&f, key("h", "5432", "d", "u")), None);
    }

    #[test]
    fn empty_password_field() {
        let f = PassFile::from_contents("h:5432:d:u:\n");
        assert_eq!(get(&f, key("h", "5432", "d", "u")).as_deref(), Some(""));
    }

    #[test]
    fn unix_socket_default_dir_matches_localhost() {
        let f = PassFile::from_contents("localhost:5432:d:u:local\n/tmp:5432:d:u:tmp\n");
        assert_eq!(
            get(&f, key("/var/run/postgresql", "5432", "d", "u")).as_deref(),
            Some("local")
        );
        assert_eq!(get(&f, key("", "5432", "d", "u")).as_deref(), Some("local"));
        assert_eq!(
            get(&f, key("/tmp", "5432", "d", "u")).as_deref(),
            Some("tmp")
        );
        assert_eq!(get(&f, key("/elsewhere", "5432", "d", "u")), None);
    }

    #[test]
    fn empty_db_or_user_never_matches() {
        let f = PassFile::from_contents("*:*:*:*:pw\n");
        assert_eq!(get(&f, key("h", "5432", "", "u")), None);
        assert_eq!(get(&f, key("h", "5432", "d", "")), None);
        assert_eq!(get(&f, key("h", "", "d", "u")).as_deref(), Some("pw"));
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_enforced() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pgpass");
        fs::write(&path, "*:*:*:*:pw\n").unwrap();
        for (mode, usable) in [
            (0o600, true),
            (0o400, true),
            (0o644, false),
            (0o640, false),
            (0o602, false),
        ] {
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
            let loaded = PassFile::load(&path);
            assert_eq!(loaded.is_some(), usable, "mode {mode:o}");
        }
        assert!(PassFile::load(&dir.path().join("missing")).is_none());
        // a directory is not a plain file
        assert!(PassFile::load(dir.path()).is_none());
    }

    #[test]
    fn debug_does_not_show_contents() {
        let f = PassFile::from_contents("*:*:*:*:hunter2-secret\n");
        assert!(!format!("{f:?}").contains("hunter2"));
    }
}
