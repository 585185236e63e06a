use super::*;
use crate::error::ErrorKind;

/// A small valid registry; tests break one thing at a time.
const MINIMAL: &str = r#"
format = 1

[subject]
table = "users"
primary_key = ["id"]

[[protected]]
table = "newsletter"
primary_key = ["id"]
column = "email_enc"
kind = "aead"
basename = "newsletter_email"
key_version_column = "email_key_version"

[[protected]]
table = "newsletter"
primary_key = ["id"]
column = "email_hash"
kind = "blind_index"
basename = "email_hash"
key_version_column = "email_hash_key_version"
normalize = "email"
source = { column = "email_enc" }

[[personal_data]]
table = "users"
primary_key = ["id"]
category = "identity"
link = { column = "id" }
export = "include"
deletion = "erase"

[[personal_data]]
table = "newsletter"
primary_key = ["id"]
category = "communications"
link = { column = "user_id" }
export = "include"
omit = ["email_hash"]
deletion = "erase"
"#;

#[track_caller]
fn rejected(text: &str) -> String {
    match Registry::from_toml_str(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => {
            assert_eq!(e.kind(), ErrorKind::Config, "{e:?}");
            // The whole story: message and the other problems in the hint.
            format!("{} | {}", e.message(), e.hint().unwrap_or(""))
        }
    }
}

#[track_caller]
fn assert_rejected(text: &str, needles: &[&str]) -> String {
    let msg = rejected(text);
    for n in needles {
        assert!(msg.contains(n), "{n:?} not in {msg:?}");
    }
    msg
}

#[test]
fn builtin_loads_and_validates() {
    let r = Registry::builtin();
    r.validate().unwrap();
    assert_eq!(r, Registry::from_toml_str(BUILTIN_TOML).unwrap());
    assert_eq!(r.subject.table, "users");
    assert_eq!(r.subject.primary_key, ["id"]);
}

#[test]
fn builtin_counts() {
    let r = Registry::builtin();
    let count = |k: ProtectedKind| r.protected.iter().filter(|p| p.kind == k).count();
    assert_eq!(count(ProtectedKind::Aead), 6);
    assert_eq!(count(ProtectedKind::Sealed), 1);
    assert_eq!(count(ProtectedKind::BlindIndex), 20);
    assert_eq!(count(ProtectedKind::PasswordPepper), 1);
    assert_eq!(
        r.protected.iter().filter(|p| p.is_header_only()).count(),
        4,
        "two_factor.secret, two_factor.recovery_codes_enc, sessions.session_blob, signing_keys.private_key_enc"
    );
    // Every key-version column of the schema (docs/schema.md lists 24) is registered.
    assert_eq!(
        r.protected
            .iter()
            .filter(|p| p.key_version_column.is_some())
            .count(),
        24
    );
    assert_eq!(
        r.basenames(),
        [
            "email_hash",
            "ip_hash",
            "newsletter_email",
            "password_pepper",
            "profile",
            "session",
            "signing_key",
            "token_hash",
            "two_factor"
        ]
    );
    assert_eq!(r.personal_data.len(), 44);
    assert_eq!(r.unversioned.len(), 5);
}

#[test]
fn builtin_covers_the_seeds_protected_columns() {
    let r = Registry::builtin();
    for (table, column, kind, kv) in [
        (
            "user_profiles",
            "profile_enc",
            ProtectedKind::Aead,
            Some("key_version"),
        ),
        (
            "orders",
            "encrypted_customer_blob",
            ProtectedKind::Sealed,
            Some("encrypted_customer_blob_key_version"),
        ),
        (
            "newsletter_subscribers",
            "email_enc",
            ProtectedKind::Aead,
            Some("email_key_version"),
        ),
        ("two_factor", "secret", ProtectedKind::Aead, None),
        (
            "two_factor",
            "recovery_codes_enc",
            ProtectedKind::Aead,
            None,
        ),
        ("sessions", "session_blob", ProtectedKind::Aead, None),
        ("signing_keys", "private_key_enc", ProtectedKind::Aead, None),
        (
            "users",
            "password_hash",
            ProtectedKind::PasswordPepper,
            Some("password_key_version"),
        ),
        (
            "device_fingerprints",
            "last_ip_hash",
            ProtectedKind::BlindIndex,
            Some("last_ip_key_version"),
        ),
        (
            "email_verifications",
            "validator_hash",
            ProtectedKind::BlindIndex,
            Some("key_version"),
        ),
        (
            "session_audit",
            "csrf_token_hash",
            ProtectedKind::BlindIndex,
            Some("csrf_key_version"),
        ),
    ] {
        let p = r
            .protected_column(table, column)
            .unwrap_or_else(|| panic!("{table}.{column} not registered"));
        assert_eq!(p.kind, kind, "{table}.{column}");
        assert_eq!(p.key_version_column.as_deref(), kv, "{table}.{column}");
    }
    let ns = r
        .protected_column("newsletter_subscribers", "email_hash")
        .unwrap();
    assert_eq!(ns.source.as_ref().unwrap().column, "email_enc");
    assert_eq!(ns.normalize, Some(Normalize::Email));
    assert!(ns.idctl_can_rewrite());
    assert!(
        !r.protected_column("users", "email_hash")
            .unwrap()
            .idctl_can_rewrite()
    );
    assert!(r.protected_column("login_attempts", "ip_hash").is_none());
}

#[test]
fn query_helpers() {
    let r = Registry::builtin();
    let tables: Vec<_> = r
        .protected_columns_for("two_factor")
        .iter()
        .map(|p| format!("{}.{}", p.table, p.column))
        .collect();
    assert_eq!(
        tables,
        ["two_factor.secret", "two_factor.recovery_codes_enc"]
    );
    assert_eq!(r.protected_columns_for("email_hash").len(), 2);
    assert_eq!(r.protected_columns_for("ip_hash").len(), 10);
    assert_eq!(r.protected_columns_for("token_hash").len(), 8);
    assert!(r.protected_columns_for("nope").is_empty());
    assert_eq!(r.basename_kind("ip_hash"), Some(ProtectedKind::BlindIndex));
    assert_eq!(
        r.basename_kind("password_pepper"),
        Some(ProtectedKind::PasswordPepper)
    );

    let orders = r.personal_data_for("orders").unwrap();
    assert_eq!(orders.deletion, DeletionAction::Retain);
    assert_eq!(orders.subject_columns(), ["user_id"]);
    assert!(r.personal_data_for("books").is_none());
    let errors = r.personal_data_for("system_errors").unwrap();
    assert_eq!(errors.subject_columns(), ["user_id", "resolved_by"]);
    let chain: Vec<_> = r
        .link_chain("payments")
        .unwrap()
        .iter()
        .map(|p| p.table.as_str())
        .collect();
    assert_eq!(chain, ["payments", "orders"]);
    assert_eq!(r.link_chain("users").unwrap().len(), 1);
    assert!(r.link_chain("audit_log").is_none(), "actor-only");
    assert!(r.tables().contains(&"login_attempts"));
}

#[test]
fn serializes_to_json_and_round_trips_through_toml() {
    let r = Registry::builtin();
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["subject"]["table"], "users");
    assert_eq!(json["protected"][0]["kind"], "aead");
    assert_eq!(json["personal_data"][0]["export"], "include");
    let text = toml::to_string(&r).unwrap();
    assert_eq!(Registry::from_toml_str(&text).unwrap(), r);
}

#[test]
fn minimal_registry_is_valid() {
    Registry::from_toml_str(MINIMAL).unwrap();
}

#[test]
fn identifier_syntax() {
    for ok in ["users", "_x", "a1_b2", &"a".repeat(63)] {
        assert!(is_valid_identifier(ok), "{ok}");
    }
    for bad in [
        "",
        "Users",
        "1users",
        "users; DROP TABLE x",
        "\"quoted\"",
        "us-ers",
        "us ers",
        "users\0",
        "üsers",
        &"a".repeat(64),
    ] {
        assert!(!is_valid_identifier(bad), "{bad:?}");
    }
    assert!(is_valid_basename("profile"));
    assert!(!is_valid_basename("_profile"));
    assert!(!is_valid_basename(&"p".repeat(49)));
    assert!(is_valid_basename(&"p".repeat(48)));
}

#[test]
fn malicious_table_name_is_rejected() {
    let text = MINIMAL.replacen(
        "table = \"newsletter\"",
        "table = \"users; DROP TABLE x\"",
        1,
    );
    assert_rejected(
        &text,
        &[
            "invalid registry",
            "protected #1",
            "table \"users; DROP TABLE x\" is not a valid identifier: it contains characters \
             other than a-z, 0-9 and _",
        ],
    );
    // Only that problem: the blind index whose source was in the refused entry adds no noise.
    assert!(
        !rejected(&text).contains("more problem"),
        "{}",
        rejected(&text)
    );
    let text = MINIMAL.replacen("table = \"newsletter\"", "table = \"1newsletter\"", 1);
    assert_rejected(
        &text,
        &["table \"1newsletter\" is not a valid identifier: it starts with a digit"],
    );
}

#[test]
fn quoted_identifier_is_rejected() {
    let text = MINIMAL.replacen("column = \"email_enc\"", "column = '\"quoted\"'", 1);
    assert_rejected(
        &text,
        &[
            "protected #1",
            "column \"\\\"quoted\\\"\" is not a valid identifier",
        ],
    );
}

#[test]
fn uppercase_identifier_is_rejected() {
    let text = MINIMAL.replacen("primary_key = [\"id\"]", "primary_key = [\"ID\"]", 1);
    assert_rejected(&text, &["subject: primary_key column \"ID\"", "upper-case"]);
}

#[test]
fn long_identifier_is_rejected() {
    let long = "c".repeat(64);
    let text = MINIMAL.replacen(
        "link = { column = \"user_id\" }",
        &format!("link = {{ column = \"{long}\" }}"),
        1,
    );
    assert_rejected(
        &text,
        &[
            "personal_data #2 (newsletter)",
            "is 64 bytes long (at most 63)",
        ],
    );
    // Exactly 63 is fine.
    let ok = MINIMAL.replacen(
        "link = { column = \"user_id\" }",
        &format!("link = {{ column = \"{}\" }}", "c".repeat(63)),
        1,
    );
    Registry::from_toml_str(&ok).unwrap();
}

#[test]
fn malicious_identifiers_anywhere_are_rejected() {
    for (from, to) in [
        (
            "key_version_column = \"email_key_version\"",
            "key_version_column = \"v) OR 1=1 --\"",
        ),
        (
            "source = { column = \"email_enc\" }",
            "source = { column = \"x\\\"y\" }",
        ),
        (
            "omit = [\"email_hash\"]",
            "omit = [\"email_hash\", \"a b\"]",
        ),
        ("table = \"users\"", "table = \"public.users\""),
    ] {
        let text = MINIMAL.replacen(from, to, 1);
        assert_ne!(text, MINIMAL, "{from}");
        let msg = rejected(&text);
        assert!(msg.contains("is not a valid identifier"), "{msg}");
    }
    // Control characters are escaped in messages.
    let text = MINIMAL.replacen("column = \"email_enc\"", "column = \"a\\u001b[31mb\"", 1);
    let msg = rejected(&text);
    assert!(!msg.contains('\u{1b}'), "{msg:?}");
    assert!(msg.contains("\\u{1b}"), "{msg:?}");
}

#[test]
fn bad_basename_is_rejected() {
    let text = MINIMAL.replacen(
        "basename = \"newsletter_email\"",
        "basename = \"Email:v1\"",
        1,
    );
    assert_rejected(
        &text,
        &["protected #1", "basename \"Email:v1\" is not valid"],
    );
}

#[test]
fn dangling_blind_index_source_is_rejected() {
    let text = MINIMAL.replacen(
        "source = { column = \"email_enc\" }",
        "source = { column = \"email_plain\" }",
        1,
    );
    assert_rejected(
        &text,
        &[
            "protected #2 (newsletter.email_hash)",
            "source column email_plain is not an aead column registered for table newsletter",
        ],
    );
}

#[test]
fn blind_index_source_must_be_aead() {
    let text = format!(
        "{MINIMAL}\n[[protected]]\ntable = \"newsletter\"\nprimary_key = [\"id\"]\n\
         column = \"other_hash\"\nkind = \"blind_index\"\nbasename = \"email_hash\"\n\
         key_version_column = \"other_kv\"\nnormalize = \"email\"\nsource = {{ column = \"email_hash\" }}\n"
    );
    assert_rejected(
        &text,
        &[
            "protected #3",
            "source column email_hash is a blind_index column",
        ],
    );
}

#[test]
fn duplicate_protected_column_is_rejected() {
    let text = format!(
        "{MINIMAL}\n[[protected]]\ntable = \"newsletter\"\nprimary_key = [\"id\"]\n\
         column = \"email_enc\"\nkind = \"aead\"\nbasename = \"newsletter_email\"\n"
    );
    assert_rejected(
        &text,
        &[
            "protected #3",
            "newsletter.email_enc is registered twice (also protected #1)",
        ],
    );
}

#[test]
fn key_version_column_rules() {
    let text = MINIMAL.replacen(
        "key_version_column = \"email_key_version\"",
        "key_version_column = \"email_enc\"",
        1,
    );
    assert_rejected(
        &text,
        &["key_version_column is the protected column itself"],
    );

    let text = MINIMAL.replacen(
        "key_version_column = \"email_hash_key_version\"",
        "key_version_column = \"email_key_version\"",
        1,
    );
    assert_rejected(&text, &["is also the key-version column of protected #1"]);

    let text = MINIMAL.replacen("key_version_column = \"email_hash_key_version\"\n", "", 1);
    assert_rejected(&text, &["a blind_index column needs a key_version_column"]);
}

#[test]
fn kind_rules() {
    let text = MINIMAL.replacen("normalize = \"email\"\n", "", 1);
    assert_rejected(&text, &["needs normalize"]);
    let text = MINIMAL.replacen(
        "kind = \"aead\"",
        "kind = \"aead\"\nnormalize = \"exact\"",
        1,
    );
    assert_rejected(&text, &["normalize applies to blind_index columns only"]);
    let text = MINIMAL.replacen("kind = \"aead\"", "kind = \"rot13\"", 1);
    assert_rejected(
        &text,
        &["cannot parse registry at line 12, column 8", "rot13"],
    );
    let text = MINIMAL.replacen(
        "basename = \"email_hash\"",
        "basename = \"newsletter_email\"",
        1,
    );
    assert_rejected(&text, &["a basename serves one kind"]);
}

#[test]
fn unknown_fields_are_rejected() {
    let text = MINIMAL.replacen("kind = \"aead\"", "kind = \"aead\"\ncolour = \"red\"", 1);
    assert_rejected(&text, &["cannot parse registry", "colour"]);
    let text = MINIMAL.replacen("format = 1", "format = 2", 1);
    assert_rejected(&text, &["format = 2 is not supported"]);
}

#[test]
fn export_must_omit_secrets() {
    let text = MINIMAL.replacen("omit = [\"email_hash\"]\n", "", 1);
    assert_rejected(
        &text,
        &[
            "personal_data #2 (newsletter)",
            "omit must list email_hash (blind_index)",
        ],
    );
}

#[test]
fn personal_data_rules() {
    let twice = format!(
        "{MINIMAL}\n[[personal_data]]\ntable = \"newsletter\"\nprimary_key = [\"id\"]\n\
         category = \"contact\"\nlink = {{ column = \"user_id\" }}\nexport = \"include\"\n\
         omit = [\"email_hash\"]\ndeletion = \"erase\"\n"
    );
    assert_rejected(&twice, &["personal_data #3", "classified twice"]);

    let text = MINIMAL.replacen(
        "omit = [\"email_hash\"]\ndeletion = \"erase\"",
        "omit = [\"email_hash\"]\ndeletion = \"retain\"",
        1,
    );
    assert_rejected(&text, &["deletion = \"retain\" needs a reason"]);

    let text = MINIMAL.replacen(
        "omit = [\"email_hash\"]\ndeletion = \"erase\"",
        "omit = [\"email_hash\"]\ndeletion = \"anonymize\"",
        1,
    );
    assert_rejected(&text, &["needs the anonymize columns"]);

    let text = MINIMAL.replacen(
        "omit = [\"email_hash\"]\ndeletion = \"erase\"",
        "omit = [\"email_hash\"]\ndeletion = \"anonymize\"\nanonymize = [\"email_hash\"]",
        1,
    );
    assert_rejected(
        &text,
        &["not its key-version column email_hash_key_version"],
    );

    let text = MINIMAL.replacen(
        "link = { column = \"user_id\" }",
        "link = { column = \"user_id\", via = \"carts\" }",
        1,
    );
    assert_rejected(&text, &["link via = \"carts\" is not a table classified"]);

    let text = MINIMAL.replacen(
        "link = { column = \"user_id\" }",
        "link = { column = \"user_id\", via = \"users\" }",
        1,
    );
    assert_rejected(&text, &["is the subject table: use a direct link"]);

    let text = MINIMAL.replacen("category = \"identity\"", "category = \"gossip\"", 1);
    assert_rejected(&text, &["cannot parse registry", "gossip"]);

    // The subject needs an entry of its own.
    let start = MINIMAL.find("[[personal_data]]").unwrap();
    let end = MINIMAL[start + 1..].find("[[personal_data]]").unwrap() + start + 1;
    let text = format!("{}{}", &MINIMAL[..start], &MINIMAL[end..]);
    assert_rejected(
        &text,
        &["the subject table users has no personal_data entry"],
    );
}

#[test]
fn actor_only_entries() {
    let audit = "\n[[personal_data]]\ntable = \"audit_log\"\nprimary_key = [\"id\"]\n\
                 category = \"audit\"\nactor_columns = [\"changed_by\"]\n";
    let ok =
        format!("{MINIMAL}{audit}export = \"exclude\"\ndeletion = \"retain\"\nreason = \"r\"\n");
    Registry::from_toml_str(&ok).unwrap();
    let erase =
        format!("{MINIMAL}{audit}export = \"exclude\"\ndeletion = \"erase\"\nreason = \"r\"\n");
    assert_rejected(&erase, &["cannot have deletion = \"erase\""]);
    let include =
        format!("{MINIMAL}{audit}export = \"include\"\ndeletion = \"retain\"\nreason = \"r\"\n");
    assert_rejected(&include, &["must have export = \"exclude\""]);
    let neither = "\n[[personal_data]]\ntable = \"x\"\nprimary_key = [\"id\"]\ncategory = \"audit\"\n\
                   export = \"exclude\"\ndeletion = \"retain\"\nreason = \"r\"\n";
    assert_rejected(
        &format!("{MINIMAL}{neither}"),
        &["has neither a link nor actor_columns"],
    );
}

#[test]
fn via_chain_rules() {
    let parent = "\n[[personal_data]]\ntable = \"carts\"\nprimary_key = [\"id\"]\n\
                  category = \"commerce\"\nlink = { column = \"user_id\" }\n\
                  export = \"include\"\ndeletion = \"erase\"\n";
    let child = "\n[[personal_data]]\ntable = \"cart_items\"\nprimary_key = [\"id\"]\n\
                 category = \"commerce\"\nlink = { column = \"cart_id\", via = \"carts\" }\n\
                 export = \"include\"\n";
    let ok = format!("{MINIMAL}{parent}{child}deletion = \"erase\"\n");
    let r = Registry::from_toml_str(&ok).unwrap();
    assert_eq!(r.link_chain("cart_items").unwrap().len(), 2);
    let bad = format!("{MINIMAL}{parent}{child}deletion = \"retain\"\nreason = \"r\"\n");
    assert_rejected(&bad, &["its parent carts is erased"]);

    // A cycle: a -> b -> a.
    let cycle = "\n[[personal_data]]\ntable = \"a\"\nprimary_key = [\"id\"]\ncategory = \"commerce\"\n\
                 link = { column = \"b_id\", via = \"b\" }\nexport = \"include\"\ndeletion = \"erase\"\n\
                 \n[[personal_data]]\ntable = \"b\"\nprimary_key = [\"id\"]\ncategory = \"commerce\"\n\
                 link = { column = \"a_id\", via = \"a\" }\nexport = \"include\"\ndeletion = \"erase\"\n";
    assert_rejected(&format!("{MINIMAL}{cycle}"), &["leads into a cycle"]);
    let r: Registry = toml::from_str(&format!("{MINIMAL}{cycle}")).unwrap();
    assert!(
        r.link_chain("a").is_none(),
        "no infinite loop on an unvalidated cycle"
    );
}

#[test]
fn all_problems_are_reported() {
    let text = MINIMAL
        .replacen("table = \"users\"", "table = \"Users\"", 1)
        .replacen("basename = \"email_hash\"", "basename = \"9\"", 1);
    let err = Registry::from_toml_str(&text).unwrap_err();
    assert!(
        err.message().contains("subject: table \"Users\""),
        "{err:?}"
    );
    let hint = err.hint().unwrap();
    assert!(hint.contains("more problem(s)"), "{hint}");
    assert!(hint.contains("basename \"9\""), "{hint}");
}

#[test]
fn load_reads_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("registry.toml");
    std::fs::write(&path, MINIMAL).unwrap();
    let r = Registry::load(&path).unwrap();
    assert_eq!(r.protected.len(), 2);

    std::fs::write(&path, MINIMAL.replacen("kind = \"aead\"", "kind = ", 1)).unwrap();
    let err = Registry::load(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.message().contains("registry file"), "{err:?}");
    assert!(err.message().contains("at line 12, column 8"), "{err:?}");

    let err = Registry::load(dir.path().join("missing.toml")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(
        err.message().contains("cannot read registry file"),
        "{err:?}"
    );
}

/// Seed 003's UUID-keyed schema can be described by configuration alone (docs/REGISTRY.md).
#[test]
fn a_uuid_keyed_schema_validates() {
    let text = r#"
format = 1

[subject]
table = "users"
primary_key = ["uuid"]

[[protected]]
table = "user_auth_providers"
primary_key = ["id"]
column = "access_token"
kind = "aead"
basename = "oauth_token"
secret = true

[[protected]]
table = "user_auth_providers"
primary_key = ["id"]
column = "refresh_token"
kind = "aead"
basename = "oauth_token"
secret = true

[[personal_data]]
table = "users"
primary_key = ["uuid"]
category = "identity"
link = { column = "uuid" }
export = "include"
deletion = "erase"

[[personal_data]]
table = "user_auth_providers"
primary_key = ["id"]
category = "credentials"
link = { column = "user_uuid" }
export = "include"
omit = ["access_token", "refresh_token"]
deletion = "erase"
"#;
    let r = Registry::from_toml_str(text).unwrap();
    assert_eq!(r.basenames(), ["oauth_token"]);
    assert!(r.protected.iter().all(|p| p.is_header_only()));
}

#[test]
fn the_shipped_compact_registry_is_valid() {
    // registries/compact-uuid.toml: the worked example of docs/REGISTRY.md for seed 003.
    let r = Registry::from_toml_str(include_str!("../../registries/compact-uuid.toml")).unwrap();
    assert_eq!(r.basenames(), ["mfa_factor", "provider_token"]);
    assert!(r.protected.iter().all(|p| p.is_header_only()));
    assert_eq!(r.search_path().as_deref(), Some("idctl,public"));
    assert_eq!(r.operators(), super::Operators::bookkeeping());
    assert!(r.subject.email.is_some());
}

#[test]
fn the_builtin_registry_names_its_operators_and_no_bookkeeping_schema() {
    let r = Registry::builtin();
    assert!(r.bookkeeping.is_none());
    assert_eq!(r.search_path(), None);
    let o = r.operators();
    assert_eq!(
        o.table, r.subject.table,
        "operators are users with an actor role"
    );
    assert_eq!(o.subject_column, None);
}

#[test]
fn a_bookkeeping_registry_refuses_operators_of_its_own_and_a_shared_schema() {
    let base = include_str!("../../registries/compact-uuid.toml");
    let e = Registry::from_toml_str(&format!(
        "{base}\n[operators]\ntable = \"staff\"\nid_column = \"id\"\nrole_column = \"r\"\n\
         active_column = \"a\"\nlocked_column = \"l\"\ndeleted_at_column = \"d\"\n"
    ))
    .unwrap_err();
    assert!(e.to_string().contains("leave [operators] out"), "{e}");
    let e = Registry::from_toml_str(&base.replace("schema = \"idctl\"", "schema = \"public\""))
        .unwrap_err();
    assert!(e.to_string().contains("must differ"), "{e}");
    let e =
        Registry::from_toml_str(&base.replace("schema = \"idctl\"", "schema = \"Idctl; DROP\""))
            .unwrap_err();
    assert!(e.to_string().contains("bookkeeping"), "{e}");
}

#[test]
fn erasing_the_subject_row_requires_linked_rows_to_go_or_unlink() {
    let retained = "\n[[personal_data]]\ntable = \"orders\"\nprimary_key = [\"id\"]\n\
                    category = \"commerce\"\nlink = { column = \"user_id\" }\n\
                    export = \"include\"\ndeletion = \"retain\"\nreason = \"accounting\"\n";
    // MINIMAL erases the users row.
    assert_rejected(
        &format!("{MINIMAL}{retained}"),
        &[
            "personal_data #3 (orders)",
            "keeps the link column user_id pointing at it",
        ],
    );
    // With the subject anonymized (a tombstone), retaining is fine.
    let tombstone = MINIMAL.replacen(
        "export = \"include\"\ndeletion = \"erase\"",
        "export = \"include\"\ndeletion = \"anonymize\"\nanonymize = [\"email\"]",
        1,
    );
    Registry::from_toml_str(&format!("{tombstone}{retained}")).unwrap();
    // So is anonymizing the link.
    let unlinked = retained.replace(
        "deletion = \"retain\"\nreason = \"accounting\"",
        "deletion = \"anonymize\"\nanonymize = [\"user_id\"]",
    );
    Registry::from_toml_str(&format!("{MINIMAL}{unlinked}")).unwrap();
}

#[test]
fn access_entries_are_validated() {
    let base = Registry::builtin();
    assert!(base.account.is_some());
    assert_eq!(base.access.len(), 5);
    let bad =
        crate::registry::BUILTIN_TOML.replace("event = \"session_revoked\"", "event = \"$oops\"");
    let e = Registry::from_toml_str(&bad).unwrap_err();
    let all = format!("{} {}", e.message(), e.hint().unwrap_or(""));
    assert!(all.contains("unknown placeholder \"$oops\""), "{all}");
    let bad = crate::registry::BUILTIN_TOML.replace("name = \"jwt_tokens\"", "name = \"sessions\"");
    let e = Registry::from_toml_str(&bad).unwrap_err();
    let all = format!("{} {}", e.message(), e.hint().unwrap_or(""));
    assert!(all.contains("used by another access entry"), "{all}");
    let bad = crate::registry::BUILTIN_TOML.replace("link_column = \"user_id\"\nrevoke = { how = \"flag\", column = \"revoked\" }\nexpires_column = \"expires_at\"\nlog", "link_column = \"user id\"\nrevoke = { how = \"flag\", column = \"revoked\" }\nexpires_column = \"expires_at\"\nlog");
    assert_ne!(bad, crate::registry::BUILTIN_TOML);
    assert!(Registry::from_toml_str(&bad).is_err());
}
