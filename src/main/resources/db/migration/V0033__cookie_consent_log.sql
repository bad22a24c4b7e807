-- The cookie-consent log (issue 15): one row per choice a visitor makes in the cookie banner on a
-- site, so the controller can show what a given consent id agreed to, under which banner, notice
-- and texts (Art. 7(1)). Append-only: a choice is never changed. A DELETE passes only in a
-- transaction that names itself as the log's retention purge in the transaction-local setting
-- vern.cookie_log_purge, which only cookie.log's purge sets. The client address is kept only as a
-- keyed hash (HMAC-SHA256, key outside the database); the page URL without query or fragment.
CREATE TABLE cookie_consent (
    id              bigserial   PRIMARY KEY,
    consent_id      uuid        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    accepted        text[]      NOT NULL,
    refused         text[]      NOT NULL,
    method          text        NOT NULL
        CHECK (method IN ('accept-all', 'reject-all', 'choose', 'withdraw', 'gpc')),
    gpc             boolean     NOT NULL,
    gpc_applied     boolean     NOT NULL,
    banner_version  text        NOT NULL,
    notice_version  integer,
    material_hash   text        NOT NULL,
    text_hash       text        NOT NULL,
    language        text        NOT NULL,
    page_url        text,
    user_agent      text,
    client_hash     bytea       NOT NULL
);

CREATE INDEX cookie_consent_by_id ON cookie_consent (consent_id, recorded_at);
CREATE INDEX cookie_consent_by_time ON cookie_consent (recorded_at);

-- Who a consent id belongs to, once the visitor signs up through a public form on the same site.
-- A link table, so the log itself stays append-only. Like the consent ledger, it keeps only the
-- subject's id: an erasure deletes the person's identifiers and keeps the subject row, so the link
-- is left without a name and goes with the log's own purge (docs/retention.md).
CREATE TABLE cookie_consent_subject (
    consent_id uuid        NOT NULL,
    subject_id uuid        NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    linked_at  timestamptz NOT NULL,
    PRIMARY KEY (consent_id, subject_id)
);

CREATE FUNCTION cookie_consent_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND coalesce(current_setting('vern.cookie_log_purge', true), '') = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'The cookie-consent log is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER cookie_consent_no_change BEFORE UPDATE OR DELETE ON cookie_consent
    FOR EACH ROW EXECUTE FUNCTION cookie_consent_refuse_change();
CREATE TRIGGER cookie_consent_no_truncate BEFORE TRUNCATE ON cookie_consent
    FOR EACH STATEMENT EXECUTE FUNCTION cookie_consent_refuse_change();
