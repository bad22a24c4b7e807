package no.vern.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of legal holds; a lifted hold stays, with who lifted it, when and why. */
@Repository
class Holds {

  /** One hold: exactly one of subject, record, activity and case reference is set. */
  record Hold(
      UUID id,
      @Nullable UUID subject,
      @Nullable UUID record,
      @Nullable String activity,
      @Nullable String caseReference,
      String reason,
      String owner,
      Instant startedAt,
      LocalDate reviewAt,
      @Nullable Instant liftedAt,
      @Nullable String liftedBy,
      @Nullable String liftReason) {

    boolean reviewDue(LocalDate today) {
      return liftedAt == null && !reviewAt.isAfter(today);
    }
  }

  /** A person's page lists at most this many holds (lifted ones are history, not work). */
  static final int PERSON_LIMIT = 200;

  private final JdbcClient jdbc;

  Holds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Hold h) {
    jdbc.sql(
            "INSERT INTO retention_hold (id, subject_id, record_id, activity, case_reference,"
                + " reason, owner, started_at, review_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            h.id(),
            h.subject(),
            h.record(),
            h.activity(),
            h.caseReference(),
            h.reason(),
            h.owner(),
            Timestamp.from(h.startedAt()),
            Date.valueOf(h.reviewAt()))
        .update();
  }

  /** False when there is no such hold in force. */
  boolean lift(UUID id, Instant at, String by, String reason) {
    return jdbc.sql(
                "UPDATE retention_hold SET lifted_at = ?, lifted_by = ?, lift_reason = ?"
                    + " WHERE id = ? AND lifted_at IS NULL")
            .params(Timestamp.from(at), by, reason, id)
            .update()
        == 1;
  }

  /** Holds in force first, by review date; then the lifted ones, newest first. */
  List<Hold> list(int limit) {
    return jdbc.sql(
            "SELECT * FROM retention_hold ORDER BY lifted_at IS NOT NULL, review_at,"
                + " lifted_at DESC LIMIT ?")
        .param(limit)
        .query(Holds::map)
        .list();
  }

  /**
   * Every hold, in force or lifted, that names this person or one of the subjects merged into them,
   * one of their records, an activity they have records in, or a case reference of their records:
   * what the person's page links to. Holds in force first, as {@link #list}.
   */
  List<Hold> onPerson(UUID subject) {
    return jdbc.sql(
            """
            WITH family AS (SELECT CAST(:subject AS uuid) AS id
                            UNION SELECT s.id FROM subject s WHERE s.merged_into = :subject),
                 mine AS (SELECT r.id, r.activity FROM personal_data_record r
                          WHERE r.subject_id IN (SELECT id FROM family))
            SELECT h.* FROM retention_hold h
            WHERE h.subject_id IN (SELECT id FROM family)
               OR h.record_id IN (SELECT id FROM mine)
               OR h.activity IN (SELECT activity FROM mine)
               OR h.case_reference IN (SELECT c.case_reference FROM retention_record_case c
                                       WHERE c.record_id IN (SELECT id FROM mine))
            ORDER BY h.lifted_at IS NOT NULL, h.review_at, h.lifted_at DESC LIMIT :limit""")
        .param("subject", subject)
        .param("limit", PERSON_LIMIT)
        .query(Holds::map)
        .list();
  }

  /** Holds in force over the subject, the activities, or the subject's records in them. */
  List<UUID> covering(UUID subject, Collection<String> activities) {
    return jdbc.sql(
            """
            SELECT h.id FROM retention_hold h WHERE h.lifted_at IS NULL AND (
              h.subject_id = :subject OR h.activity = ANY(:activities)
              OR h.record_id IN (SELECT r.id FROM personal_data_record r
                                 WHERE r.subject_id = :subject AND r.activity = ANY(:activities))
              OR h.case_reference IN (SELECT c.case_reference FROM retention_record_case c
                                      JOIN personal_data_record r ON r.id = c.record_id
                                      WHERE r.subject_id = :subject
                                        AND r.activity = ANY(:activities)))
            ORDER BY h.started_at""")
        .param("subject", subject)
        .param("activities", activities.toArray(String[]::new))
        .query(UUID.class)
        .list();
  }

  private static Hold map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp lifted = rs.getTimestamp("lifted_at");
    return new Hold(
        rs.getObject("id", UUID.class),
        rs.getObject("subject_id", UUID.class),
        rs.getObject("record_id", UUID.class),
        rs.getString("activity"),
        rs.getString("case_reference"),
        rs.getString("reason"),
        rs.getString("owner"),
        rs.getTimestamp("started_at").toInstant(),
        rs.getObject("review_at", LocalDate.class),
        lifted == null ? null : lifted.toInstant(),
        rs.getString("lifted_by"),
        rs.getString("lift_reason"));
  }
}
