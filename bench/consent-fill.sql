-- Fills the consent scenario: :count subjects, each with one e-mail identifier and one consent
-- event and state for the purpose 'newsletter' (every tenth withdrawn), straight into Vern's
-- tables with generate_series. The blind index is the one Vern computes, HMAC-SHA256 over
-- 'email', 0x00, the normalised address, with the key from Vern's own index keyset (:'key', hex;
-- pgcrypto's hmac() is the same function as Tink's HMAC-SHA256 PRF); consent.sh proves it by
-- asking Vern about a filled person before measuring. The identifier ciphertext is a dummy byte
-- marked with Vern's current AEAD key id (:aead) so the background re-encryption leaves it alone;
-- the decision path never decrypts. Addresses: bench-<n>@example.invalid.
\set ON_ERROR_STOP on
CREATE EXTENSION IF NOT EXISTS pgcrypto;
BEGIN;
INSERT INTO subject (id, created_at)
SELECT ('b0000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, now()
FROM generate_series(1, :count) AS n;

INSERT INTO subject_identifier (id, subject_id, type, blind_index, ciphertext, aead_key_id, created_at)
SELECT ('b1000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       ('b0000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'email',
       hmac(convert_to('email', 'UTF8') || '\x00'::bytea
              || convert_to('bench-' || n || '@example.invalid', 'UTF8'),
            decode(:'key', 'hex'), 'sha256'),
       '\x00'::bytea, :aead, now()
FROM generate_series(1, :count) AS n;

INSERT INTO consent_event (id, subject_id, purpose, status, occurred_at, notice_version, language,
                           text_sha256, channel, method, actor_type, actor_id)
SELECT ('b2000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       ('b0000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'newsletter',
       CASE WHEN n % 10 = 0 THEN 'WITHDRAWN' ELSE 'GIVEN' END,
       now() - interval '1 day', :notice, 'nb',
       encode(sha256(convert_to('bench', 'UTF8')), 'hex'), 'api', 'api', 'SYSTEM', 'bench'
FROM generate_series(1, :count) AS n;

INSERT INTO consent_state (subject_id, purpose, status, since, event_id, notice_version, given_at)
SELECT ('b0000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'newsletter',
       CASE WHEN n % 10 = 0 THEN 'WITHDRAWN' ELSE 'GIVEN' END,
       now() - interval '1 day',
       ('b2000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       :notice,
       CASE WHEN n % 10 = 0 THEN NULL ELSE now() - interval '1 day' END
FROM generate_series(1, :count) AS n;
COMMIT;
ANALYZE subject;
ANALYZE subject_identifier;
ANALYZE consent_event;
ANALYZE consent_state;
