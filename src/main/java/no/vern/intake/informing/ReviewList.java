package no.vern.intake.informing;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import no.vern.shared.time.Deadlines;
import no.vern.subject.Marking;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.RecordId;
import org.springframework.stereotype.Component;

/**
 * Records stored although screening found special categories or numbers in their text (the form's
 * action was "flag"): a person must look at each. Ids, activity, source, date and category codes
 * only; the data is not read for the list.
 */
@Component
class ReviewList {

  /** Bounds the page; the oldest come first, so the longest waiting are never cut off. */
  static final int MAX_ROWS = 500;

  /** {@code collected} is the time in Norway, as the page shows it. */
  record Flagged(
      UUID record,
      UUID subject,
      String activity,
      String source,
      String collected,
      List<String> categories) {}

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Deadlines.NORWAY);

  private final PersonalDataRecords records;

  ReviewList(PersonalDataRecords records) {
    this.records = records;
  }

  /** One more than {@link #MAX_ROWS} when there are more, so the page can say so. */
  List<Flagged> open() {
    return records.awaitingReview(MAX_ROWS + 1).stream()
        .map(
            r ->
                new Flagged(
                    r.record().value(),
                    r.subject().value(),
                    r.activity(),
                    r.source(),
                    TIME.format(r.collectedAt()),
                    r.categories()))
        .toList();
  }

  /** False when there is no such record; a record already reviewed stays as it is. */
  boolean markReviewed(UUID record, String actor) {
    return records.markReviewed(new RecordId(record), actor) != Marking.NOT_FOUND;
  }
}
