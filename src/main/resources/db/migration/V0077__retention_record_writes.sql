-- A counter of the statements that insert or update personal-data records, for the retention
-- sweep (retention.SweepBatch): a sweep that took a rule's backlog page by page looks again along
-- the index only if a record may have been written behind it meanwhile (a new row, or a row
-- moved by an update onto a page already read). Once per statement, not per row, and a sequence,
-- so writers never wait for each other on it. After the statement, so that a statement counted
-- before the sweep looked has written its rows (and holds a transaction id the sweep can wait
-- for).
CREATE SEQUENCE retention_record_writes;

CREATE FUNCTION retention_count_record_writes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('retention_record_writes');
  RETURN NULL;
END
$$;

CREATE TRIGGER personal_data_record_writes
  AFTER INSERT OR UPDATE ON personal_data_record
  FOR EACH STATEMENT EXECUTE FUNCTION retention_count_record_writes();
