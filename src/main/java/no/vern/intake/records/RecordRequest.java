package no.vern.intake.records;

import java.time.Instant;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/records}. Loosely typed on purpose ({@code identifiers} a map,
 * {@code data} any JSON) so that every mistake reaches the validation and is reported with the
 * others, instead of the first one failing the whole body.
 */
public record RecordRequest(
    String activity,
    Map<String, String> identifiers,
    Object data,
    String source,
    Instant collectedAt,
    Instant lastContactAt,
    Instant relationshipEndedAt,
    Instant caseClosedAt) {

  /** Holds personal data: never printed. */
  @Override
  public String toString() {
    return "RecordRequest[activity=" + activity + ", source=" + source + ", ***]";
  }
}
