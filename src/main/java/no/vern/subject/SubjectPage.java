package no.vern.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the admin page of one subject shows, resolved to texts in the reader's language. Holds
 * personal data (identifiers, record data): built per request for the page, never logged.
 */
record SubjectPage(
    UUID subject,
    List<IdentifierRow> identifiers,
    List<ActivityGroup> groups,
    List<UUID> mergeSuggestions) {

  record IdentifierRow(String type, String value) {}

  /**
   * One processing activity with what the inventory says about it, and the subject's records;
   * {@code objection} is the message-key suffix of the objection's ground and state, or null.
   */
  record ActivityGroup(
      String activity,
      boolean inInventory,
      String name,
      String purpose,
      List<String> legalBases,
      String retention,
      boolean restricted,
      @Nullable String objection,
      List<RecordRow> records) {}

  record RecordRow(
      UUID id,
      String source,
      String collected,
      String retentionDue,
      List<String> categories,
      ReviewState review,
      LocalDate informBy,
      String informed,
      List<DataItem> data) {}

  record DataItem(String key, String value) {}

  @Override
  public String toString() {
    return "SubjectPage[subject=" + subject + ", ***]";
  }
}
