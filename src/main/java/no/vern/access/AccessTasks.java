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

  /**
   * The quarterly access review reminder: looked at every 6 hours, mailed at most once per {@code
   * vern.access.review-interval} while the review is overdue (docs/need-to-know.md).
   */
  @Bean
  RecurringTask<Void> accessReviewReminderTask(ReviewReminder reminder, java.time.Clock clock) {
    // Through the bean, not a method of its own: the check and the claim need its transaction.
    return TimedWork.every(
        "access.review-reminder",
        Duration.ofHours(6),
        Duration.ofHours(1),
        () -> reminder.remind(clock.instant()));
  }
}
