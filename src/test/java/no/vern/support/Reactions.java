package no.vern.support;

import java.sql.DriverManager;
import java.time.Duration;

/**
 * Waits for the module listeners (docs/events.md) to finish what the last action started. They run
 * after the action's commit on another thread, so a test that checks a reaction right after an HTTP
 * answer waits here first: until no event publication is waiting or running, and no audit entry is
 * waiting to be sealed onto the chain (the writer does that just after the action's commit). A
 * failed publication does not hold it up; the test that made it fail checks it itself.
 */
public final class Reactions {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private Reactions() {}

  public static void settle() {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    TestDatabase.Connection db = TestDatabase.get();
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
        var s =
            c.prepareStatement(
                "SELECT (SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                    + " AND status IS DISTINCT FROM 'FAILED')"
                    + " + (SELECT count(*) FROM audit_pending)")) {
      while (true) {
        try (var rs = s.executeQuery()) {
          rs.next();
          long busy = rs.getLong(1);
          if (busy == 0) {
            return;
          }
          if (System.nanoTime() > deadline) {
            throw new AssertionError(
                busy + " event publication(s) or audit entries still unfinished after " + PATIENCE);
          }
        }
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not read event_publication", e);
    }
  }
}
