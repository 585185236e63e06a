//! The audit trail's hash chain and its signed checkpoints (docs/FORMAT.md §13), as pure
//! functions: the database computes the same hash when it appends an entry (migration 0008's
//! `idctl_audit_chain_hash`), and `idctl audit verify` recomputes it here, from the rows as read,
//! without trusting anything the database computed.
//!
//! Why it looks the way it does:
//!
//! - **One entry per audit row, each over its row and the previous entry.** Editing a row changes
//!   its entry's hash; deleting a row and its entry breaks the next entry's `prev_hash`; a row
//!   without an entry was inserted past the trigger that chains every insert. Rewriting the whole
//!   chain after an edit is what the signed checkpoints catch: a checkpoint signs the hash of one
//!   entry, and a rewritten chain no longer has that hash there.
//! - **A length-prefixed encoding, not JSON.** Every field is `0x00` (NULL) or `0x01` and its bytes
//!   with a 32-bit length (8 fixed bytes for integers), in a fixed order after a domain label, so
//!   that no two rows encode alike and the SQL side can build the same bytes with `int4send`,
//!   `int8send` and `convert_to`. JSON values are hashed in PostgreSQL's `jsonb` text form, which
//!   is canonical (sorted keys, one spelling per value); timestamps as microseconds since the Unix
//!   epoch, which does not depend on the session's time zone or date style.
//! - **SHA-256**: what PostgreSQL's built-in `sha256()` computes, so the trigger needs no
//!   extension.
//! - **Checkpoints sign a digest of a fixed message** (`idctl/audit-checkpoint/v1`, the entry's
//!   position, its audit row id and its hash) under the context `idctl audit checkpoint v1`, with
//!   every active signing key: ML-DSA, and Ed25519 too while the transition lasts.

use sha2::{Digest, Sha256};

/// Length of a chain hash.
pub const CHAIN_HASH_LEN: usize = 32;
/// The `prev_hash` of the first entry.
pub const GENESIS_HASH: [u8; CHAIN_HASH_LEN] = [0; CHAIN_HASH_LEN];
/// Domain label of a chain entry's hash.
pub const CHAIN_DOMAIN: &[u8] = b"idctl/audit-chain/v1";
/// Domain label of a checkpoint's message.
pub const CHECKPOINT_DOMAIN: &[u8] = b"idctl/audit-checkpoint/v1";
/// The signature context of a checkpoint (FIPS 204 `ctx`).
pub const CHECKPOINT_CONTEXT: &[u8] = b"idctl audit checkpoint v1";

/// One `audit_log` row, as the chain hashes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditRecord {
    pub id: i64,
    pub table_name: Option<String>,
    pub record_id: Option<i64>,
    pub changed_by: Option<i64>,
    pub change_type: Option<String>,
    /// `old_value` in PostgreSQL's `jsonb` text form.
    pub old_value: Option<String>,
    /// `new_value` in PostgreSQL's `jsonb` text form.
    pub new_value: Option<String>,
    /// `changed_at` in microseconds since the Unix epoch.
    pub changed_at_us: Option<i64>,
    pub ip_bin: Option<Vec<u8>>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

fn bytes_field(h: &mut Sha256, v: Option<&[u8]>) {
    match v {
        None => h.update([0u8]),
        Some(b) => {
            h.update([1u8]);
            // Fields come from PostgreSQL columns, far below 4 GiB.
            h.update(u32::try_from(b.len()).unwrap_or(u32::MAX).to_be_bytes());
            h.update(b);
        }
    }
}

fn int_field(h: &mut Sha256, v: Option<i64>) {
    match v {
        None => h.update([0u8]),
        Some(i) => {
            h.update([1u8]);
            h.update(i.to_be_bytes());
        }
    }
}

/// The hash of the chain entry for `record` after an entry whose hash is `prev`.
pub fn chain_hash(prev: &[u8; CHAIN_HASH_LEN], record: &AuditRecord) -> [u8; CHAIN_HASH_LEN] {
    let mut h = Sha256::new();
    h.update(CHAIN_DOMAIN);
    h.update(prev);
    h.update(record.id.to_be_bytes());
    bytes_field(&mut h, record.table_name.as_deref().map(str::as_bytes));
    int_field(&mut h, record.record_id);
    int_field(&mut h, record.changed_by);
    bytes_field(&mut h, record.change_type.as_deref().map(str::as_bytes));
    bytes_field(&mut h, record.old_value.as_deref().map(str::as_bytes));
    bytes_field(&mut h, record.new_value.as_deref().map(str::as_bytes));
    int_field(&mut h, record.changed_at_us);
    bytes_field(&mut h, record.ip_bin.as_deref());
    bytes_field(&mut h, record.user_agent.as_deref().map(str::as_bytes));
    bytes_field(&mut h, record.request_id.as_deref().map(str::as_bytes));
    h.finalize().into()
}

/// The digest a checkpoint signs: SHA-256 of `idctl/audit-checkpoint/v1 || i64be(entry id) ||
/// i64be(audit row id) || entry hash`.
pub fn checkpoint_digest(
    entry_id: i64,
    audit_id: i64,
    hash: &[u8; CHAIN_HASH_LEN],
) -> [u8; CHAIN_HASH_LEN] {
    let mut h = Sha256::new();
    h.update(CHECKPOINT_DOMAIN);
    h.update(entry_id.to_be_bytes());
    h.update(audit_id.to_be_bytes());
    h.update(hash);
    h.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vectors of docs/FORMAT.md §13 (also computed by tools/format_reference.py and, in the
    /// integration tests, by PostgreSQL's `idctl_audit_chain_hash`).
    #[test]
    fn chain_vectors() {
        let r1 = AuditRecord {
            id: 1,
            table_name: Some("users".into()),
            record_id: Some(42),
            changed_by: Some(7),
            change_type: Some("lock".into()),
            old_value: None,
            new_value: Some(r#"{"reason": "test"}"#.into()),
            changed_at_us: Some(1_764_633_600_000_000),
            ip_bin: None,
            user_agent: None,
            request_id: Some("idctl-1".into()),
        };
        let h1 = chain_hash(&GENESIS_HASH, &r1);
        let r2 = AuditRecord {
            id: 2,
            ..AuditRecord::default()
        };
        let h2 = chain_hash(&h1, &r2);
        assert_eq!(
            hex::encode(h1),
            "7e7bf5bccc9790eb47d1a75f55993a1e8ad3128f5fbf5e9bddf128a0d47f266a"
        );
        assert_eq!(
            hex::encode(h2),
            "d96b342a065b49952848943848ce6019b9a35f29b497ee2ce322302d5301af06"
        );
        let d = checkpoint_digest(2, 2, &h2);
        assert_eq!(
            hex::encode(d),
            "17c4c44d155f24eef241abda181d6c1a57bb1f5c6dc94a1136c063a5e03f5b15"
        );
    }

    #[test]
    fn every_field_and_null_changes_the_hash() {
        let base = AuditRecord {
            id: 5,
            table_name: Some("t".into()),
            ..AuditRecord::default()
        };
        let h = chain_hash(&GENESIS_HASH, &base);
        let variants = [
            AuditRecord {
                id: 6,
                ..base.clone()
            },
            AuditRecord {
                table_name: Some("u".into()),
                ..base.clone()
            },
            AuditRecord {
                table_name: None,
                ..base.clone()
            },
            AuditRecord {
                table_name: Some(String::new()),
                ..base.clone()
            },
            AuditRecord {
                record_id: Some(0),
                ..base.clone()
            },
            AuditRecord {
                changed_by: Some(0),
                ..base.clone()
            },
            AuditRecord {
                change_type: Some(String::new()),
                ..base.clone()
            },
            AuditRecord {
                old_value: Some("{}".into()),
                ..base.clone()
            },
            AuditRecord {
                new_value: Some("{}".into()),
                ..base.clone()
            },
            AuditRecord {
                changed_at_us: Some(0),
                ..base.clone()
            },
            AuditRecord {
                ip_bin: Some(vec![]),
                ..base.clone()
            },
            AuditRecord {
                user_agent: Some(String::new()),
                ..base.clone()
            },
            AuditRecord {
                request_id: Some(String::new()),
                ..base.clone()
            },
        ];
        let mut seen = std::collections::HashSet::new();
        seen.insert(h);
        for v in &variants {
            assert!(seen.insert(chain_hash(&GENESIS_HASH, v)), "{v:?}");
        }
        assert_ne!(chain_hash(&[1; 32], &base), h, "prev is bound");
        // Field boundaries: "ab" + "" and "a" + "b" differ.
        let a = AuditRecord {
            table_name: Some("ab".into()),
            change_type: Some(String::new()),
            ..base.clone()
        };
        let b = AuditRecord {
            table_name: Some("a".into()),
            change_type: Some("b".into()),
            ..base
        };
        assert_ne!(chain_hash(&GENESIS_HASH, &a), chain_hash(&GENESIS_HASH, &b));
    }
}
