package no.vern.subject;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The subject module's timed work (docs/scheduling.md). */
@Configuration(proxyBeanMethods = false)
class SubjectTasks {

  /**
   * {@code vern.subject.reencrypt-delay} is read here until the module has a settings record; a
   * bare number is milliseconds, as it was for {@code @Scheduled}.
   */
  @Bean
  RecurringTask<Void> subjectReencryptTask(
      SubjectReencryption reencryption,
      @Value("${vern.subject.reencrypt-delay:60000}") Duration delay) {
    return TimedWork.every(
        "subject.reencrypt", delay, Duration.ofSeconds(30), reencryption::reencryptAll);
  }
}
