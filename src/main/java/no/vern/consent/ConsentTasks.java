package no.vern.consent;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import no.vern.consent.renewal.ConsentSweep;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The consent module's timed work (docs/scheduling.md). */
@Configuration(proxyBeanMethods = false)
class ConsentTasks {

  @Bean
  RecurringTask<Void> consentSweepTask(ConsentSweep sweep, ConsentSettings settings) {
    return TimedWork.every(
        "consent.sweep", settings.sweepDelay(), settings.sweepInitialDelay(), sweep::scheduled);
  }
}
