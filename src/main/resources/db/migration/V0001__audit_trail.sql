-- The tamper-evident audit trail (GDPR Art. 5(2), 30). Entries hold identifiers, never personal
-- data values. Ids are gapless (last id + 1, assigned by the single writer under an advisory lock)
-- and every entry carries hash = SHA-256(prev_hash || canonical form), so a changed, removed or
-- inserted entry breaks the chain. The triggers below make the tables append-only for everyone
-- but the trail's own signed purge.

CREATE TABLE audit_entry (
    id             bigint      PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor_type     text        NOT NULL,
    actor_id       text        NOT NULL,
    action_code    integer     NOT NULL,
    resource_type  text        NOT NULL,
    resource_id    text        NOT NULL,
    outcome        text        NOT NULL,
    correlation_id text        NOT NULL,
    prev_hash      bytea       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash           bytea       NOT NULL CHECK (octet_length(hash) = 32)
);

-- The admin filters: a time range, an action, an actor or a resource, newest first by id.
CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX audit_entry_action ON audit_entry (action_code, id);
CREATE INDEX audit_entry_actor ON audit_entry (actor_type, actor_id, id);
CREATE INDEX audit_entry_resource ON audit_entry (resource_type, resource_id, id);

-- What a retention purge removed, signed with an Ed25519 key kept outside the database.
CREATE TABLE audit_checkpoint (
    id          bigint      PRIMARY KEY,
    first_id    bigint      NOT NULL,
    last_id     bigint      NOT NULL,
    last_hash   bytea       NOT NULL CHECK (octet_length(last_hash) = 32),
    entry_count bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    key_id      text        NOT NULL,
    signature   bytea       NOT NULL,
    CHECK (first_id <= last_id AND entry_count = last_id - first_id + 1)
);

CREATE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

-- A delete passes only inside the purge's own transaction, which first writes the checkpoint
-- covering the rows and names it in the transaction-local setting vern.audit_purge_checkpoint.
CREATE FUNCTION audit_entry_allow_purge_only() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    checkpoint_id bigint := nullif(current_setting('vern.audit_purge_checkpoint', true), '')::bigint;
BEGIN
    IF checkpoint_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM audit_checkpoint c
        WHERE c.id = checkpoint_id AND OLD.id BETWEEN c.first_id AND c.last_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: entry % may only be removed by a signed purge', OLD.id
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_purge_only BEFORE DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_allow_purge_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_checkpoint_no_change BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
