package no.vern.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * An item of personal data to store, with what it points to in the inventory: the controller and
 * processing activity (purpose, legal basis and retention come from there), the source it came
 * from, and the dates the activity's retention trigger counts from. {@code informBy} is the Art.
 * 14(3) day by which the person must be told, when the data did not come from them (the caller
 * works it out; intake takes the earliest of (a), (b) and (c)). {@code screening} is what the free
 * text was found to hold before it was stored.
 */
public record NewRecord(
    String controller,
    String activity,
    String source,
    Instant collectedAt,
    Map<String, Object> data,
    LocalDate informBy,
    Instant lastContactAt,
    Instant relationshipEndedAt,
    Instant caseClosedAt,
    ScreeningMarks screening) {

  /** A record whose text was not screened, or in which screening found nothing. */
  public NewRecord(
      String controller,
      String activity,
      String source,
      Instant collectedAt,
      Map<String, Object> data,
      LocalDate informBy,
      Instant lastContactAt,
      Instant relationshipEndedAt,
      Instant caseClosedAt) {
    this(
        controller,
        activity,
        source,
        collectedAt,
        data,
        informBy,
        lastContactAt,
        relationshipEndedAt,
        caseClosedAt,
        ScreeningMarks.NONE);
  }

  public NewRecord {
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(collectedAt, "collectedAt");
    data = data == null ? Map.of() : data;
    screening = screening == null ? ScreeningMarks.NONE : screening;
  }

  /** The data is personal: never printed. */
  @Override
  public String toString() {
    return "NewRecord[activity=" + activity + ", source=" + source + ", data=***]";
  }
}
