package no.vern.subject;

import java.security.GeneralSecurityException;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.subject.domain.SubjectCipher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL that reads and marks stored records. A subject's records are those stored under its id and
 * under the ids merged into it: a merge moves identifiers, not records, and a record stored while a
 * merge ran may still name the merged id. A read maps each row straight into a {@link
 * StoredRecord}, decrypted, so that a column added to the table is read in this one place.
 */
@Repository
class RecordRows {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Merges re-point every earlier merge to the newest target, so one level covers the chain. */
  private static final String FAMILY =
      "subject_id IN (SELECT id FROM subject WHERE id = :live OR merged_into = :live)";

  private static final String COLUMNS =
      "id, controller, activity, source, collected_at, last_contact_at,"
          + " relationship_ended_at, case_closed_at, inform_by, informed_at,"
          + " screening_categories, review_state, data_ciphertext";

  private final JdbcClient jdbc;

  RecordRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every record of the subject {@code live} and of the subjects merged into it. */
  List<StoredRecord> ofFamily(UUID live, SubjectCipher cipher) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM personal_data_record WHERE "
                + FAMILY
                + " ORDER BY collected_at, id")
        .param("live", live)
        .query(stored(live, cipher))
        .list();
  }

  /**
   * The records of the family that are in the reader's scope (issue 18): filtered in the query, so
   * a record outside it is never read, let alone decrypted.
   */
  List<StoredRecord> ofFamily(UUID live, SubjectCipher cipher, no.vern.access.ReadScope scope) {
    if (scope.grants(live)) {
      return ofFamily(live, cipher);
    }
    return ScopeFilter.bind(
            jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM personal_data_record WHERE "
                    + FAMILY
                    + " AND "
                    + ScopeFilter.IN_SCOPE
                    + " ORDER BY collected_at, id"),
            scope)
        .param("live", live)
        .query(stored(live, cipher))
        .list();
  }

  /** Whether one record is in the reader's scope, before anything of it is decrypted. */
  boolean inScope(UUID id, no.vern.access.ReadScope scope) {
    return ScopeFilter.bind(
            jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM personal_data_record WHERE id = :id AND "
                    + ScopeFilter.IN_SCOPE
                    + ")"),
            scope)
        .param("id", id)
        .query(Boolean.class)
        .single();
  }

  /** The subject a record was stored under, before anything of it is decrypted. */
  Optional<UUID> subjectOf(UUID id) {
    return jdbc.sql("SELECT subject_id FROM personal_data_record WHERE id = ?")
        .param(id)
        .query(UUID.class)
        .optional();
  }

  /** One record, shown as belonging to {@code live}, the subject it was stored under now. */
  Optional<StoredRecord> byId(UUID id, UUID live, SubjectCipher cipher) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM personal_data_record WHERE id = ?")
        .param(id)
        .query(stored(live, cipher))
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

  /**
   * Subjects merged into one may each have objected: the page shows the objection that stops most
   * (direct marketing, then upheld, raised, rejected).
   */
  private static final String STRONGEST =
      "CASE WHEN objection_ground = 'direct-marketing' THEN 0 WHEN objection = 'upheld' THEN 1"
          + " WHEN objection = 'raised' THEN 2 ELSE 3 END";

  List<ActivityFlags> flagsOf(UUID live) {
    return jdbc.sql(
            "SELECT activity, bool_or(restricted) AS restricted,"
                + " (array_agg(objection ORDER BY "
                + STRONGEST
                + ") FILTER (WHERE objection IS NOT NULL))[1] AS objection,"
                + " (array_agg(objection_ground ORDER BY "
                + STRONGEST
                + ") FILTER (WHERE objection IS NOT NULL))[1] AS ground"
                + " FROM subject_activity_flags WHERE "
                + FAMILY
                + " GROUP BY activity ORDER BY activity")
        .param("live", live)
        .query(
            (rs, n) ->
                new ActivityFlags(
                    rs.getString("activity"),
                    rs.getBoolean("restricted"),
                    Objection.of(rs.getString("objection"), rs.getString("ground"))))
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

  @SuppressWarnings("unchecked")
  private static RowMapper<StoredRecord> stored(UUID live, SubjectCipher cipher) {
    return (rs, n) -> {
      UUID id = rs.getObject("id", UUID.class);
      Map<String, Object> data;
      try {
        data = JSON.readValue(cipher.decryptRecord(id, rs.getBytes("data_ciphertext")), Map.class);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Record " + id + " does not decrypt", e);
      }
      return new StoredRecord(
          new RecordId(id),
          new SubjectId(live),
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
          ReviewState.ofColumn(rs.getString("review_state")),
          data);
    };
  }

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
