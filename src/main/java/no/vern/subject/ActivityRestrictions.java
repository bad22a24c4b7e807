package no.vern.subject;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Read side of restriction (Art. 18) and objection (Art. 21) per subject and processing activity,
 * for enforcement points such as consent decisions. Only set flags are returned: a subject and
 * activity with neither is simply absent.
 */
public interface ActivityRestrictions {

  /**
   * One subject's flags for one activity: restricted, or an objection in any state (null when
   * none), or both.
   */
  record Flags(
      SubjectId subject, String activity, boolean restricted, @Nullable Objection objection) {}

  /**
   * The set flags among these subjects and activities, in one database round trip. Subject ids are
   * taken as given (a merged subject's own id, not the one it was merged into).
   */
  List<Flags> among(Collection<SubjectId> subjects, Collection<String> activities);
}
