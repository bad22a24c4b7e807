-- Timed: one import's rows into the tables of Vern's shape, in one transaction.
BEGIN;
INSERT INTO bench_floor.subject (id, created_at) SELECT subject, now() FROM bench_floor.staged;
INSERT INTO bench_floor.subject_identifier
  (id, subject_id, type, blind_index, ciphertext, aead_key_id, created_at)
SELECT email_row, subject, 'email', email_index, email_ct, 1, now() FROM bench_floor.staged;
INSERT INTO bench_floor.subject_identifier
  (id, subject_id, type, blind_index, ciphertext, aead_key_id, created_at)
SELECT customer_row, subject, 'customerNumber', customer_index, customer_ct, 1, now()
FROM bench_floor.staged;
INSERT INTO bench_floor.personal_data_record
  (id, subject_id, controller, activity, source, collected_at, data_ciphertext, aead_key_id,
   inform_by)
SELECT record, subject, 'group', 'debt-collection', 'third-party', now(), data_ct, 1,
  current_date + 30
FROM bench_floor.staged;
COMMIT;
