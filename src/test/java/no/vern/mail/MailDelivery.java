package no.vern.mail;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the tests of any module: sends what the outbox holds, as the scheduled dispatcher would (it
 * is switched off in tests), then the mails are in {@link no.vern.support.TestSmtpServer}. Pass a
 * clock ahead of the application's to reach mails that are backing off.
 */
public final class MailDelivery {

  private MailDelivery() {}

  public static void dispatchAllDue(ApplicationContext context) {
    dispatchAllDue(context, context.getBean(Clock.class));
  }

  /**
   * Dispatches until no mail is due at {@code at}. One run stops at the first batch that cannot
   * reach the server, so while it is away this takes a run per batch.
   */
  public static void dispatchAllDue(ApplicationContext context, Clock at) {
    MailDispatcher dispatcher = context.getBean(MailDispatcher.class);
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    for (int run = 0; run < 100 && due(jdbc, at) > 0; run++) {
      dispatcher.dispatchDue(at);
    }
  }

  private static long due(JdbcClient jdbc, Clock at) {
    return jdbc.sql(
            "SELECT count(*) FROM mail_outbox"
                + " WHERE state IN ('QUEUED', 'SENDING') AND next_attempt_at <= ?")
        .param(Timestamp.from(at.instant()))
        .query(Long.class)
        .single();
  }
}
