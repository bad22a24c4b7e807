package no.vern.subject;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcRecordErasure implements RecordErasure {

  private final JdbcClient jdbc;

  JdbcRecordErasure(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public List<SubjectId> erase(Collection<RecordId> records) {
    UUID[] ids = records.stream().map(RecordId::value).toArray(UUID[]::new);
    if (ids.length == 0) {
      return List.of();
    }
    List<UUID> touched =
        jdbc.sql(
                "WITH gone AS (DELETE FROM personal_data_record WHERE id = ANY(:ids)"
                    + " RETURNING subject_id) SELECT DISTINCT subject_id FROM gone")
            .param("ids", ids)
            .query(UUID.class)
            .list();
    // Only a subject without records of its own can have become empty; for those, a subject and
    // the subjects merged into it are one person, whose identifiers go once none has a record left.
    List<UUID> emptied =
        jdbc.sql(
                "SELECT s FROM unnest(:touched) s WHERE NOT EXISTS"
                    + " (SELECT 1 FROM personal_data_record r WHERE r.subject_id = s)")
            .param("touched", touched.toArray(UUID[]::new))
            .query(UUID.class)
            .list();
    if (emptied.isEmpty()) {
      return List.of();
    }
    UUID[] live =
        jdbc.sql("SELECT DISTINCT coalesce(merged_into, id) FROM subject WHERE id = ANY(:emptied)")
            .param("emptied", emptied.toArray(UUID[]::new))
            .query(UUID.class)
            .list()
            .toArray(UUID[]::new);
    return jdbc
        .sql(
            """
            WITH family AS (
              SELECT s.id, coalesce(s.merged_into, s.id) AS live FROM subject s
              WHERE s.id = ANY(:live) OR s.merged_into = ANY(:live)),
            empty AS (
              SELECT DISTINCT f.live FROM family f
              WHERE NOT EXISTS (SELECT 1 FROM personal_data_record r JOIN family g
                                ON g.id = r.subject_id WHERE g.live = f.live)),
            removed AS (
              DELETE FROM subject_identifier si USING family f, empty e
              WHERE si.subject_id = f.id AND f.live = e.live RETURNING si.subject_id)
            SELECT e.live FROM empty e""")
        .param("live", live)
        .query(UUID.class)
        .list()
        .stream()
        .map(SubjectId::new)
        .toList();
  }
}
