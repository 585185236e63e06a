-- The compact, UUID-keyed identity schema of seed 003 (../shared/seeds/003_*.txt), exactly as
-- drawn: every table, column and type of the diagram, the drawn keys (PK, UNIQUE) and a foreign
-- key for every relationship line. Plain SQL, not idctl's migrations: it stands for a database
-- some other platform created. Used by the integration tests and by `idctl dev seed --schema
-- compact`.
--
-- Choices the diagram leaves open: UUIDs default to gen_random_uuid(); TIMESTAMP is `timestamp`
-- (without time zone, as drawn); VARCHAR has no length; the ENUM of user_status.status is a type
-- `user_status_kind` ('active', 'suspended', 'deactivated'); user_roles has no primary key
-- (none is drawn) but a unique (user_uuid, role_id).

CREATE TYPE user_status_kind AS ENUM ('active', 'suspended', 'deactivated');

CREATE TABLE users (
    uuid          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    id            bigserial UNIQUE,
    created_at    timestamp DEFAULT now(),
    updated_at    timestamp DEFAULT now(),
    last_login_at timestamp
);

CREATE TABLE user_profiles (
    user_uuid         uuid PRIMARY KEY REFERENCES users (uuid),
    username          varchar UNIQUE,
    display_name      varchar,
    avatar_object_key text,
    bio               text
);

CREATE TABLE user_emails (
    id          bigserial PRIMARY KEY,
    user_uuid   uuid REFERENCES users (uuid),
    email       varchar UNIQUE,
    is_verified boolean,
    is_primary  boolean,
    created_at  timestamp DEFAULT now()
);
CREATE INDEX ON user_emails (user_uuid);

CREATE TABLE roles (
    role_id     serial PRIMARY KEY,
    role_name   varchar UNIQUE,
    description text
);

CREATE TABLE user_roles (
    user_uuid   uuid REFERENCES users (uuid),
    role_id     int REFERENCES roles (role_id),
    assigned_at timestamp DEFAULT now(),
    UNIQUE (user_uuid, role_id)
);

CREATE TABLE user_credentials (
    user_uuid           uuid PRIMARY KEY REFERENCES users (uuid),
    password_hash       text,
    password_changed_at timestamp
);

CREATE TABLE user_auth_providers (
    id               bigserial PRIMARY KEY,
    user_uuid        uuid REFERENCES users (uuid),
    provider_name    varchar,
    external_user_id varchar,
    access_token     bytea,
    refresh_token    bytea,
    token_expires_at timestamp,
    created_at       timestamp DEFAULT now()
);
CREATE INDEX ON user_auth_providers (user_uuid);

CREATE TABLE user_status (
    user_uuid      uuid PRIMARY KEY REFERENCES users (uuid),
    status         user_status_kind,
    deactivated_at timestamp,
    reason         text
);

CREATE TABLE user_mfa_factors (
    id          bigserial PRIMARY KEY,
    user_uuid   uuid REFERENCES users (uuid),
    factor_type varchar,
    factor_data bytea,
    is_enabled  boolean,
    created_at  timestamp DEFAULT now()
);
CREATE INDEX ON user_mfa_factors (user_uuid);

CREATE TABLE user_devices (
    id                 bigserial PRIMARY KEY,
    user_uuid          uuid REFERENCES users (uuid),
    device_fingerprint varchar,
    device_name        varchar,
    last_seen_at       timestamp,
    created_at         timestamp DEFAULT now()
);
CREATE INDEX ON user_devices (user_uuid);

CREATE TABLE login_audit_logs (
    id          bigserial PRIMARY KEY,
    user_uuid   uuid REFERENCES users (uuid),
    event_type  varchar,
    ip_address  inet,
    user_agent  text,
    event_at    timestamp DEFAULT now()
);
CREATE INDEX ON login_audit_logs (user_uuid);
