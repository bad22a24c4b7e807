-- Newsletters (docs/newsletters.md): double opt-in requests, suppressions after unsubscribe, and
-- the renewal requests already mailed. No personal data in clear: tokens and addresses are hashes.

-- A sign-up waiting for the person to confirm from their mailbox. The token is handed out once
-- (in the mail) and only its SHA-256 is kept. Rows past expires_at are removed with the sign-up's
-- record by the sweep; a used row stays until then so a second click says "already confirmed".
CREATE TABLE newsletter_confirmation (
  token_sha256 bytea       PRIMARY KEY CHECK (octet_length(token_sha256) = 32),
  subject_id   uuid        NOT NULL REFERENCES subject (id),
  list         text        NOT NULL,
  record_id    uuid        NULL,
  form_id      text        NOT NULL,
  language     text        NOT NULL CHECK (language IN ('nb', 'en')),
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz NULL
);

CREATE INDEX newsletter_confirmation_expiry ON newsletter_confirmation (expires_at);
CREATE INDEX newsletter_confirmation_subject ON newsletter_confirmation (subject_id, list);

-- Addresses that left a list: a keyed hash (HMAC-SHA256 under the newsletter key, outside the
-- database) of the normalised e-mail address, per list. Only a new confirmed double opt-in clears it.
CREATE TABLE newsletter_suppression (
  list          text        NOT NULL,
  address_hmac  bytea       NOT NULL CHECK (octet_length(address_hmac) = 32),
  key_id        bigint      NOT NULL,
  suppressed_at timestamptz NOT NULL,
  PRIMARY KEY (list, address_hmac)
);

-- One renewal request per marking: the consent event that was in force when the person was asked.
CREATE TABLE newsletter_renewal_asked (
  subject_id uuid        NOT NULL REFERENCES subject (id),
  purpose    text        NOT NULL,
  event_id   uuid        NOT NULL,
  asked_at   timestamptz NOT NULL,
  PRIMARY KEY (subject_id, purpose, event_id)
);
