package no.vern.system.scheduling;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the tasks page. {@code row} is null for a task this instance knows that has no
 * pending run: switched off, or the scheduler has not started yet.
 */
record TaskView(String name, ScheduledTaskRows.Row row) {

  /** The module bundle's {@code task.<name>} text says what the task is for. */
  public String messageKey() {
    return "task." + name;
  }

  public boolean scheduled() {
    return row != null;
  }

  public boolean running() {
    return row != null && row.picked();
  }

  public int failures() {
    return row == null ? 0 : row.consecutiveFailures();
  }

  /** Null when none; the page shows it in {@code VERN_TIME_ZONE} ({@code @times}). */
  public @Nullable Instant nextRun() {
    return row == null || row.picked() ? null : row.nextRun();
  }

  public @Nullable Instant lastSuccess() {
    return row == null ? null : row.lastSuccess();
  }

  public @Nullable Instant lastFailure() {
    return row == null ? null : row.lastFailure();
  }
}
