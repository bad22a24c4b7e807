package no.vern.intake.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.intake.config.IntakeSettings;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake module's timed work: the purge of old idempotency keys (docs/scheduling.md). */
@Configuration(proxyBeanMethods = false)
class IntakeTasks {

  @Bean
  RecurringTask<Void> intakeIdempotencyPurgeTask(IdempotencyPurge purge, IntakeSettings settings) {
    return TimedWork.every(
        "intake.idempotency-purge",
        settings.idempotencyPurgeDelay(),
        Duration.ofMinutes(1),
        purge::purge);
  }
}
