-- Data subjects and the identifiers they are found by. No column holds an identifier in clear:
-- look-ups go through blind_index (HMAC-SHA256 with a key outside the database) and the value
-- itself is only in ciphertext (Tink AES-256-GCM, bound to type and row id). See docs/subjects.md.
CREATE TABLE subject (
  id          uuid PRIMARY KEY,
  created_at  timestamptz NOT NULL,
  -- Set when this subject was merged into another; its identifiers have moved there.
  merged_into uuid NULL REFERENCES subject (id)
);

CREATE TABLE subject_identifier (
  id          uuid PRIMARY KEY,
  subject_id  uuid NOT NULL REFERENCES subject (id),
  type        text NOT NULL,
  blind_index bytea NOT NULL,
  ciphertext  bytea NOT NULL,
  -- The Tink key id the ciphertext was made with, so re-encryption after a rotation finds its rows.
  aead_key_id bigint NOT NULL,
  created_at  timestamptz NOT NULL,
  CONSTRAINT subject_identifier_unique UNIQUE (type, blind_index)
);

CREATE INDEX subject_identifier_subject ON subject_identifier (subject_id);
CREATE INDEX subject_identifier_key ON subject_identifier (aead_key_id);

-- Two subjects that one resolve found to share identifiers: probably one person, for a human to
-- merge. subject_id is the one the identifiers were attached to (the oldest).
CREATE TABLE subject_merge_suggestion (
  subject_id   uuid NOT NULL REFERENCES subject (id),
  candidate_id uuid NOT NULL REFERENCES subject (id),
  suggested_at timestamptz NOT NULL,
  PRIMARY KEY (subject_id, candidate_id)
);

-- AEAD keys in the order they were first seen as primary. Only an instance whose primary is the
-- newest re-encrypts, so an instance still on an old keyset cannot undo a rotation.
CREATE TABLE subject_aead_key (
  key_id        bigint PRIMARY KEY,
  first_seen_at timestamptz NOT NULL
);
