package no.vern.intake.informing;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import no.vern.shared.VernSettings;
import no.vern.shared.time.ShownTimes;
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

  /** {@code collected} is written in VERN_TIME_ZONE with the zone's name, as the page shows it. */
  record Flagged(
      UUID record,
      UUID subject,
      String activity,
      String source,
      String collected,
      List<String> categories) {}

  private final PersonalDataRecords records;
  private final DateTimeFormatter time;

  ReviewList(PersonalDataRecords records, VernSettings settings) {
    this.records = records;
    this.time = ShownTimes.minutes(settings.timeZone());
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
                    time.format(r.collectedAt()),
                    r.categories()))
        .toList();
  }

  /** False when there is no such record; a record already reviewed stays as it is. */
  boolean markReviewed(UUID record, String actor) {
    return records.markReviewed(new RecordId(record), actor) != Marking.NOT_FOUND;
  }
}
