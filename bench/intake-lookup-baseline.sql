-- pgbench: the raw look-up Vern's API makes, by the unique (type, blind_index) index, for a random
-- known e-mail. bench_lookup maps 1..n to stored blind indexes (Vern computes them with a key
-- PostgreSQL does not have); that extra primary-key probe makes the baseline a little slower.
\set n random(1, :rows)
SELECT subject_id FROM subject_identifier
WHERE type = 'email' AND blind_index = (SELECT blind_index FROM bench_lookup WHERE n = :n);
