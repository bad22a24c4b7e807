package no.vern.subject;

import java.time.Instant;
import java.util.List;

/**
 * A record screening flagged for a person to review, by ids and category codes only: the data is
 * not read for the list.
 */
public record ReviewDue(
    RecordId record,
    SubjectId subject,
    String activity,
    String source,
    Instant collectedAt,
    List<String> categories) {

  public ReviewDue {
    categories = List.copyOf(categories);
  }
}
