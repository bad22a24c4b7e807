-- Retention (docs/retention.md): the trigger dates other systems report, the case references that
-- legal holds name, legal holds, the evidence of every sweep and the statistical rest of anonymised
-- records. Ids, codes, dates and counts only: no column here holds an identifier of a person.

-- The latest date of each trigger event reported for one record or for every record of a subject
-- (relationship-ended, case-closed, settled, last-contact, ...). A record's rows go with the record.
CREATE TABLE retention_record_event (
  record_id   uuid        NOT NULL REFERENCES personal_data_record (id) ON DELETE CASCADE,
  event       text        NOT NULL,
  occurred_on date        NOT NULL,
  reported_at timestamptz NOT NULL,
  PRIMARY KEY (record_id, event)
);

CREATE TABLE retention_subject_event (
  subject_id  uuid        NOT NULL REFERENCES subject (id),
  event       text        NOT NULL,
  occurred_on date        NOT NULL,
  reported_at timestamptz NOT NULL,
  PRIMARY KEY (subject_id, event)
);

-- The case a record belongs to, as the reporting system names it, so that a hold can name a case.
CREATE TABLE retention_record_case (
  record_id      uuid PRIMARY KEY REFERENCES personal_data_record (id) ON DELETE CASCADE,
  case_reference text NOT NULL CHECK (char_length(case_reference) BETWEEN 1 AND 100)
);

CREATE INDEX retention_record_case_reference ON retention_record_case (case_reference);

-- Legal holds (Art. 17(3)(e)): exactly one of subject, record, activity or case reference.
CREATE TABLE retention_hold (
  id             uuid        PRIMARY KEY,
  subject_id     uuid        NULL,
  record_id      uuid        NULL,
  activity       text        NULL,
  case_reference text        NULL,
  reason         text        NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
  owner          text        NOT NULL,
  started_at     timestamptz NOT NULL,
  review_at      date        NOT NULL,
  lifted_at      timestamptz NULL,
  lifted_by      text        NULL,
  lift_reason    text        NULL CHECK (char_length(lift_reason) <= 500),
  CHECK (num_nonnulls(subject_id, record_id, activity, case_reference) = 1)
);

CREATE INDEX retention_hold_active ON retention_hold (started_at) WHERE lifted_at IS NULL;

-- One row per sweep run. A run holds a lease while it works; a run whose lease ran out (its
-- instance died) is taken over by the next, so its counts and evidence cover everything it did.
CREATE TABLE retention_sweep (
  id                uuid        PRIMARY KEY,
  started_at        timestamptz NOT NULL,
  -- Records due on or before this day (Norwegian calendar) are taken.
  swept_day         date        NOT NULL,
  inventory_version integer     NOT NULL,
  actor             text        NOT NULL,
  lease_until       timestamptz NOT NULL,
  finished_at       timestamptz NULL,
  -- The signed purge certificate (JSON) and the audit entry that names its digest.
  certificate       text        NULL,
  evidence_sha256   text        NULL CHECK (evidence_sha256 ~ '^[0-9a-f]{64}$')
);

CREATE INDEX retention_sweep_unfinished ON retention_sweep (started_at) WHERE finished_at IS NULL;

-- What a run did, per activity and action, written in the transaction of each batch.
CREATE TABLE retention_sweep_count (
  sweep_id  uuid    NOT NULL REFERENCES retention_sweep (id),
  activity  text    NOT NULL,
  trigger   text    NOT NULL,
  period    text    NOT NULL,
  action    text    NOT NULL CHECK (action IN ('delete', 'anonymise')),
  processed bigint  NOT NULL DEFAULT 0,
  held      bigint  NOT NULL DEFAULT 0,
  PRIMARY KEY (sweep_id, activity, action)
);

-- What is left of an anonymised record: which activity it served and the year it was collected,
-- under a new id with no link to the person or the record it came from (WP29 05/2014).
CREATE TABLE retention_anonymised (
  id             uuid    PRIMARY KEY,
  sweep_id       uuid    NOT NULL REFERENCES retention_sweep (id),
  controller     text    NOT NULL,
  activity       text    NOT NULL,
  collected_year integer NOT NULL,
  anonymised_on  date    NOT NULL
);

CREATE INDEX retention_anonymised_activity ON retention_anonymised (activity, collected_year);

-- The sweep and the forecast read the records near their due day from these (DueSql.datedUpTo):
-- a record due by day D has its trigger column, or a reported event, on or before D - period + 3.
CREATE INDEX personal_data_record_retention_collected
  ON personal_data_record (activity, collected_at, id);
CREATE INDEX personal_data_record_retention_last_contact
  ON personal_data_record (activity, last_contact_at, id) WHERE last_contact_at IS NOT NULL;
CREATE INDEX personal_data_record_retention_case_closed
  ON personal_data_record (activity, case_closed_at, id) WHERE case_closed_at IS NOT NULL;
CREATE INDEX personal_data_record_retention_relationship_ended
  ON personal_data_record (activity, relationship_ended_at, id) WHERE relationship_ended_at IS NOT NULL;
CREATE INDEX retention_record_event_due ON retention_record_event (event, occurred_on);
CREATE INDEX retention_subject_event_due ON retention_subject_event (event, occurred_on);

-- The erasure finds a person's merged subjects by this (subject.RecordErasure).
CREATE INDEX subject_merged_into ON subject (merged_into) WHERE merged_into IS NOT NULL;
