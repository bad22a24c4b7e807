-- Retention bench fill (bench/retention.sh): :records records of activity 'enquiries' on
-- :records/10 subjects, one identifier each. Every tenth record (i % 10 = 0) had its last contact
-- on 2020-01-15 and is due (3 years after last contact); the others had theirs 0-1089 days ago,
-- so none is due yet and a few are due in every coming week. The due rows lie every tenth row of
-- the table, as records collected over years would. Synthetic bytes only.
SELECT :records / 10 AS subjects \gset
INSERT INTO subject (id, created_at)
SELECT md5('bench-subject-' || s)::uuid, now() FROM generate_series(1, :subjects) s;
INSERT INTO subject_identifier (id, subject_id, type, blind_index, ciphertext, aead_key_id, created_at)
SELECT md5('bench-identifier-' || s)::uuid, md5('bench-subject-' || s)::uuid, 'EMAIL',
       sha256(('bench-index-' || s)::bytea), sha256(('bench-cipher-' || s)::bytea), :aead, now()
FROM generate_series(1, :subjects) s;
INSERT INTO personal_data_record
  (id, subject_id, controller, activity, source, collected_at, data_ciphertext, aead_key_id,
   last_contact_at)
SELECT md5('bench-record-' || i)::uuid, md5('bench-subject-' || (i % :subjects + 1))::uuid, 'group',
       'enquiries', 'contact-form', timestamptz '2019-06-01 10:00+00', sha256(('bench-data-' || i)::bytea), :aead,
       CASE WHEN i % 10 = 0 THEN timestamptz '2020-01-15 10:00+00'
            ELSE now() - make_interval(days => (i % 1090)::int) END
FROM generate_series(1, :records) i;
VACUUM ANALYZE subject;
VACUUM ANALYZE subject_identifier;
VACUUM ANALYZE personal_data_record;
