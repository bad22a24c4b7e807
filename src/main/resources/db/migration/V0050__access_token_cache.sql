-- Issue 17: API tokens are checked from a short-lived cache in each Vern instance. Whatever changes
-- what a token may do (revocation, roles, expiry, the secret's hash) or removes it tells every
-- instance listening on this database at once, at the commit of the change, whoever made it (Vern,
-- a migration, an operator in psql). The payload is the token id; '*' means "forget every token".
-- last_used_at is left out on purpose: it changes as tokens are used and must not empty caches.
CREATE FUNCTION access_api_token_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_LEVEL = 'STATEMENT' THEN
        PERFORM pg_notify('vern_api_token', '*');
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('vern_api_token', OLD.id::text);
    ELSE
        PERFORM pg_notify('vern_api_token', NEW.id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER access_api_token_changed_update
    AFTER UPDATE ON access_api_token
    FOR EACH ROW
    WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at
          OR OLD.roles IS DISTINCT FROM NEW.roles
          OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
          OR OLD.token_hash IS DISTINCT FROM NEW.token_hash
          OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION access_api_token_changed();

CREATE TRIGGER access_api_token_changed_delete
    AFTER DELETE ON access_api_token
    FOR EACH ROW
    EXECUTE FUNCTION access_api_token_changed();

CREATE TRIGGER access_api_token_changed_truncate
    AFTER TRUNCATE ON access_api_token
    FOR EACH STATEMENT
    EXECUTE FUNCTION access_api_token_changed();

-- The use of a token as evidence: one row per token per minute (UTC, truncated) with how many
-- requests it authenticated, the first and the last. Written by each instance's flusher
-- (access.TokenUses) as an upsert that adds its count, so several instances share a row.
CREATE TABLE access_token_use (
    token_id uuid        NOT NULL REFERENCES access_api_token (id) ON DELETE CASCADE,
    minute   timestamptz NOT NULL,
    uses     bigint      NOT NULL,
    first_at timestamptz NOT NULL,
    last_at  timestamptz NOT NULL,
    PRIMARY KEY (token_id, minute),
    CONSTRAINT access_token_use_positive CHECK (uses > 0),
    CONSTRAINT access_token_use_order CHECK (first_at <= last_at)
);

-- The retention purge deletes by minute.
CREATE INDEX access_token_use_minute ON access_token_use (minute);
