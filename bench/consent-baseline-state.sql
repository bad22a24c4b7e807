-- pgbench: the raw look-up a decision rests on, one consent state by primary key.
\set n random(1, :subjects)
SELECT status, since, expires_at, renewal_required FROM consent_state
 WHERE subject_id = ('b0000000-0000-4000-8000-' || lpad(to_hex(:n), 12, '0'))::uuid
   AND purpose = 'newsletter';
