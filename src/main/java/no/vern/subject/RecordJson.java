package no.vern.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored record as the API gives it out, data included. A deliberate projection of {@link
 * StoredRecord}, the table's one row type: the published JSON (plain UUIDs, screening nested) is a
 * contract with integrators that must not move when the row does.
 */
record RecordJson(
    UUID id,
    UUID subject,
    String controller,
    String activity,
    String source,
    Instant collectedAt,
    Instant lastContactAt,
    Instant relationshipEndedAt,
    Instant caseClosedAt,
    LocalDate informBy,
    Instant informedAt,
    Screening screening,
    Map<String, Object> data) {

  /** What screening found: category codes only, and where the record stands with review. */
  record Screening(List<String> categories, ReviewState reviewState) {}

  static RecordJson of(StoredRecord r) {
    return new RecordJson(
        r.id().value(),
        r.subject().value(),
        r.controller(),
        r.activity(),
        r.source(),
        r.collectedAt(),
        r.lastContactAt(),
        r.relationshipEndedAt(),
        r.caseClosedAt(),
        r.informBy(),
        r.informedAt(),
        new Screening(r.screeningCategories(), r.reviewState()),
        r.data());
  }

  @Override
  public String toString() {
    return "RecordJson[id=" + id + ", data=***]";
  }
}
