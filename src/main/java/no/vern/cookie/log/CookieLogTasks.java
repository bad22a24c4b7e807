package no.vern.cookie.log;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.cookie.CookieSettings;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The log's timed work (docs/scheduling.md): the purge after the retention period. */
@Configuration(proxyBeanMethods = false)
class CookieLogTasks {

  @Bean
  RecurringTask<Void> cookieLogPurgeTask(CookieLogPurge purge, CookieSettings settings) {
    return TimedWork.every(
        "cookie.log-purge", settings.purgeDelay(), Duration.ofMinutes(7), purge::scheduled);
  }
}
