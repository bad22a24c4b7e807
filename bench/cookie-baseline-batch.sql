-- pgbench: 100 of the same rows per statement and commit: the raw ceiling of appending choices.
SET synchronous_commit = on;
INSERT INTO cookie_consent (consent_id, recorded_at, accepted, refused, method, gpc, gpc_applied,
  banner_version, notice_version, material_hash, text_hash, language, page_url, user_agent, client_hash)
SELECT gen_random_uuid(), now(), '{necessary,preferences,statistics}', '{marketing}', 'choose',
  false, false, ':banner', 1, ':material', ':text', 'nb', 'https://www.example.invalid/page-' || i,
  'Mozilla/5.0 (X11; Linux x86_64) vern-bench', sha256(random()::text::bytea)
FROM generate_series(1, 100) AS i;
