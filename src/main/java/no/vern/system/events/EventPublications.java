package no.vern.system.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the admin page and the metric read of Modulith's {@code event_publication} table: ids, event
 * types, listeners, dates, status and attempts, never the serialized event. Completed publications
 * are deleted (completion mode {@code delete}), so every row here is one still to do.
 */
@Repository
class EventPublications {

  static final int MAX_ROWS = 100;

  /** A publication whose listener has not finished; attempts count the first one. */
  record Incomplete(
      UUID id,
      String eventType,
      String listenerId,
      Instant publishedAt,
      String status,
      int attempts,
      Instant lastResubmittedAt) {

    /** The event's class without its package, e.g. {@code ConsentWithdrawn}. */
    public String event() {
      return eventType.substring(eventType.lastIndexOf('.') + 1);
    }

    /** The listening class and method, e.g. {@code Unsubscriptions.withdrawn}. */
    public String listener() {
      String method =
          listenerId.contains("(") ? listenerId.substring(0, listenerId.indexOf('(')) : listenerId;
      int dot = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
      return method.substring(dot + 1);
    }
  }

  private final JdbcClient jdbc;

  EventPublications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long countIncomplete() {
    return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
        .query(Long.class)
        .single();
  }

  /** The oldest first; one more than {@link #MAX_ROWS} when there are more. */
  List<Incomplete> incomplete() {
    return jdbc.sql(
            """
            SELECT id, event_type, listener_id, publication_date, status, completion_attempts,
                   last_resubmission_date
              FROM event_publication WHERE completion_date IS NULL
             ORDER BY publication_date, id LIMIT ?
            """)
        .param(MAX_ROWS + 1)
        .query(
            (rs, n) ->
                new Incomplete(
                    rs.getObject("id", UUID.class),
                    rs.getString("event_type"),
                    rs.getString("listener_id"),
                    rs.getTimestamp("publication_date").toInstant(),
                    rs.getString("status"),
                    rs.getInt("completion_attempts"),
                    instant(rs.getTimestamp("last_resubmission_date"))))
        .list();
  }

  /**
   * The ones a resubmission may take: failed, or waiting since before {@code stalledBefore} (their
   * instance died, or their listener hangs). Not the ones just published, which are on their way,
   * nor the ones resubmitted already, which Modulith would skip.
   */
  List<UUID> resubmittable(Instant stalledBefore) {
    return jdbc.sql(
            """
            SELECT id FROM event_publication
             WHERE completion_date IS NULL AND status IS DISTINCT FROM 'RESUBMITTED'
               AND (status = 'FAILED' OR publication_date < ?)
             ORDER BY publication_date, id LIMIT ?
            """)
        .params(Timestamp.from(stalledBefore), MAX_ROWS)
        .query(UUID.class)
        .list();
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
