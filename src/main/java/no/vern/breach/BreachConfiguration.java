package no.vern.breach;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register's settings and its timed work (docs/scheduling.md): the DPO's reminders. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BreachSettings.class)
class BreachConfiguration {

  @Bean
  RecurringTask<Void> breachDpoAlertsTask(DpoAlerts alerts, BreachSettings settings) {
    return TimedWork.every(
        "breach.dpo-alerts", settings.alertDelay(), Duration.ofMinutes(1), alerts::scheduled);
  }
}
