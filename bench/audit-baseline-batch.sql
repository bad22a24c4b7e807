-- pgbench: 100 rows per transaction, the best case of a batching writer without a chain.
\set n random(1, 1000000000)
INSERT INTO bench_audit_entry (occurred_at, actor_type, actor_id, action_code, resource_type,
    resource_id, outcome, correlation_id, prev_hash, hash)
SELECT now(), 'EXTERNAL', 'bench-user:' || (i % 1000), 1200, 'crm.contact', 'bench-' || (:n + i),
    'SUCCESS', 'pgbench-' || :n, sha256(int8send(:n + i)), sha256(int8send(:n + i + 1))
FROM generate_series(1, 100) AS i;
