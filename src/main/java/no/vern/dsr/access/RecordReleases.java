package no.vern.dsr.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the records a case handler has released despite a mention of others (Art. 15(4)). */
@Repository
class RecordReleases {

  private final JdbcClient jdbc;

  RecordReleases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Set<UUID> released(Collection<UUID> records) {
    if (records.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql("SELECT record_id FROM dsr_record_release WHERE record_id = ANY(?)")
            .param(records.toArray(UUID[]::new))
            .query(UUID.class)
            .list());
  }

  /** False when it was released before (the first release stands). */
  boolean release(UUID record, Instant at, String actor) {
    return jdbc.sql(
                "INSERT INTO dsr_record_release (record_id, released_at, released_by)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            .params(record, Timestamp.from(at), actor)
            .update()
        == 1;
  }
}
