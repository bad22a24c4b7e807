package no.vern.newsletter;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The newsletters' timed work (docs/scheduling.md); both sweeps share one cadence setting. */
@Configuration(proxyBeanMethods = false)
class NewsletterTasks {

  @Bean
  RecurringTask<Void> newsletterConfirmationSweepTask(
      ConfirmationSweep sweep, NewsletterSettings settings) {
    return TimedWork.every(
        "newsletter.confirmation-sweep",
        settings.sweepDelay(),
        settings.sweepInitialDelay(),
        sweep::scheduled);
  }

  @Bean
  RecurringTask<Void> newsletterRenewalAskingTask(
      RenewalAsking asking, NewsletterSettings settings) {
    return TimedWork.every(
        "newsletter.renewal-asking",
        settings.sweepDelay(),
        settings.sweepInitialDelay(),
        asking::scheduled);
  }
}
