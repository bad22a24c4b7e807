-- personal_data_record_activity (activity) is a prefix of personal_data_record_retention_collected
-- (activity, collected_at, id), made later for the retention sweep: every query that finds
-- records by activity can use the longer index, so the shorter one only costs each stored record an
-- index entry (issue 17, item 4: the import's floor; bench/intake-floor-indexes.sh).
DROP INDEX IF EXISTS personal_data_record_activity;
