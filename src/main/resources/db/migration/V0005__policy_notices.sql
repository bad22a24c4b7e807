-- Published privacy notices (GDPR Art. 12-14). A version is immutable: the structured content and
-- the HTML a reader saw are stored as published, so an old version reads exactly as it did.
-- Versions are gapless (max + 1 under an advisory lock held by the publishing transaction).

CREATE TABLE privacy_notice (
    version           integer     PRIMARY KEY CHECK (version > 0),
    inventory_version integer     NOT NULL,
    published_at      timestamptz NOT NULL,
    content           jsonb       NOT NULL,
    html_nb           text        NOT NULL,
    html_en           text        NOT NULL,
    content_sha256    text        NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$')
);

-- Per consent purpose: a fingerprint of what the consent rests on (reason=hash;...), and whether
-- it changed materially since the previous version, with the reasons. Consent uses it to ask
-- again only the people whose consent rests on a changed purpose.
CREATE TABLE privacy_notice_purpose (
    version     integer NOT NULL REFERENCES privacy_notice (version),
    purpose     text    NOT NULL,
    fingerprint text    NOT NULL,
    changed     boolean NOT NULL,
    reasons     text[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (version, purpose),
    CHECK (changed = (cardinality(reasons) > 0))
);

CREATE FUNCTION privacy_notice_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Published privacy notices are immutable: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER privacy_notice_immutable BEFORE UPDATE OR DELETE ON privacy_notice
    FOR EACH ROW EXECUTE FUNCTION privacy_notice_refuse_change();
CREATE TRIGGER privacy_notice_no_truncate BEFORE TRUNCATE ON privacy_notice
    FOR EACH STATEMENT EXECUTE FUNCTION privacy_notice_refuse_change();
CREATE TRIGGER privacy_notice_purpose_immutable BEFORE UPDATE OR DELETE ON privacy_notice_purpose
    FOR EACH ROW EXECUTE FUNCTION privacy_notice_refuse_change();
CREATE TRIGGER privacy_notice_purpose_no_truncate BEFORE TRUNCATE ON privacy_notice_purpose
    FOR EACH STATEMENT EXECUTE FUNCTION privacy_notice_refuse_change();
