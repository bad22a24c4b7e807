package no.vern.dsr.change;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code dsr_change}: what each request changed, the source of the person's answer. */
@Repository
class ChangeLog {

  /** One change; see V0031 for the columns. */
  record Change(
      @Nullable UUID request,
      UUID subject,
      String kind,
      @Nullable String activity,
      @Nullable UUID record,
      String outcome,
      @Nullable String ground,
      @Nullable UUID hold,
      @Nullable LocalDate keptUntil,
      boolean overridden,
      @Nullable String reason,
      List<String> fields,
      Instant at,
      String actor) {}

  private final JdbcClient jdbc;

  ChangeLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(Change c) {
    jdbc.sql(
            "INSERT INTO dsr_change (request_id, subject_id, kind, activity, record_id, outcome,"
                + " ground, hold_id, kept_until, overridden, reason, fields, at, actor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.request(),
            c.subject(),
            c.kind(),
            c.activity(),
            c.record(),
            c.outcome(),
            c.ground(),
            c.hold(),
            c.keptUntil() == null ? null : Date.valueOf(c.keptUntil()),
            c.overridden(),
            c.reason(),
            c.fields().toArray(String[]::new),
            Timestamp.from(c.at()),
            c.actor())
        .update();
  }

  List<Change> ofRequest(UUID request) {
    return of("request_id", request);
  }

  /** The person's changes, from requests and from their own buttons, in order. */
  List<Change> ofSubject(UUID subject) {
    return of("subject_id", subject);
  }

  private List<Change> of(String column, UUID id) {
    return jdbc.sql("SELECT * FROM dsr_change WHERE " + column + " = ? ORDER BY id")
        .param(id)
        .query(
            (rs, n) -> {
              Date until = rs.getDate("kept_until");
              return new Change(
                  rs.getObject("request_id", UUID.class),
                  rs.getObject("subject_id", UUID.class),
                  rs.getString("kind"),
                  rs.getString("activity"),
                  rs.getObject("record_id", UUID.class),
                  rs.getString("outcome"),
                  rs.getString("ground"),
                  rs.getObject("hold_id", UUID.class),
                  until == null ? null : until.toLocalDate(),
                  rs.getBoolean("overridden"),
                  rs.getString("reason"),
                  List.of((String[]) rs.getArray("fields").getArray()),
                  rs.getTimestamp("at").toInstant(),
                  rs.getString("actor"));
            })
        .list();
  }
}
