-- The rows the access package reads, by the SQL the subject module uses (RecordRows.ofFamily),
-- without decrypting them: the raw PostgreSQL cost of the same read.
SELECT id, controller, activity, source, collected_at, last_contact_at, relationship_ended_at,
       case_closed_at, inform_by, informed_at, screening_categories, review_state, data_ciphertext
FROM personal_data_record
WHERE subject_id IN (SELECT id FROM subject WHERE id = :live OR merged_into = :live)
ORDER BY collected_at, id;
