package no.vern.cookie.log;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code cookie_consent} table: read, and purged after its retention ({@link ChoiceWriter}
 * appends).
 */
@Repository
class ConsentLog {

  static final String COLUMNS =
      "id, consent_id, recorded_at, accepted, refused, method, gpc, gpc_applied, banner_version,"
          + " notice_version, material_hash, text_hash, language, page_url, user_agent";

  private final JdbcClient jdbc;

  ConsentLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every choice under this consent id, oldest first. */
  List<Choice> history(UUID consentId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM cookie_consent WHERE consent_id = ? ORDER BY recorded_at, id")
        .param(consentId)
        .query(ConsentLog::choice)
        .list();
  }

  /** The choices recorded in [from, to), oldest first. */
  List<Choice> between(Instant from, Instant to) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM cookie_consent WHERE recorded_at >= ? AND recorded_at < ?"
                + " ORDER BY recorded_at, id")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query(ConsentLog::choice)
        .list();
  }

  static Choice choice(ResultSet rs, int row) throws SQLException {
    Integer notice = rs.getObject("notice_version", Integer.class);
    return new Choice(
        rs.getLong("id"),
        rs.getObject("consent_id", UUID.class),
        rs.getTimestamp("recorded_at").toInstant(),
        strings(rs.getArray("accepted")),
        strings(rs.getArray("refused")),
        rs.getString("method"),
        rs.getBoolean("gpc"),
        rs.getBoolean("gpc_applied"),
        rs.getString("banner_version"),
        notice,
        rs.getString("material_hash"),
        rs.getString("text_hash"),
        rs.getString("language"),
        rs.getString("page_url"),
        rs.getString("user_agent"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** Category ids only ([a-z]+), so a literal needs no quoting. */
  static String arrayLiteral(List<String> values) {
    return "{" + String.join(",", values) + "}";
  }
}
