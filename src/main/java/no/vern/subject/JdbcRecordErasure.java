package no.vern.subject;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcRecordErasure implements RecordErasure {

  /**
   * Deletes the chosen records and answers {@code erased(id, subject_id, controller,
   * collected_at)}.
   */
  static final String DELETION =
      """
      erased AS (
        DELETE FROM personal_data_record r USING chosen c
        WHERE r.ctid = c.rowid AND r.id = c.id
        RETURNING r.id, r.subject_id, r.controller, r.collected_at),
      """;

  /**
   * One statement, so every part reads the same snapshot: the records it deletes are still visible
   * to the later parts, which therefore discount {@code erased} when they ask what is left. A
   * subject and the subjects merged into it are one person, whose identifiers go once none of them
   * has a record left; whether one is left stops at the first record found.
   */
  static final String ERASURE =
      DELETION + people("erased", "AND r.id NOT IN (SELECT id FROM erased)");

  /**
   * The people of {@code source}'s {@code subject_id}s: {@code emptied(subject_id, live)} for those
   * left without any record (every subject id of the person), whose identifiers it deletes.
   */
  private static String people(String source, String discount) {
    return """
        touched AS (
          SELECT DISTINCT coalesce(m.merged_into, e.subject_id) AS live FROM %1$s e
          LEFT JOIN subject m ON m.id = e.subject_id AND m.merged_into IS NOT NULL),
        family AS (
          SELECT t.live AS id, t.live FROM touched t
          UNION SELECT s.id, s.merged_into FROM subject s JOIN touched t ON s.merged_into = t.live),
        remaining AS (
          SELECT DISTINCT f.live FROM family f WHERE EXISTS (
            SELECT 1 FROM personal_data_record r WHERE r.subject_id = f.id %2$s)),
        emptied AS (
          SELECT f.id AS subject_id, f.live FROM family f
          WHERE NOT EXISTS (SELECT 1 FROM remaining k WHERE k.live = f.live)),
        unidentified AS (
          DELETE FROM subject_identifier si USING emptied e WHERE si.subject_id = e.subject_id)
        """
        .formatted(source, discount);
  }

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
    return jdbc
        .sql(
            "WITH chosen AS (SELECT r.ctid AS rowid, r.id FROM personal_data_record r"
                + " WHERE r.id = ANY(:ids) ORDER BY r.ctid),\n"
                + ERASURE
                + "SELECT DISTINCT live FROM emptied")
        .param("ids", ids)
        .query(UUID.class)
        .list()
        .stream()
        .map(SubjectId::new)
        .toList();
  }

  @Override
  public String deletionOnly() {
    return DELETION;
  }

  @Override
  public String peopleLeftWithout(String source) {
    return people(source, "");
  }
}
