//! Connection service file (`pg_service.conf`) parsing with libpq's rules.
//!
//! The per-user file (`PGSERVICEFILE`, else `~/.pg_service.conf`) is searched first,
//! then the system-wide `PGSYSCONFDIR/pg_service.conf` (the compiled-in default
//! directory when `PGSYSCONFDIR` is not set). The first file that contains the
//! service wins; a missing file is skipped. A named service found in neither file is
//! an error.
//!
//! File format, as libpq reads it: INI-like; `[name]` starts a service; `keyword=value`
//! lines (no whitespace is trimmed around `=`, trailing whitespace of the line is
//! removed); blank lines and lines starting with `#` are ignored, as is leading
//! whitespace. An unknown keyword, a line without `=`, or a nested `service=` is a
//! syntax error naming the file and line.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::conninfo::{ConnectionConfigError, Env};

/// The entries of one service, in file order, and the file they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceEntries {
    pub file: PathBuf,
    pub entries: Vec<(String, String)>,
}

/// The candidate service files in libpq's search order.
pub fn service_files(env: &dyn Env) -> Vec<PathBuf> {
    let mut files = Vec::new();
    match env.var("PGSERVICEFILE") {
        Some(f) => files.push(PathBuf::from(f)),
        None => {
            if let Some(home) = env.home_dir() {
                files.push(home.join(".pg_service.conf"));
            }
        }
    }
    let sysconf = env
        .var("PGSYSCONFDIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| env.default_sysconfdir());
    files.push(sysconf.join("pg_service.conf"));
    files
}

/// Finds `service` in the service files. `is_keyword` decides which keywords are valid.
pub fn find_service(
    service: &str,
    env: &dyn Env,
    is_keyword: &dyn Fn(&str) -> bool,
) -> Result<ServiceEntries, ConnectionConfigError> {
    for file in service_files(env) {
        let text = match fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) if e.kind() == ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(ConnectionConfigError::ServiceFile(format!(
                    "service file \"{}\" could not be read: {e}",
                    file.display()
                )));
            }
        };
        if let Some(entries) = parse_service(&text, service, &file, is_keyword)? {
            return Ok(ServiceEntries { file, entries });
        }
    }
    Err(ConnectionConfigError::ServiceNotFound(service.to_owned()))
}

/// Looks for `[service]` in one file's text. `Ok(None)` if the group is absent.
pub fn parse_service(
    text: &str,
    service: &str,
    file: &Path,
    is_keyword: &dyn Fn(&str) -> bool,
) -> Result<Option<Vec<(String, String)>>, ConnectionConfigError> {
    let syntax = |lineno: usize| {
        ConnectionConfigError::ServiceFile(format!(
            "syntax error in service file \"{}\", line {lineno}",
            file.display()
        ))
    };
    let mut in_group = false;
    let mut entries = Vec::new();
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx + 1;
        let line = raw.trim_end().trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(group) = line.strip_prefix('[') {
            if in_group {
                // end of the wanted group
                return Ok(Some(entries));
            }
            if group.strip_suffix(']') == Some(service)
                || (group.starts_with(service) && group[service.len()..].starts_with(']'))
            {
                in_group = true;
            }
            continue;
        }
        if !in_group {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(syntax(lineno));
        };
        if key == "service" {
            return Err(ConnectionConfigError::ServiceFile(format!(
                "nested service specifications not supported in service file \"{}\", line {lineno}",
                file.display()
            )));
        }
        if !is_keyword(key) {
            return Err(ConnectionConfigError::ServiceFile(format!(
                "syntax error in service file \"{}\", line {lineno}: unknown keyword \"{key}\"",
                file.display()
            )));
        }
        entries.push((key.to_owned(), value.to_owned()));
    }
    Ok(in_group.then_some(entries))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(k: &str) -> bool {
        matches!(
            k,
            "host" | "port" | "dbname" | "user" | "password" | "sslmode"
        )
    }

    #[test]
    fn finds_group_and_stops_at_next() {
        let text = "# comment\n[other]\nhost=wrong\n\n[prod]\n  host=db.example  \nport=5433\n# c\n[after]\nhost=after\n";
        let got = parse_service(text, "prod", Path::new("f"), &kw)
            .unwrap()
            .unwrap();
        assert_eq!(
            got,
            vec![
                ("host".to_owned(), "db.example".to_owned()),
                ("port".to_owned(), "5433".to_owned())
            ]
        );
        assert_eq!(
            parse_service(text, "missing", Path::new("f"), &kw).unwrap(),
            None
        );
        // a group named only by prefix does not match
        assert_eq!(
            parse_service(text, "pro", Path::new("f"), &kw).unwrap(),
            None
        );
    }

    #[test]
    fn value_keeps_inner_spaces_and_equals() {
        let text = "[s]\npassword=a=b c\n";
        let got = parse_service(text, "s", Path::new("f"), &kw)
            .unwrap()
            .unwrap();
        assert_eq!(got, vec![("password".to_owned(), "a=b c".to_owned())]);
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let err = parse_service("[s]\nhost\n", "s", Path::new("/x/svc.conf"), &kw).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("/x/svc.conf") && msg.contains("line 2"),
            "{msg}"
        );
        let err = parse_service("[s]\nbogus=1\n", "s", Path::new("f"), &kw).unwrap_err();
        assert!(err.to_string().contains("bogus"), "{err}");
        let err = parse_service("[s]\nservice=t\n", "s", Path::new("f"), &kw).unwrap_err();
        assert!(err.to_string().contains("nested"), "{err}");
        // errors in other groups are not looked at (libpq skips them too)
        assert!(parse_service("[o]\nbogus\n[s]\nhost=h\n", "s", Path::new("f"), &kw).is_ok());
    }

    #[test]
    fn empty_group_is_found() {
        let got = parse_service("[s]\n[t]\n", "s", Path::new("f"), &kw).unwrap();
        assert_eq!(got, Some(vec![]));
    }
}
