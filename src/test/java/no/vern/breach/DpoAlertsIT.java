package no.vern.breach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import no.vern.mail.MailDelivery;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The DPO's reminders of the 72 hours, with the clock moved on: one mail at 24 hours left, one at
 * 6, none twice, none for a breach already notified. The address is the DPO's in the example
 * inventory, as no {@code VERN_BREACH_DPO_EMAIL} is set in the tests.
 */
@VernTest
class DpoAlertsIT {

  private static final String DPO_ADDRESS = "personvernombud@brattli.example.invalid";

  @Autowired Breaches breaches;
  @Autowired DpoAlerts alerts;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ApplicationContext context;

  @Test
  void theDpoIsMailedAtTwentyFourAndAtSixHoursLeftOnceEach() throws Exception {
    Instant now = clock.instant();
    UUID open = breach(now.minus(Duration.ofHours(50)));
    UUID notified = breach(now.minus(Duration.ofHours(50)));
    breaches.notify(
        notified, new NotificationInput(null, null, null, null, null, null, null), "system:test");
    int before = TestSmtpServer.receivedBy(DPO_ADDRESS).size();

    alerts.alert(now);
    alerts.alert(now.plus(Duration.ofMinutes(5)));

    assertThat(alertsOf(open)).containsExactly(24);
    assertThat(alertsOf(notified)).isEmpty();

    alerts.alert(now.plus(Duration.ofHours(17)));
    alerts.alert(now.plus(Duration.ofHours(18)));
    assertThat(alertsOf(open)).containsExactly(6, 24);

    // Past the deadline the reminders stop: the page shows it overdue instead.
    alerts.alert(now.plus(Duration.ofHours(23)));
    assertThat(alertsOf(open)).containsExactly(6, 24);

    MailDelivery.dispatchAllDue(context);
    var mails = TestSmtpServer.receivedBy(DPO_ADDRESS);
    assertThat(mails.size() - before).isEqualTo(2);
    String subject = mails.get(mails.size() - 1).getSubject();
    assertThat(subject).startsWith("Avvik:").contains("igjen");
  }

  private UUID breach(Instant awareAt) {
    return breaches
        .record(
            new BreachInput(
                "Reminder test",
                "availability",
                OffsetDateTime.ofInstant(awareAt, ZoneOffset.UTC).toString(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            "system:test")
        .id();
  }

  private List<Integer> alertsOf(UUID breach) {
    return jdbc.sql("SELECT hours_left FROM breach_alert WHERE breach_id = ? ORDER BY hours_left")
        .param(breach)
        .query(Integer.class)
        .list();
  }
}
