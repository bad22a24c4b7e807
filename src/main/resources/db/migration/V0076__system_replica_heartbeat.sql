-- The read replica's lag, measured the way pt-heartbeat does (docs/architecture.md, "Read
-- replica"): while a replica is configured, each instance stamps this row on the primary every
-- second, and reads it back from the replica; the replica is behind by the age of the stamp it
-- has. An idle primary still stamps, so an idle replica is not mistaken for a lagging one.
CREATE TABLE system_replica_heartbeat (
    id smallint PRIMARY KEY CHECK (id = 1),
    beat_at timestamptz NOT NULL
);
INSERT INTO system_replica_heartbeat (id, beat_at) VALUES (1, now());
