package no.vern.dsr.access;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The answers' timed work (docs/scheduling.md). */
@Configuration(proxyBeanMethods = false)
class AnswerTasks {

  @Bean
  RecurringTask<Void> dsrDownloadPurgeTask(DownloadLinks links, java.time.Clock clock) {
    return TimedWork.every(
        "dsr.download-purge",
        Duration.ofHours(1),
        Duration.ofMinutes(5),
        () -> links.purge(clock.instant().minus(DownloadLinks.KEPT_AFTER_EXPIRY)));
  }
}
