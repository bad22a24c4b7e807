package no.vern.subject;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people whose records hold a name, by the name's blind index (issue 16): each person once,
 * merged subjects as the subject they were merged into, with what tells namesakes apart without
 * opening anyone: which activities the named records are in, how many, and the newest collection.
 */
@Repository
class NameMatches {

  /** A search lists at most this many people; more means the name needs another identifier. */
  static final int LIMIT = 50;

  record Match(UUID subject, List<String> activities, long records, Instant lastCollected) {}

  private final JdbcClient jdbc;

  NameMatches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Match> of(byte[] nameIndex) {
    return jdbc.sql(
            """
            SELECT coalesce(s.merged_into, r.subject_id) AS live, count(*) AS records,
                   max(r.collected_at) AS last_collected,
                   array_agg(DISTINCT r.activity ORDER BY r.activity) AS activities
            FROM personal_data_record r JOIN subject s ON s.id = r.subject_id
            WHERE r.name_index = ?
            GROUP BY 1 ORDER BY max(r.collected_at) DESC LIMIT ?""")
        .params(nameIndex, LIMIT)
        .query(
            (rs, n) ->
                new Match(
                    rs.getObject("live", UUID.class),
                    Arrays.asList((String[]) rs.getArray("activities").getArray()),
                    rs.getLong("records"),
                    rs.getTimestamp("last_collected").toInstant()))
        .list();
  }
}
