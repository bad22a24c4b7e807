-- Answers to access and portability requests (docs/dsr.md). A download link is a random token that
-- works once before it expires; only its SHA-256 is stored, so a dump gives no usable link. No
-- personal data: the package is built when it is downloaded, from the encrypted records.
CREATE TABLE dsr_download (
  token_sha256 bytea       PRIMARY KEY,
  subject_id   uuid        NOT NULL REFERENCES subject (id),
  kind         text        NOT NULL CHECK (kind IN ('ACCESS', 'PORTABILITY')),
  language     text        NOT NULL CHECK (language IN ('nb', 'en')),
  request_id   uuid        NULL,
  issued_at    timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz NULL
);
CREATE INDEX dsr_download_subject ON dsr_download (subject_id);

-- A record a case handler has looked at and released for the person's package although it may
-- mention other people (Art. 15(4)); until then its data is withheld from the package.
CREATE TABLE dsr_record_release (
  record_id   uuid        PRIMARY KEY,
  released_at timestamptz NOT NULL,
  released_by text        NOT NULL
);

-- The disclosure register (Art. 19, 30(1)(d)): what was disclosed to whom, when and why, by ids and
-- codes. The recipient is named by the host of the endpoint or the inventory's recipient id, never
-- by a person's data.
CREATE TABLE disclosure (
  id           uuid        PRIMARY KEY,
  subject_id   uuid        NOT NULL REFERENCES subject (id),
  recipient    text        NOT NULL,
  reason       text        NOT NULL,
  activities   text[]      NOT NULL,
  record_count integer     NOT NULL CHECK (record_count >= 0),
  disclosed_at timestamptz NOT NULL,
  actor        text        NOT NULL,
  request_id   uuid        NULL
);
CREATE INDEX disclosure_subject ON disclosure (subject_id, disclosed_at);

-- Every read of a person's records asks for the subject and the subjects merged into it. The
-- partial index on subject.merged_into that this needs (bench/dsr.sh) is V0023's, created for the
-- retention sweep's erasure: the same index, so it is not created twice.
