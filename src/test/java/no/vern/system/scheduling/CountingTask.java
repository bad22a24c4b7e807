package no.vern.system.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test-only task, handed to {@link TwoInstancesRunTasksOnceIT}'s instances as an extra source (it
 * is no component, so no other context has it): every second it writes the due time it was run for
 * and the instance that ran it.
 */
class CountingTask {

  static final String NAME = "test.count";

  @Bean
  RecurringTask<Void> testCountTask(JdbcClient jdbc, Environment env, Clock clock) {
    String instance = env.getRequiredProperty("vern.test.instance");
    return Tasks.recurring(NAME, FixedDelay.ofSeconds(1))
        .execute(
            (task, context) ->
                jdbc.sql(
                        "INSERT INTO test_task_runs (execution_time, instance, ran_at)"
                            + " VALUES (?, ?, ?)")
                    .params(
                        Timestamp.from(context.getExecution().executionTime),
                        instance,
                        Timestamp.from(clock.instant()))
                    .update());
  }
}
