package no.vern.intake.idempotency;

import java.time.Clock;
import no.vern.intake.config.IntakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes idempotency keys older than {@code vern.intake.idempotency-retention} (24 hours unless
 * set), as the {@code intake.idempotency-purge} task (IntakeTasks): a delete of old rows, the same
 * whoever does it.
 */
@Component
class IdempotencyPurge {

  private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);
  private final IdempotencyKeys keys;
  private final IntakeSettings settings;
  private final Clock clock;

  IdempotencyPurge(IdempotencyKeys keys, IntakeSettings settings, Clock clock) {
    this.keys = keys;
    this.settings = settings;
    this.clock = clock;
  }

  int purge() {
    int removed = keys.purge(clock.instant().minus(settings.idempotencyRetention()));
    if (removed > 0) {
      log.info("Removed {} idempotency keys past their retention", removed);
    }
    return removed;
  }
}
