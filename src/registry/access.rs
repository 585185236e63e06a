//! What "access" means, as data: the registry's `[account]` and `[[access]]` sections.
//!
//! Locking an account in Keycloak, Kratos, Auth0 or Okta leaves its sessions and tokens alive
//! unless a second call is made. idctl's `users lock` cuts every grant of access in one
//! transaction, and to know what those grants are it reads this part of the registry, never a
//! table name in code: `[account]` says which columns of the subject table hold the account's
//! state (locked, active, failed logins, ...); each `[[access]]` entry names a table whose rows
//! grant access (sessions, tokens, API keys, one-time links), the column linking a row to the
//! subject, when a row is still *live*, and how a live row is revoked. `[[not_access]]` records,
//! with a reason, the tables that look like credentials but grant no access by themselves, so
//! that `db check` can insist every token-looking table linked to the subject is classified.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// `[account]`: the account state columns, on the subject table or (with `table`) on a table with one
/// row per subject. Only `locked_column` is required; the others are shown by `users show` and used
/// by `users unlock` when present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// The table holding the account's state, when it is not the subject table (e.g. seed 003's
    /// `user_status`): one row per subject, found by `link_column` (a unique key). A lock writes
    /// that row, creating it if the subject has none.
    #[serde(default)]
    pub table: Option<String>,
    /// With `table`: the column holding the subject's key.
    #[serde(default)]
    pub link_column: Option<String>,
    /// Boolean column true while the account is locked; with `locked_value`, a text or enum column
    /// holding that value while the account is locked.
    pub locked_column: String,
    /// The value of `locked_column` that means locked (e.g. `suspended`); a lock writes it.
    #[serde(default)]
    pub locked_value: Option<String>,
    /// With `locked_value`: what an unlock writes (e.g. `active`).
    #[serde(default)]
    pub unlocked_value: Option<String>,
    /// Boolean column: false for a deactivated account.
    #[serde(default)]
    pub active_column: Option<String>,
    /// Integer column counting failed logins; `users unlock` sets it to 0.
    #[serde(default)]
    pub failed_logins_column: Option<String>,
    /// Boolean column; `users unlock --require-password-change` sets it to true.
    #[serde(default)]
    pub must_change_password_column: Option<String>,
    /// Timestamp of the last login (shown; `users list --inactive-since` reads it).
    #[serde(default)]
    pub last_login_column: Option<String>,
    /// Creation timestamp (shown).
    #[serde(default)]
    pub created_at_column: Option<String>,
    /// Timestamp column set to now() on every change idctl makes.
    #[serde(default)]
    pub updated_at_column: Option<String>,
    /// Integer column bumped on every change idctl makes (optimistic locking by the application).
    #[serde(default)]
    pub row_version_column: Option<String>,
    /// Text column naming the operator role (`rbac_roles.name`) of the account, if any.
    #[serde(default)]
    pub role_column: Option<String>,
}

impl Account {
    /// The table holding the account's state: `table`, else the subject table.
    pub fn state_table<'a>(&'a self, subject_table: &'a str) -> &'a str {
        self.table.as_deref().unwrap_or(subject_table)
    }
}

/// How a live row of an `[[access]]` table is revoked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "how", rename_all = "snake_case", deny_unknown_fields)]
pub enum Revoke {
    /// A boolean column set to true; the row is live while it is not true.
    Flag { column: String },
    /// A text column set to `value`; the row is live while it holds another value (and, when
    /// `live_values` is given, one of those).
    Status {
        column: String,
        value: String,
        #[serde(default)]
        live_values: Vec<String>,
    },
    /// A timestamp column set to now(); the row is live while it is NULL or in the future.
    Expire { column: String },
    /// The row is deleted.
    Delete,
}

impl Revoke {
    pub fn as_str(&self) -> &'static str {
        match self {
            Revoke::Flag { .. } => "flag",
            Revoke::Status { .. } => "status",
            Revoke::Expire { .. } => "expire",
            Revoke::Delete => "delete",
        }
    }

    /// The column the revocation writes, if any.
    pub fn column(&self) -> Option<&str> {
        match self {
            Revoke::Flag { column } | Revoke::Status { column, .. } | Revoke::Expire { column } => {
                Some(column)
            }
            Revoke::Delete => None,
        }
    }
}

/// A value of a revocation-log column: a placeholder or a literal text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogValue {
    /// `$subject`: the subject's key (the revoked row's link column).
    Subject,
    /// `$row`: the revoked row's primary key.
    Row,
    /// `$reason`: the operator's reason.
    Reason,
    /// `$actor`: the operator's user id.
    Actor,
    /// `$meta`: a JSON object (jsonb) with the action, reason, actor and request id.
    Meta,
    /// `$now`: the transaction's timestamp.
    Now,
    /// Any other text, written as it is (into a text column).
    Literal(String),
}

impl LogValue {
    pub fn parse(text: &str) -> std::result::Result<LogValue, String> {
        Ok(match text {
            "$subject" => LogValue::Subject,
            "$row" => LogValue::Row,
            "$reason" => LogValue::Reason,
            "$actor" => LogValue::Actor,
            "$meta" => LogValue::Meta,
            "$now" => LogValue::Now,
            t if t.starts_with('$') => {
                return Err(format!(
                    "unknown placeholder {t:?} (known: $subject, $row, $reason, $actor, $meta, $now)"
                ));
            }
            t => LogValue::Literal(t.to_string()),
        })
    }
}

/// `log = { table = ..., values = { column = value, ... } }`: one row written per revoked row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevocationLog {
    pub table: String,
    /// Column -> `$placeholder` or literal text.
    pub values: BTreeMap<String, String>,
}

impl RevocationLog {
    /// The values parsed (validation has made sure they parse).
    pub fn parsed(&self) -> Vec<(&str, LogValue)> {
        self.values
            .iter()
            .map(|(c, v)| {
                (
                    c.as_str(),
                    LogValue::parse(v).unwrap_or(LogValue::Literal(v.clone())),
                )
            })
            .collect()
    }
}

/// `[[access]]`: a table whose live rows grant the subject access.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessGrant {
    /// What the rows are, in reports (`sessions`, `api_keys`, ...); unique in the registry.
    pub name: String,
    pub table: String,
    /// The table's primary key (one column).
    pub primary_key: Vec<String>,
    /// The column holding the subject's primary key.
    pub link_column: String,
    pub revoke: Revoke,
    /// A timestamp column: a row past it is expired, not live.
    #[serde(default)]
    pub expires_column: Option<String>,
    /// A timestamp column: a row with a value there was used up (one-time links), not live.
    #[serde(default)]
    pub consumed_column: Option<String>,
    /// A row written for every revoked row (e.g. a session audit trail).
    #[serde(default)]
    pub log: Option<RevocationLog>,
}

/// `[[not_access]]`: a table linked to the subject with credential-looking columns that grants no
/// access by itself, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotAccess {
    pub table: String,
    pub reason: String,
}

/// Whether a column name looks like it holds a credential (a token or a secret): such a column in
/// a table linked to the subject makes the table an access grant until the registry says otherwise.
pub fn looks_like_credential(column: &str) -> bool {
    let c = column.to_ascii_lowercase();
    if c.ends_with("_key_version") || c.ends_with("_algo") || c.ends_with("_at") {
        return false;
    }
    c.contains("token") || c.contains("secret")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_looking_names() {
        for yes in [
            "token_hash",
            "refresh_token",
            "secret",
            "client_secret_enc",
            "csrf_token_hash",
        ] {
            assert!(looks_like_credential(yes), "{yes}");
        }
        for no in [
            "token_hash_key_version",
            "token_hash_algo",
            "token_issued_at",
            "user_id",
            "email_hash",
        ] {
            assert!(!looks_like_credential(no), "{no}");
        }
    }

    #[test]
    fn log_placeholders_parse_and_unknown_ones_are_refused() {
        assert_eq!(LogValue::parse("$row").unwrap(), LogValue::Row);
        assert_eq!(
            LogValue::parse("revoked").unwrap(),
            LogValue::Literal("revoked".into())
        );
        assert!(LogValue::parse("$rows").unwrap_err().contains("$rows"));
    }
}
