package no.vern.shared.web;

import java.time.LocalDate;
import java.util.Set;

/**
 * A module's trend on the admin overview, contributed as a Spring bean like {@link
 * OverviewCounters}, and shown only to the roles that may open the page it links to.
 */
public interface OverviewTrends {

  /** The roles (without {@code ROLE_}) of the linked page's {@code @PreAuthorize}. */
  Set<String> roles();

  /** Position on the overview, the module's navigation order. */
  int order();

  /**
   * Counts per week (Monday to Sunday, Norwegian time) for {@code weeks} weeks from {@code
   * firstMonday}, the last being the current week; one query on an index.
   */
  OverviewTrend trend(LocalDate firstMonday, int weeks);
}
