-- An objection (Art. 21) is no longer a yes/no flag. It has a ground: `processing` (21(1), only
-- against processing on 6(1)(e) or (f), and it stops that processing once upheld, since the
-- controller may show compelling grounds or legal claims) or `direct-marketing` (21(3), absolute
-- and in force from the moment it is raised, so it can never be rejected). And a state: raised,
-- then upheld or rejected. See docs/subjects.md and docs/consent.md.
ALTER TABLE subject_activity_flags
  ADD COLUMN objection        text NULL,
  ADD COLUMN objection_ground text NULL;

-- A flag set before this migration denied at once, as an upheld objection does now.
UPDATE subject_activity_flags SET objection = 'upheld', objection_ground = 'processing'
  WHERE objected;

ALTER TABLE subject_activity_flags DROP COLUMN objected;

ALTER TABLE subject_activity_flags
  ADD CONSTRAINT subject_activity_flags_objection
    CHECK (objection IN ('raised', 'upheld', 'rejected')),
  ADD CONSTRAINT subject_activity_flags_objection_ground
    CHECK (objection_ground IN ('processing', 'direct-marketing')),
  ADD CONSTRAINT subject_activity_flags_objection_whole
    CHECK ((objection IS NULL) = (objection_ground IS NULL)),
  ADD CONSTRAINT subject_activity_flags_marketing_not_rejected
    CHECK (objection_ground <> 'direct-marketing' OR objection <> 'rejected');
