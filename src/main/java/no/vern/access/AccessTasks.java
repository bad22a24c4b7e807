package no.vern.access;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access module's timed work (docs/scheduling.md). */
@Configuration(proxyBeanMethods = false)
class AccessTasks {

  /**
   * Counters of failed sign-ins are forgotten a window after their last failure; deleting them then
   * keeps neither keyed addresses nor keyed usernames longer than they are needed.
   */
  @Bean
  RecurringTask<Void> accessThrottlePurgeTask(LoginThrottle throttle) {
    return TimedWork.every(
        "access.throttle-purge", Duration.ofMinutes(10), Duration.ofMinutes(10), throttle::purge);
  }

  /** Per-minute counts of API token use are kept {@code vern.access.token-use-retention}. */
  @Bean
  RecurringTask<Void> accessTokenUsePurgeTask(
      TokenUses uses, AccessSettings settings, java.time.Clock clock) {
    return TimedWork.every(
        "access.token-use-purge",
        Duration.ofHours(1),
        Duration.ofMinutes(10),
        () -> uses.purgeBefore(clock.instant().minus(settings.tokenUseRetention())));
  }
}
