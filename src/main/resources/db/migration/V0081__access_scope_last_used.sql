-- When each listed controller or activity of a scope last let its user or token read a person
-- (issue 18, access reviews: "when each user last used each scope"). Written by the read itself,
-- at most once a minute per entry, so the review can show a scope entry nobody uses.
ALTER TABLE access_scope ADD COLUMN IF NOT EXISTS last_used_at timestamptz;
