package no.vern.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A stored record read back, with its data decrypted: what it points to in the inventory
 * (controller, activity), where it came from, the dates its retention trigger counts from, the Art.
 * 14 dates and what screening found. {@code subject} is the subject it belongs to now (after
 * merges). The data is personal, so {@link #toString()} leaves it out. The one row type of {@code
 * personal_data_record}: {@code RecordRows} reads every column into it.
 */
public record StoredRecord(
    RecordId id,
    SubjectId subject,
    String controller,
    String activity,
    String source,
    Instant collectedAt,
    Instant lastContactAt,
    Instant relationshipEndedAt,
    Instant caseClosedAt,
    LocalDate informBy,
    Instant informedAt,
    List<String> screeningCategories,
    ReviewState reviewState,
    Map<String, Object> data) {

  public StoredRecord {
    screeningCategories = List.copyOf(screeningCategories);
    data = data == null ? Map.of() : data;
  }

  @Override
  public String toString() {
    return "StoredRecord[id=" + id + ", activity=" + activity + ", data=***]";
  }
}
