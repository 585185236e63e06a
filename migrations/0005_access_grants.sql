-- Designed by idctl: what `users lock` needs to invalidate pending one-time links.
--
-- The seeds draw magic_links and password_resets only on relationship lines, so 0001 created them
-- as stubs (id, user_id, created_at). A lock must invalidate every *pending* link of the user, and
-- "pending" needs two facts the stubs cannot hold: until when the link is valid (expires_at) and
-- whether it was already used (used_at). idctl invalidates a pending link by setting expires_at
-- to now(); it never deletes the row, so that what was revoked, and when, stays visible.
-- The registry's [[access]] entries (src/registry/builtin.toml) name these columns; no code does.

ALTER TABLE magic_links
    ADD COLUMN expires_at timestamptz(6),
    ADD COLUMN used_at    timestamptz(6);

ALTER TABLE password_resets
    ADD COLUMN expires_at timestamptz(6),
    ADD COLUMN used_at    timestamptz(6);

COMMENT ON COLUMN magic_links.expires_at IS
    'Designed by idctl: the link is usable until then; `idctl users lock` sets it to now().';
COMMENT ON COLUMN magic_links.used_at IS
    'Designed by idctl: when the link was used; a used link is no longer pending.';
COMMENT ON COLUMN password_resets.expires_at IS
    'Designed by idctl: the reset is usable until then; `idctl users lock` sets it to now().';
COMMENT ON COLUMN password_resets.used_at IS
    'Designed by idctl: when the reset was used; a used reset is no longer pending.';

-- Operators are few among millions of users: `users lock` asks on every batch who still holds
-- users.manage (so that it never locks the last one), and `--actor` / `bootstrap-admin` ask whether
-- any operator exists. Without this index each question is a scan of the whole users table.
CREATE INDEX ix_users_actor_role ON users (actor_role) WHERE actor_role IS NOT NULL;
