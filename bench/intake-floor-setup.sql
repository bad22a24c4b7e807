-- The floor under any import: PostgreSQL storing the rows of an import in tables of Vern's shape
-- (same columns, indexes, unique blind index and foreign keys as subject, subject_identifier and
-- personal_data_record), from values computed beforehand, with no application in between. Here the
-- staging rows are made (not timed); intake-floor-insert.sql is the timed part.
DROP SCHEMA IF EXISTS bench_floor CASCADE;
CREATE SCHEMA bench_floor;
CREATE TABLE bench_floor.subject (LIKE public.subject INCLUDING ALL);
CREATE TABLE bench_floor.subject_identifier (LIKE public.subject_identifier INCLUDING ALL);
CREATE TABLE bench_floor.personal_data_record (LIKE public.personal_data_record INCLUDING ALL);
-- LIKE copies no foreign keys; these are Vern's. fks=false measures what they cost.
\if :fks
ALTER TABLE bench_floor.subject ADD FOREIGN KEY (merged_into) REFERENCES bench_floor.subject (id);
ALTER TABLE bench_floor.subject_identifier
  ADD FOREIGN KEY (subject_id) REFERENCES bench_floor.subject (id);
ALTER TABLE bench_floor.personal_data_record
  ADD FOREIGN KEY (subject_id) REFERENCES bench_floor.subject (id);
\endif
-- Time-ordered ids as Vern makes them; ciphertexts of the lengths Tink gives for these values
-- (5-byte key prefix, 12-byte nonce, 16-byte tag); blind indexes 32 random-looking bytes.
CREATE UNLOGGED TABLE bench_floor.staged AS
SELECT i,
  ('01900000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid AS subject,
  ('01900001-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid AS record,
  ('01900002-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid AS email_row,
  ('01900003-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid AS customer_row,
  sha256(int8send(i)) AS email_index,
  sha256(int8send(-i)) AS customer_index,
  substring(sha256(int8send(i + 1)) || sha256(int8send(i + 2)) from 1 for 62) AS email_ct,
  substring(sha256(int8send(i + 3)) || sha256(int8send(i + 4)) from 1 for 41) AS customer_ct,
  substring(sha256(int8send(i + 5)) || sha256(int8send(i + 6)) || sha256(int8send(i + 7))
    from 1 for 95) AS data_ct
FROM generate_series(1, :rows) AS i;
VACUUM ANALYZE bench_floor.staged;
