package no.vern.mail;

import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code outbox} health component: UNKNOWN while no SMTP server is configured (mail waits in
 * the queue), UP otherwise, with the number of queued and given-up mails. Never DOWN: a mail server
 * outage must not take Vern out of a load balancer, since the outbox is there to ride it out.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

  private final MailSettings settings;
  private final OutboxReport report;

  OutboxHealthIndicator(MailSettings settings, OutboxReport report) {
    this.settings = settings;
    this.report = report;
  }

  @Override
  public Health health() {
    Map<MailState, Long> counts = report.counts();
    Health.Builder health = settings.configured() ? Health.up() : Health.unknown();
    return health
        .withDetail("configured", settings.configured())
        .withDetail("queued", counts.get(MailState.QUEUED) + counts.get(MailState.SENDING))
        .withDetail("failed", counts.get(MailState.FAILED))
        .build();
  }
}
