//! Data-subject requests (`privacy requests`): their legal deadlines and their processing.
//!
//! The deadline is GDPR Art. 12(3): one month from `requested_at`, extendable once by up to two
//! further months with a recorded reason. It is stored in `meta.deadline` when the request is
//! created and moved by an extension, and every listing shows it. Processing is idempotent: a
//! completed request is never exported twice; an export written before a crash is written again
//! (same file name) and the request then marked. Access and portability requests produce an export
//! (`ops::privacy`); an erasure request creates a deletion job (`ops::deletion`) and completes when
//! that job has. Every status change writes an audit row in the same transaction.

use std::path::Path;

use chrono::{DateTime, Months, Utc};
use serde::Serialize;

use crate::authz::Actor;
use crate::db::Database;
use crate::error::{Error, Result};
use crate::keystore::Keyring;
use crate::registry::Registry;
use crate::store::deletion::JobStatus;
use crate::store::privacy::{self as store, RequestRow};

/// Request types (`privacy_requests.type`).
pub const TYPES: [&str; 6] = [
    "access",
    "portability",
    "erasure",
    "rectification",
    "restriction",
    "objection",
];

pub async fn create(
    db: &Database,
    actor: &Actor,
    user_id: &str,
    kind: &str,
    note: Option<&str>,
) -> Result<RequestRow> {
    if !TYPES.contains(&kind) {
        return Err(Error::usage(format!(
            "--type {kind:?}: one of {}",
            TYPES.join(", ")
        )));
    }
    let mut client = db.client().await?;
    let tx = client.transaction().await?;
    let row = store::insert_request(
        &*tx,
        user_id,
        kind,
        &serde_json::json!({"note": note, "created_by": actor.id}),
    )
    .await?;
    store::audit_request(
        &*tx,
        actor.id,
        row.id,
        "privacy_request_created",
        &serde_json::json!({"type": kind, "user_id": user_id, "deadline": row.deadline}),
    )
    .await?;
    tx.commit().await?;
    Ok(row)
}

pub async fn list(
    db: &Database,
    status: Option<&str>,
    overdue: bool,
    due_within: Option<std::time::Duration>,
    limit: i64,
) -> Result<Vec<RequestRow>> {
    let client = db.client().await?;
    let before = match (overdue, due_within) {
        (true, _) => Some(Utc::now()),
        (false, Some(d)) => chrono::Duration::from_std(d)
            .ok()
            .and_then(|d| Utc::now().checked_add_signed(d)),
        (false, None) => None,
    };
    store::list_requests(
        &**client,
        status,
        overdue || due_within.is_some(),
        before,
        limit,
    )
    .await
}

/// The request, its row locked until the transaction ends.
async fn locked_request(
    client: &impl tokio_postgres::GenericClient,
    id: i64,
) -> Result<RequestRow> {
    store::get_request(client, id, true)
        .await?
        .ok_or_else(|| Error::data(format!("no privacy request {id}")))
}

pub async fn show(db: &Database, id: i64) -> Result<RequestRow> {
    let client = db.client().await?;
    store::get_request(&**client, id, false)
        .await?
        .ok_or_else(|| Error::data(format!("no privacy request {id}")))
}

fn is_open(r: &RequestRow) -> bool {
    r.status == "pending" || r.status == "in_progress"
}

/// Extends the deadline once, by 1 or 2 months, with the reason recorded.
pub async fn extend(
    db: &Database,
    actor: &Actor,
    id: i64,
    months: u32,
    reason: &str,
) -> Result<RequestRow> {
    if !(1..=2).contains(&months) {
        return Err(Error::usage(
            "--months: 1 or 2 (Art. 12(3) allows two further months)",
        ));
    }
    let mut client = db.client().await?;
    let tx = client.transaction().await?;
    let r = locked_request(&*tx, id).await?;
    if !is_open(&r) {
        return Err(Error::data(format!(
            "privacy request {id} is {}: nothing to extend",
            r.status
        )));
    }
    if r.meta.as_ref().and_then(|m| m.get("extension")).is_some() {
        return Err(Error::data(format!(
            "privacy request {id} was already extended once (Art. 12(3) allows one extension)"
        )));
    }
    let old = r
        .deadline
        .ok_or_else(|| Error::data(format!("privacy request {id} has no deadline")))?;
    let new = old
        .checked_add_months(Months::new(months))
        .ok_or_else(|| Error::data("deadline out of range"))?;
    store::update_request(
        &*tx,
        id,
        &r.status,
        &serde_json::json!({
            "deadline": new,
            "extension": {"months": months, "reason": reason, "by": actor.id, "at": Utc::now(), "previous_deadline": old},
        }),
    )
    .await?;
    store::audit_request(
        &*tx,
        actor.id,
        id,
        "privacy_request_extended",
        &serde_json::json!({"months": months, "reason": reason, "from": old, "to": new}),
    )
    .await?;
    tx.commit().await?;
    show(db, id).await
}

pub async fn reject(db: &Database, actor: &Actor, id: i64, reason: &str) -> Result<RequestRow> {
    let mut client = db.client().await?;
    let tx = client.transaction().await?;
    let r = locked_request(&*tx, id).await?;
    if !is_open(&r) {
        return Err(Error::data(format!(
            "privacy request {id} is already {}",
            r.status
        )));
    }
    store::update_request(
        &*tx,
        id,
        "rejected",
        &serde_json::json!({"rejection": {"reason": reason, "by": actor.id}}),
    )
    .await?;
    store::audit_request(
        &*tx,
        actor.id,
        id,
        "privacy_request_rejected",
        &serde_json::json!({"reason": reason}),
    )
    .await?;
    tx.commit().await?;
    show(db, id).await
}

/// How processing one request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProcessOutcome {
    Exported,
    AlreadyProcessed,
    DeletionScheduled,
    AwaitingDeletion,
    Completed,
    /// Rectification, restriction, objection: handled by a person, not by idctl.
    Manual,
    Failed,
}

#[derive(Debug, Clone, Serialize)]
pub struct Processed {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: String,
    pub user_id: String,
    pub outcome: ProcessOutcome,
    pub deadline: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_job: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Processes one request, or every open one (`ids` empty), oldest deadline first.
pub async fn process(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: &Actor,
    ids: &[i64],
    out_dir: &Path,
) -> Result<Vec<Processed>> {
    let rows = if ids.is_empty() {
        let client = db.client().await?;
        store::list_requests(&**client, None, true, None, 10_000).await?
    } else {
        let mut v = Vec::new();
        for id in ids {
            v.push(show(db, *id).await?);
        }
        v
    };
    let mut out = Vec::new();
    for r in rows {
        let p = match process_one(db, registry, keyring, actor, &r, out_dir).await {
            Ok(p) => p,
            Err(e) => Processed {
                id: r.id,
                kind: r.kind.clone(),
                user_id: r.user_id.clone(),
                outcome: ProcessOutcome::Failed,
                deadline: r.deadline,
                file: None,
                sha256: None,
                deletion_job: None,
                message: Some(e.message().to_string()),
            },
        };
        out.push(p);
    }
    Ok(out)
}

async fn process_one(
    db: &Database,
    registry: &Registry,
    keyring: &Keyring,
    actor: &Actor,
    r: &RequestRow,
    out_dir: &Path,
) -> Result<Processed> {
    let mut p = Processed {
        id: r.id,
        kind: r.kind.clone(),
        user_id: r.user_id.clone(),
        outcome: ProcessOutcome::AlreadyProcessed,
        deadline: r.deadline,
        file: None,
        sha256: None,
        deletion_job: None,
        message: None,
    };
    if !is_open(r) {
        p.message = Some(format!("status {}", r.status));
        return Ok(p);
    }
    match r.kind.as_str() {
        "access" | "portability" => {
            let path = out_dir.join(format!("privacy-request-{}-user-{}.zip", r.id, r.user_id));
            let report = crate::ops::privacy::export(
                db,
                registry,
                keyring,
                actor,
                &r.user_id,
                crate::ops::privacy::Format::Zip,
                &crate::ops::privacy::Destination::File {
                    path: path.clone(),
                    force: true,
                },
            )
            .await?;
            let mut client = db.client().await?;
            let tx = client.transaction().await?;
            // Another process may have completed it meanwhile: never mark twice.
            let now = store::get_request(&*tx, r.id, true).await?;
            if now.as_ref().is_some_and(is_open) {
                store::update_request(
                    &*tx,
                    r.id,
                    "completed",
                    &serde_json::json!({"export": {"file": path.display().to_string(), "sha256": report.sha256, "rows": report.rows, "by": actor.id}}),
                )
                .await?;
                store::audit_request(
                    &*tx,
                    actor.id,
                    r.id,
                    "privacy_request_completed",
                    &serde_json::json!({"type": r.kind, "sha256": report.sha256, "rows": report.rows}),
                )
                .await?;
            }
            tx.commit().await?;
            p.outcome = ProcessOutcome::Exported;
            p.file = Some(path.display().to_string());
            p.sha256 = Some(report.sha256);
        }
        "erasure" => {
            let linked = r
                .meta
                .as_ref()
                .and_then(|m| m.get("deletion_job"))
                .and_then(|j| j.as_i64());
            match linked {
                None => {
                    let plan = crate::ops::deletion::schedule(
                        db,
                        registry,
                        &crate::ops::deletion::ScheduleRequest {
                            table: &registry.subject.table,
                            key: &r.user_id,
                            hard: false,
                            at: Utc::now(),
                            reason: &format!("privacy request {} (erasure)", r.id),
                            force: false,
                            actor,
                        },
                    )
                    .await?;
                    let job = plan.job_id.unwrap_or_default();
                    let mut client = db.client().await?;
                    let tx = client.transaction().await?;
                    store::update_request(
                        &*tx,
                        r.id,
                        "in_progress",
                        &serde_json::json!({"deletion_job": job}),
                    )
                    .await?;
                    store::audit_request(
                        &*tx,
                        actor.id,
                        r.id,
                        "privacy_request_deletion_scheduled",
                        &serde_json::json!({"deletion_job": job}),
                    )
                    .await?;
                    tx.commit().await?;
                    p.outcome = ProcessOutcome::DeletionScheduled;
                    p.deletion_job = Some(job);
                    p.message = Some(format!(
                        "`idctl deletion run --id {job}` (or --due) carries it out; process the request again to complete it"
                    ));
                }
                Some(job) => {
                    p.deletion_job = Some(job);
                    let status = crate::ops::deletion::show(db, job).await?.status;
                    if status == JobStatus::Completed {
                        let mut client = db.client().await?;
                        let tx = client.transaction().await?;
                        store::update_request(&*tx, r.id, "completed", &serde_json::json!({}))
                            .await?;
                        store::audit_request(
                            &*tx,
                            actor.id,
                            r.id,
                            "privacy_request_completed",
                            &serde_json::json!({"type": "erasure", "deletion_job": job}),
                        )
                        .await?;
                        tx.commit().await?;
                        p.outcome = ProcessOutcome::Completed;
                    } else {
                        p.outcome = ProcessOutcome::AwaitingDeletion;
                        p.message = Some(format!("deletion job {job} is {}", status.as_str()));
                    }
                }
            }
        }
        _ => {
            p.outcome = ProcessOutcome::Manual;
            p.message = Some(
                "handled by a person (rectification, restriction, objection); record the outcome and reject or complete it"
                    .into(),
            );
        }
    }
    Ok(p)
}
