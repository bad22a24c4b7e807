-- The retention sweep's erasure asks, for thousands of subjects per batch, which of them were
-- merged into another (subject.RecordErasure): few are, so a partial index answers from a few pages
-- instead of one primary-key lookup per subject.
CREATE INDEX subject_merged_from ON subject (id) INCLUDE (merged_into) WHERE merged_into IS NOT NULL;
