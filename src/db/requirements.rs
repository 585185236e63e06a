//! What idctl's own commands need from a database: the tables and columns its SQL uses, with the
//! type family each must have. `db check` compares a database (perhaps one idctl did not create)
//! against this list and against the registry; a test keeps the list true to the migrations.

use tokio_postgres::GenericClient;

use crate::db::row::RowExt;
use crate::error::Result;

pub use crate::registry::schema::{Problem, TypeFamily};

use TypeFamily::*;

/// (table, column, type family) for every column idctl's SQL reads or writes outside the registry:
/// idctl's own tables (in the bookkeeping schema when the registry has one). The operators' table
/// and the subject's columns are the registry's, checked by `store::catalogue::check`.
pub const REQUIRED_COLUMNS: &[(&str, &str, TypeFamily)] = &[
    ("crypto_keys", "id", Bigint),
    ("crypto_keys", "basename", Text),
    ("crypto_keys", "version", Integer),
    ("crypto_keys", "filename", Text),
    ("crypto_keys", "file_path", Text),
    ("crypto_keys", "fingerprint", Text),
    ("crypto_keys", "key_meta", Jsonb),
    ("crypto_keys", "key_type", Text),
    ("crypto_keys", "algorithm", Text),
    ("crypto_keys", "length_bits", Smallint),
    ("crypto_keys", "retire_after", Timestamptz),
    ("crypto_keys", "origin", Text),
    ("crypto_keys", "usage", TextArray),
    ("crypto_keys", "scope", Text),
    ("crypto_keys", "status", Text),
    ("crypto_keys", "created_by", Bigint),
    ("crypto_keys", "created_at", Timestamptz),
    ("crypto_keys", "activated_at", Timestamptz),
    ("crypto_keys", "retired_at", Timestamptz),
    ("crypto_keys", "replaced_by", Bigint),
    ("crypto_keys", "notes", Text),
    ("key_events", "id", Bigint),
    ("key_events", "key_id", Bigint),
    ("key_events", "basename", Text),
    ("key_events", "event_type", Text),
    ("key_events", "actor_id", Bigint),
    ("key_events", "job_id", Bigint),
    ("key_events", "note", Text),
    ("key_events", "meta", Jsonb),
    ("key_events", "source", Text),
    ("key_events", "created_at", Timestamptz),
    ("key_rotation_jobs", "id", Bigint),
    ("key_rotation_jobs", "basename", Text),
    ("key_rotation_jobs", "target_version", Integer),
    ("key_rotation_jobs", "scheduled_at", Timestamptz),
    ("key_rotation_jobs", "started_at", Timestamptz),
    ("key_rotation_jobs", "finished_at", Timestamptz),
    ("key_rotation_jobs", "status", Text),
    ("key_rotation_jobs", "attempts", Integer),
    ("key_rotation_jobs", "executed_by", Bigint),
    ("key_rotation_jobs", "result", Text),
    ("key_rotation_jobs", "created_at", Timestamptz),
    ("key_rotation_jobs", "options", Jsonb),
    ("permissions", "id", Bigint),
    ("permissions", "name", Text),
    ("rbac_roles", "id", Bigint),
    ("rbac_roles", "name", Text),
    ("rbac_role_permissions", "role_id", Bigint),
    ("rbac_role_permissions", "permission_id", Bigint),
    ("rbac_user_roles", "user_id", Bigint),
    ("rbac_user_roles", "role_id", Bigint),
    ("rbac_user_roles", "status", Text),
    ("rbac_user_roles", "expires_at", Timestamptz),
    ("rbac_user_permissions", "user_id", Bigint),
    ("rbac_user_permissions", "permission_id", Bigint),
    ("rbac_user_permissions", "effect", Text),
    ("rbac_user_permissions", "expires_at", Timestamptz),
    ("audit_log", "table_name", Text),
    ("audit_log", "record_id", Bigint),
    ("audit_log", "changed_by", Bigint),
    ("audit_log", "change_type", Text),
    ("audit_log", "new_value", Jsonb),
    ("audit_log", "changed_at", Timestamptz),
    ("audit_log", "request_id", Text),
    ("deletion_jobs", "id", Bigint),
    ("deletion_jobs", "kind", Text),
    ("deletion_jobs", "parent_id", Bigint),
    ("deletion_jobs", "entity_table", Text),
    ("deletion_jobs", "entity_pk", Text),
    ("deletion_jobs", "hard_delete", Boolean),
    ("deletion_jobs", "status", Text),
    ("deletion_jobs", "blocked_reason", Text),
    ("deletion_jobs", "reason", Text),
    ("deletion_jobs", "scheduled_at", Timestamptz),
    ("deletion_jobs", "started_at", Timestamptz),
    ("deletion_jobs", "finished_at", Timestamptz),
    ("deletion_jobs", "error", Text),
    ("deletion_jobs", "created_by", Bigint),
    ("deletion_jobs", "created_at", Timestamptz),
    ("deletion_jobs", "plan_hash", Text),
    ("deletion_jobs", "plan", Jsonb),
    ("deletion_jobs", "checkpoint", Jsonb),
    ("deletion_jobs", "hold_reason", Text),
    ("deletion_jobs", "held_by", Bigint),
    ("deletion_jobs", "held_at", Timestamptz),
    ("deletion_jobs", "cancelled_by", Bigint),
    ("deletion_jobs", "runner", Text),
    ("deletion_jobs", "runner_pid", Integer),
    ("deletion_jobs", "heartbeat_at", Timestamptz),
    ("deletion_jobs", "attempts", Integer),
    ("deletion_jobs", "result", Jsonb),
    ("deletion_jobs", "updated_at", Timestamptz),
    // Post-quantum migration (0007).
    ("crypto_keys", "public_key", Bytea),
    ("crypto_algorithms", "id", Bigint),
    ("crypto_algorithms", "class", Text),
    ("crypto_algorithms", "name", Text),
    ("crypto_algorithms", "variant", Text),
    ("crypto_algorithms", "variant_norm", Text),
    ("crypto_algorithms", "nist_level", Smallint),
    ("crypto_algorithms", "status", Text),
    ("crypto_algorithms", "params", Jsonb),
    ("crypto_standard_aliases", "algo_id", Bigint),
    ("crypto_standard_aliases", "alias", Text),
    ("crypto_standard_aliases", "standard", Text),
    ("crypto_standard_aliases", "byte_compatible", Boolean),
    ("crypto_standard_aliases", "note", Text),
    ("kms_keys", "id", Bigint),
    ("kms_keys", "name", Text),
    ("kms_keys", "provider", Text),
    ("kms_keys", "key_ref", Text),
    ("kms_keys", "algo_id", Bigint),
    ("encryption_policies", "id", Bigint),
    ("encryption_policies", "policy_name", Text),
    ("encryption_policies", "mode", Text),
    ("encryption_policies", "layer_selection", Text),
    ("encryption_policies", "min_layers", Smallint),
    ("encryption_policies", "max_layers", Smallint),
    ("encryption_policies", "aad_template", Jsonb),
    ("encryption_policies", "notes", Text),
    ("encryption_policies", "status", Text),
    ("encryption_policies", "data_algo_id", Bigint),
    ("encryption_policies", "created_by", Bigint),
    ("encryption_policies", "created_at", Timestamptz),
    ("policy_algorithms", "policy_id", Bigint),
    ("policy_algorithms", "algo_id", Bigint),
    ("policy_algorithms", "role", Text),
    ("policy_algorithms", "position", Smallint),
    ("policy_kms_keys", "policy_id", Bigint),
    ("policy_kms_keys", "kms_key_id", Bigint),
    ("policy_kms_keys", "position", Smallint),
    ("encryption_policy_bindings", "policy_id", Bigint),
    ("encryption_policy_bindings", "table_name", Text),
    ("encryption_policy_bindings", "column_name", Text),
    ("encryption_policy_bindings", "bound_by", Bigint),
    ("encryption_policy_bindings", "created_at", Timestamptz),
    ("pq_migration_jobs", "id", Bigint),
    ("pq_migration_jobs", "scope", Text),
    ("pq_migration_jobs", "target_policy_id", Bigint),
    ("pq_migration_jobs", "target_algo_id", Bigint),
    ("pq_migration_jobs", "selection", Jsonb),
    ("pq_migration_jobs", "scheduled_at", Timestamptz),
    ("pq_migration_jobs", "started_at", Timestamptz),
    ("pq_migration_jobs", "finished_at", Timestamptz),
    ("pq_migration_jobs", "status", Text),
    ("pq_migration_jobs", "processed_count", Bigint),
    ("pq_migration_jobs", "error", Text),
    ("pq_migration_jobs", "created_by", Bigint),
    ("pq_migration_jobs", "created_at", Timestamptz),
    ("pq_migration_jobs", "attempts", Integer),
    ("pq_migration_jobs", "executed_by", Bigint),
    ("pq_migration_jobs", "result", Jsonb),
    // Signatures and the audit chain (0008).
    ("audit_log", "id", Bigint),
    ("audit_log", "old_value", Jsonb),
    ("audit_log", "ip_bin", Bytea),
    ("audit_log", "user_agent", Text),
    ("audit_chain", "id", Bigint),
    ("audit_chain", "audit_id", Bigint),
    ("audit_chain", "prev_hash", Bytea),
    ("audit_chain", "chain_hash", Bytea),
    ("signing_keys", "id", Bigint),
    ("signing_keys", "algo_id", Bigint),
    ("signing_keys", "name", Text),
    ("signing_keys", "public_key", Bytea),
    ("signing_keys", "private_key_enc", Bytea),
    ("signing_keys", "status", Text),
    ("signing_keys", "scope", Text),
    ("signing_keys", "created_by", Bigint),
    ("signing_keys", "created_at", Timestamptz),
    ("signing_keys", "activated_at", Timestamptz),
    ("signing_keys", "retired_at", Timestamptz),
    ("signing_keys", "crypto_key_id", Bigint),
    ("signatures", "id", Bigint),
    ("signatures", "signing_key_id", Bigint),
    ("signatures", "algo_id", Bigint),
    ("signatures", "hash_algo_id", Bigint),
    ("signatures", "signature", Bytea),
    ("signatures", "created_at", Timestamptz),
    ("signatures", "subject_kind", Text),
    ("signatures", "subject_id", Text),
    ("signatures", "message_digest", Bytea),
    ("signatures", "context", Text),
    ("signatures", "status", Text),
    ("signatures", "companion_of", Bigint),
    ("signatures", "created_by", Bigint),
    ("signatures", "meta", Jsonb),
    ("crypto_keys", "backup_blob", Bytea),
    ("crypto_keys", "is_backup_encrypted", Boolean),
];

/// Live column types of the tables idctl's unqualified names reach: (table, column) ->
/// format_type. A table name resolves as the search path resolves it (the first schema holding
/// it), so that the bookkeeping schema's tables are found before the application's.
pub async fn live_columns(
    client: &impl GenericClient,
) -> Result<std::collections::HashMap<(String, String), String>> {
    let rows = client
        .query(
            "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod)
               FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
              WHERE c.oid = to_regclass(quote_ident(c.relname::text))
                AND c.relnamespace = ANY (SELECT oid FROM pg_namespace WHERE nspname = ANY (current_schemas(false)))
                AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped",
            &[],
        )
        .await?;
    rows.into_iter()
        .map(|r| Ok(((r.col(0)?, r.col(1)?), r.col(2)?)))
        .collect()
}

/// Checks `required` against the live columns.
pub fn check_columns(
    live: &std::collections::HashMap<(String, String), String>,
    required: &[(&str, &str, TypeFamily)],
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (table, column, family) in required {
        let table_exists = live.keys().any(|(t, _)| t == table);
        if !table_exists {
            if !problems
                .iter()
                .any(|p: &Problem| p.table == *table && p.column.is_none())
            {
                problems.push(Problem {
                    table: table.to_string(),
                    column: None,
                    problem: "table is missing".into(),
                });
            }
            continue;
        }
        match live.get(&(table.to_string(), column.to_string())) {
            None => problems.push(Problem {
                table: table.to_string(),
                column: Some(column.to_string()),
                problem: "column is missing".into(),
            }),
            Some(ty) if !family.accepts(ty) => problems.push(Problem {
                table: table.to_string(),
                column: Some(column.to_string()),
                problem: format!("has type {ty}, idctl needs {family:?}"),
            }),
            Some(_) => {}
        }
    }
    problems
}
