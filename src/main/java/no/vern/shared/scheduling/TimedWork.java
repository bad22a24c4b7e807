package no.vern.shared.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Recurring tasks in the house style. Declare the result as a {@code @Bean} in the module that owns
 * the work; the scheduler collects every such bean at start. Each due time runs on exactly one
 * instance; a failure is logged, counted on the tasks page and retried at the next due time; a run
 * whose instance died is run again elsewhere. The work must therefore be safe to run twice (it may
 * have done part of its job before it died), and safe to call directly from a test or a command.
 */
public final class TimedWork {

  /** {@code <module>.<what>}, lower case, for example {@code audit.purge}: stable, it is a key. */
  private static final Pattern NAME = Pattern.compile("[a-z]+\\.[a-z]+(-[a-z]+)*");

  private TimedWork() {}

  /**
   * Runs {@code work} {@code delay} after the previous run ended, whichever instance ran it. The
   * first run on a new database is {@code firstAfter} after the first start; later starts go on
   * from the time stored in the table.
   */
  public static RecurringTask<Void> every(
      String name, Duration delay, Duration firstAfter, Runnable work) {
    if (delay.isNegative() || delay.isZero() || firstAfter.isNegative()) {
      throw new IllegalArgumentException("Task " + name + " needs a positive delay");
    }
    return task(name, new DelayAfterRun(delay, firstAfter), work);
  }

  /**
   * Runs {@code work} at the times of a Spring-style cron expression with seconds ({@code 0 17 3 *
   * * *}), read in UTC. {@code -} switches the task off and removes its pending run.
   */
  public static RecurringTask<Void> cron(String name, String expression, Runnable work) {
    return task(name, Schedules.cron(expression, ZoneOffset.UTC), work);
  }

  private static RecurringTask<Void> task(String name, Schedule schedule, Runnable work) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Task name must read <module>.<what>: " + name);
    }
    return Tasks.recurring(name, schedule).execute((instance, context) -> work.run());
  }
}
