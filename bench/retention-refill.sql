-- Puts the due rows of retention-fill.sql back (the same ids, subjects and dates) and the
-- identifiers the sweep removed, for the raw baseline of the same rows.
SELECT :records / 10 AS subjects \gset
INSERT INTO subject_identifier (id, subject_id, type, blind_index, ciphertext, aead_key_id, created_at)
SELECT md5('bench-identifier-' || s)::uuid, md5('bench-subject-' || s)::uuid, 'EMAIL',
       sha256(('bench-index-' || s)::bytea), sha256(('bench-cipher-' || s)::bytea), :aead, now()
FROM generate_series(1, :subjects) s
ON CONFLICT DO NOTHING;
INSERT INTO personal_data_record
  (id, subject_id, controller, activity, source, collected_at, data_ciphertext, aead_key_id,
   last_contact_at)
SELECT md5('bench-record-' || i)::uuid, md5('bench-subject-' || (i % :subjects + 1))::uuid, 'group',
       'enquiries', 'contact-form', timestamptz '2019-06-01 10:00+00', sha256(('bench-data-' || i)::bytea), :aead,
       timestamptz '2020-01-15 10:00+00'
FROM generate_series(10, :records, 10) i;
VACUUM ANALYZE subject_identifier;
VACUUM ANALYZE personal_data_record;
