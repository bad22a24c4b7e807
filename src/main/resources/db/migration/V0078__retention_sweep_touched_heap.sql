-- The sweep's queue of people touched (V0035) without its primary key: a batch appends its people
-- to the heap (one index insert each cost a tenth of a batch at 10,000,000 records), and the
-- settlement reads the queue page by page (retention.SweepSettlement). A person queued by two
-- batches is asked about twice, which changes nothing the second time.
ALTER TABLE retention_sweep_touched DROP CONSTRAINT retention_sweep_touched_pkey;
