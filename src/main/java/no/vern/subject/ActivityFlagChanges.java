package no.vern.subject;

/**
 * Write side of restriction (Art. 18) and objection (Art. 21) per subject and activity, for the
 * data-subject request capability, which audits each change and tells the person. Joins the
 * caller's transaction; audits nothing itself.
 */
public interface ActivityFlagChanges {

  /** Sets or clears the restriction; false when it was already so. */
  boolean restrict(SubjectId subject, String activity, boolean restricted);

  /**
   * Records the objection in its state; false when it was already so. A direct-marketing objection
   * is never replaced by one under Art. 21(1): it stops more, and is absolute.
   */
  boolean object(SubjectId subject, String activity, Objection objection);
}
