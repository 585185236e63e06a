//! Where idctl keeps its own state, and who its operators are: the registry's `[bookkeeping]` and
//! `[operators]` sections.
//!
//! On the schema idctl created (migrations/), its own tables (key versions, jobs, audit trail,
//! RBAC) sit beside the application's, and an operator is a row of the subject table with an
//! actor role. On a database some other platform created, idctl must not add tables to the
//! application's schema, and the application's users table has no actor role: `[bookkeeping]`
//! names a schema of idctl's own (created by `idctl db migrate` from migrations/bookkeeping/),
//! which every idctl connection puts first on its `search_path`, and operators become rows of that
//! schema's `operators` table, each linked to a subject by the subject's key.

use serde::{Deserialize, Serialize};

/// `[bookkeeping]`: idctl's own tables live in a schema of their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bookkeeping {
    /// The schema holding idctl's tables (created by `idctl db migrate`).
    pub schema: String,
    /// The schema holding the application's tables (the registry's tables), searched after
    /// `schema`.
    #[serde(default = "default_application_schema")]
    pub application_schema: String,
}

fn default_application_schema() -> String {
    "public".into()
}

impl Bookkeeping {
    /// The connection's `search_path`: idctl's schema first, then the application's.
    pub fn search_path(&self) -> String {
        format!("{},{}", self.schema, self.application_schema)
    }
}

/// `[operators]`: the table whose rows are idctl's operators, and the columns authorisation reads.
/// Without `[bookkeeping]`, the built-in registry's (the subject table with an actor role) applies
/// when a registry has none; with `[bookkeeping]`, operators are always the bookkeeping schema's
/// own `operators` table ([`Operators::bookkeeping`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operators {
    pub table: String,
    /// The operator's id (bigint): what every bookkeeping table records as the actor.
    pub id_column: String,
    /// Text column holding the subject's primary key (text form) of the person operating. None:
    /// the operator table *is* the subject table, and the operator's id is the subject's key.
    #[serde(default)]
    pub subject_column: Option<String>,
    /// Text column naming the operator's role (`rbac_roles.name`).
    pub role_column: String,
    /// Boolean column: false for an operator who may not act.
    pub active_column: String,
    /// Boolean column: true while the operator is locked.
    pub locked_column: String,
    /// Timestamp column set when the operator (or the person) was deleted.
    pub deleted_at_column: String,
}

impl Operators {
    /// idctl's own operators table (migrations/bookkeeping/0001_bookkeeping.sql).
    pub fn bookkeeping() -> Operators {
        Operators {
            table: "operators".into(),
            id_column: "id".into(),
            subject_column: Some("subject_key".into()),
            role_column: "actor_role".into(),
            active_column: "is_active".into(),
            locked_column: "is_locked".into(),
            deleted_at_column: "deleted_at".into(),
        }
    }
}
