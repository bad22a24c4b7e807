package no.vern.subject;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The subject module's timed work (docs/scheduling.md). */
@Configuration(proxyBeanMethods = false)
class SubjectTasks {

  @Bean
  RecurringTask<Void> subjectReencryptTask(
      SubjectReencryption reencryption, SubjectSettings settings) {
    return TimedWork.every(
        "subject.reencrypt",
        settings.reencryptDelay(),
        Duration.ofSeconds(30),
        reencryption::reencryptAll);
  }
}
