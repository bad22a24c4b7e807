package no.vern.system.web;

import java.sql.SQLException;
import java.util.Set;

/** PostgreSQL's refusals of a value, as opposed to faults: their SQLSTATEs. */
final class StoredValueRefusal {

  static final String DETAIL =
      "A value cannot be stored: text must not hold the NUL character, and dates must be in the"
          + " years 1900 to 9999.";

  /**
   * 22021 a byte sequence not valid in UTF-8 (NUL included), 22P05 an untranslatable character,
   * 22008 a date or time out of range.
   */
  private static final Set<String> STATES = Set.of("22021", "22P05", "22008");

  private StoredValueRefusal() {}

  static boolean isCausedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
