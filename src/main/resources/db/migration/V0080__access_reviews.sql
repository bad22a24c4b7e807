-- Issue 18, access reviews (docs/need-to-know.md, "Access reviews"). Each time a DPO or ADMIN
-- marks the review of who can see what as done: when, by whom (principal name, never a username)
-- and an optional note. The newest row is "the last review".
CREATE TABLE access_review (
    id          uuid        PRIMARY KEY,
    reviewed_at timestamptz NOT NULL,
    reviewed_by text        NOT NULL,
    note        text        CHECK (note IS NULL OR char_length(note) BETWEEN 1 AND 2000)
);

CREATE INDEX access_review_reviewed_at ON access_review (reviewed_at);

-- The reminders mailed to the DPO that a review is due: at most one per review interval, which
-- the reminder checks against the newest sent_at under the table's lock.
CREATE TABLE access_review_reminder (
    sent_at timestamptz PRIMARY KEY
);
