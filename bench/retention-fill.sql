-- Retention bench fill (bench/retention.sh): :records records of activity 'enquiries' on
-- :records/10 subjects, one identifier each. Every tenth record (i % 10 = 0) had its last contact
-- on 2020-01-15 and is due (3 years after last contact); the others had theirs 0-1089 days ago,
-- so none is due yet and a few are due in every coming week. The due rows lie every tenth row of
-- the table, as records collected over years would. Synthetic bytes only.
--
-- Fast enough for 10,000,000 records: the three filled tables' indexes and the foreign keys from
-- and to them are dropped first and made again after the rows are in (one sort per index instead
-- of ten million random inserts into each, one join per foreign key instead of a check per row),
-- all in one transaction, so a failed fill leaves the schema as Flyway made it. The definitions
-- are read from the catalogue, so the tables end exactly as Vern's migrations define them.
-- synchronous_commit and maintenance_work_mem are this session's only.
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
SELECT :records / 10 AS subjects \gset
BEGIN;
CREATE TEMP TABLE bench_schema (step int, ddl text) ON COMMIT DROP;
-- Foreign keys from and to the filled tables: dropped first, made last.
INSERT INTO bench_schema
SELECT 3, format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname,
                 pg_get_constraintdef(c.oid))
FROM pg_constraint c
WHERE c.contype = 'f' AND (c.conrelid IN ('subject'::regclass, 'subject_identifier'::regclass,
                                          'personal_data_record'::regclass)
                           OR c.confrelid IN ('subject'::regclass, 'subject_identifier'::regclass,
                                              'personal_data_record'::regclass));
-- Primary keys and unique constraints, then the plain indexes.
INSERT INTO bench_schema
SELECT 1, format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname,
                 pg_get_constraintdef(c.oid))
FROM pg_constraint c
WHERE c.contype IN ('p', 'u') AND c.conrelid IN ('subject'::regclass,
      'subject_identifier'::regclass, 'personal_data_record'::regclass);
INSERT INTO bench_schema
SELECT 2, pg_get_indexdef(i.indexrelid)
FROM pg_index i
WHERE i.indrelid IN ('subject'::regclass, 'subject_identifier'::regclass,
                     'personal_data_record'::regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname)
FROM pg_constraint c
WHERE c.contype = 'f' AND (c.conrelid IN ('subject'::regclass, 'subject_identifier'::regclass,
                                          'personal_data_record'::regclass)
                           OR c.confrelid IN ('subject'::regclass, 'subject_identifier'::regclass,
                                              'personal_data_record'::regclass)) \gexec
SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname)
FROM pg_constraint c
WHERE c.contype IN ('p', 'u') AND c.conrelid IN ('subject'::regclass,
      'subject_identifier'::regclass, 'personal_data_record'::regclass) \gexec
SELECT format('DROP INDEX %s', i.indexrelid::regclass)
FROM pg_index i
WHERE i.indrelid IN ('subject'::regclass, 'subject_identifier'::regclass,
                     'personal_data_record'::regclass) \gexec

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

SELECT ddl FROM bench_schema ORDER BY step \gexec
COMMIT;
VACUUM ANALYZE subject;
VACUUM ANALYZE subject_identifier;
VACUUM ANALYZE personal_data_record;
