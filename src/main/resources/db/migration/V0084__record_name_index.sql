-- Issue 16: a person can be found by name. The record's data item "name" stays encrypted with the
-- rest; beside it the blind index of the normalised name (subject.domain.PersonName), under the
-- identifiers' index key. Partial: records without a name (most bulk data) cost nothing to write.
-- Erasure and anonymisation delete the record, and with it the index.
ALTER TABLE personal_data_record ADD COLUMN IF NOT EXISTS name_index bytea;
CREATE INDEX IF NOT EXISTS personal_data_record_name
  ON personal_data_record (name_index) WHERE name_index IS NOT NULL;
