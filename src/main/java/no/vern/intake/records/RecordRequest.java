package no.vern.intake.records;

import java.time.Instant;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/records}. Loosely typed on purpose ({@code identifiers} a map,
 * {@code data} any JSON) so that every mistake reaches the validation and is reported with the
 * others, instead of the first one failing the whole body. {@code firstCommunicationAt} and {@code
 * firstDisclosureAt} (optional, may lie ahead) are when the person will first be written to and
 * when the data will first go to another recipient: with data not from the person they can bring
 * the Art. 14 date forward (14(3)(b), (c)).
 */
public record RecordRequest(
    String activity,
    Map<String, String> identifiers,
    Object data,
    String source,
    Instant collectedAt,
    Instant lastContactAt,
    Instant relationshipEndedAt,
    Instant caseClosedAt,
    Instant firstCommunicationAt,
    Instant firstDisclosureAt) {

  /** A request without the Art. 14(3)(b) and (c) dates. */
  public RecordRequest(
      String activity,
      Map<String, String> identifiers,
      Object data,
      String source,
      Instant collectedAt,
      Instant lastContactAt,
      Instant relationshipEndedAt,
      Instant caseClosedAt) {
    this(
        activity,
        identifiers,
        data,
        source,
        collectedAt,
        lastContactAt,
        relationshipEndedAt,
        caseClosedAt,
        null,
        null);
  }

  /** Holds personal data: never printed. */
  @Override
  public String toString() {
    return "RecordRequest[activity=" + activity + ", source=" + source + ", ***]";
  }
}
