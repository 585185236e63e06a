-- Designed by idctl: post-quantum migration (docs/schema.md, "Post-quantum").
--
-- What a quantum computer breaks is the public-key layer: values sealed to a recipient's public key
-- (docs/FORMAT.md §12). This migration
--   * seeds the algorithm catalogue (crypto_algorithms) with class, NIST category, status and, for
--     quantum-vulnerable algorithms, the NIST IR 8547 transition dates in params; and the names
--     other standards use for them (crypto_standard_aliases), with whether they are byte-compatible;
--   * gives the stub tables the seeds name only on FK lines the columns policies need:
--     a policy (encryption_policies) has ordered layers (policy_kms_keys -> kms_keys: a recipient
--     key in idctl's keyring, by basename), its algorithms (policy_algorithms), and governs
--     table.column pairs (encryption_policy_bindings);
--   * stores recipient public keys beside their key versions (crypto_keys.public_key);
--   * lets pq_migration_jobs run on the shared engine (attempts, executed_by, result, options; one
--     unfinished job per policy);
--   * adds the key events of policies and migrations.
-- Idempotent inserts (ON CONFLICT DO NOTHING): rows an operator already created are kept.

ALTER TABLE crypto_algorithms ADD CONSTRAINT uq_crypto_algorithms_name UNIQUE (name);

-- params: quantum_vulnerable, security_bits (classical), standard, and for vulnerable algorithms
-- nist_ir_8547 {deprecated_after, disallowed_after} (112-bit security: deprecated after 2030; all
-- quantum-vulnerable: disallowed after 2035). variant_norm is idctl's own name where it has one.
INSERT INTO crypto_algorithms (class, name, variant, variant_norm, nist_level, status, params) VALUES
    ('symmetric', 'AES-256-GCM-SIV', 'AES-256', 'aes-256-gcm-siv', 5, 'active',
        '{"quantum_vulnerable": false, "security_bits": 256, "standard": "RFC 8452"}'),
    ('symmetric', 'AES-256-GCM', 'AES-256', 'aes-256-gcm', 5, 'active',
        '{"quantum_vulnerable": false, "security_bits": 256, "standard": "NIST SP 800-38D"}'),
    ('symmetric', 'ChaCha20-Poly1305', NULL, 'chacha20-poly1305', 5, 'active',
        '{"quantum_vulnerable": false, "security_bits": 256, "standard": "RFC 8439"}'),
    ('kdf', 'HKDF-SHA256', 'SHA-256', 'hkdf-sha256', NULL, 'active',
        '{"quantum_vulnerable": false, "standard": "RFC 5869"}'),
    ('mac', 'HMAC-SHA256', 'SHA-256', 'hmac-sha256', NULL, 'active',
        '{"quantum_vulnerable": false, "standard": "RFC 2104, FIPS 198-1"}'),
    ('hash', 'SHA3-256', NULL, 'sha3-256', 2, 'active',
        '{"quantum_vulnerable": false, "standard": "FIPS 202"}'),
    ('kem', 'X25519', 'Curve25519', 'x25519', NULL, 'active',
        '{"quantum_vulnerable": true, "security_bits": 128, "standard": "RFC 7748",
          "nist_ir_8547": {"deprecated_after": null, "disallowed_after": "2035-12-31"}}'),
    ('kem', 'ML-KEM-512', '512', 'ml-kem-512', 1, 'active',
        '{"quantum_vulnerable": false, "standard": "FIPS 203"}'),
    ('kem', 'ML-KEM-768', '768', 'ml-kem-768', 3, 'active',
        '{"quantum_vulnerable": false, "standard": "FIPS 203"}'),
    ('kem', 'ML-KEM-1024', '1024', 'ml-kem-1024', 5, 'active',
        '{"quantum_vulnerable": false, "standard": "FIPS 203"}'),
    ('kem', 'X-Wing', 'MLKEM768-X25519', 'x-wing', 3, 'active',
        '{"quantum_vulnerable": false, "hybrid": true, "standard": "draft-connolly-cfrg-xwing-kem-06",
          "hpke_kem_id": "0x647a",
          "not_to_be_confused_with": "X25519MLKEM768 (TLS 1.3 hybrid key exchange): another combiner, not X-Wing"}'),
    ('signature', 'ML-DSA-44', '44', 'ml-dsa-44', 2, 'active',
        '{"quantum_vulnerable": false, "standard": "FIPS 204"}'),
    ('signature', 'ML-DSA-65', '65', 'ml-dsa-65', 3, 'active',
        '{"quantum_vulnerable": false, "standard": "FIPS 204"}'),
    ('signature', 'ML-DSA-87', '87', 'ml-dsa-87', 5, 'active',
        '{"quantum_vulnerable": false, "standard": "FIPS 204"}'),
    ('signature', 'SLH-DSA-SHA2-128s', 'SHA2-128s', 'slh-dsa-sha2-128s', 1, 'active',
        '{"quantum_vulnerable": false, "standard": "FIPS 205"}'),
    ('signature', 'Ed25519', 'Curve25519', 'ed25519', NULL, 'active',
        '{"quantum_vulnerable": true, "security_bits": 128, "standard": "RFC 8032, FIPS 186-5",
          "nist_ir_8547": {"deprecated_after": null, "disallowed_after": "2035-12-31"}}'),
    ('signature', 'ECDSA-P256', 'P-256', 'ecdsa-p256', NULL, 'active',
        '{"quantum_vulnerable": true, "security_bits": 128, "standard": "FIPS 186-5",
          "nist_ir_8547": {"deprecated_after": null, "disallowed_after": "2035-12-31"}}'),
    ('signature', 'RSA-2048', '2048', 'rsa-2048', NULL, 'deprecated',
        '{"quantum_vulnerable": true, "security_bits": 112, "standard": "FIPS 186-5",
          "nist_ir_8547": {"deprecated_after": "2030-12-31", "disallowed_after": "2035-12-31"}}'),
    ('signature', 'RSA-3072', '3072', 'rsa-3072', NULL, 'active',
        '{"quantum_vulnerable": true, "security_bits": 128, "standard": "FIPS 186-5",
          "nist_ir_8547": {"deprecated_after": null, "disallowed_after": "2035-12-31"}}')
ON CONFLICT (name) DO NOTHING;

ALTER TABLE crypto_standard_aliases
    ADD COLUMN standard        text,
    ADD COLUMN byte_compatible boolean NOT NULL DEFAULT true,
    ADD COLUMN note            text;
ALTER TABLE crypto_standard_aliases ADD CONSTRAINT uq_crypto_standard_aliases_alias UNIQUE (alias);

INSERT INTO crypto_standard_aliases (algo_id, alias, standard, byte_compatible, note)
SELECT a.id, v.alias, v.standard, v.byte_compatible, v.note
FROM (VALUES
    ('ML-KEM-768', 'Kyber768', 'CRYSTALS-Kyber round 3', false,
        'FIPS 203 changed the key derivation: Kyber768 keys and ciphertexts do not interoperate with ML-KEM-768'),
    ('ML-KEM-512', 'Kyber512', 'CRYSTALS-Kyber round 3', false, 'not byte-compatible with FIPS 203'),
    ('ML-KEM-1024', 'Kyber1024', 'CRYSTALS-Kyber round 3', false, 'not byte-compatible with FIPS 203'),
    ('ML-DSA-65', 'Dilithium3', 'CRYSTALS-Dilithium round 3', false,
        'FIPS 204 changed hashing and encodings: Dilithium3 signatures do not verify as ML-DSA-65'),
    ('ML-DSA-44', 'Dilithium2', 'CRYSTALS-Dilithium round 3', false, 'not byte-compatible with FIPS 204'),
    ('ML-DSA-87', 'Dilithium5', 'CRYSTALS-Dilithium round 3', false, 'not byte-compatible with FIPS 204'),
    ('X-Wing', 'MLKEM768-X25519', 'draft-connolly-cfrg-xwing-kem-06', true, 'the X-Wing combiner'),
    ('X-Wing', 'HPKE KEM 0x647a', 'draft-connolly-cfrg-xwing-kem-06', true, 'X-Wing''s HPKE KEM identifier'),
    ('X25519', 'Curve25519', 'RFC 7748', true, NULL),
    ('Ed25519', 'EdDSA-Ed25519', 'RFC 8032', true, NULL),
    ('ECDSA-P256', 'secp256r1', 'SEC 2', true, NULL),
    ('SLH-DSA-SHA2-128s', 'SPHINCS+-SHA2-128s', 'SPHINCS+ round 3', false, 'not byte-compatible with FIPS 205')
) AS v (name, alias, standard, byte_compatible, note)
JOIN crypto_algorithms a ON a.name = v.name
ON CONFLICT (alias) DO NOTHING;

-- Recipient public keys (x25519, x-wing, ml-kem-768 key versions); the private seed stays in the
-- keyring's key file, checked against the fingerprint and this public key before use.
ALTER TABLE crypto_keys ADD COLUMN public_key bytea;

ALTER TABLE kms_keys
    ADD COLUMN algo_id bigint,
    ADD COLUMN status  text NOT NULL DEFAULT 'active';
ALTER TABLE kms_keys ADD CONSTRAINT uq_kms_keys_provider_ref UNIQUE (provider, key_ref);
ALTER TABLE kms_keys ADD CONSTRAINT fk_kms_keys_algo FOREIGN KEY (algo_id) REFERENCES crypto_algorithms (id);
COMMENT ON TABLE kms_keys IS
    'A key a policy wraps to. provider ''idctl-keyring'': key_ref is a recipient basename in crypto_keys, whose active version is used.';

ALTER TABLE encryption_policies
    ADD COLUMN status      text NOT NULL DEFAULT 'active',
    ADD COLUMN data_algo_id bigint,
    ADD COLUMN created_by  bigint,
    ADD COLUMN updated_at  timestamptz(6) DEFAULT now();
ALTER TABLE encryption_policies ADD CONSTRAINT uq_encryption_policies_name UNIQUE (policy_name);
ALTER TABLE encryption_policies ADD CONSTRAINT ck_encryption_policies_status CHECK (status IN ('active', 'retired'));
ALTER TABLE encryption_policies ADD CONSTRAINT fk_enc_pol_data_algo
    FOREIGN KEY (data_algo_id) REFERENCES crypto_algorithms (id);

ALTER TABLE policy_algorithms
    ADD COLUMN role     text NOT NULL DEFAULT 'layer',
    ADD COLUMN position smallint;
ALTER TABLE policy_algorithms ADD CONSTRAINT ck_policy_algorithms_role CHECK (role IN ('layer', 'data'));

ALTER TABLE policy_kms_keys
    ADD COLUMN kms_key_id bigint,
    ADD COLUMN position   smallint NOT NULL DEFAULT 0;
ALTER TABLE policy_kms_keys ADD CONSTRAINT fk_policy_kms_keys_kms FOREIGN KEY (kms_key_id) REFERENCES kms_keys (id);
ALTER TABLE policy_kms_keys ADD CONSTRAINT uq_policy_kms_keys_position UNIQUE (policy_id, position);

ALTER TABLE encryption_policy_bindings
    ADD COLUMN table_name  varchar(64),
    ADD COLUMN column_name varchar(64),
    ADD COLUMN bound_by    bigint;
ALTER TABLE encryption_policy_bindings ADD CONSTRAINT uq_encryption_policy_bindings_column UNIQUE (table_name, column_name);

ALTER TABLE pq_migration_jobs
    ADD COLUMN attempts    integer NOT NULL DEFAULT 0,
    ADD COLUMN executed_by bigint,
    ADD COLUMN result      jsonb,
    ADD COLUMN options     jsonb;
CREATE UNIQUE INDEX uq_pq_migration_jobs_one_unfinished ON pq_migration_jobs (target_policy_id)
    WHERE status IN ('pending', 'running');

ALTER TABLE key_events DROP CONSTRAINT ck_key_events_event_type;
ALTER TABLE key_events ADD CONSTRAINT ck_key_events_event_type CHECK (event_type IN (
    'generated', 'imported', 'activated', 'decrypt_only', 'retired', 'destroyed', 'verified',
    'rotation_started', 'rotation_completed', 'rotation_failed', 'row_failed', 'key_file_mismatch',
    'data_accessed', 'forced', 'rotation_scheduled', 'rotation_cancelled', 'retire_scheduled',
    'pq_migration_started', 'pq_migration_completed', 'pq_migration_cancelled'));
