package no.vern.system.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and nudges db-scheduler's table (V0016) directly: the library's own reschedule clears the
 * last success and failure, and the page should keep showing them after "run now".
 */
@Component
class ScheduledTaskRows {

  record Row(
      String name,
      Instant nextRun,
      boolean picked,
      String pickedBy,
      Instant lastSuccess,
      Instant lastFailure,
      int consecutiveFailures) {}

  private static final String RECURRING = RecurringTask.INSTANCE;

  private final JdbcClient jdbc;

  ScheduledTaskRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, Row> recurring() {
    return jdbc
        .sql(
            "SELECT task_name, execution_time, picked, picked_by, last_success, last_failure,"
                + " coalesce(consecutive_failures, 0) AS failures FROM scheduled_tasks"
                + " WHERE task_instance = ?")
        .param(RECURRING)
        .query(ScheduledTaskRows::row)
        .list()
        .stream()
        .collect(Collectors.toMap(Row::name, Function.identity()));
  }

  /** Recurring tasks whose last run failed (one or more failures since their last success). */
  long failing() {
    return jdbc.sql(
            "SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?"
                + " AND coalesce(consecutive_failures, 0) > 0")
        .param(RECURRING)
        .query(Long.class)
        .single();
  }

  /** NaN when the table cannot be read, so a gauge shows a gap rather than a false zero. */
  double failures(String task) {
    try {
      return jdbc.sql(
              "SELECT coalesce(consecutive_failures, 0) FROM scheduled_tasks"
                  + " WHERE task_name = ? AND task_instance = ?")
          .params(task, RECURRING)
          .query(Integer.class)
          .optional()
          .map(Integer::doubleValue)
          .orElse(0.0);
    } catch (DataAccessException e) {
      return Double.NaN;
    }
  }

  /**
   * Makes the task due at {@code at}, keeping its history. False when it is running now or has no
   * pending run (switched off). The version bump makes an instance that read the old row before
   * this update fail to pick it, as db-scheduler's own updates do.
   */
  boolean runNow(String task, Instant at) {
    return jdbc.sql(
                "UPDATE scheduled_tasks SET execution_time = ?, version = version + 1"
                    + " WHERE task_name = ? AND task_instance = ? AND NOT picked")
            .params(Timestamp.from(at), task, RECURRING)
            .update()
        == 1;
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getString("task_name"),
        instant(rs, "execution_time"),
        rs.getBoolean("picked"),
        rs.getString("picked_by"),
        instant(rs, "last_success"),
        instant(rs, "last_failure"),
        rs.getInt("failures"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
