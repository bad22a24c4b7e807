package no.vern.dsr.request;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The requests' timed work (docs/scheduling.md): expiry of unverified requests, reminders, webhook
 * retries, the purge of closed requests after their retention.
 */
@Configuration(proxyBeanMethods = false)
class DsrTasks {

  @Bean
  RecurringTask<Void> dsrExpirySweepTask(ExpirySweep sweep, DsrSettings settings) {
    return TimedWork.every(
        "dsr.expiry-sweep", settings.sweepDelay(), settings.sweepInitialDelay(), sweep::scheduled);
  }

  @Bean
  RecurringTask<Void> dsrRemindersTask(Reminders reminders, DsrSettings settings) {
    return TimedWork.every(
        "dsr.reminders", settings.sweepDelay(), settings.sweepInitialDelay(), reminders::scheduled);
  }

  @Bean
  RecurringTask<Void> dsrWebhookRetryTask(WebhookRetries retries, DsrSettings settings) {
    return TimedWork.every(
        "dsr.webhook-retry",
        settings.webhookRetryDelay(),
        settings.webhookRetryDelay(),
        retries::scheduled);
  }

  @Bean
  RecurringTask<Void> dsrAnsweredPurgeTask(AnsweredRequestPurge purge) {
    return TimedWork.every(
        "dsr.answered-purge", Duration.ofHours(6), Duration.ofMinutes(5), purge::scheduled);
  }
}
