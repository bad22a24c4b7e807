package no.vern.dsr.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.vern.dsr.RequestChanged;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Task {@code dsr.webhook-retry}: posts again the request events the webhook did not take. The
 * registry keeps a failed post as a FAILED publication (it survives restarts, being a row written
 * in the step's transaction), but Modulith runs those again only at start or when asked; this asks,
 * on the one scheduler, with a backoff so a case system that is down is not hammered: the n-th
 * retry waits {@code vern.dsr.webhook-retry-delay} times 2^(n-1), at most an hour. Only the webhook
 * listens to {@link RequestChanged}, so the event's type picks its publications. Safe to run twice:
 * a receiver may see an event twice, and tells them apart by {@code id}, {@code event} and {@code
 * at}.
 */
@Component
class WebhookRetries {

  private static final Duration MOST = Duration.ofHours(1);

  private final IncompleteEventPublications incomplete;
  private final DsrSettings settings;
  private final Clock clock;

  WebhookRetries(IncompleteEventPublications incomplete, DsrSettings settings, Clock clock) {
    this.incomplete = incomplete;
    this.settings = settings;
    this.clock = clock;
  }

  void scheduled() {
    if (settings.webhookUrl().isBlank() || settings.webhookSecret().isBlank()) {
      return;
    }
    Instant now = clock.instant();
    incomplete.resubmitIncompletePublications(p -> due(p, now));
  }

  private boolean due(EventPublication p, Instant now) {
    if (!(p.getEvent() instanceof RequestChanged)
        || p.getStatus() != EventPublication.Status.FAILED) {
      return false;
    }
    Instant last = p.getLastResubmissionDate();
    Instant tried = last == null ? p.getPublicationDate() : last;
    return !tried.plus(backoff(p.getCompletionAttempts())).isAfter(now);
  }

  Duration backoff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 20);
    Duration wait = settings.webhookRetryDelay().multipliedBy(1L << doublings);
    return wait.compareTo(MOST) > 0 ? MOST : wait;
  }
}
