-- What screening found in a record's free text before it was stored: category codes only (for
-- example HEALTH, NATIONAL_ID), never the words or numbers that matched. A record stored under a
-- form's "flag" action waits for a person to review it; review_state is NULL when nothing did.
ALTER TABLE personal_data_record
  ADD COLUMN screening_categories text[] NOT NULL DEFAULT '{}',
  ADD COLUMN review_state text NULL CHECK (review_state IN ('AWAITING_REVIEW', 'REVIEWED'));

CREATE INDEX personal_data_record_awaiting_review ON personal_data_record (collected_at)
  WHERE review_state = 'AWAITING_REVIEW';
