-- The overview's consents given and withdrawn per week (issue 16) counts the last twelve weeks of
-- the ledger by time and status; with the status included the index alone answers it.
CREATE INDEX consent_event_occurred ON consent_event (occurred_at) INCLUDE (status);
