package no.vern.dsr.domain;

import java.time.LocalDate;
import java.util.Optional;
import no.vern.shared.time.Deadlines;

/**
 * Art. 12(3): one month from receipt, extendable by two further months (three in total) when
 * necessary, counted as Regulation 1182/71 Art. 3 counts ({@link Deadlines}).
 */
public final class DueDates {

  private DueDates() {}

  public static LocalDate first(LocalDate received) {
    return Deadlines.oneMonthAfter(received);
  }

  /** Three months from receipt, moved to a working day the same way as one month. */
  public static LocalDate extended(LocalDate received) {
    return Deadlines.nextWorkingDay(received.plusMonths(3));
  }

  /**
   * Why an extension is refused, or empty when it is allowed: the person must be told within the
   * first month (Art. 12(3)), so after the first due date it is too late, and once is all there is.
   */
  public static Optional<String> extensionRefusal(
      LocalDate received, LocalDate today, boolean alreadyExtended) {
    if (alreadyExtended) {
      return Optional.of("already-extended");
    }
    if (today.isAfter(first(received))) {
      return Optional.of("after-due-date");
    }
    return Optional.empty();
  }
}
