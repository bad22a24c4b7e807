package no.vern.dsr.systems;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhook outbox's timed work. The callback is let through the API chain without a token
 * (system.security.SecurityConfiguration); its signature is checked by {@link TaskActions}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DsrTaskSettings.class)
class TasksConfiguration {

  @Bean
  RecurringTask<Void> dsrSystemTasksTask(WebhookDispatcher dispatcher, DsrTaskSettings settings) {
    return TimedWork.every(
        "dsr.system-tasks",
        settings.dispatchDelay(),
        Duration.ofSeconds(30),
        dispatcher::scheduled);
  }
}
