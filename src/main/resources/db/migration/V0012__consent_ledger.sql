-- The consent ledger (GDPR Art. 7(1): the controller must be able to show that the person
-- consented). Every decision a person makes about a consent purpose is one immutable event; the
-- current state per person and purpose is kept beside it, updated in the same transaction, so a
-- decision is one index look-up. No column holds an identifier or an address in clear: the
-- subject is an id, the client address a keyed HMAC (key outside the database), the text shown a
-- SHA-256. See docs/consent.md.

CREATE TABLE consent_event (
  id              uuid        PRIMARY KEY,
  subject_id      uuid        NOT NULL REFERENCES subject (id),
  purpose         text        NOT NULL,
  status          text        NOT NULL CHECK (status IN
                    ('GIVEN', 'REFUSED', 'WITHDRAWN', 'EXPIRED', 'RENEWED', 'INVALIDATED')),
  occurred_at     timestamptz NOT NULL,
  -- The published privacy notice the person was shown (privacy_notice.version).
  notice_version  integer     NOT NULL CHECK (notice_version > 0),
  language        text        NOT NULL CHECK (language IN ('nb', 'en')),
  text_sha256     text        NOT NULL CHECK (text_sha256 ~ '^[0-9a-f]{64}$'),
  channel         text        NOT NULL,
  method          text        NOT NULL,
  -- HMAC-SHA256 of the client address under the proof key (key id alongside for rotation).
  address_hmac    bytea       NULL CHECK (octet_length(address_hmac) = 32),
  address_key_id  bigint      NULL,
  user_agent      text        NULL CHECK (length(user_agent) <= 512),
  actor_type      text        NOT NULL,
  actor_id        text        NOT NULL,
  -- Insertion order, so that two events within the same microsecond still read back in order.
  seq             bigint      GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE INDEX consent_event_subject ON consent_event (subject_id, purpose, seq);

-- The current state per subject and purpose: the last event's status, when it began, the notice
-- version it rests on, when a given consent expires (given_at + the purpose's maxAge), and whether
-- a material change of the purpose asks the person again (renewal_required).
CREATE TABLE consent_state (
  subject_id       uuid        NOT NULL REFERENCES subject (id),
  purpose          text        NOT NULL,
  status           text        NOT NULL,
  since            timestamptz NOT NULL,
  event_id         uuid        NOT NULL REFERENCES consent_event (id),
  notice_version   integer     NOT NULL,
  given_at         timestamptz NULL,
  expires_at       timestamptz NULL,
  renewal_required boolean     NOT NULL DEFAULT false,
  PRIMARY KEY (subject_id, purpose)
);

-- The expiry sweep's work list: only consents in force that have an end.
CREATE INDEX consent_state_expiry ON consent_state (expires_at)
  WHERE status IN ('GIVEN', 'RENEWED') AND expires_at IS NOT NULL;
CREATE INDEX consent_state_purpose ON consent_state (purpose, notice_version)
  WHERE status IN ('GIVEN', 'RENEWED');

-- A signed receipt (compact JWS, EdDSA/Ed25519) for every GIVEN, RENEWED and WITHDRAWN event,
-- written with the event and never changed: a receipt handed out must verify for ever.
CREATE TABLE consent_receipt (
  event_id   uuid        PRIMARY KEY REFERENCES consent_event (id),
  kid        text        NOT NULL,
  jws        text        NOT NULL,
  created_at timestamptz NOT NULL
);

-- The public half of every receipt signing key ever used (a JWK), so /.well-known/jwks.json lists
-- the same keys on every instance and keeps old ones after a rotation. Private keys never come
-- here: they live under $VERN_KEY_DIR/consent or in VERN_CONSENT_RECEIPT_KEYS.
CREATE TABLE consent_receipt_key (
  kid        text        PRIMARY KEY,
  public_jwk text        NOT NULL,
  created_at timestamptz NOT NULL
);

-- Privacy notice versions whose material changes have been applied to consent_state (renewal),
-- so that a missed or repeated run neither skips nor doubles a version.
CREATE TABLE consent_notice_applied (
  notice_version integer     PRIMARY KEY,
  applied_at     timestamptz NOT NULL,
  marked         integer     NOT NULL
);

-- Notices published before the ledger existed changed nobody's consent.
INSERT INTO consent_notice_applied (notice_version, applied_at, marked)
  SELECT version, now(), 0 FROM privacy_notice;

CREATE FUNCTION consent_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The consent ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER consent_event_append_only BEFORE UPDATE OR DELETE ON consent_event
    FOR EACH ROW EXECUTE FUNCTION consent_refuse_change();
CREATE TRIGGER consent_event_no_truncate BEFORE TRUNCATE ON consent_event
    FOR EACH STATEMENT EXECUTE FUNCTION consent_refuse_change();
CREATE TRIGGER consent_receipt_append_only BEFORE UPDATE OR DELETE ON consent_receipt
    FOR EACH ROW EXECUTE FUNCTION consent_refuse_change();
CREATE TRIGGER consent_receipt_no_truncate BEFORE TRUNCATE ON consent_receipt
    FOR EACH STATEMENT EXECUTE FUNCTION consent_refuse_change();
CREATE TRIGGER consent_receipt_key_append_only BEFORE UPDATE OR DELETE ON consent_receipt_key
    FOR EACH ROW EXECUTE FUNCTION consent_refuse_change();
