package no.vern.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit module's timed work (docs/scheduling.md). */
@Configuration(proxyBeanMethods = false)
class AuditTasks {

  @Bean
  RecurringTask<Void> auditPurgeTask(AuditRetention retention, AuditSettings settings) {
    return TimedWork.cron("audit.purge", settings.purgeCron(), retention::purgeExpired);
  }
}
