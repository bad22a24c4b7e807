package no.vern.retention;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many statements have inserted or updated personal-data records (the {@code
 * retention_record_writes} sequence, counted by a statement trigger after each such statement). The
 * sweep's page pass notes the count as it begins; if the count is the same when the pass ends, no
 * record can have been written behind it, and the index pass that would look for such records is
 * left out (it costs a visit to every row the pass deleted).
 */
@Repository
class RecordWrites {

  /** How long the count waits for transactions already writing; longer ones make it unknown. */
  private static final Duration SETTLING = Duration.ofSeconds(5);

  private final JdbcClient jdbc;

  RecordWrites(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The count now. */
  long count() {
    return jdbc.sql(
            "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM retention_record_writes")
        .query(Long.class)
        .single();
  }

  /**
   * The count, once every transaction running when it was read has ended, so that whatever they
   * wrote before is visible to the pass that follows ({@link SweepBatch#UNKNOWN} if one runs longer
   * than a few seconds). The count is read before the list of running transactions: a statement
   * counted before it has written its rows and is on the list or committed; one counted after it
   * changes the count.
   */
  long settledCount() {
    long count = count();
    String running = jdbc.sql("SELECT pg_current_snapshot()::text").query(String.class).single();
    long deadline = System.nanoTime() + SETTLING.toNanos();
    while (stillRunning(running) > 0) {
      if (System.nanoTime() > deadline) {
        return SweepBatch.UNKNOWN;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return SweepBatch.UNKNOWN;
      }
    }
    return count;
  }

  private long stillRunning(String snapshot) {
    return jdbc.sql(
            "SELECT count(*) FROM pg_snapshot_xip(CAST(:snapshot AS pg_snapshot)) x"
                + " WHERE x IS DISTINCT FROM pg_current_xact_id_if_assigned()"
                + " AND pg_xact_status(x) = 'in progress'")
        .param("snapshot", snapshot)
        .query(Long.class)
        .single();
  }
}
