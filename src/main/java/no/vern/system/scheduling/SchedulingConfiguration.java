package no.vern.system.scheduling;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings live under {@code db-scheduler.*} in application.yaml; this adds what Boot cannot. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

  /** The starter takes this instead of the system clock, so tasks run on Vern's one clock. */
  @Bean
  com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
    return clock::instant;
  }

  /**
   * The host name alone would name two instances on one host alike; the suffix tells them apart on
   * the tasks page ("running on ...").
   */
  @Bean
  DbSchedulerCustomizer dbSchedulerCustomizer() {
    String name =
        new SchedulerName.Hostname().getName() + "#" + UUID.randomUUID().toString().substring(0, 8);
    return new DbSchedulerCustomizer() {
      @Override
      public Optional<SchedulerName> schedulerName() {
        return Optional.of(new SchedulerName.Fixed(name));
      }
    };
  }

  /**
   * {@code vern.tasks.failures{task=...}}: consecutive failures as stored, so any instance sees
   * all.
   */
  @Bean
  MeterBinder taskFailureGauges(List<Task<?>> tasks, ScheduledTaskRows rows) {
    return registry ->
        tasks.forEach(
            task ->
                Gauge.builder("vern.tasks.failures", rows, r -> r.failures(task.getName()))
                    .tag("task", task.getName())
                    .description("Runs of the task that failed in a row; 0 after a success")
                    .register(registry));
  }
}
