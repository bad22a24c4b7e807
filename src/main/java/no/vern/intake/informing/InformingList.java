package no.vern.intake.informing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.vern.subject.Marking;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.RecordId;
import org.springframework.stereotype.Component;

/**
 * Records whose person must still be told about data collected elsewhere (Art. 14), due or overdue
 * as of today. Ids, activity and date only, never the encrypted data, so the list shows no personal
 * data.
 */
@Component
class InformingList {

  /** Bounds the page; the oldest dates come first, so the most urgent are never cut off. */
  static final int MAX_ROWS = 500;

  record Due(UUID record, UUID subject, String activity, LocalDate informBy, boolean overdue) {}

  private final PersonalDataRecords records;

  InformingList(PersonalDataRecords records) {
    this.records = records;
  }

  /** One more than {@link #MAX_ROWS} when there are more, so the page can say so. */
  List<Due> open(LocalDate today) {
    return records.awaitingInforming(MAX_ROWS + 1).stream()
        .map(
            d ->
                new Due(
                    d.record().value(),
                    d.subject().value(),
                    d.activity(),
                    d.informBy(),
                    d.informBy().isBefore(today)))
        .toList();
  }

  /**
   * Records that the person was told at {@code at}, so the record leaves the list. False when there
   * is no such record; one already informed keeps its first date.
   */
  boolean markInformed(UUID record, Instant at, String actor) {
    return records.markInformed(new RecordId(record), at, actor) != Marking.NOT_FOUND;
  }
}
