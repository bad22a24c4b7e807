-- pgbench: both look-ups a decision makes, the identifier by its blind index (HMAC computed here
-- in SQL) and the state of its holder, in one statement.
\set n random(1, :subjects)
SELECT s.status, s.since, s.expires_at, s.renewal_required
  FROM subject_identifier i
  JOIN consent_state s ON s.subject_id = i.subject_id AND s.purpose = 'newsletter'
 WHERE i.type = 'email'
   AND i.blind_index = hmac(convert_to('email', 'UTF8') || '\x00'::bytea
                              || convert_to('bench-' || :n || '@example.invalid', 'UTF8'),
                            decode(':key', 'hex'), 'sha256');
