package no.vern.retention;

import java.util.List;
import java.util.Set;
import no.vern.retention.DueRecords.Waiting;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import no.vern.shared.web.OverviewCounters;
import org.springframework.stereotype.Component;

/**
 * The overview's retention: records the sweeps will erase or anonymise within a week, and records
 * that wait for a trigger event (a contract's end, say) before their time starts. The same forecast
 * and list as the retention page, one query per active rule each (the forecast counts from the
 * index, see ForecastSql). Linked to the page's two sections; the roles are its.
 */
@Component
class RetentionCounters implements OverviewCounters {

  static final int DAYS = 7;

  private final Forecasts forecasts;

  RetentionCounters(Forecasts forecasts) {
    this.forecasts = forecasts;
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO", "AUDITOR");
  }

  @Override
  public int order() {
    return 45;
  }

  @Override
  public List<OverviewCounter> counters() {
    long due = forecasts.forecast(DAYS).processed();
    long waiting = forecasts.waiting().stream().mapToLong(Waiting::records).sum();
    return List.of(
        OverviewCounter.count(
            "retention-due",
            "retention.overview.due",
            due,
            Severity.OK,
            "/admin/retention?days=" + DAYS + "#forecast"),
        OverviewCounter.count(
            "retention-waiting",
            "retention.overview.waiting",
            waiting,
            Severity.ATTENTION,
            "/admin/retention#waiting"));
  }
}
