-- pgbench: 100 consent states by primary key in one statement, the raw side of a batch of 100.
SELECT subject_id, status, since, expires_at, renewal_required FROM consent_state
 WHERE purpose = 'newsletter'
   AND subject_id = ANY (ARRAY(
     SELECT ('b0000000-0000-4000-8000-'
             || lpad(to_hex(1 + floor(random() * :subjects)::int), 12, '0'))::uuid
       FROM generate_series(1, 100)));
