-- Audit entries written inside the transaction of the action they record, so that an entry exists
-- if and only if the action committed, and survives a crash from the moment of that commit. The
-- chain writer moves them onto audit_entry (gapless ids, hash chain) within milliseconds: it
-- deletes them here and appends them there in one transaction, under the chain's advisory lock.
-- Same fields as audit_entry without the chain; the id only orders entries waiting to be sealed.

CREATE TABLE audit_pending (
    id             bigserial   PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor_type     text        NOT NULL,
    actor_id       text        NOT NULL,
    action_code    integer     NOT NULL,
    resource_type  text        NOT NULL,
    resource_id    text        NOT NULL,
    outcome        text        NOT NULL,
    correlation_id text        NOT NULL
);

-- A row waiting to be sealed is not yet protected by the chain, so it may not be changed at all,
-- and removed only by the sealing transaction, which names itself in the transaction-local
-- setting vern.audit_sealing. Checked once per statement: sealing deletes many rows at a time.
CREATE FUNCTION audit_pending_allow_sealing_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('vern.audit_sealing', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: entries waiting to be sealed may only be removed by the chain writer'
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER audit_pending_no_update BEFORE UPDATE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_pending_sealing_only BEFORE DELETE ON audit_pending
    FOR EACH STATEMENT EXECUTE FUNCTION audit_pending_allow_sealing_only();
CREATE TRIGGER audit_pending_no_truncate BEFORE TRUNCATE ON audit_pending
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
