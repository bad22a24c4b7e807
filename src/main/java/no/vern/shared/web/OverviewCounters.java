package no.vern.shared.web;

import java.util.List;
import java.util.Set;

/**
 * What a module shows on the admin overview ({@code /admin}): a Spring bean per page its counters
 * link to. The shell collects every bean of this type, as it does the navigation entries; no list
 * names the modules. The shell asks only the beans whose {@link #roles()} the signed-in user has,
 * so a counter never leads to a page that refuses its reader, and nothing is counted for nobody.
 *
 * <p>Each counter must be cheap: one query that an index answers, no cache.
 */
public interface OverviewCounters {

  /**
   * The roles (names of {@code access.Role}, without {@code ROLE_}) that may open the pages these
   * counters link to: exactly those of the linked controller's {@code @PreAuthorize}.
   */
  Set<String> roles();

  /** Position on the overview, the module's navigation order (steps of ten). */
  int order();

  /** The counters, now. */
  List<OverviewCounter> counters();
}
