-- The overview's requests per week (issue 16) counts the last twelve weeks by the day a request
-- was received; this index answers it without reading the table.
CREATE INDEX dsr_request_received ON dsr_request (received_at);
