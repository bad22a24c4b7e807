-- Admin users and API tokens. Lockout state lives here, not in memory, so every instance agrees.
CREATE TABLE access_user (
    id                   uuid        PRIMARY KEY,
    username             text        NOT NULL,
    password_hash        text        NOT NULL,
    roles                text[]      NOT NULL,
    enabled              boolean     NOT NULL DEFAULT true,
    must_change_password boolean     NOT NULL DEFAULT false,
    failed_attempts      integer     NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    created_at           timestamptz NOT NULL,
    last_login_at        timestamptz,
    CONSTRAINT access_user_username_length CHECK (char_length(username) BETWEEN 3 AND 100)
);

-- "Admin" and "admin" are one account: people do not remember case.
CREATE UNIQUE INDEX access_user_username_uq ON access_user (lower(username));

-- Only a SHA-256 of the secret is stored; the secret itself is shown once at creation.
CREATE TABLE access_api_token (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL,
    token_hash   bytea       NOT NULL,
    prefix       text        NOT NULL,
    roles        text[]      NOT NULL,
    expires_at   timestamptz NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    CONSTRAINT access_api_token_hash_uq UNIQUE (token_hash),
    CONSTRAINT access_api_token_name_length CHECK (char_length(name) BETWEEN 1 AND 100)
);
