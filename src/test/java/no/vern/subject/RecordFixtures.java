package no.vern.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Records against the example debt-collection inventory: an enquiry the person sent themselves
 * (Art. 13) and a claim from a client (Art. 14), under two activities.
 */
final class RecordFixtures {

  private RecordFixtures() {}

  static NewRecord enquiry(Instant at, String message) {
    return new NewRecord(
        "group",
        "enquiries",
        "contact-form",
        at,
        Map.of("message", message),
        null,
        null,
        null,
        null);
  }

  static NewRecord claim(Instant at, LocalDate informBy) {
    return new NewRecord(
        "group",
        "debt-collection",
        "third-party",
        at,
        Map.of("claim", "Synthetic claim 1200 NOK", "amount", 1200),
        informBy,
        null,
        null,
        null);
  }

  static NewRecord flagged(Instant at) {
    return new NewRecord(
        "group",
        "enquiries",
        "contact-form",
        at,
        Map.of("message", "Synthetic: I was ill and could not pay"),
        null,
        null,
        null,
        null,
        new ScreeningMarks(List.of("HEALTH"), true));
  }
}
