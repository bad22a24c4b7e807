package no.vern.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail module's timed work (docs/scheduling.md). */
@Configuration(proxyBeanMethods = false)
class MailTasks {

  /**
   * Every {@code vern.mail.dispatch.interval} after the last run ended. Leases, not the scheduler,
   * keep a mail to one dispatcher, so a test or an administrator calling the dispatcher directly
   * while this runs is safe.
   */
  @Bean
  RecurringTask<Void> mailDispatchTask(MailDispatcher dispatcher, MailSettings settings) {
    var interval = settings.dispatch().interval();
    return TimedWork.every("mail.dispatch", interval, interval, dispatcher::onSchedule);
  }

  @Bean
  RecurringTask<Void> mailRetentionTask(MailRetention retention, MailSettings settings) {
    return TimedWork.cron("mail.retention", settings.retentionCron(), retention::sweep);
  }
}
