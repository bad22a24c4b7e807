-- Personal-data records: each stored item points to its controller and processing activity (so
-- purpose, legal basis and retention come from the inventory), its source, when it was collected
-- and the dates its retention trigger needs. The data itself is only in ciphertext (Tink
-- AES-256-GCM with the subject AEAD keyset, bound to the record id). See docs/subjects.md.
CREATE TABLE personal_data_record (
  id                    uuid PRIMARY KEY,
  subject_id            uuid NOT NULL REFERENCES subject (id),
  controller            text NOT NULL,
  activity              text NOT NULL,
  source                text NOT NULL,
  collected_at          timestamptz NOT NULL,
  data_ciphertext       bytea NOT NULL,
  aead_key_id           bigint NOT NULL,
  last_contact_at       timestamptz NULL,
  relationship_ended_at timestamptz NULL,
  case_closed_at        timestamptz NULL,
  -- Art. 14(3)(a): the day by which the person must be told, when the data was not from them.
  inform_by             date NULL,
  informed_at           timestamptz NULL
);

CREATE INDEX personal_data_record_subject ON personal_data_record (subject_id);
CREATE INDEX personal_data_record_activity ON personal_data_record (activity);
CREATE INDEX personal_data_record_key ON personal_data_record (aead_key_id);
CREATE INDEX personal_data_record_inform_by ON personal_data_record (inform_by)
  WHERE inform_by IS NOT NULL AND informed_at IS NULL;

-- Restriction (Art. 18) and objection (Art. 21) per subject and activity, for the requests
-- capability; no row means neither.
CREATE TABLE subject_activity_flags (
  subject_id uuid NOT NULL REFERENCES subject (id),
  activity   text NOT NULL,
  restricted boolean NOT NULL DEFAULT false,
  objected   boolean NOT NULL DEFAULT false,
  PRIMARY KEY (subject_id, activity)
);
