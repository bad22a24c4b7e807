package no.vern.system.scheduling;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One line of the tasks page. {@code row} is null for a task this instance knows that has no
 * pending run: switched off, or the scheduler has not started yet.
 */
record TaskView(String name, ScheduledTaskRows.Row row) {

  private static final DateTimeFormatter UTC_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

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

  public String nextRun() {
    return row == null || row.picked() ? "" : utc(row.nextRun());
  }

  public String lastSuccess() {
    return row == null ? "" : utc(row.lastSuccess());
  }

  public String lastFailure() {
    return row == null ? "" : utc(row.lastFailure());
  }

  private static String utc(Instant at) {
    return at == null ? "" : UTC_SECONDS.format(at);
  }
}
