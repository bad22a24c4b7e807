package no.vern.system.scheduling;

import java.util.List;
import java.util.Set;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import no.vern.shared.web.OverviewCounters;
import org.springframework.stereotype.Component;

/**
 * The overview's scheduled tasks whose last run failed. The table holds one row per task (a few
 * dozen), so no index is needed. Links to the tasks page, whose roles these are.
 */
@Component
class TaskCounters implements OverviewCounters {

  private final ScheduledTaskRows rows;

  TaskCounters(ScheduledTaskRows rows) {
    this.rows = rows;
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO");
  }

  @Override
  public int order() {
    return 112;
  }

  @Override
  public List<OverviewCounter> counters() {
    return List.of(
        OverviewCounter.count(
            "tasks-failing",
            "tasks.overview.failing",
            rows.failing(),
            Severity.URGENT,
            "/admin/tasks"));
  }
}
