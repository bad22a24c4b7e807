package no.vern.subject;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL that reads and marks stored records. A subject's records are those stored under its id and
 * under the ids merged into it: a merge moves identifiers, not records, and a record stored while a
 * merge ran may still name the merged id.
 */
@Repository
class RecordRows {

  record Row(
      UUID id,
      UUID subject,
      String controller,
      String activity,
      String source,
      Instant collectedAt,
      Instant lastContactAt,
      Instant relationshipEndedAt,
      Instant caseClosedAt,
      LocalDate informBy,
      Instant informedAt,
      List<String> categories,
      String reviewState,
      byte[] ciphertext) {}

  /** Merges re-point every earlier merge to the newest target, so one level covers the chain. */
  private static final String FAMILY =
      "subject_id IN (SELECT id FROM subject WHERE id = :live OR merged_into = :live)";

  private static final String COLUMNS =
      "id, subject_id, controller, activity, source, collected_at, last_contact_at,"
          + " relationship_ended_at, case_closed_at, inform_by, informed_at,"
          + " screening_categories, review_state, data_ciphertext";

  private final JdbcClient jdbc;

  RecordRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> ofFamily(UUID live) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM personal_data_record WHERE "
                + FAMILY
                + " ORDER BY collected_at, id")
        .param("live", live)
        .query(ROW)
        .list();
  }

  Optional<Row> byId(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM personal_data_record WHERE id = ?")
        .param(id)
        .query(ROW)
        .optional();
  }

  List<ReviewDue> awaitingReview(int limit) {
    return jdbc.sql(
            "SELECT id, subject_id, activity, source, collected_at, screening_categories"
                + " FROM personal_data_record WHERE review_state = 'AWAITING_REVIEW'"
                + " ORDER BY collected_at, id LIMIT ?")
        .param(limit)
        .query(
            (rs, n) ->
                new ReviewDue(
                    new RecordId(rs.getObject("id", UUID.class)),
                    new SubjectId(rs.getObject("subject_id", UUID.class)),
                    rs.getString("activity"),
                    rs.getString("source"),
                    instant(rs, "collected_at"),
                    strings(rs.getArray("screening_categories"))))
        .list();
  }

  List<ActivityFlags> flagsOf(UUID live) {
    return jdbc.sql(
            "SELECT activity, bool_or(restricted) AS restricted, bool_or(objected) AS objected"
                + " FROM subject_activity_flags WHERE "
                + FAMILY
                + " GROUP BY activity ORDER BY activity")
        .param("live", live)
        .query(
            (rs, n) ->
                new ActivityFlags(
                    rs.getString("activity"),
                    rs.getBoolean("restricted"),
                    rs.getBoolean("objected")))
        .list();
  }

  /** True when this call set the date; an informed record keeps its first date. */
  boolean setInformed(UUID id, Instant at) {
    return jdbc.sql(
                "UPDATE personal_data_record SET informed_at = ? WHERE id = ? AND informed_at IS NULL")
            .params(Timestamp.from(at), id)
            .update()
        == 1;
  }

  /** True when the record was awaiting review and now is reviewed. */
  boolean setReviewed(UUID id) {
    return jdbc.sql(
                "UPDATE personal_data_record SET review_state = 'REVIEWED'"
                    + " WHERE id = ? AND review_state = 'AWAITING_REVIEW'")
            .param(id)
            .update()
        == 1;
  }

  boolean exists(UUID id) {
    return jdbc.sql("SELECT count(*) FROM personal_data_record WHERE id = ?")
            .param(id)
            .query(Long.class)
            .single()
        > 0;
  }

  private static final RowMapper<Row> ROW =
      (rs, n) ->
          new Row(
              rs.getObject("id", UUID.class),
              rs.getObject("subject_id", UUID.class),
              rs.getString("controller"),
              rs.getString("activity"),
              rs.getString("source"),
              instant(rs, "collected_at"),
              instant(rs, "last_contact_at"),
              instant(rs, "relationship_ended_at"),
              instant(rs, "case_closed_at"),
              date(rs, "inform_by"),
              instant(rs, "informed_at"),
              strings(rs.getArray("screening_categories")),
              rs.getString("review_state"),
              rs.getBytes("data_ciphertext"));

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date day = rs.getDate(column);
    return day == null ? null : day.toLocalDate();
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }
}
