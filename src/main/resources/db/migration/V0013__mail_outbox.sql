-- The mail outbox (docs/mail.md). A row is written in the caller's transaction, so it exists if and
-- only if the business change committed. Recipient and contents are Tink AES-256-GCM ciphertexts
-- (key under VERN_KEY_DIR/mail, bound to the row id) and are deleted once the SMTP server has
-- accepted the mail; what stays holds no personal data.
CREATE TABLE mail_outbox (
  id                   uuid PRIMARY KEY,
  -- What the mail is (consent.confirmation, ...): never personal data.
  kind                 text NOT NULL,
  language             text NOT NULL CHECK (language IN ('nb', 'en')),
  -- Fixed at enqueue and sent on every attempt, so receivers can drop a duplicate.
  message_id           text NOT NULL UNIQUE,
  state                text NOT NULL CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
  attempts             integer NOT NULL DEFAULT 0,
  queued_at            timestamptz NOT NULL,
  -- When a dispatcher may take the row next: the next attempt for QUEUED, the end of the lease
  -- for SENDING (a dispatcher that died mid-send leaves the row to be taken again then).
  next_attempt_at      timestamptz NOT NULL,
  -- The claim of the dispatcher holding the lease; its updates only apply while it still holds it.
  lease_token          uuid NULL,
  last_attempt_at      timestamptz NULL,
  -- Class names of the last failure only: messages may quote an address.
  last_error           text NULL,
  sent_at              timestamptz NULL,
  failed_at            timestamptz NULL,
  recipient_ciphertext bytea NULL,
  content_ciphertext   bytea NULL,
  CONSTRAINT mail_outbox_sent_keeps_no_content
    CHECK (state <> 'SENT' OR (recipient_ciphertext IS NULL AND content_ciphertext IS NULL)),
  CONSTRAINT mail_outbox_pending_has_content
    CHECK (state NOT IN ('QUEUED', 'SENDING')
           OR (recipient_ciphertext IS NOT NULL AND content_ciphertext IS NOT NULL))
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE state IN ('QUEUED', 'SENDING');
CREATE INDEX mail_outbox_failed ON mail_outbox (failed_at) WHERE state = 'FAILED';
CREATE INDEX mail_outbox_sent ON mail_outbox (sent_at) WHERE state = 'SENT';
