package no.vern.subject;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link SubjectsWithRecords} in SQL on {@code personal_data_record}, set-based. */
@Repository
class JdbcSubjectsWithRecords implements SubjectsWithRecords {

  /** A record's subject as it is now: merges move identifiers, records stay with the old id. */
  private static final String CURRENT =
      "COALESCE(s.merged_into, s.id) FROM personal_data_record r JOIN subject s ON s.id ="
          + " r.subject_id";

  private static final String IN_ACTIVITIES =
      " WHERE r.activity IN (:activities) AND r.collected_at <= :to"
          + " AND (CAST(:from AS timestamptz) IS NULL OR r.collected_at >= :from)";

  private final JdbcClient jdbc;

  JdbcSubjectsWithRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SubjectId> inActivities(
      Collection<String> activities, @Nullable Instant from, Instant to, int limit) {
    if (activities.isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql("SELECT DISTINCT " + CURRENT + IN_ACTIVITIES + " ORDER BY 1 LIMIT :limit")
        .param("activities", List.copyOf(activities))
        .param("from", from == null ? null : Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .param("limit", limit)
        .query(UUID.class)
        .list()
        .stream()
        .map(SubjectId::new)
        .toList();
  }

  @Override
  public long countInActivities(Collection<String> activities, @Nullable Instant from, Instant to) {
    if (activities.isEmpty()) {
      return 0;
    }
    return jdbc.sql("SELECT count(*) FROM (SELECT DISTINCT " + CURRENT + IN_ACTIVITIES + ") x")
        .param("activities", List.copyOf(activities))
        .param("from", from == null ? null : Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(Long.class)
        .single();
  }

  @Override
  public List<SubjectId> inImport(ImportId importId, int limit) {
    return jdbc
        .sql("SELECT DISTINCT " + CURRENT + " WHERE r.import_id = :import ORDER BY 1 LIMIT :limit")
        .param("import", importId.value())
        .param("limit", limit)
        .query(UUID.class)
        .list()
        .stream()
        .map(SubjectId::new)
        .toList();
  }

  @Override
  public long countInImport(ImportId importId) {
    return jdbc.sql(
            "SELECT count(*) FROM (SELECT DISTINCT " + CURRENT + " WHERE r.import_id = :import) x")
        .param("import", importId.value())
        .query(Long.class)
        .single();
  }
}
