-- Designed by idctl: signing keys, signatures and the tamper-evident audit trail (docs/schema.md,
-- "Signatures and the audit chain"; the chain's encoding is docs/FORMAT.md §13).
--
--   * audit_chain becomes a hash chain over audit_log: every audit_log row gets one chain entry,
--     written in the transaction that inserts the row (a deferred constraint trigger, so the
--     application's own audit rows are chained too, and the chain lock is held only while the
--     transaction commits), under a transaction-scoped advisory lock so that two writers never
--     fork the chain (and UNIQUE (prev_hash) refuses a fork even if the lock were bypassed);
--   * rows already in audit_log are chained now, in id order;
--   * signing_keys holds one row per signing key version (the crypto_keys row whose key file holds
--     the private seed); signatures says what was signed (subject kind and id), the digest, the
--     context, and a legacy signature's ML-DSA companion (pq resign).

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_chain) THEN
        RAISE EXCEPTION 'audit_chain already holds % row(s) that idctl did not write', (SELECT count(*) FROM audit_chain)
            USING HINT = 'idctl turns audit_chain into its hash chain (docs/FORMAT.md §13); move those rows away first';
    END IF;
END $$;

INSERT INTO crypto_algorithms (class, name, variant, variant_norm, nist_level, status, params) VALUES
    ('hash', 'SHA-256', NULL, 'sha-256', 2, 'active',
        '{"quantum_vulnerable": false, "standard": "FIPS 180-4"}')
ON CONFLICT (name) DO NOTHING;

-- ---- the audit chain ------------------------------------------------------------------------------

ALTER TABLE audit_chain ALTER COLUMN prev_hash SET NOT NULL;
ALTER TABLE audit_chain ALTER COLUMN chain_hash SET NOT NULL;
ALTER TABLE audit_chain ADD CONSTRAINT uq_audit_chain_audit_id UNIQUE (audit_id);
-- The unique constraint's index serves the foreign key; a second index on audit_id would only
-- slow every append.
DROP INDEX ix_audit_chain_audit_id;
ALTER TABLE audit_chain ADD CONSTRAINT uq_audit_chain_prev_hash UNIQUE (prev_hash);
ALTER TABLE audit_chain ADD CONSTRAINT ck_audit_chain_hash_len
    CHECK (octet_length(prev_hash) = 32 AND octet_length(chain_hash) = 32);

-- One field of the encoding: 0x00 for NULL, else 0x01 || u32be(length) || bytes.
CREATE FUNCTION idctl_chain_text(t text) RETURNS bytea IMMUTABLE LANGUAGE sql AS $f$
    SELECT CASE WHEN t IS NULL THEN '\x00'::bytea
                ELSE '\x01'::bytea || int4send(octet_length(convert_to(t, 'UTF8'))) || convert_to(t, 'UTF8') END
$f$;
CREATE FUNCTION idctl_chain_bytes(b bytea) RETURNS bytea IMMUTABLE LANGUAGE sql AS $f$
    SELECT CASE WHEN b IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea || int4send(length(b)) || b END
$f$;
-- 0x00 for NULL, else 0x01 || i64be.
CREATE FUNCTION idctl_chain_int(i bigint) RETURNS bytea IMMUTABLE LANGUAGE sql AS $f$
    SELECT CASE WHEN i IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea || int8send(i) END
$f$;

-- chain_hash = SHA-256("idctl/audit-chain/v1" || prev_hash || i64be(id) || fields...).
CREATE FUNCTION idctl_audit_chain_hash(prev bytea, a audit_log) RETURNS bytea STABLE LANGUAGE sql AS $f$
    SELECT sha256(
        convert_to('idctl/audit-chain/v1', 'UTF8') || prev || int8send(a.id)
        || idctl_chain_text(a.table_name)
        || idctl_chain_int(a.record_id)
        || idctl_chain_int(a.changed_by)
        || idctl_chain_text(a.change_type)
        || idctl_chain_text(a.old_value::text)
        || idctl_chain_text(a.new_value::text)
        || idctl_chain_int((extract(epoch FROM a.changed_at) * 1000000)::bigint)
        || idctl_chain_bytes(a.ip_bin)
        || idctl_chain_text(a.user_agent)
        || idctl_chain_text(a.request_id))
$f$;

-- Appends the chain entry of audit_log row `audit_id` (as it is now, at commit), after the head.
-- The lock key is idctl's `locks::keys::AUDIT_CHAIN` (0x696463746c000004).
CREATE FUNCTION idctl_audit_chain_append(audit_id bigint) RETURNS void VOLATILE LANGUAGE plpgsql AS $f$
DECLARE
    prev bytea;
    hash bytea;
    row audit_log;
BEGIN
    PERFORM pg_advisory_xact_lock(7594304223332794372);
    SELECT * INTO row FROM audit_log WHERE id = audit_id;
    IF NOT FOUND THEN
        RETURN; -- inserted and deleted again in the same transaction
    END IF;
    IF EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = row.id) THEN
        RETURN;
    END IF;
    SELECT chain_hash INTO prev FROM audit_chain ORDER BY id DESC LIMIT 1;
    IF prev IS NULL THEN
        prev := decode(repeat('00', 32), 'hex');
    END IF;
    -- Computed into a variable first: as a plpgsql expression the SQL function is inlined (~9 µs);
    -- inside the INSERT it is not, and costs ~60 µs more per row (scripts/bench-audit).
    hash := idctl_audit_chain_hash(prev, row);
    INSERT INTO audit_chain (audit_id, prev_hash, chain_hash) VALUES (row.id, prev, hash);
END
$f$;

CREATE FUNCTION idctl_audit_chain_trigger() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM idctl_audit_chain_append(NEW.id);
    RETURN NULL;
END
$f$;

-- Deferred to commit: the lock is held for the chaining and the commit only, and the entry hashes
-- the row as committed (a row updated later in its own transaction is hashed as it ends up).
CREATE CONSTRAINT TRIGGER tr_audit_log_chain AFTER INSERT ON audit_log
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION idctl_audit_chain_trigger();

-- The rows written before this migration, in id order.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT id FROM audit_log ORDER BY id LOOP
        PERFORM idctl_audit_chain_append(r.id);
    END LOOP;
END $$;

-- ---- signing keys and signatures ------------------------------------------------------------------

ALTER TABLE signing_keys ADD COLUMN crypto_key_id bigint;
ALTER TABLE signing_keys ADD CONSTRAINT fk_sk_crypto_key
    FOREIGN KEY (crypto_key_id) REFERENCES crypto_keys (id);
ALTER TABLE signing_keys ADD CONSTRAINT uq_signing_keys_name UNIQUE (name);
ALTER TABLE signing_keys ADD CONSTRAINT uq_signing_keys_crypto_key UNIQUE (crypto_key_id);
ALTER TABLE signing_keys ALTER COLUMN status SET DEFAULT 'pending';
ALTER TABLE signing_keys ADD CONSTRAINT ck_signing_keys_status
    CHECK (status IN ('pending', 'active', 'retired')) NOT VALID;

ALTER TABLE signatures
    ADD COLUMN subject_kind   text,
    ADD COLUMN subject_id     text,
    ADD COLUMN message_digest bytea,
    ADD COLUMN context        text,
    ADD COLUMN status         text NOT NULL DEFAULT 'valid',
    ADD COLUMN companion_of   bigint,
    ADD COLUMN created_by     bigint,
    ADD COLUMN meta           jsonb;
ALTER TABLE signatures ADD CONSTRAINT ck_signatures_status CHECK (status IN ('valid', 'quarantined'));
ALTER TABLE signatures ADD CONSTRAINT ck_signatures_subject_kind
    CHECK (subject_kind IN ('audit_checkpoint', 'export_manifest', 'key_events', 'legacy')) NOT VALID;
ALTER TABLE signatures ADD CONSTRAINT fk_sigs_companion_of
    FOREIGN KEY (companion_of) REFERENCES signatures (id);
ALTER TABLE signatures ADD CONSTRAINT fk_sigs_created_by
    FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX ix_signatures_subject ON signatures (subject_kind, subject_id);
-- One post-quantum companion per signature, per algorithm: re-signing twice adds nothing.
CREATE UNIQUE INDEX uq_signatures_companion ON signatures (companion_of, algo_id)
    WHERE companion_of IS NOT NULL;

ALTER TABLE key_events DROP CONSTRAINT ck_key_events_event_type;
ALTER TABLE key_events ADD CONSTRAINT ck_key_events_event_type CHECK (event_type IN (
    'generated', 'imported', 'activated', 'decrypt_only', 'retired', 'destroyed', 'verified',
    'rotation_started', 'rotation_completed', 'rotation_failed', 'row_failed', 'key_file_mismatch',
    'data_accessed', 'forced', 'rotation_scheduled', 'rotation_cancelled', 'retire_scheduled',
    'pq_migration_started', 'pq_migration_completed', 'pq_migration_cancelled',
    'backed_up', 'restored'));

INSERT INTO permissions (name, description) VALUES
    ('audit.sign', 'Sign the audit chain''s head (audit checkpoint) and re-sign legacy signatures.')
ON CONFLICT (name) DO NOTHING;
INSERT INTO rbac_role_permissions (role_id, permission_id)
SELECT r.id, p.id
FROM (VALUES ('admin', 'audit.sign'), ('key_operator', 'audit.sign')) AS g(role, perm)
JOIN rbac_roles r ON r.name = g.role
JOIN permissions p ON p.name = g.perm
ON CONFLICT DO NOTHING;
