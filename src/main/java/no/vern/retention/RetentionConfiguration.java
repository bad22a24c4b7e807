package no.vern.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings and timed work of retention (docs/scheduling.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionConfiguration {

  /** Once a day by default: due dates are days, so one run a day takes each record on its day. */
  @Bean
  RecurringTask<Void> retentionSweepTask(Sweeper sweeper, RetentionSettings settings) {
    return TimedWork.cron("retention.sweep", settings.sweepCron(), sweeper::onSchedule);
  }
}
