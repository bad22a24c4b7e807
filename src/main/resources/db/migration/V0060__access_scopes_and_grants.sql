-- Issue 18, need-to-know. Every user and API token either sees people of all controllers (an
-- explicit, stored choice) or only those with a record of a listed controller, optionally narrowed
-- to listed activities. Rows that exist when this runs get "all": before this change every user and
-- token saw everyone, and an upgrade must not lock anybody out. The default is dropped afterwards,
-- so Vern must state the choice for every new user and token (docs/need-to-know.md).
ALTER TABLE access_user ADD COLUMN scope_all boolean NOT NULL DEFAULT true;
ALTER TABLE access_user ALTER COLUMN scope_all DROP DEFAULT;
ALTER TABLE access_api_token ADD COLUMN scope_all boolean NOT NULL DEFAULT true;
ALTER TABLE access_api_token ALTER COLUMN scope_all DROP DEFAULT;

-- The listed controllers and activities of a scoped user or token. principal is how the audit
-- trail and Spring Security name it: 'user:<uuid>' or 'token:<uuid>'.
CREATE TABLE access_scope (
    principal text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('controller', 'activity')),
    target    text NOT NULL CHECK (char_length(target) BETWEEN 1 AND 100),
    PRIMARY KEY (principal, kind, target)
);

-- Time-limited access beyond a user's scope: to one person (target = subject id) or to one
-- activity (target = activity id), given by a DPO or ADMIN with a reason, or opened by the user
-- themselves as break-glass (one person, a short fixed period, flagged to the DPO). A grant ends by
-- itself at ends_at, checked against Vern's clock when it is read; ended_at is "end now".
CREATE TABLE access_grant (
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES access_user (id),
    kind         text        NOT NULL CHECK (kind IN ('person', 'activity')),
    target       text        NOT NULL CHECK (char_length(target) BETWEEN 1 AND 100),
    reason       text        NOT NULL CHECK (char_length(btrim(reason)) BETWEEN 1 AND 1000),
    break_glass  boolean     NOT NULL,
    granted_by   text        NOT NULL,
    granted_at   timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    ended_at     timestamptz,
    ended_by     text,
    last_used_at timestamptz,
    CHECK (granted_at < ends_at),
    CHECK (break_glass = false OR kind = 'person')
);

-- Read on every scoped read of a person: the user's grants that may still be running.
CREATE INDEX access_grant_user ON access_grant (user_id, ends_at) WHERE ended_at IS NULL;
