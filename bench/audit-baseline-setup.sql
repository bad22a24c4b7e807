-- A scratch table of the same shape and indexes as audit_entry, without the append-only triggers
-- and without the chain: what PostgreSQL does for the same rows with no audit logic at all.
DROP TABLE IF EXISTS bench_audit_entry;
DROP SEQUENCE IF EXISTS bench_audit_entry_id;
CREATE SEQUENCE bench_audit_entry_id;
CREATE TABLE bench_audit_entry (LIKE audit_entry INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);
ALTER TABLE bench_audit_entry ALTER COLUMN id SET DEFAULT nextval('bench_audit_entry_id');
