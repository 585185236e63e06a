//! Deletion jobs: plan, schedule, run, hold, cancel and verify the erasure of a data subject (or of
//! another entity the registry declares deletable).
//!
//! Why it is built this way:
//! - **An exact plan first.** What a job will do is computed from the registry (`[[personal_data]]`
//!   deletion actions) and counted in the database before anything changes: rows per table to
//!   erase, anonymize or retain, with the registry's reason and the retention end. Its hash is
//!   stored with the job; a run that finds more rows than planned stops (`blocked`,
//!   `plan_changed`) instead of deleting what nobody looked at.
//! - **Order from the database.** Tables are processed children first, in an order computed from
//!   the foreign keys in `pg_constraint`, so that a table added later cannot break a run; a cycle,
//!   or a table that references the entity without being classified in the registry, stops the job
//!   with an error naming it.
//! - **Bounded, resumable, exclusive.** Each batch (at most `batch_size` rows of one table) is its
//!   own short transaction that also moves the job's checkpoint, so a crash loses at most one
//!   uncommitted batch and a re-run continues; every statement re-finds its rows by the entity's
//!   key, so repeating one is harmless. A large step never searches the table again for every
//!   batch (that scanned past every row already deleted: quadratic): it goes by block ranges when
//!   the subject owns much of the table, by the rows' addresses listed once otherwise. A runner holds the job's advisory lock on a dedicated
//!   connection: two runners never process the same job, and a runner killed with -9 frees it at
//!   once. Each batch checks the job is still running (not held or cancelled meanwhile).
//! - **Never spliced.** The stored `entity_table` must name the subject or a `deletable` entry; the
//!   stored `entity_pk` is parsed into the key column's own type and bound as a parameter. A job
//!   row that fails either (SQL injection text included) is marked failed with an error naming
//!   neither value, and nothing else is touched.
//! - **Soft and hard.** Both revoke access exactly as `users lock` does (the shared revocation
//!   bundle), mark the subject deleted and inactive, and erase or anonymize as the registry says;
//!   the subject's row stays as an anonymized tombstone while retained rows reference it. A soft
//!   deletion keeps the tombstone and the retained rows for good. A hard deletion also removes the
//!   tombstone when nothing references it, and schedules a follow-up `purge` job at the end of the
//!   retention period that removes the retained rows (and then the tombstone).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio_postgres::GenericClient;

use crate::authz::Actor;
use crate::db::Database;
use crate::error::{Error, Result};
use crate::registry::{DeletionAction, PersonalData, Registry};
use crate::store::accounts::{Accounts, RevocationContext};
use crate::store::deletion::{
    self as store, BlockedReason, ForeignKey, Hop, JobKind, JobRow, JobStatus, NewJob, Selector,
};
use crate::store::rbac;

/// Rows per batch (one transaction each) unless `--batch-size` says otherwise.
pub const DEFAULT_BATCH: i64 = 1000;

// ------------------------------------------------------------------------------------------------
// Entities
// ------------------------------------------------------------------------------------------------

/// A parsed, allow-listed entity: a table the registry declares deletable and a key of its type.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub table: String,
    pub key: String,
    #[serde(skip)]
    pub key_column: String,
    #[serde(skip)]
    pub key_type: String,
    pub is_subject: bool,
}

impl Entity {
    /// The entity's own row (by its key column).
    pub fn own_row(&self) -> Selector {
        Selector {
            table: self.table.clone(),
            hops: vec![],
            root_column: self.key_column.clone(),
            key_type: self.key_type.clone(),
        }
    }
}

/// Why a stored entity cannot be processed. Messages name neither the stored table nor the key
/// (either could hold anything, personal data included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityProblem {
    UnknownTable,
    MalformedKey,
    UnsupportedKeyType,
}

impl EntityProblem {
    pub fn message(self, registry: &Registry) -> String {
        match self {
            EntityProblem::UnknownTable => format!(
                "entity_table is not an entity the registry declares deletable (deletable: {})",
                deletable_tables(registry).join(", ")
            ),
            EntityProblem::MalformedKey => {
                "entity_pk is not a valid key of the entity table's key type".into()
            }
            EntityProblem::UnsupportedKeyType => {
                "the entity table's key has a type idctl cannot bind (bigint, integer, uuid or text)"
                    .into()
            }
        }
    }
}

/// The subject table, then every `deletable = true` entry.
pub fn deletable_tables(registry: &Registry) -> Vec<&str> {
    let mut out = vec![registry.subject.table.as_str()];
    out.extend(
        registry
            .personal_data
            .iter()
            .filter(|p| p.deletable)
            .map(|p| p.table.as_str()),
    );
    out
}

/// Whether `key` is a valid value of a column of type `key_type`.
fn key_fits(key_type: &str, key: &str) -> std::result::Result<bool, EntityProblem> {
    let ok = match key_type {
        "bigint" => key.parse::<i64>().is_ok() && !key.starts_with('+'),
        "integer" => key.parse::<i32>().is_ok() && !key.starts_with('+'),
        "smallint" => key.parse::<i16>().is_ok() && !key.starts_with('+'),
        "uuid" => {
            key.len() == 36
                && key.char_indices().all(|(i, c)| match i {
                    8 | 13 | 18 | 23 => c == '-',
                    _ => c.is_ascii_hexdigit(),
                })
        }
        t if t == "text" || t.starts_with("character varying") || t.starts_with("character(") => {
            !key.is_empty() && key.len() <= 256 && !key.chars().any(char::is_control)
        }
        _ => return Err(EntityProblem::UnsupportedKeyType),
    };
    Ok(ok)
}

/// Parses a stored or given (table, key) into an [`Entity`].
pub async fn parse_entity(
    client: &impl GenericClient,
    registry: &Registry,
    table: Option<&str>,
    key: Option<&str>,
) -> Result<std::result::Result<Entity, EntityProblem>> {
    let Some(table) = table.filter(|t| deletable_tables(registry).contains(t)) else {
        return Ok(Err(EntityProblem::UnknownTable));
    };
    let is_subject = table == registry.subject.table;
    let key_column = if is_subject {
        registry.subject.primary_key.first()
    } else {
        registry
            .personal_data_for(table)
            .and_then(|p| p.primary_key.first())
    }
    .ok_or_else(|| Error::config(format!("the registry gives {table} no primary key")))?
    .clone();
    let key_type = store::column_type(client, table, &key_column)
        .await?
        .ok_or_else(|| {
            Error::config(format!(
                "{table}.{key_column}, named by the registry, does not exist"
            ))
            .with_hint("`idctl db check` compares the registry with the database")
        })?;
    let Some(key) = key else {
        return Ok(Err(EntityProblem::MalformedKey));
    };
    match key_fits(&key_type, key) {
        Ok(true) => Ok(Ok(Entity {
            table: table.to_string(),
            key: key.to_string(),
            key_column,
            key_type,
            is_subject,
        })),
        Ok(false) => Ok(Err(EntityProblem::MalformedKey)),
        Err(p) => Ok(Err(p)),
    }
}

// ------------------------------------------------------------------------------------------------
// Plans
// ------------------------------------------------------------------------------------------------

/// What a step does to its table's rows of the entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepAction {
    Erase,
    Anonymize,
    Retain,
}

impl StepAction {
    pub fn as_str(self) -> &'static str {
        match self {
            StepAction::Erase => "erase",
            StepAction::Anonymize => "anonymize",
            StepAction::Retain => "retain",
        }
    }
}

/// One table of a plan, in execution order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanStep {
    pub table: String,
    pub action: StepAction,
    /// Rows the step will change (erase, anonymize) or keep (retain).
    pub rows: i64,
    pub category: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_years: Option<u32>,
    /// Retained rows: when their retention ends (from the erasure; an estimate before the run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retain_until: Option<DateTime<Utc>>,
}

/// What happens to the subject's own row at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tombstone {
    /// Not a subject job.
    None,
    /// Kept, anonymized, marked deleted (soft deletion, or retained rows still reference it).
    Kept,
    /// Removed at the end if nothing references it any more (hard deletion, purge).
    RemovedIfUnreferenced,
    /// None kept: the registry erases the subject's own row (a schema without a `deleted_at` to
    /// mark a tombstone, e.g. seed 003's), so a soft and a hard deletion end alike.
    Erased,
}

/// A job's plan: the steps in execution order and their hash.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Plan {
    pub entity_table: String,
    pub kind: JobKind,
    pub hard: bool,
    pub steps: Vec<PlanStep>,
    pub tombstone: Tombstone,
    /// SHA-256 of (table, action, rows) of every step, in order.
    pub hash: String,
}

fn plan_hash(steps: &[PlanStep]) -> String {
    let mut h = Sha256::new();
    for s in steps {
        h.update(format!("{}\t{}\t{}\n", s.table, s.action.as_str(), s.rows).as_bytes());
    }
    hex::encode(h.finalize())
}

/// A step of the plan with what the runner needs.
struct Step<'r> {
    entry: &'r PersonalData,
    action: StepAction,
    selector: Selector,
}

/// Which rows of `p`'s table belong to the entity: the link chain up to the entity's table, as a
/// selector. `None` when the table is not linked to the entity. Shared with `ops::privacy`.
pub(crate) fn selector_for(
    registry: &Registry,
    entity: &Entity,
    p: &PersonalData,
) -> Result<Option<Selector>> {
    let Some(chain) = registry.link_chain(&p.table) else {
        return Ok(None);
    };
    // The part of the chain up to (and including) the entity's table.
    let upto = if entity.is_subject {
        chain.len()
    } else {
        match chain.iter().position(|c| c.table == entity.table) {
            Some(i) => i + 1,
            None => return Ok(None),
        }
    };
    let chain = &chain[..upto];
    let mut hops = Vec::new();
    for pair in chain.windows(2) {
        let (child, parent) = (pair[0], pair[1]);
        let column = child
            .link
            .as_ref()
            .map(|l| l.column.clone())
            .unwrap_or_default();
        let parent_key = parent.primary_key.first().cloned().ok_or_else(|| {
            Error::config(format!(
                "the registry gives {} no primary key",
                parent.table
            ))
        })?;
        hops.push(Hop {
            column,
            parent_table: parent.table.clone(),
            parent_key,
        });
    }
    let last = chain[chain.len() - 1];
    let root_column = if entity.is_subject {
        last.link
            .as_ref()
            .map(|l| l.column.clone())
            .unwrap_or_default()
    } else {
        entity.key_column.clone()
    };
    Ok(Some(Selector {
        table: p.table.clone(),
        hops,
        root_column,
        key_type: entity.key_type.clone(),
    }))
}

/// The entries an entity's job covers, with their selectors, in execution order (children first,
/// from the database's foreign keys).
fn steps_for<'r>(
    registry: &'r Registry,
    entity: &Entity,
    kind: JobKind,
    retention_over: &dyn Fn(&PersonalData) -> bool,
    fks: &[ForeignKey],
) -> Result<Vec<Step<'r>>> {
    let mut steps = Vec::new();
    for p in &registry.personal_data {
        let Some(selector) = selector_for(registry, entity, p)? else {
            continue;
        };
        let action = match kind {
            JobKind::Erase if !entity.is_subject => StepAction::Erase,
            JobKind::Erase => match p.deletion {
                DeletionAction::Erase => StepAction::Erase,
                DeletionAction::Anonymize => StepAction::Anonymize,
                DeletionAction::Retain => StepAction::Retain,
            },
            // A purge removes what the erasure retained once its retention is over; the
            // tombstone is handled at the end.
            JobKind::Purge => match p.deletion {
                DeletionAction::Retain if retention_over(p) => StepAction::Erase,
                DeletionAction::Retain => StepAction::Retain,
                _ => continue,
            },
        };
        if p.table == registry.subject.table && kind == JobKind::Purge {
            continue;
        }
        steps.push(Step {
            entry: p,
            action,
            selector,
        });
    }
    order_children_first(steps, registry, entity, fks)
}

/// Sorts steps so that every table comes before the tables it references (Kahn's algorithm, ties
/// in registry order); checks that no unclassified table references a table whose rows go.
fn order_children_first<'r>(
    steps: Vec<Step<'r>>,
    registry: &Registry,
    entity: &Entity,
    fks: &[ForeignKey],
) -> Result<Vec<Step<'r>>> {
    let in_plan: BTreeSet<&str> = steps.iter().map(|s| s.entry.table.as_str()).collect();
    // Tables whose rows are deleted (the subject's row may be, at the end of a hard deletion).
    let mut losing: BTreeSet<&str> = steps
        .iter()
        .filter(|s| s.action == StepAction::Erase)
        .map(|s| s.entry.table.as_str())
        .collect();
    losing.insert(entity.table.as_str());
    for fk in fks {
        if losing.contains(fk.to_table.as_str())
            && registry.personal_data_for(&fk.from_table).is_none()
        {
            return Err(Error::config(format!(
                "table {} references {} (constraint {}) but the registry does not classify it: \
                 idctl cannot tell whether its rows are personal data or how to erase them",
                fk.from_table, fk.to_table, fk.name
            ))
            .with_hint(
                "add a [[personal_data]] entry for it (docs/REGISTRY.md); nothing was changed",
            ));
        }
    }
    // Edges child -> parent among the plan's tables (self-references do not order anything).
    let mut parents: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for fk in fks {
        if fk.from_table != fk.to_table
            && in_plan.contains(fk.from_table.as_str())
            && in_plan.contains(fk.to_table.as_str())
        {
            parents
                .entry(fk.to_table.as_str())
                .or_default()
                .insert(fk.from_table.as_str());
        }
    }
    // parents[t] = tables referencing t (its children): t may go once they all went.
    let mut remaining: Vec<Step<'r>> = steps;
    let mut done: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    while !remaining.is_empty() {
        let ready = remaining.iter().position(|s| {
            parents
                .get(s.entry.table.as_str())
                .is_none_or(|children| children.iter().all(|c| done.contains(*c)))
        });
        match ready {
            Some(i) => {
                let s = remaining.remove(i);
                done.insert(s.entry.table.clone());
                out.push(s);
            }
            None => {
                let names: Vec<&str> = remaining.iter().map(|s| s.entry.table.as_str()).collect();
                return Err(Error::config(format!(
                    "the foreign keys between {} form a cycle: idctl cannot order their deletion",
                    names.join(", ")
                ))
                .with_hint("nothing was changed; break the cycle or delete these rows by hand"));
            }
        }
    }
    Ok(out)
}

/// Counts the rows of every step.
/// How a large step is worked through.
enum Work {
    /// By the rows' addresses, listed once (a few of the table's rows are the subject's).
    Rows(std::collections::VecDeque<store::RowId>),
    /// By ranges of blocks (most of the table's rows are the subject's: listing them would read
    /// the table twice).
    Blocks { next: i64, end: i64, per_batch: i64 },
}

/// For a table where `expected` rows are at least a fifth of its estimated rows: its size in
/// blocks and how many blocks hold about `batch` rows. `None` when an index lookup is the better
/// way (or the table was never analyzed).
async fn dense_blocks(
    client: &impl GenericClient,
    table: &str,
    expected: i64,
    batch: i64,
) -> Result<Option<(i64, i64)>> {
    let (pages, tuples) = store::table_size(client, table).await?;
    if pages <= 0 || tuples <= 0.0 || (expected as f64) * 5.0 < tuples {
        return Ok(None);
    }
    let per_block = (tuples / pages as f64).max(1.0);
    Ok(Some((pages, ((batch as f64 / per_block) as i64).max(1))))
}

/// Counts the rows of every step. A step expected to be large (`list_over`: the stored plan's
/// count above the batch size) has its rows' addresses listed instead, which counts them too and
/// spares the run a second read of the table (`addresses`).
async fn count_steps(
    client: &impl GenericClient,
    steps: &[Step<'_>],
    entity: &Entity,
    retention_from: DateTime<Utc>,
    large: &dyn Fn(&str) -> Option<i64>,
    addresses: &mut HashMap<String, Vec<store::RowId>>,
) -> Result<Vec<PlanStep>> {
    let mut out = Vec::new();
    for s in steps {
        let columns = (s.action == StepAction::Anonymize).then_some(s.entry.anonymize.as_slice());
        let listed = match large(&s.entry.table) {
            Some(expected) if s.action != StepAction::Retain => {
                // A table mostly made of the subject's rows goes by blocks, not by addresses.
                dense_blocks(client, &s.entry.table, expected, 1)
                    .await?
                    .is_none()
            }
            _ => false,
        };
        let rows = if listed {
            let ids = store::row_ids(client, &s.selector, &entity.key, columns).await?;
            let n = ids.len() as i64;
            addresses.insert(s.entry.table.clone(), ids);
            n
        } else {
            store::count(client, &s.selector, &entity.key, columns).await?
        };
        let retain_until = (s.action == StepAction::Retain)
            .then_some(s.entry.retention_years)
            .flatten()
            .and_then(|y| retention_from.checked_add_months(chrono::Months::new(12 * y)));
        out.push(PlanStep {
            table: s.entry.table.clone(),
            action: s.action,
            rows,
            category: s.entry.category.as_str().to_string(),
            reason: s.entry.reason.clone(),
            retention_years: s.entry.retention_years,
            retain_until,
        });
    }
    Ok(out)
}

fn tombstone_of(registry: &Registry, entity: &Entity, kind: JobKind, hard: bool) -> Tombstone {
    let subject_erased = registry
        .personal_data_for(&entity.table)
        .is_some_and(|p| p.deletion == DeletionAction::Erase);
    match (entity.is_subject, kind, hard) {
        (false, _, _) => Tombstone::None,
        (true, _, _) if subject_erased => Tombstone::Erased,
        (true, JobKind::Purge, _) | (true, JobKind::Erase, true) => {
            Tombstone::RemovedIfUnreferenced
        }
        (true, JobKind::Erase, false) => Tombstone::Kept,
    }
}

/// Everything a plan needs from the database, computed once.
struct Planned<'r> {
    steps: Vec<Step<'r>>,
    plan: Plan,
    fks: Vec<ForeignKey>,
    /// Row addresses of the large steps, listed while counting (run only).
    addresses: HashMap<String, Vec<store::RowId>>,
}

/// When a retained table's retention ends, for a purge: from the end of the erasure it follows.
fn retention_check(erased_at: Option<DateTime<Utc>>) -> impl Fn(&PersonalData) -> bool {
    move |p: &PersonalData| match (erased_at, p.retention_years) {
        (Some(at), Some(y)) => at
            .checked_add_months(chrono::Months::new(12 * y))
            .is_some_and(|end| end <= Utc::now()),
        _ => false,
    }
}

/// Log rows the revocation bundle would write now, per log table.
async fn pending_revocation_logs<'r>(
    client: &impl GenericClient,
    registry: &'r Registry,
    entity: &Entity,
) -> Result<HashMap<&'r str, i64>> {
    let mut out = HashMap::new();
    if registry.access.iter().all(|a| a.log.is_none()) {
        return Ok(out);
    }
    let accounts = Accounts::for_subject(client, registry).await?;
    let keys = vec![entity.key.clone()];
    for grant in &registry.access {
        if let Some(log) = &grant.log {
            let n: i64 = accounts
                .count_live(client, grant, &keys)
                .await?
                .values()
                .sum();
            *out.entry(log.table.as_str()).or_default() += n;
        }
    }
    Ok(out)
}

/// Which plan: the job's kind and mode, when the erasure a purge follows ended, and whether the
/// run already revoked access.
struct PlanFor {
    kind: JobKind,
    hard: bool,
    erased_at: Option<DateTime<Utc>>,
    access_revoked: bool,
    /// For a run: the stored plan's rows per table and the batch size; larger steps are listed.
    list_large: Option<(HashMap<String, i64>, i64)>,
}

async fn compute_plan<'r>(
    client: &impl GenericClient,
    registry: &'r Registry,
    entity: &Entity,
    what: PlanFor,
    fks: Vec<ForeignKey>,
) -> Result<Planned<'r>> {
    let PlanFor {
        kind,
        hard,
        erased_at,
        access_revoked,
        list_large,
    } = what;
    let over = retention_check(erased_at);
    let steps = steps_for(registry, entity, kind, &over, &fks)?;
    let mut addresses = HashMap::new();
    let large = |table: &str| {
        list_large
            .as_ref()
            .and_then(|(hint, batch)| hint.get(table).filter(|n| *n > batch).copied())
    };
    let mut counted = count_steps(
        client,
        &steps,
        entity,
        erased_at.unwrap_or_else(Utc::now),
        &large,
        &mut addresses,
    )
    .await?;
    if entity.is_subject && kind == JobKind::Erase && !access_revoked {
        // The run's first transaction revokes access, and each revocation writes a log row (the
        // registry's `[[access]] log`) about the subject: the plan counts those rows too, so that
        // it stays exact and a resumed run does not see them as growth.
        let logs = pending_revocation_logs(client, registry, entity).await?;
        for step in &mut counted {
            step.rows += logs.get(step.table.as_str()).copied().unwrap_or(0);
        }
    }
    let plan = Plan {
        entity_table: entity.table.clone(),
        kind,
        hard,
        hash: plan_hash(&counted),
        steps: counted,
        tombstone: tombstone_of(registry, entity, kind, hard),
    };
    Ok(Planned {
        steps,
        plan,
        fks,
        addresses,
    })
}

/// A step whose row count grew beyond the stored plan's.
#[derive(Debug, Clone, Serialize)]
pub struct PlanGrowth {
    pub table: String,
    pub action: StepAction,
    pub planned: i64,
    pub now: i64,
}

fn growth(stored: &Plan, now: &Plan) -> Vec<PlanGrowth> {
    let before: HashMap<(&str, StepAction), i64> = stored
        .steps
        .iter()
        .map(|s| ((s.table.as_str(), s.action), s.rows))
        .collect();
    now.steps
        .iter()
        .filter_map(|s| {
            let planned = before
                .get(&(s.table.as_str(), s.action))
                .copied()
                .unwrap_or(0);
            (s.rows > planned).then(|| PlanGrowth {
                table: s.table.clone(),
                action: s.action,
                planned,
                now: s.rows,
            })
        })
        .collect()
}

// ------------------------------------------------------------------------------------------------
// Preconditions
// ------------------------------------------------------------------------------------------------

/// The registry's tables and columns a deletion uses must match the live database.
async fn preconditions(client: &impl GenericClient, registry: &Registry) -> Result<()> {
    let problems: Vec<_> = crate::store::catalogue::check(registry, client)
        .await?
        .into_iter()
        .filter(|p| {
            registry.personal_data_for(&p.table).is_some() || p.table == registry.subject.table
        })
        .filter(|p| !p.problem.contains("credential-looking"))
        .collect();
    crate::registry::mismatch(&problems)
}

/// Refusals for a subject: the operator themself, or the last holder of users.manage. The subject's
/// operator rows are found through the registry's `[operators]` (on the built-in schema the
/// operator *is* the subject row).
async fn guard(
    client: &impl GenericClient,
    registry: &Registry,
    actor: &Actor,
    entity: &Entity,
) -> Result<Option<String>> {
    if !entity.is_subject {
        return Ok(None);
    }
    let operators = registry.operators();
    let operator_ids: Vec<i64> =
        rbac::operators_of_subjects(client, &operators, std::slice::from_ref(&entity.key))
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
    if operator_ids.contains(&actor.id) {
        return Ok(Some(
            "that is you (the operator running this command); --force to delete yourself".into(),
        ));
    }
    let holders =
        rbac::active_holders(client, &operators, crate::ops::users::GUARDED_PERMISSION).await?;
    if holders.len() == 1 && operator_ids.contains(&holders[0]) {
        return Ok(Some(format!(
            "the last active operator with {} (nobody could administer idctl); --force to delete anyway",
            crate::ops::users::GUARDED_PERMISSION
        )));
    }
    Ok(None)
}

// ------------------------------------------------------------------------------------------------
// schedule / plan / list / show
// ------------------------------------------------------------------------------------------------

/// A deletion request.
pub struct ScheduleRequest<'a> {
    pub table: &'a str,
    pub key: &'a str,
    pub hard: bool,
    pub at: DateTime<Utc>,
    pub reason: &'a str,
    pub force: bool,
    pub actor: &'a Actor,
}

/// What `deletion schedule` and `deletion plan` report.
#[derive(Debug, Clone, Serialize)]
pub struct JobPlan {
    pub job_id: Option<i64>,
    pub entity_table: String,
    pub entity_pk: String,
    pub hard: bool,
    pub kind: JobKind,
    pub status: Option<JobStatus>,
    pub scheduled_at: Option<DateTime<Utc>>,
    pub plan_hash: String,
    /// `deletion plan`: whether the plan now differs from the one stored with the job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stored_plan_hash: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grown: Vec<PlanGrowth>,
    pub tombstone: Tombstone,
    pub steps: Vec<PlanStep>,
}

pub async fn schedule(
    db: &Database,
    registry: &Registry,
    req: &ScheduleRequest<'_>,
) -> Result<JobPlan> {
    let mut client = db.client().await?;
    preconditions(&**client, registry).await?;
    let entity = match parse_entity(&**client, registry, Some(req.table), Some(req.key)).await? {
        Ok(e) => e,
        Err(EntityProblem::UnknownTable) => {
            return Err(Error::usage(format!(
                "{} is not an entity the registry declares deletable (deletable: {})",
                crate::error::quoted_short(req.table, 64),
                deletable_tables(registry).join(", ")
            ))
            .with_hint("`deletable = true` on a [[personal_data]] entry makes a table deletable"));
        }
        Err(p) => {
            return Err(Error::usage(format!(
                "{} is not a valid key of {}: {}",
                crate::error::quoted_short(req.key, 64),
                req.table,
                p.message(registry)
            )));
        }
    };
    if !entity.is_subject && !req.hard {
        return Err(Error::usage(format!(
            "{} rows have no soft deletion (only the subject has a tombstone): pass --hard",
            entity.table
        )));
    }
    if !req.force
        && let Some(why) = guard(&**client, registry, req.actor, &entity).await?
    {
        return Err(Error::data(format!("refused: {why}")));
    }
    let tx = client.transaction().await?;
    // The entity must exist (and not vanish before the insert).
    let exists = store::count(&*tx, &entity.own_row(), &entity.key, None).await?;
    if exists == 0 {
        return Err(Error::data(format!(
            "no {} row with key {}",
            entity.table, entity.key
        )));
    }
    let open = store::open_jobs_for(&*tx, &entity.table, &entity.key).await?;
    if let Some(first) = open.first() {
        return Err(Error::data(format!(
            "deletion job {first} for this entity is not finished yet"
        ))
        .with_hint(format!(
            "`idctl deletion show {first}`; cancel it first to schedule another"
        )));
    }
    let fks = store::foreign_keys(&*tx).await?;
    let planned = compute_plan(
        &*tx,
        registry,
        &entity,
        PlanFor {
            kind: JobKind::Erase,
            hard: req.hard,
            erased_at: None,
            access_revoked: false,
            list_large: None,
        },
        fks,
    )
    .await?;
    let plan_json =
        serde_json::to_value(&planned.plan).map_err(|e| Error::internal(format!("plan: {e}")))?;
    let id = store::insert_job(
        &*tx,
        &NewJob {
            kind: JobKind::Erase,
            parent_id: None,
            entity_table: &entity.table,
            entity_pk: &entity.key,
            hard: req.hard,
            reason: req.reason,
            scheduled_at: req.at,
            created_by: Some(req.actor.id),
            plan: Some(plan_json),
            plan_hash: Some(&planned.plan.hash),
        },
    )
    .await?;
    store::audit(
        &*tx,
        Some(req.actor.id),
        id,
        "deletion_scheduled",
        &serde_json::json!({
            "entity_table": entity.table, "entity_pk": entity.key, "hard": req.hard,
            "scheduled_at": req.at, "reason": req.reason, "plan_hash": planned.plan.hash,
            "rows": planned.plan.steps.iter().map(|s| (s.table.clone(), s.rows)).collect::<BTreeMap<_, _>>(),
        }),
    )
    .await?;
    tx.commit().await?;
    Ok(JobPlan {
        job_id: Some(id),
        entity_table: entity.table,
        entity_pk: entity.key,
        hard: req.hard,
        kind: JobKind::Erase,
        status: Some(JobStatus::Scheduled),
        scheduled_at: Some(req.at),
        plan_hash: planned.plan.hash,
        stored_plan_hash: None,
        grown: vec![],
        tombstone: planned.plan.tombstone,
        steps: planned.plan.steps,
    })
}

/// The job's entity, parsed; a stored table or key that does not parse is a data error (65).
async fn job_entity(
    client: &impl GenericClient,
    registry: &Registry,
    job: &JobRow,
) -> Result<Entity> {
    parse_entity(
        client,
        registry,
        job.entity_table.as_deref(),
        job.entity_pk.as_deref(),
    )
    .await?
    .map_err(|p| Error::data(format!("deletion job {}: {}", job.id, p.message(registry))))
}

/// The job's checkpoint (empty if it does not parse: steps re-find their rows anyway).
fn checkpoint_of(job: &JobRow) -> Checkpoint {
    serde_json::from_value(job.checkpoint.clone()).unwrap_or_default()
}

/// The job's stored plan, if it parses.
fn stored_plan(job: &JobRow) -> Option<Plan> {
    job.plan
        .as_ref()
        .and_then(|p| serde_json::from_value::<Plan>(p.clone()).ok())
}

/// When the erasure a purge follows ended.
async fn erased_at(client: &impl GenericClient, job: &JobRow) -> Result<Option<DateTime<Utc>>> {
    match (job.kind, job.parent_id) {
        (JobKind::Purge, Some(parent)) => Ok(store::get_job(client, parent, false)
            .await?
            .and_then(|p| p.finished_at)),
        _ => Ok(None),
    }
}

/// `deletion plan <id>`: the plan as it stands now, against the stored one.
pub async fn plan(db: &Database, registry: &Registry, id: i64) -> Result<JobPlan> {
    let client = db.client().await?;
    let job = require_job(&**client, id).await?;
    preconditions(&**client, registry).await?;
    let entity = job_entity(&**client, registry, &job).await?;
    let at = erased_at(&**client, &job).await?;
    let revoked = checkpoint_of(&job).access_revoked;
    let fks = store::foreign_keys(&**client).await?;
    let planned = compute_plan(
        &**client,
        registry,
        &entity,
        PlanFor {
            kind: job.kind,
            hard: job.hard,
            erased_at: at,
            access_revoked: revoked,
            list_large: None,
        },
        fks,
    )
    .await?;
    let grown = stored_plan(&job)
        .map(|s| growth(&s, &planned.plan))
        .unwrap_or_default();
    Ok(JobPlan {
        job_id: Some(id),
        entity_table: entity.table,
        entity_pk: entity.key,
        hard: job.hard,
        kind: job.kind,
        status: Some(job.status),
        scheduled_at: job.scheduled_at,
        plan_hash: planned.plan.hash,
        stored_plan_hash: job.plan_hash.clone(),
        grown,
        tombstone: planned.plan.tombstone,
        steps: planned.plan.steps,
    })
}

/// The job, its row locked until the transaction ends (hold, release, cancel).
async fn locked_job(client: &impl GenericClient, id: i64) -> Result<JobRow> {
    store::get_job(client, id, true).await?.ok_or_else(|| {
        Error::data(format!("no deletion job {id}")).with_hint("`idctl deletion list`")
    })
}

async fn require_job(client: &impl GenericClient, id: i64) -> Result<JobRow> {
    store::get_job(client, id, false).await?.ok_or_else(|| {
        Error::data(format!("no deletion job {id}")).with_hint("`idctl deletion list`")
    })
}

pub async fn list(db: &Database, status: Option<JobStatus>, limit: i64) -> Result<Vec<JobRow>> {
    let client = db.client().await?;
    store::list_jobs(&**client, status, limit).await
}

pub async fn show(db: &Database, id: i64) -> Result<JobRow> {
    let client = db.client().await?;
    require_job(&**client, id).await
}

// ------------------------------------------------------------------------------------------------
// hold / release / cancel
// ------------------------------------------------------------------------------------------------

/// What a state change did.
#[derive(Debug, Clone, Serialize)]
pub struct StateChange {
    pub job_id: i64,
    pub from: JobStatus,
    pub to: JobStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked_reason: Option<BlockedReason>,
}

pub async fn hold(db: &Database, actor: &Actor, id: i64, reason: &str) -> Result<StateChange> {
    let mut client = db.client().await?;
    let tx = client.transaction().await?;
    let job = locked_job(&*tx, id).await?;
    match job.status {
        JobStatus::Completed | JobStatus::Cancelled => {
            return Err(Error::data(format!(
                "deletion job {id} is {}: there is nothing left to hold",
                job.status.as_str()
            )));
        }
        JobStatus::Blocked if job.blocked_reason == Some(BlockedReason::LegalHold) => {
            return Err(Error::data(format!(
                "deletion job {id} is already on hold ({})",
                job.hold_reason.as_deref().unwrap_or("no reason recorded")
            )));
        }
        _ => {}
    }
    store::hold_job(&*tx, id, actor.id, reason).await?;
    store::audit(
        &*tx,
        Some(actor.id),
        id,
        "deletion_held",
        &serde_json::json!({"from": job.status, "reason": reason}),
    )
    .await?;
    tx.commit().await?;
    Ok(StateChange {
        job_id: id,
        from: job.status,
        to: JobStatus::Blocked,
        blocked_reason: Some(BlockedReason::LegalHold),
    })
}

pub async fn release(db: &Database, actor: &Actor, id: i64) -> Result<StateChange> {
    let mut client = db.client().await?;
    let tx = client.transaction().await?;
    let job = locked_job(&*tx, id).await?;
    if job.status != JobStatus::Blocked || job.blocked_reason != Some(BlockedReason::LegalHold) {
        return Err(Error::data(format!(
            "deletion job {id} is not on hold (status {})",
            job.status.as_str()
        )));
    }
    store::release_job(&*tx, id).await?;
    store::audit(
        &*tx,
        Some(actor.id),
        id,
        "deletion_released",
        &serde_json::json!({"hold_reason": job.hold_reason, "held_by": job.held_by}),
    )
    .await?;
    tx.commit().await?;
    Ok(StateChange {
        job_id: id,
        from: JobStatus::Blocked,
        to: JobStatus::Scheduled,
        blocked_reason: None,
    })
}

pub async fn cancel(db: &Database, actor: &Actor, id: i64) -> Result<StateChange> {
    let mut client = db.client().await?;
    let tx = client.transaction().await?;
    let job = locked_job(&*tx, id).await?;
    if job.status.is_final() {
        return Err(Error::data(format!(
            "deletion job {id} is already {}",
            job.status.as_str()
        )));
    }
    store::cancel_job(&*tx, id, actor.id).await?;
    store::audit(
        &*tx,
        Some(actor.id),
        id,
        "deletion_cancelled",
        &serde_json::json!({"from": job.status, "checkpoint": job.checkpoint}),
    )
    .await?;
    tx.commit().await?;
    Ok(StateChange {
        job_id: id,
        from: job.status,
        to: JobStatus::Cancelled,
        blocked_reason: None,
    })
}

// ------------------------------------------------------------------------------------------------
// run
// ------------------------------------------------------------------------------------------------

/// Options of `deletion run`.
pub struct RunOptions<'a> {
    pub actor: &'a Actor,
    pub batch_size: i64,
    pub deadline: Option<Instant>,
    pub accept_new_plan: bool,
    pub force: bool,
    /// Runs a job scheduled for later now (`--id` only).
    pub now: bool,
    /// Asked before a hard deletion starts; an error skips the job.
    pub confirm: &'a (dyn Fn(&JobRow) -> Result<()> + Sync),
}

/// How one job's run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RunOutcome {
    Completed,
    /// Nothing to do: the job had completed before.
    AlreadyCompleted,
    /// Stopped at the deadline, checkpointed; the next run continues.
    Paused,
    Blocked,
    Failed,
    /// Held or cancelled while it ran: stopped at the next batch.
    Stopped,
    /// Not confirmed (hard deletion without `--yes` or a terminal): not started.
    NotConfirmed,
    /// Scheduled for later (`--now` runs it anyway).
    NotDue,
    Cancelled,
}

impl RunOutcome {
    pub fn is_problem(self) -> bool {
        matches!(
            self,
            RunOutcome::Blocked
                | RunOutcome::Failed
                | RunOutcome::NotConfirmed
                | RunOutcome::Cancelled
        )
    }
}

/// Rows a step changed in this job (all runs).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Checkpoint {
    #[serde(default)]
    pub access_revoked: bool,
    #[serde(default)]
    pub revoked: BTreeMap<String, i64>,
    /// Rows changed per table.
    #[serde(default)]
    pub rows: BTreeMap<String, i64>,
    /// Tables finished.
    #[serde(default)]
    pub done: Vec<String>,
    /// Tables worked through by block ranges: the next block (a resumed run starts there).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub blocks: BTreeMap<String, i64>,
}

/// One job's run.
#[derive(Debug, Clone, Serialize)]
pub struct JobRun {
    pub job_id: i64,
    pub outcome: RunOutcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub rows: BTreeMap<String, i64>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub revoked: BTreeMap<String, i64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grown: Vec<PlanGrowth>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up_job: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tombstone_removed: Option<bool>,
    pub seconds: f64,
    /// The longest single batch transaction, in milliseconds.
    pub longest_transaction_ms: f64,
}

/// A runner's identity: host and pid, for `deletion show`.
fn runner_name() -> String {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "localhost".into());
    format!("{host}:{}", std::process::id())
}

/// What every job of one `deletion run` shares: checked once, before the first job.
struct Shared {
    fks: Vec<ForeignKey>,
}

/// The registry against the live schema (before anything changes), and the foreign keys.
async fn prepare(db: &Database, registry: &Registry) -> Result<Shared> {
    let client = db.client().await?;
    preconditions(&**client, registry).await?;
    Ok(Shared {
        fks: store::foreign_keys(&**client).await?,
    })
}

/// `deletion run --id N`.
pub async fn run_one(
    db: &Database,
    registry: &Registry,
    id: i64,
    opts: &RunOptions<'_>,
) -> Result<JobRun> {
    let lock = db.dedicated().await?;
    let key = store::job_lock_key(id);
    crate::db::locks::try_session_lock(&lock, key, &format!("deletion job {id}")).await?;
    let shared = prepare(db, registry).await;
    let out = match shared {
        Ok(shared) => run_locked(db, registry, &lock, id, opts, true, &shared).await,
        Err(e) => Err(e),
    };
    // Closing the dedicated connection right after releases the lock too, so a failed unlock
    // changes nothing; the run's own result is what matters.
    let _ = crate::db::locks::session_unlock(&lock, key).await;
    out
}

/// `deletion run --due`: every job whose time has come, one after another, skipping those another
/// runner holds.
pub async fn run_due(
    db: &Database,
    registry: &Registry,
    opts: &RunOptions<'_>,
) -> Result<Vec<JobRun>> {
    let lock = db.dedicated().await?;
    let shared = prepare(db, registry).await?;
    let mut out = Vec::new();
    let ids = {
        let client = db.client().await?;
        store::due_job_ids(&**client).await?
    };
    for id in ids {
        if opts.deadline.is_some_and(|d| Instant::now() >= d) {
            break;
        }
        let key = store::job_lock_key(id);
        let got = crate::db::locks::try_session(&lock, key).await?;
        if !got {
            continue; // another runner has it
        }
        let r = run_locked(db, registry, &lock, id, opts, false, &shared).await;
        crate::db::locks::session_unlock(&lock, key).await?;
        let r = r?;
        let stop = r.outcome == RunOutcome::Paused;
        out.push(r);
        if stop {
            break;
        }
    }
    Ok(out)
}

fn report(id: i64, outcome: RunOutcome, message: Option<String>, started: Instant) -> JobRun {
    JobRun {
        job_id: id,
        outcome,
        message,
        rows: BTreeMap::new(),
        revoked: BTreeMap::new(),
        grown: vec![],
        follow_up_job: None,
        tombstone_removed: None,
        seconds: started.elapsed().as_secs_f64(),
        longest_transaction_ms: 0.0,
    }
}

/// Fails the job (status, error, audit row) and reports it: the job cannot run as it stands.
async fn fail_job(
    db: &Database,
    actor: &Actor,
    id: i64,
    msg: String,
    detail: serde_json::Value,
    started: Instant,
) -> Result<JobRun> {
    end_job(db, actor, id, JobStatus::Failed, None, &msg, detail).await?;
    Ok(report(id, RunOutcome::Failed, Some(msg), started))
}

/// Ends a job as failed (or blocked) with an audit row, in one transaction.
async fn end_job(
    db: &Database,
    actor: &Actor,
    id: i64,
    status: JobStatus,
    blocked: Option<BlockedReason>,
    error: &str,
    extra: serde_json::Value,
) -> Result<()> {
    let mut client = db.client().await?;
    let tx = client.transaction().await?;
    store::finish_job(&*tx, id, status, blocked, Some(error), None).await?;
    let change = match status {
        JobStatus::Blocked => "deletion_blocked",
        _ => "deletion_failed",
    };
    store::audit(
        &*tx,
        Some(actor.id),
        id,
        change,
        &serde_json::json!({"error": error, "detail": extra}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn run_locked(
    db: &Database,
    registry: &Registry,
    lock: &tokio_postgres::Client,
    id: i64,
    opts: &RunOptions<'_>,
    explicit: bool,
    shared: &Shared,
) -> Result<JobRun> {
    let started = Instant::now();
    let lock_pid = crate::store::server::backend_pid(lock).await?;
    let client = db.client().await?;
    let job = require_job(&**client, id).await?;
    // Where the job stands decides whether this run may touch it.
    match (job.status, job.blocked_reason) {
        (JobStatus::Completed, _) => {
            return Ok(report(id, RunOutcome::AlreadyCompleted, None, started));
        }
        (JobStatus::Cancelled, _) => {
            return Ok(report(
                id,
                RunOutcome::Cancelled,
                Some("the job was cancelled".into()),
                started,
            ));
        }
        (JobStatus::Blocked, Some(BlockedReason::PlanChanged)) if opts.accept_new_plan => {}
        (JobStatus::Blocked, reason) => {
            let msg = match reason {
                Some(BlockedReason::PlanChanged) => {
                    "blocked: the plan changed since it was scheduled; check `idctl deletion plan` and run with --accept-new-plan".to_string()
                }
                _ => format!(
                    "on legal hold by user {} since {}: {}",
                    job.held_by.map_or("?".into(), |u| u.to_string()),
                    job.held_at.map_or("?".into(), |t| t.to_rfc3339()),
                    job.hold_reason.as_deref().unwrap_or("no reason recorded")
                ),
            };
            return Ok(report(id, RunOutcome::Blocked, Some(msg), started));
        }
        (JobStatus::Failed, _) if !explicit => {
            return Ok(report(id, RunOutcome::Failed, job.error.clone(), started));
        }
        (JobStatus::Scheduled, _)
            if !opts.now && job.scheduled_at.is_some_and(|t| t > Utc::now()) =>
        {
            return Ok(report(
                id,
                RunOutcome::NotDue,
                Some(format!(
                    "scheduled for {}; --now runs it early",
                    job.scheduled_at.map(|t| t.to_rfc3339()).unwrap_or_default()
                )),
                started,
            ));
        }
        _ => {}
    }
    let entity = match parse_entity(
        &**client,
        registry,
        job.entity_table.as_deref(),
        job.entity_pk.as_deref(),
    )
    .await?
    {
        Ok(e) => e,
        Err(problem) => {
            let msg = problem.message(registry);
            return fail_job(
                db,
                opts.actor,
                id,
                msg,
                serde_json::json!({ "problem": problem }),
                started,
            )
            .await;
        }
    };
    let at = erased_at(&**client, &job).await?;
    let revoked = checkpoint_of(&job).access_revoked;
    let hint: HashMap<String, i64> = stored_plan(&job)
        .map(|p| p.steps.into_iter().map(|s| (s.table, s.rows)).collect())
        .unwrap_or_default();
    let mut planned = match compute_plan(
        &**client,
        registry,
        &entity,
        PlanFor {
            kind: job.kind,
            hard: job.hard,
            erased_at: at,
            access_revoked: revoked,
            list_large: Some((hint, opts.batch_size.max(1))),
        },
        shared.fks.clone(),
    )
    .await
    {
        Ok(p) => p,
        Err(e) if e.kind() == crate::error::ErrorKind::Config => {
            // The schema's shape (a cycle, an unclassified table) makes this job impossible.
            let msg = e.message().to_string();
            return fail_job(db, opts.actor, id, msg, serde_json::json!({}), started).await;
        }
        Err(e) => return Err(e),
    };
    // A plan that grew stops the run before anything changes.
    let grown = stored_plan(&job)
        .map(|s| growth(&s, &planned.plan))
        .unwrap_or_default();
    if !grown.is_empty() && !opts.accept_new_plan {
        let msg = format!(
            "plan_changed: {} (the plan was {}); `idctl deletion plan {id}` shows it, --accept-new-plan runs it",
            grown
                .iter()
                .map(|g| format!(
                    "{} {} {} -> {}",
                    g.table,
                    g.action.as_str(),
                    g.planned,
                    g.now
                ))
                .collect::<Vec<_>>()
                .join(", "),
            job.plan_hash
                .as_deref()
                .unwrap_or("?")
                .get(..12)
                .unwrap_or("?")
        );
        end_job(
            db,
            opts.actor,
            id,
            JobStatus::Blocked,
            Some(BlockedReason::PlanChanged),
            &msg,
            serde_json::json!({ "grown": grown }),
        )
        .await?;
        let mut r = report(id, RunOutcome::Blocked, Some(msg), started);
        r.grown = grown;
        return Ok(r);
    }
    if !opts.force
        && let Some(why) = guard(&**client, registry, opts.actor, &entity).await?
    {
        let msg = format!("refused: {why}");
        return fail_job(db, opts.actor, id, msg, serde_json::json!({}), started).await;
    }
    if job.hard
        && job.kind == JobKind::Erase
        && job.status == JobStatus::Scheduled
        && job.attempts == 0
        && let Err(e) = (opts.confirm)(&job)
    {
        return Ok(report(
            id,
            RunOutcome::NotConfirmed,
            Some(e.message().to_string()),
            started,
        ));
    }
    drop(client);
    let mut runner = Runner {
        db,
        registry,
        id,
        lock_pid,
        entity: &entity,
        opts,
        checkpoint: checkpoint_of(&job),
        longest: Duration::ZERO,
    };
    runner.start(&job, &planned, !grown.is_empty()).await?;
    let outcome = runner.run_plan(&mut planned).await?;
    let mut r = report(id, outcome.0, outcome.1, started);
    r.rows = runner.checkpoint.rows.clone();
    r.revoked = runner.checkpoint.revoked.clone();
    r.follow_up_job = outcome.2;
    r.tombstone_removed = outcome.3;
    r.grown = grown;
    r.longest_transaction_ms = runner.longest.as_secs_f64() * 1000.0;
    r.seconds = started.elapsed().as_secs_f64();
    Ok(r)
}

struct Runner<'a> {
    db: &'a Database,
    registry: &'a Registry,
    id: i64,
    lock_pid: i32,
    entity: &'a Entity,
    opts: &'a RunOptions<'a>,
    checkpoint: Checkpoint,
    longest: Duration,
}

/// (outcome, message, follow-up job, tombstone removed)
type Executed = (RunOutcome, Option<String>, Option<i64>, Option<bool>);

impl Runner<'_> {
    fn checkpoint_json(&self) -> serde_json::Value {
        serde_json::to_value(&self.checkpoint).unwrap_or_default()
    }

    /// Status running (one more attempt), the accepted plan if it changed, and for a subject the
    /// first transaction: access revoked, account locked, marked deleted and inactive.
    async fn start(&mut self, job: &JobRow, planned: &Planned<'_>, new_plan: bool) -> Result<()> {
        let mut client = self.db.client().await?;
        let tx = client.transaction().await?;
        store::start_job(&*tx, self.id, &runner_name(), self.lock_pid).await?;
        if new_plan {
            let plan = serde_json::to_value(&planned.plan)
                .map_err(|e| Error::internal(format!("plan: {e}")))?;
            store::replace_plan(&*tx, self.id, &plan, &planned.plan.hash).await?;
            store::audit(
                &*tx,
                Some(self.opts.actor.id),
                self.id,
                "deletion_plan_accepted",
                &serde_json::json!({"old_hash": job.plan_hash, "new_hash": planned.plan.hash}),
            )
            .await?;
        }
        store::audit(
            &*tx,
            Some(self.opts.actor.id),
            self.id,
            "deletion_started",
            &serde_json::json!({"attempt": job.attempts + 1, "kind": job.kind, "hard": job.hard,
                                "plan_hash": planned.plan.hash, "resumed_from": job.checkpoint}),
        )
        .await?;
        if self.entity.is_subject && job.kind == JobKind::Erase && !self.checkpoint.access_revoked {
            let accounts = Accounts::for_subject(&*tx, self.registry).await?;
            let keys = vec![self.entity.key.clone()];
            // Locks the account row: a concurrent session insert waits for this transaction.
            accounts.get(&*tx, &keys, true).await?;
            let why = RevocationContext {
                reason: "deletion",
                actor: self.opts.actor.id,
                meta: serde_json::json!({"action": "deletion", "deletion_job": self.id, "by": "idctl"}),
            };
            let revoked =
                crate::ops::users::revoke_all_access(&*tx, self.registry, &accounts, &keys, &why)
                    .await?;
            // Locked where the registry says how (a schema without [account] has nothing to lock:
            // its subject row is erased by this job).
            let locked = accounts.set_locked(&*tx, &keys, true, false).await? > 0;
            if let Some(deleted_at) = &self.registry.subject.deleted_at_column {
                store::mark_deleted(
                    &*tx,
                    &self.entity.table,
                    &self.entity.key_column,
                    &self.entity.key_type,
                    &self.entity.key,
                    deleted_at,
                    // The active flag, when it is on the subject row itself.
                    self.registry
                        .account
                        .as_ref()
                        .filter(|a| a.table.is_none())
                        .and_then(|a| a.active_column.as_deref()),
                )
                .await?;
            }
            self.checkpoint.access_revoked = true;
            self.checkpoint.revoked = revoked.into_values().next().unwrap_or_default();
            store::save_checkpoint(&*tx, self.id, &self.checkpoint_json()).await?;
            store::audit(
                &*tx,
                Some(self.opts.actor.id),
                self.id,
                "deletion_access_revoked",
                &serde_json::json!({"revoked": self.checkpoint.revoked, "locked": locked, "deleted": true}),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Opens a batch transaction and checks the job is still ours and running.
    async fn batch_guard(&self, tx: &tokio_postgres::Transaction<'_>) -> Result<Option<String>> {
        let Some(job) = store::batch_check(tx, self.id, self.lock_pid).await? else {
            return Ok(Some("the job row is gone".into()));
        };
        if job.status != JobStatus::Running {
            return Ok(Some(format!(
                "the job became {} while it ran{}",
                job.status.as_str(),
                match job.blocked_reason {
                    Some(BlockedReason::LegalHold) => format!(
                        " (legal hold: {})",
                        job.hold_reason.as_deref().unwrap_or("no reason recorded")
                    ),
                    _ => String::new(),
                }
            )));
        }
        if !job.lock_held {
            return Err(Error::temp_fail(format!(
                "deletion job {}: this runner lost its lock on the job (connection lost?)",
                self.id
            ))
            .with_hint("run it again; the checkpoint is kept"));
        }
        Ok(None)
    }

    /// Runs the steps in batches of at most `batch_size` rows per transaction. Small steps share a
    /// transaction (a user's few sessions, tokens and profile rows go in one), a large one is split
    /// over as many as it needs; each transaction moves the checkpoint with the rows it changed.
    async fn run_plan(&mut self, planned: &mut Planned<'_>) -> Result<Executed> {
        let batch = self.opts.batch_size.max(1);
        let mut listed = std::mem::take(&mut planned.addresses);
        let steps: Vec<&Step<'_>> = planned
            .steps
            .iter()
            .filter(|s| s.action != StepAction::Retain)
            .filter(|s| !self.checkpoint.done.contains(&s.entry.table))
            .collect();
        let planned_rows = |step: &Step<'_>| -> i64 {
            planned
                .plan
                .steps
                .iter()
                .find(|p| p.table == step.entry.table)
                .map_or(0, |p| p.rows)
        };
        let mut next = 0;
        // The current large step's work not yet done (rows by address, or blocks).
        let mut work: Option<Work> = None;
        while next < steps.len() {
            if self.opts.deadline.is_some_and(|d| Instant::now() >= d) {
                let mut client = self.db.client().await?;
                let tx = client.transaction().await?;
                if let Some(why) = self.batch_guard(&tx).await? {
                    return Ok((RunOutcome::Stopped, Some(why), None, None));
                }
                store::requeue_job(&*tx, self.id).await?;
                tx.commit().await?;
                return Ok((
                    RunOutcome::Paused,
                    Some(
                        "stopped at --max-duration; the next run continues from the checkpoint"
                            .into(),
                    ),
                    None,
                    None,
                ));
            }
            let t0 = Instant::now();
            let mut client = self.db.client().await?;
            let tx = client.transaction().await?;
            if let Some(why) = self.batch_guard(&tx).await? {
                return Ok((RunOutcome::Stopped, Some(why), None, None));
            }
            let mut budget = batch;
            while next < steps.len() && budget > 0 {
                let step = steps[next];
                let columns = (step.action == StepAction::Anonymize)
                    .then_some(step.entry.anonymize.as_slice());
                // A large step: by blocks if the subject owns most of the table, otherwise by
                // the addresses of its rows, listed once.
                if work.is_none() && planned_rows(step) > batch {
                    work = Some(match listed.remove(&step.entry.table) {
                        Some(ids) => Work::Rows(ids.into()),
                        None => {
                            match dense_blocks(&*tx, &step.entry.table, planned_rows(step), batch)
                                .await?
                            {
                                Some((end, per_batch)) => Work::Blocks {
                                    next: self
                                        .checkpoint
                                        .blocks
                                        .get(&step.entry.table)
                                        .copied()
                                        .unwrap_or(0),
                                    end,
                                    per_batch,
                                },
                                None => Work::Rows(
                                    store::row_ids(&*tx, &step.selector, &self.entity.key, columns)
                                        .await?
                                        .into(),
                                ),
                            }
                        }
                    });
                }
                let pending = match work.as_ref() {
                    Some(Work::Rows(q)) => !q.is_empty(),
                    Some(Work::Blocks { next, end, .. }) => next < end,
                    None => false,
                };
                let change = match columns {
                    Some(cols) => store::Change::Anonymize(cols),
                    None => store::Change::Erase,
                };
                let (n, finished) = if pending {
                    let n = match work.as_mut() {
                        Some(Work::Rows(queue)) => {
                            let take = (budget as usize).min(queue.len());
                            let ids: Vec<store::RowId> = queue.drain(..take).collect();
                            // Counted by addresses tried, so that a transaction stays bounded.
                            budget -= take as i64;
                            store::change_rows(
                                &*tx,
                                &step.selector,
                                &self.entity.key,
                                change,
                                store::Rows::At(&ids),
                            )
                            .await?
                        }
                        Some(Work::Blocks {
                            next,
                            end,
                            per_batch,
                        }) => {
                            let from = *next;
                            let to = (from + *per_batch).min(*end);
                            *next = to;
                            self.checkpoint.blocks.insert(step.entry.table.clone(), to);
                            // One range per transaction.
                            budget = 0;
                            store::change_rows(
                                &*tx,
                                &step.selector,
                                &self.entity.key,
                                change,
                                store::Rows::InBlocks(from, to),
                            )
                            .await?
                        }
                        None => 0,
                    } as i64;
                    (n, false)
                } else {
                    // A small step, or the sweep after the addresses: search, at most `budget`.
                    let n = store::change_rows(
                        &*tx,
                        &step.selector,
                        &self.entity.key,
                        change,
                        store::Rows::First(budget),
                    )
                    .await? as i64;
                    let finished = n < budget;
                    budget -= n;
                    (n, finished)
                };
                let step_rows = {
                    let e = self
                        .checkpoint
                        .rows
                        .entry(step.entry.table.clone())
                        .or_default();
                    *e += n;
                    *e
                };
                if finished {
                    // Fewer rows than asked for: the step is finished.
                    self.checkpoint.done.push(step.entry.table.clone());
                    next += 1;
                    work = None;
                    if step_rows > 0 {
                        store::audit(
                            &*tx,
                            Some(self.opts.actor.id),
                            self.id,
                            "deletion_step_done",
                            &serde_json::json!({
                                "table": step.entry.table, "action": step.action,
                                "rows": step_rows,
                            }),
                        )
                        .await?;
                    }
                }
            }
            store::save_checkpoint(&*tx, self.id, &self.checkpoint_json()).await?;
            crate::failpoint::hit("deletion.before_batch_commit");
            tx.commit().await?;
            self.longest = self.longest.max(t0.elapsed());
            crate::failpoint::hit("deletion.after_batch");
        }
        self.complete(planned).await
    }

    /// The last transaction: the tombstone (removed if nothing references it), the result, the
    /// follow-up purge, status completed.
    async fn complete(&mut self, planned: &Planned<'_>) -> Result<Executed> {
        let mut client = self.db.client().await?;
        let tx = client.transaction().await?;
        if let Some(why) = self.batch_guard(&tx).await? {
            return Ok((RunOutcome::Stopped, Some(why), None, None));
        }
        let mut tombstone_removed = None;
        if planned.plan.tombstone == Tombstone::RemovedIfUnreferenced {
            let refs = store::references_to(
                &*tx,
                &planned.fks,
                &self.entity.table,
                &self.entity.key_type,
                &self.entity.key,
            )
            .await?;
            if refs.is_empty() {
                let n = store::change_rows(
                    &*tx,
                    &self.entity.own_row(),
                    &self.entity.key,
                    store::Change::Erase,
                    store::Rows::First(1),
                )
                .await?;
                tombstone_removed = Some(n > 0);
                if n > 0 {
                    *self
                        .checkpoint
                        .rows
                        .entry(self.entity.table.clone())
                        .or_default() += n as i64;
                }
            } else {
                tombstone_removed = Some(false);
            }
        }
        // Retained rows that will be purged: a follow-up job at the earliest retention end.
        let now = Utc::now();
        let erased_at = match planned.plan.kind {
            JobKind::Purge => self.parent_finished(&tx).await?.unwrap_or(now),
            JobKind::Erase => now,
        };
        let mut retained = Vec::new();
        for (step, counted) in planned.steps.iter().zip(&planned.plan.steps) {
            if step.action != StepAction::Retain {
                continue;
            }
            let rows = store::count(&*tx, &step.selector, &self.entity.key, None).await?;
            let until = step
                .entry
                .retention_years
                .and_then(|y| erased_at.checked_add_months(chrono::Months::new(12 * y)));
            if rows > 0 {
                retained.push(serde_json::json!({
                    "table": counted.table, "rows": rows, "retain_until": until,
                    "reason": counted.reason,
                }));
            }
        }
        let next_end = planned
            .steps
            .iter()
            .filter(|s| s.action == StepAction::Retain)
            .filter_map(|s| s.entry.retention_years)
            .filter_map(|y| erased_at.checked_add_months(chrono::Months::new(12 * y)))
            .min();
        let mut follow_up = None;
        let job = store::get_job(&*tx, self.id, false)
            .await?
            .ok_or_else(|| Error::data(format!("deletion job {} vanished", self.id)))?;
        if job.hard
            && self.entity.is_subject
            && tombstone_removed != Some(true)
            && let Some(at) = next_end
        {
            let root_job = match job.kind {
                JobKind::Purge => job.parent_id.unwrap_or(self.id),
                JobKind::Erase => self.id,
            };
            let fid = store::insert_job(
                &*tx,
                &NewJob {
                    kind: JobKind::Purge,
                    parent_id: Some(root_job),
                    entity_table: &self.entity.table,
                    entity_pk: &self.entity.key,
                    hard: true,
                    reason: &format!("retention of rows kept by deletion job {root_job} ends"),
                    scheduled_at: at,
                    created_by: Some(self.opts.actor.id),
                    plan: None,
                    plan_hash: None,
                },
            )
            .await?;
            store::audit(
                &*tx,
                Some(self.opts.actor.id),
                fid,
                "deletion_scheduled",
                &serde_json::json!({"kind": "purge", "parent_id": root_job, "scheduled_at": at}),
            )
            .await?;
            follow_up = Some(fid);
        }
        let result = serde_json::json!({
            "rows": self.checkpoint.rows,
            "revoked": self.checkpoint.revoked,
            "retained": retained,
            "tombstone_removed": tombstone_removed,
            "follow_up_job": follow_up,
        });
        store::save_checkpoint(&*tx, self.id, &self.checkpoint_json()).await?;
        store::finish_job(
            &*tx,
            self.id,
            JobStatus::Completed,
            None,
            None,
            Some(&result),
        )
        .await?;
        store::audit(
            &*tx,
            Some(self.opts.actor.id),
            self.id,
            "deletion_completed",
            &result,
        )
        .await?;
        tx.commit().await?;
        Ok((RunOutcome::Completed, None, follow_up, tombstone_removed))
    }

    async fn parent_finished(
        &self,
        tx: &tokio_postgres::Transaction<'_>,
    ) -> Result<Option<DateTime<Utc>>> {
        let Some(job) = store::get_job(tx, self.id, false).await? else {
            return Ok(None);
        };
        erased_at(tx, &job).await
    }
}

// ------------------------------------------------------------------------------------------------
// verify
// ------------------------------------------------------------------------------------------------

/// What remains of the entity in one table, and whether that is allowed.
#[derive(Debug, Clone, Serialize)]
pub struct Remaining {
    pub table: String,
    pub rows: i64,
    pub allowed: bool,
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub job_id: i64,
    pub entity_table: String,
    pub entity_pk: String,
    pub ok: bool,
    pub remaining: Vec<Remaining>,
}

/// `deletion verify <id>`: after completion, every table that can hold the entity's rows, what is
/// left there and why that is allowed (retained, anonymized, tombstone, actor reference).
pub async fn verify(db: &Database, registry: &Registry, id: i64) -> Result<Verification> {
    let client = db.client().await?;
    let job = require_job(&**client, id).await?;
    if job.status != JobStatus::Completed {
        return Err(Error::data(format!(
            "deletion job {id} is {}: verify runs after completion",
            job.status.as_str()
        )));
    }
    let entity = job_entity(&**client, registry, &job).await?;
    let fks = store::foreign_keys(&**client).await?;
    let never = |_: &PersonalData| false;
    let steps = steps_for(registry, &entity, JobKind::Erase, &never, &fks)?;
    let finished = job.finished_at.unwrap_or_else(Utc::now);
    let mut remaining = Vec::new();
    for s in &steps {
        let linked = store::count(&**client, &s.selector, &entity.key, None).await?;
        if linked == 0 {
            continue;
        }
        let (allowed, why) = match s.action {
            StepAction::Erase => (false, "should have been erased".to_string()),
            StepAction::Anonymize => {
                let left = store::count(
                    &**client,
                    &s.selector,
                    &entity.key,
                    Some(&s.entry.anonymize),
                )
                .await?;
                if left == 0 {
                    (
                        true,
                        if s.entry.table == registry.subject.table {
                            "tombstone: anonymized, marked deleted; retained rows reference it"
                                .into()
                        } else {
                            format!("anonymized ({})", s.entry.anonymize.join(", "))
                        },
                    )
                } else {
                    (false, format!("{left} rows not anonymized"))
                }
            }
            StepAction::Retain => (
                true,
                format!(
                    "retained{}: {}",
                    s.entry
                        .retention_years
                        .and_then(|y| finished.checked_add_months(chrono::Months::new(12 * y)))
                        .map(|t| format!(" until {}", t.format("%Y-%m-%d")))
                        .unwrap_or_default(),
                    s.entry.reason.as_deref().unwrap_or("no reason given")
                ),
            ),
        };
        remaining.push(Remaining {
            table: s.entry.table.clone(),
            rows: linked,
            allowed,
            why,
        });
    }
    // Actor references (the subject did something; the record is not about them).
    if entity.is_subject {
        for p in registry
            .personal_data
            .iter()
            .filter(|p| !p.actor_columns.is_empty())
        {
            for col in &p.actor_columns {
                let sel = Selector {
                    table: p.table.clone(),
                    hops: vec![],
                    root_column: col.clone(),
                    key_type: entity.key_type.clone(),
                };
                let n = store::count(&**client, &sel, &entity.key, None).await?;
                if n > 0 {
                    remaining.push(Remaining {
                        table: format!("{}.{col}", p.table),
                        rows: n,
                        allowed: true,
                        why: format!(
                            "actor reference: {}",
                            p.reason
                                .as_deref()
                                .unwrap_or("records of what the subject did")
                        ),
                    });
                }
            }
        }
    }
    Ok(Verification {
        job_id: id,
        entity_table: entity.table,
        entity_pk: entity.key,
        ok: remaining.iter().all(|r| r.allowed),
        remaining,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_parsed_into_the_column_type_and_injection_text_is_malformed() {
        assert_eq!(key_fits("bigint", "42"), Ok(true));
        assert_eq!(key_fits("bigint", "1 OR 1=1"), Ok(false));
        assert_eq!(key_fits("bigint", "+1"), Ok(false));
        assert_eq!(key_fits("integer", "99999999999"), Ok(false));
        assert_eq!(
            key_fits("uuid", "0b8f2c1e-4a6d-4f3b-9c2e-1d5a7e9f0a11"),
            Ok(true)
        );
        assert_eq!(
            key_fits("uuid", "0b8f2c1e'; DROP TABLE users; --"),
            Ok(false)
        );
        assert_eq!(key_fits("character(36)", "abc"), Ok(true));
        assert_eq!(key_fits("character(36)", "a\u{0}b"), Ok(false));
        assert_eq!(
            key_fits("point", "1"),
            Err(EntityProblem::UnsupportedKeyType)
        );
    }

    #[test]
    fn only_growth_changes_a_plan() {
        let step = |t: &str, rows| PlanStep {
            table: t.into(),
            action: StepAction::Erase,
            rows,
            category: "identity".into(),
            reason: None,
            retention_years: None,
            retain_until: None,
        };
        let plan = |steps: Vec<PlanStep>| Plan {
            entity_table: "users".into(),
            kind: JobKind::Erase,
            hard: true,
            hash: plan_hash(&steps),
            steps,
            tombstone: Tombstone::RemovedIfUnreferenced,
        };
        let stored = plan(vec![step("a", 5), step("b", 2)]);
        assert!(growth(&stored, &plan(vec![step("a", 3), step("b", 2)])).is_empty());
        let g = growth(
            &stored,
            &plan(vec![step("a", 6), step("b", 0), step("c", 1)]),
        );
        assert_eq!(
            g.iter()
                .map(|g| (g.table.as_str(), g.planned, g.now))
                .collect::<Vec<_>>(),
            vec![("a", 5, 6), ("c", 0, 1)]
        );
        assert_ne!(stored.hash, plan(vec![step("a", 5), step("b", 3)]).hash);
    }
}
