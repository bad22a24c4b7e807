package no.vern.system.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.Staleness;

/**
 * Modulith's check for reactions stuck in progress, on the one scheduler. Modulith would schedule
 * it through Spring's own {@code @EnableScheduling}, which Vern does not switch on (one scheduler
 * for all timed work, docs/scheduling.md); the limits stay {@code
 * spring.modulith.events.staleness.*}.
 */
@Configuration(proxyBeanMethods = false)
class EventTasks {

  @Bean
  RecurringTask<Void> staleEventsTask(EventPublicationRegistry registry, Staleness staleness) {
    return TimedWork.every(
        "system.stale-events",
        Duration.ofMinutes(1),
        Duration.ofMinutes(1),
        () -> registry.markStalePublicationsFailed(staleness));
  }
}
