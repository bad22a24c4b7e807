-- Tops the trail up to :target entries (at most 50,000 per run) so verification has something to
-- chew on, without waiting for the HTTP path. It appends genuine chain entries: the same canonical
-- form as ChainHasher (version byte, id, microseconds, action code as big-endian numbers, then each
-- text as a 4-byte length and its UTF-8 bytes) and SHA-256(prev_hash || form), under the same
-- advisory lock as Vern's writer, so the chain stays one chain. That Vern's Java verifier accepts
-- these rows also checks that the two implementations of the form agree.
SELECT set_config('bench.target', :'target', false);
DO $$
DECLARE
    target  bigint := current_setting('bench.target')::bigint;
    have    bigint;
    next_id bigint;
    prev    bytea;
    ts      timestamptz;
    form    bytea;
    n       bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(8531350887530325097);
    SELECT count(*) INTO have FROM audit_entry;
    SELECT t.id, t.hash INTO next_id, prev FROM (
        (SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1)
        UNION ALL
        (SELECT last_id, last_hash FROM audit_checkpoint ORDER BY id DESC LIMIT 1)) t
    ORDER BY 1 DESC LIMIT 1;
    IF next_id IS NULL THEN
        next_id := 0;
        prev := decode(repeat('00', 32), 'hex');
    END IF;
    FOR n IN 1 .. least(greatest(target - have, 0), 50000) LOOP
        next_id := next_id + 1;
        ts := clock_timestamp();
        form := '\x01'::bytea || int8send(next_id)
            || int8send((extract(epoch FROM ts) * 1000000)::bigint) || int4send(1200)
            || int4send(8) || convert_to('EXTERNAL', 'UTF8')
            || int4send(octet_length('fill-user:' || (n % 1000)))
            || convert_to('fill-user:' || (n % 1000), 'UTF8')
            || int4send(11) || convert_to('crm.contact', 'UTF8')
            || int4send(octet_length('fill-' || next_id)) || convert_to('fill-' || next_id, 'UTF8')
            || int4send(7) || convert_to('SUCCESS', 'UTF8')
            || int4send(10) || convert_to('bench-fill', 'UTF8');
        INSERT INTO audit_entry (id, occurred_at, actor_type, actor_id, action_code, resource_type,
            resource_id, outcome, correlation_id, prev_hash, hash)
        VALUES (next_id, ts, 'EXTERNAL', 'fill-user:' || (n % 1000), 1200, 'crm.contact',
            'fill-' || next_id, 'SUCCESS', 'bench-fill', prev, sha256(prev || form));
        prev := sha256(prev || form);
    END LOOP;
END
$$;
