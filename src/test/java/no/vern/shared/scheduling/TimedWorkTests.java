package no.vern.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimedWorkTests {

  private static final Instant START = Instant.parse("2026-03-10T12:00:00Z");

  @Test
  void aDelayedTaskFirstRunsAfterItsInitialDelayAndThenTheDelayAfterEachRunEnds() {
    var schedule = new DelayAfterRun(Duration.ofMinutes(5), Duration.ofSeconds(30));
    assertThat(schedule.getInitialExecutionTime(START)).isEqualTo(START.plusSeconds(30));
    Instant done = START.plusSeconds(42);
    assertThat(schedule.getNextExecutionTime(ExecutionComplete.simulatedSuccess(done)))
        .isEqualTo(done.plus(Duration.ofMinutes(5)));
  }

  @Test
  void aCronTaskRunsAtItsTimeInUtcWhateverTheServerZone() {
    RecurringTask<Void> purge = TimedWork.cron("audit.purge", "0 17 3 * * *", () -> {});
    assertThat(purge.getName()).isEqualTo("audit.purge");
    assertThat(firstRun(purge)).isEqualTo(Instant.parse("2026-03-11T03:17:00Z"));
  }

  @Test
  void aCronOfADashSwitchesTheTaskOff() {
    // The scheduler removes a switched-off task's pending run at start and never asks it for a
    // time.
    RecurringTask<Void> off = TimedWork.cron("mail.retention", "-", () -> {});
    assertThatThrownBy(() -> firstRun(off)).hasMessageContaining("disabled");
  }

  private static Instant firstRun(RecurringTask<Void> task) {
    return task.schedulableInstance(RecurringTask.INSTANCE).getNextExecutionTime(START);
  }

  @Test
  void aTaskNameMustSayItsModuleAndWhatItDoes() {
    Runnable nothing = () -> {};
    assertThatThrownBy(
            () -> TimedWork.every("purge", Duration.ofMinutes(1), Duration.ZERO, nothing))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimedWork.cron("Audit.Purge", "0 0 * * * *", nothing))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            TimedWork.every(
                    "intake.idempotency-purge", Duration.ofMinutes(1), Duration.ZERO, nothing)
                .getName())
        .isEqualTo("intake.idempotency-purge");
  }

  @Test
  void aTaskWithoutAPositiveDelayIsRefusedAtStart() {
    assertThatThrownBy(
            () -> TimedWork.every("mail.dispatch", Duration.ZERO, Duration.ZERO, () -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
