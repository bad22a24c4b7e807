package no.vern.mail;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts audit entries about a mail; queued entries reach the chain within milliseconds. */
final class AuditEntries {

  private AuditEntries() {}

  /** Waits up to ten seconds for at least one entry with this action code about the mail. */
  static long about(JdbcClient jdbc, int actionCode, MailId id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long count;
    do {
      count =
          jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
              .params(actionCode, id.toString())
              .query(Long.class)
              .single();
      if (count > 0) {
        return count;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    return count;
  }
}
