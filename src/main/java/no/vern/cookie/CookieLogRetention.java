package no.vern.cookie;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * The cookie-consent log as a store of proof under a retention rule: each choice falls due its
 * period after the day (Oslo) it was recorded, since every later choice of a visitor is a row of
 * its own with its own proof. The retention sweep calls it under the inventory's rule for the
 * {@code cookie-consent-log} activity, so legal holds, the forecast and the sweep's evidence cover
 * the log as they cover records.
 */
public interface CookieLogRetention {

  /** Deletes at most {@code limit} choices due by {@code day}, in the caller's transaction. */
  int purge(Period period, LocalDate day, int limit);

  /** How many choices fall due on each day up to {@code until}. */
  Map<LocalDate, Long> due(Period period, LocalDate until);
}
