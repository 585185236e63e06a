-- 0002_rbac_catalogue.sql -- idctl's permission catalogue, its roles and their grants.
--
-- Idempotent: every insert is ON CONFLICT DO NOTHING, so re-running it (or running it
-- against a database where an operator already created some of these rows) adds only
-- what is missing and never changes existing rows. Rows are matched by name
-- (uq_permissions_name, uq_rbac_roles_name) and by the pk of rbac_role_permissions.
-- The migration runner wraps this file in a transaction: no BEGIN/COMMIT here.

-- --------------------------------------------------------------------------
-- Permissions
-- --------------------------------------------------------------------------
INSERT INTO permissions (name, description) VALUES
    ('keys.generate',   'Generate or import a new key version (status pending).'),
    ('keys.activate',   'Make a key version the active one for its basename.'),
    ('keys.retire',     'Move a key version to decrypt_only or retired.'),
    ('keys.destroy',    'Destroy a retired key version (irreversible).'),
    ('keys.rotate',     'Create and schedule key rotation jobs.'),
    ('keys.verify',     'Verify key files against the registry (fingerprints, status) and read key history.'),
    ('data.decrypt',    'Decrypt protected user data (every use is recorded in key_events).'),
    ('jobs.manage',     'Create, cancel and reschedule jobs.'),
    ('jobs.run',        'Run or resume pending jobs.'),
    ('users.manage',    'Lock, unlock and update user accounts.'),
    ('users.lookup',    'Find users by blind index and view account metadata.'),
    ('deletion.plan',   'Plan deletion jobs and preview what they would delete.'),
    ('deletion.run',    'Execute deletion jobs.'),
    ('deletion.hold',   'Put deletion jobs on hold or release them.'),
    ('privacy.export',  'Export a user''s data for access and portability requests.'),
    ('privacy.process', 'Process privacy requests (change their status, record the outcome).'),
    ('pq.manage',       'Manage the algorithm catalogue and encryption policies.'),
    ('pq.migrate',      'Create and run post-quantum migration jobs.')
ON CONFLICT (name) DO NOTHING;

-- --------------------------------------------------------------------------
-- Roles (users.actor_role names one of these)
-- --------------------------------------------------------------------------
INSERT INTO rbac_roles (name, description) VALUES
    ('admin',           'Full control of idctl: every permission in the catalogue.'),
    ('key_operator',    'Key lifecycle, rotation and post-quantum migration jobs.'),
    ('privacy_officer', 'Privacy requests, deletion jobs, user lookup and decryption for exports.'),
    ('support',         'User look-up and account management, with decryption of user data.'),
    ('auditor',         'Read-only verification of keys and key history.')
ON CONFLICT (name) DO NOTHING;

-- --------------------------------------------------------------------------
-- Grants
-- --------------------------------------------------------------------------
INSERT INTO rbac_role_permissions (role_id, permission_id)
SELECT r.id, p.id
FROM (VALUES
    -- admin: all
    ('admin', 'keys.generate'), ('admin', 'keys.activate'), ('admin', 'keys.retire'),
    ('admin', 'keys.destroy'), ('admin', 'keys.rotate'), ('admin', 'keys.verify'),
    ('admin', 'data.decrypt'), ('admin', 'jobs.manage'), ('admin', 'jobs.run'),
    ('admin', 'users.manage'), ('admin', 'users.lookup'), ('admin', 'deletion.plan'),
    ('admin', 'deletion.run'), ('admin', 'deletion.hold'), ('admin', 'privacy.export'),
    ('admin', 'privacy.process'), ('admin', 'pq.manage'), ('admin', 'pq.migrate'),
    -- key_operator: keys.*, jobs.*, pq.*
    ('key_operator', 'keys.generate'), ('key_operator', 'keys.activate'),
    ('key_operator', 'keys.retire'), ('key_operator', 'keys.destroy'),
    ('key_operator', 'keys.rotate'), ('key_operator', 'keys.verify'),
    ('key_operator', 'jobs.manage'), ('key_operator', 'jobs.run'),
    ('key_operator', 'pq.manage'), ('key_operator', 'pq.migrate'),
    -- privacy_officer: privacy.*, deletion.*, users.lookup, data.decrypt
    ('privacy_officer', 'privacy.export'), ('privacy_officer', 'privacy.process'),
    ('privacy_officer', 'deletion.plan'), ('privacy_officer', 'deletion.run'),
    ('privacy_officer', 'deletion.hold'), ('privacy_officer', 'users.lookup'),
    ('privacy_officer', 'data.decrypt'),
    -- support: users.lookup, users.manage, data.decrypt
    ('support', 'users.lookup'), ('support', 'users.manage'), ('support', 'data.decrypt'),
    -- auditor: keys.verify
    ('auditor', 'keys.verify')
) AS g (role_name, permission_name)
JOIN rbac_roles r ON r.name = g.role_name
JOIN permissions p ON p.name = g.permission_name
ON CONFLICT (role_id, permission_id) DO NOTHING;
