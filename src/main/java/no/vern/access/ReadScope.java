package no.vern.access;

import java.util.Set;
import java.util.UUID;

/**
 * Which people and records one caller may read now (issue 18, need-to-know): everything ({@code
 * all}), or the records of the listed controllers (narrowed to {@code activities} when any are
 * listed), of the activities a running grant covers, and every record of the people a running grant
 * or break-glass covers. A person is visible when they have at least one record in scope, or a
 * grant covers them. Built per read by {@link ReadScopes}; the modules that read people filter
 * their SQL with it (docs/need-to-know.md).
 */
public record ReadScope(
    boolean all,
    Set<String> controllers,
    Set<String> activities,
    Set<String> grantedActivities,
    Set<UUID> grantedSubjects) {

  /** Vern's own work (system actors) and callers with the explicit "all controllers" scope. */
  public static final ReadScope ALL = new ReadScope(true, Set.of(), Set.of(), Set.of(), Set.of());

  /** A caller nothing is known about sees nobody. */
  public static final ReadScope NOTHING =
      new ReadScope(false, Set.of(), Set.of(), Set.of(), Set.of());

  public ReadScope {
    controllers = Set.copyOf(controllers);
    activities = Set.copyOf(activities);
    grantedActivities = Set.copyOf(grantedActivities);
    grantedSubjects = Set.copyOf(grantedSubjects);
  }

  /** Whether a grant (or break-glass) covers every record of this person. */
  public boolean grants(UUID subject) {
    return all || grantedSubjects.contains(subject);
  }
}
