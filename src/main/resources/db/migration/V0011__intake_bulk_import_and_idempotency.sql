-- Bulk import (docs/intake.md "POST /api/v1/imports") and idempotency keys (docs/intake.md
-- "Idempotency keys").

-- subject module: the import that created a subject or stored a record. An import is audited by
-- one entry (RECORDS_IMPORTED, resource the import id) instead of one per row, and these columns
-- make every row traceable to it. NULL for rows from any other path, which are audited per row.
ALTER TABLE subject ADD COLUMN import_id uuid NULL;
ALTER TABLE personal_data_record ADD COLUMN import_id uuid NULL;

-- intake module: one row per import that got past its header, with its counts; the audit entry
-- names it by id. Ids only: actor is a principal name (token:<uuid>, user:<uuid>).
CREATE TABLE intake_import (
  id          uuid PRIMARY KEY,
  actor       text NOT NULL,
  activity    text NOT NULL,
  source      text NOT NULL,
  started_at  timestamptz NOT NULL,
  finished_at timestamptz NULL,
  imported    integer NOT NULL DEFAULT 0,
  failed      integer NOT NULL DEFAULT 0,
  -- false when the import stopped before the end of its file (the client went away, or a fault)
  complete    boolean NOT NULL DEFAULT false
);

-- intake module: Idempotency-Key (IETF httpapi idempotency-key draft), per calling principal.
-- response_body holds ids and counts only (the answer that was sent), never request values.
CREATE TABLE intake_idempotency_key (
  principal     text NOT NULL,
  idempotency_key text NOT NULL,
  -- records or imports: a key is for one operation, and only a records claim may be taken over
  operation     text NOT NULL CHECK (operation IN ('records', 'imports')),
  -- SHA-256 over the operation, its parameters and the body; NULL while an import still reads it
  fingerprint   bytea NULL,
  -- who holds the key while the request runs; a completion by anyone else changes nothing
  claim         uuid NOT NULL,
  state         text NOT NULL CHECK (state IN ('IN_PROGRESS', 'DONE', 'INTERRUPTED')),
  status        integer NULL,
  location      text NULL,
  response_body text NULL,
  created_at    timestamptz NOT NULL,
  touched_at    timestamptz NOT NULL,
  PRIMARY KEY (principal, idempotency_key)
);

CREATE INDEX intake_idempotency_key_created ON intake_idempotency_key (created_at);
