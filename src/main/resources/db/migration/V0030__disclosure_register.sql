-- The disclosure register's full entry (issue 14, docs/disclosures.md): the recipient's role, the
-- legal bases, the data categories, a case reference, the transfer mechanism, and whether the
-- disclosure must be kept from the person (a report to Økokrim, hvitvaskingsloven § 28) with the
-- ground for that. Codes and ids only. Rows written before this (portability transmissions) stay
-- valid: the new columns are empty or false for them.
ALTER TABLE disclosure
  ADD COLUMN recipient_role      text     NULL
    CHECK (recipient_role IN ('processor', 'independent-controller', 'joint-controller',
                              'public-authority')),
  ADD COLUMN legal_bases         text[]   NOT NULL DEFAULT '{}',
  ADD COLUMN data_categories     text[]   NOT NULL DEFAULT '{}',
  ADD COLUMN case_reference      text     NULL CHECK (length(case_reference) <= 100),
  ADD COLUMN transfer_mechanism  text     NULL,
  ADD COLUMN confidential        boolean  NOT NULL DEFAULT false,
  ADD COLUMN confidential_ground text     NULL CHECK (length(confidential_ground) <= 200),
  ADD COLUMN recorded_at         timestamptz NULL,
  ADD COLUMN batch_id            uuid     NULL,
  ADD CONSTRAINT disclosure_confidential_has_ground
    CHECK (NOT confidential OR confidential_ground IS NOT NULL);

-- The admin page lists the newest disclosures of the whole register.
CREATE INDEX disclosure_disclosed_at ON disclosure (disclosed_at DESC);

-- Idempotency-Key of POST /api/v1/disclosures and /batch, per caller: a retried request answers
-- the ids of the first instead of recording the disclosures twice. Ids and a SHA-256 of the
-- request only; kept with the register.
CREATE TABLE disclosure_idempotency (
  actor       text        NOT NULL,
  key         text        NOT NULL,
  fingerprint bytea       NOT NULL,
  ids         uuid[]      NULL,
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (actor, key)
);
