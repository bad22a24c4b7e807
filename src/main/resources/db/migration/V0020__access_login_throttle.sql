-- Failed sign-in attempts, counted per client address, per address and username, and per
-- username (docs/security.md, "Admin sign-in"). In PostgreSQL rather than in memory so that every
-- instance refuses and delays alike. Keys are HMAC-SHA256 under a key kept outside the database
-- (access.ThrottleKeys): neither addresses nor typed usernames are stored in clear.
CREATE TABLE access_login_throttle (
    scope           text        NOT NULL,
    key             bytea       NOT NULL,
    -- The username's key on pair and username rows, so an administrator can lift the delays of
    -- one account.
    username_key    bytea,
    failures        integer     NOT NULL,
    last_failure_at timestamptz NOT NULL,
    -- Set when the user was told of a burst of failures, so that one burst brings one mail.
    noticed         boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (scope, key),
    CONSTRAINT access_login_throttle_scope CHECK (scope IN ('address', 'pair', 'username')),
    CONSTRAINT access_login_throttle_failures CHECK (failures >= 0)
);

CREATE INDEX access_login_throttle_username ON access_login_throttle (username_key);
CREATE INDEX access_login_throttle_age ON access_login_throttle (last_failure_at);

-- The account lock these columns held is gone: a lock that strangers could trigger is replaced by
-- the counters above, which never refuse the rightful user at an address of their own.
ALTER TABLE access_user DROP COLUMN failed_attempts, DROP COLUMN locked_until;
