-- Designed by idctl: a grace period between the end of a rotation and the retirement of the old
-- key version.
--
-- Application instances cache the active key for a while; one that has not yet noticed the new
-- active version can still write values under the old one. So a rotation does not retire the old
-- version the moment no row uses it: it records when the version may be retired (retire_after), and
-- `idctl jobs run-due` (or the next `keys rotate` of the basename) retires it once that time has
-- passed and the census still finds no row under it. Vault's min_decryption_version and Tink's
-- keyset rollout separate the two steps for the same reason.

ALTER TABLE crypto_keys ADD COLUMN retire_after timestamptz(6);

COMMENT ON COLUMN crypto_keys.retire_after IS
    'Designed by idctl: a decrypt-only version is retired after this time if no row uses it.';

CREATE INDEX ix_crypto_keys_retire_after ON crypto_keys (retire_after) WHERE retire_after IS NOT NULL;

-- The options a rotation job was created with (keep_old, retire_after_seconds), so that a
-- scheduled job run by `jobs run-due`, or a job resumed by `jobs resume`, honours them.
ALTER TABLE key_rotation_jobs ADD COLUMN options jsonb;

COMMENT ON COLUMN key_rotation_jobs.options IS
    'Designed by idctl: options whoever resumes the job honours (keep_old, retire_after_seconds).';

-- New key events: a rotation scheduled for later, a retirement scheduled after the grace period,
-- and a job cancelled by an operator (until now recorded, wrongly, as rotation_failed).
ALTER TABLE key_events DROP CONSTRAINT ck_key_events_event_type;
ALTER TABLE key_events ADD CONSTRAINT ck_key_events_event_type CHECK (event_type IN (
    'generated', 'imported', 'activated', 'decrypt_only', 'retired', 'destroyed', 'verified',
    'rotation_started', 'rotation_completed', 'rotation_failed', 'row_failed', 'key_file_mismatch',
    'data_accessed', 'forced', 'rotation_scheduled', 'rotation_cancelled', 'retire_scheduled'));
