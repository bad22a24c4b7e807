package no.vern.shared.scheduling;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;

/**
 * db-scheduler's fixed delay with a first run later than at once, as the {@code @Scheduled} initial
 * delays were: a fresh installation finishes starting before its sweeps begin.
 */
record DelayAfterRun(Duration delay, Duration firstAfter) implements Schedule {

  @Override
  public Instant getNextExecutionTime(ExecutionComplete done) {
    return done.getTimeDone().plus(delay);
  }

  @Override
  public Instant getInitialExecutionTime(Instant now) {
    return now.plus(firstAfter);
  }

  @Override
  public boolean isDeterministic() {
    return false;
  }
}
