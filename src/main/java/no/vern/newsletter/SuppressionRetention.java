package no.vern.newsletter;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * The retention of suppressions: a keyed hash of an address that left a list is personal data too,
 * kept for a stated period (the inventory's {@code newsletter-suppression} activity) from the day
 * it was suppressed (Europe/Oslo), then removed. For the retention sweep; joins the caller's
 * transaction and audits nothing (the sweep's run is the evidence).
 */
public interface SuppressionRetention {

  /** Removes at most {@code limit} suppressions due by {@code day}; how many. */
  int purge(Period period, LocalDate day, int limit);

  /** How many suppressions fall due on each day up to {@code until}. */
  Map<LocalDate, Long> due(Period period, LocalDate until);
}
