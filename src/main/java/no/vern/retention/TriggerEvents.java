package no.vern.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reported trigger dates. The latest report for a record (or subject) and event wins: the reporting
 * system knows its cases, and a case reopened and closed again is closed on the later day.
 */
@Repository
class TriggerEvents {

  private final JdbcClient jdbc;

  TriggerEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void forRecord(UUID record, String event, LocalDate on, @Nullable String caseRef, Instant at) {
    jdbc.sql(
            """
            INSERT INTO retention_record_event (record_id, event, occurred_on, reported_at)
            VALUES (?, ?, ?, ?) ON CONFLICT (record_id, event)
            DO UPDATE SET occurred_on = excluded.occurred_on, reported_at = excluded.reported_at""")
        .params(record, event, Date.valueOf(on), Timestamp.from(at))
        .update();
    if (caseRef != null) {
      jdbc.sql(
              """
              INSERT INTO retention_record_case (record_id, case_reference) VALUES (?, ?)
              ON CONFLICT (record_id) DO UPDATE SET case_reference = excluded.case_reference""")
          .params(record, caseRef)
          .update();
    }
  }

  void forSubject(UUID subject, String event, LocalDate on, Instant at) {
    jdbc.sql(
            """
            INSERT INTO retention_subject_event (subject_id, event, occurred_on, reported_at)
            VALUES (?, ?, ?, ?) ON CONFLICT (subject_id, event)
            DO UPDATE SET occurred_on = excluded.occurred_on, reported_at = excluded.reported_at""")
        .params(subject, event, Date.valueOf(on), Timestamp.from(at))
        .update();
  }

  /** Which of these records exist (read-only look into the subject module's table). */
  Set<UUID> existingRecords(Collection<UUID> ids) {
    return Set.copyOf(
        jdbc.sql("SELECT id FROM personal_data_record WHERE id = ANY(?)")
            .param(ids.toArray(UUID[]::new))
            .query(UUID.class)
            .list());
  }

  /** Which of these subjects exist and still have identifiers (an erased one cannot get news). */
  Set<UUID> existingSubjects(Collection<UUID> ids) {
    return jdbc
        .sql("SELECT id FROM subject WHERE id = ANY(?) AND merged_into IS NULL")
        .param(ids.toArray(UUID[]::new))
        .query(UUID.class)
        .list()
        .stream()
        .collect(Collectors.toUnmodifiableSet());
  }
}
