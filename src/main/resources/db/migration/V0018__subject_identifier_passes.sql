-- One-time passes over the stored identifiers (issue 9): a row here once a pass has gone through
-- every row, so it runs once however often Vern restarts. The counts are those of the run that
-- finished (a run cut short and restarted counts again from the start); never any value.
CREATE TABLE subject_identifier_pass (
  name         text PRIMARY KEY,
  completed_at timestamptz NOT NULL,
  -- rows whose normalised form changed and got the new blind index
  reindexed    integer NOT NULL,
  -- rows that became a second copy of an identifier their own subject already held
  removed      integer NOT NULL,
  -- rows that now name an identifier another subject holds: a merge suggestion instead
  suggested    integer NOT NULL,
  -- rows that do not decrypt with this keyset or are not valid under the new rules: left as they are
  left_as_is   integer NOT NULL
);
