-- The people whose records a retention sweep's batches erased, until the sweep's last step asks
-- once per person whether anything of them is left (retention.SweepSettlement). Subject ids only;
-- no foreign key, so a batch pays one small index insert per person, not a check against subject.
CREATE TABLE retention_sweep_touched (
    subject_id uuid PRIMARY KEY
);
