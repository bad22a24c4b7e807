-- pgbench: one row per transaction, as a naive "INSERT per action" audit log would do.
\set n random(1, 1000000000)
INSERT INTO bench_audit_entry (occurred_at, actor_type, actor_id, action_code, resource_type,
    resource_id, outcome, correlation_id, prev_hash, hash)
VALUES (now(), 'EXTERNAL', 'bench-user:' || (:n % 1000), 1200, 'crm.contact', 'bench-' || :n,
    'SUCCESS', 'pgbench-' || :n, sha256(int8send(:n)), sha256(int8send(:n + 1)));
