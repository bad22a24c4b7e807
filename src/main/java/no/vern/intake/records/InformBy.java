package no.vern.intake.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import no.vern.inventory.Source;
import no.vern.shared.time.Deadlines;
import org.jspecify.annotations.Nullable;

/**
 * Art. 14(3): the day by which a person must be told about data not collected from them, the
 * earliest of (a) one month after collection, (b) the first communication with them and (c) the
 * first disclosure to another recipient. Data from the person (Art. 13) has none.
 */
final class InformBy {

  private InformBy() {}

  static @Nullable LocalDate of(
      Source source,
      Instant collectedAt,
      @Nullable Instant firstCommunicationAt,
      @Nullable Instant firstDisclosureAt) {
    if (source.kind() == Source.Kind.DATA_SUBJECT) {
      return null;
    }
    // (a) "at the latest within one month", counted as the Art. 12(3) month (docs/intake.md).
    LocalDate oneMonth = Deadlines.oneMonthAfter(day(collectedAt));
    // (b) and (c) say "at the latest at the time of": the day itself, never moved to a working day.
    return Stream.of(firstCommunicationAt, firstDisclosureAt)
        .filter(java.util.Objects::nonNull)
        .map(InformBy::day)
        .filter(day -> day.isBefore(oneMonth))
        .min(LocalDate::compareTo)
        .orElse(oneMonth);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, Deadlines.NORWAY);
  }
}
