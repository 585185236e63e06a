-- Designed by idctl: what `idctl deletion` needs to run deletion jobs safely.
--
-- The seeds draw deletion_jobs with what to delete (entity_table, entity_pk), why, hard or soft,
-- when, and a status. Running such a job in bounded batches, resumably, beside other runners and
-- with an auditable plan needs more facts, added here:
--   kind          an erasure of an entity, or the purge of rows kept under legal retention by an
--                 earlier erasure (a follow-up job idctl creates itself, parent_id naming it);
--   plan, plan_hash  the exact plan shown before the run (rows per table and action) and its
--                 SHA-256; a run that finds more rows than planned stops (blocked, plan_changed);
--   checkpoint    rows done per table step, written in the same transaction as each batch;
--   blocked_reason, held_by, held_at, hold_reason  a legal hold or a changed plan;
--   runner, runner_pid, heartbeat_at, attempts   who runs it (the runner also holds a session
--                 advisory lock on the job, so that a killed runner frees the job at once);
--   cancelled_by, result.
-- The status CHECK gains 'blocked' (held or plan changed); 'on_hold' stays accepted for rows an
-- older tool wrote and is treated as blocked by a legal hold.

ALTER TABLE deletion_jobs
    ADD COLUMN kind           text NOT NULL DEFAULT 'erase',
    ADD COLUMN parent_id      bigint,
    ADD COLUMN plan           jsonb,
    ADD COLUMN plan_hash      char(64),
    ADD COLUMN checkpoint     jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN blocked_reason text,
    ADD COLUMN hold_reason    text,
    ADD COLUMN held_by        bigint,
    ADD COLUMN held_at        timestamptz(6),
    ADD COLUMN cancelled_by   bigint,
    ADD COLUMN runner         text,
    ADD COLUMN runner_pid     integer,
    ADD COLUMN heartbeat_at   timestamptz(6),
    ADD COLUMN attempts       integer NOT NULL DEFAULT 0,
    ADD COLUMN result         jsonb,
    ADD COLUMN updated_at     timestamptz(6) DEFAULT now(),
    ADD CONSTRAINT ck_deletion_jobs_kind CHECK (kind IN ('erase', 'purge')),
    ADD CONSTRAINT ck_deletion_jobs_blocked_reason
        CHECK (blocked_reason IS NULL OR blocked_reason IN ('legal_hold', 'plan_changed')),
    ADD CONSTRAINT fk_deletion_jobs_parent FOREIGN KEY (parent_id) REFERENCES deletion_jobs (id),
    ADD CONSTRAINT fk_deletion_jobs_held_by FOREIGN KEY (held_by) REFERENCES users (id) ON DELETE SET NULL,
    ADD CONSTRAINT fk_deletion_jobs_cancelled_by FOREIGN KEY (cancelled_by) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE deletion_jobs DROP CONSTRAINT ck_deletion_jobs_status;
ALTER TABLE deletion_jobs ADD CONSTRAINT ck_deletion_jobs_status
    CHECK (status IN ('scheduled', 'on_hold', 'running', 'completed', 'failed', 'blocked', 'cancelled'));

CREATE INDEX IF NOT EXISTS ix_deletion_jobs_due ON deletion_jobs (scheduled_at)
    WHERE status IN ('scheduled', 'running');
CREATE INDEX IF NOT EXISTS ix_deletion_jobs_parent ON deletion_jobs (parent_id)
    WHERE parent_id IS NOT NULL;

COMMENT ON COLUMN deletion_jobs.kind IS
    'Designed by idctl: erase (the entity) or purge (rows an earlier erasure kept under retention).';
COMMENT ON COLUMN deletion_jobs.plan IS
    'Designed by idctl: the plan shown before the run: rows per table and action (counts only, never data).';
COMMENT ON COLUMN deletion_jobs.checkpoint IS
    'Designed by idctl: rows done per table step, moved in the same transaction as each batch.';
COMMENT ON COLUMN deletion_jobs.blocked_reason IS
    'Designed by idctl: why a blocked job does not run: legal_hold or plan_changed.';
