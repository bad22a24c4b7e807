-- The cookie scanner's history (issue 15, docs/cookie-scanner.md). A scan is queued by the admin
-- page or the API and run by the task cookie.scan-queue. Cookie names, domains and lifetimes only:
-- a cookie's value is never read into Vern.
CREATE TABLE cookie_scan (
  id                uuid        PRIMARY KEY,
  requested_by      text        NOT NULL,
  requested_at      timestamptz NOT NULL,
  status            text        NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  urls              text[]      NOT NULL CHECK (cardinality(urls) BETWEEN 1 AND 20),
  started_at        timestamptz NULL,
  finished_at       timestamptz NULL,
  inventory_version integer     NULL,
  -- clean, findings or failed (a page could not be read); set when status is done
  outcome           text        NULL CHECK (outcome IN ('clean', 'findings', 'failed')),
  -- why the scan itself could not run (status failed), a short code
  failure           text        NULL CHECK (length(failure) <= 200),
  -- the visited pages and the site findings, as in the JSON output
  pages             jsonb       NULL,
  scan_findings     text[]      NOT NULL DEFAULT '{}',
  CONSTRAINT cookie_scan_done_has_outcome CHECK (status <> 'done' OR outcome IS NOT NULL)
);

CREATE INDEX cookie_scan_requested_at ON cookie_scan (requested_at DESC);
CREATE INDEX cookie_scan_queued ON cookie_scan (requested_at) WHERE status = 'queued';

-- Every cookie and storage key a scan saw, with its findings (none when all is well).
CREATE TABLE cookie_scan_finding (
  scan_id     uuid   NOT NULL REFERENCES cookie_scan (id) ON DELETE CASCADE,
  kind        text   NOT NULL CHECK (kind IN ('cookie', 'local-storage', 'session-storage')),
  name        text   NOT NULL,
  domain      text   NOT NULL,
  party       text   NOT NULL CHECK (party IN ('first-party', 'third-party')),
  lifetime    text   NOT NULL,
  declared_as text   NULL,
  category    text   NULL,
  passes      text[] NOT NULL,
  findings    text[] NOT NULL,
  PRIMARY KEY (scan_id, kind, domain, name)
);
