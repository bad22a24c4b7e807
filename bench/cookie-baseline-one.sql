-- pgbench: the row Vern stores for one choice, inserted in a transaction of its own with
-- synchronous commit, as Vern commits it before answering 201. The same columns and sizes.
SET synchronous_commit = on;
INSERT INTO cookie_consent (consent_id, recorded_at, accepted, refused, method, gpc, gpc_applied,
  banner_version, notice_version, material_hash, text_hash, language, page_url, user_agent, client_hash)
VALUES (gen_random_uuid(), now(), '{necessary,preferences,statistics}', '{marketing}', 'choose',
  false, false, ':banner', 1, ':material', ':text', 'nb', 'https://www.example.invalid/page-1',
  'Mozilla/5.0 (X11; Linux x86_64) vern-bench', sha256(random()::text::bytea));
