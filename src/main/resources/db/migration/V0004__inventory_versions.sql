-- Every accepted inventory, numbered 1, 2, 3, ...; the highest number is in force. A version is
-- never changed or removed: the privacy notice published from it, and the record of processing
-- an authority was shown, must stay reproducible. Numbers are assigned as max + 1 under a
-- transaction-level advisory lock, so two instances activating at once cannot collide.

CREATE TABLE inventory_version (
    number       integer     PRIMARY KEY CHECK (number > 0),
    document     text        NOT NULL,
    sha256       text        NOT NULL,
    activated_at timestamptz NOT NULL,
    activated_by text        NOT NULL
);

CREATE FUNCTION inventory_version_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Inventory versions are append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER inventory_version_no_change BEFORE UPDATE OR DELETE ON inventory_version
    FOR EACH ROW EXECUTE FUNCTION inventory_version_refuse_change();
CREATE TRIGGER inventory_version_no_truncate BEFORE TRUNCATE ON inventory_version
    FOR EACH STATEMENT EXECUTE FUNCTION inventory_version_refuse_change();
