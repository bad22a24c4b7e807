package no.vern.retention;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import no.vern.retention.DueRecords.Waiting;
import no.vern.shared.cache.Rechecked;
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

  /** Due and waiting, counted together. */
  private record Counts(long due, long waiting) {}

  /**
   * Counted at most once a minute: the forecast reads an index per rule, half a second with
   * 10,000,000 records (bench/RETENTION.md), too much for every opening of the overview; the linked
   * page counts afresh.
   */
  private final Rechecked<Counts> counts;

  RetentionCounters(Forecasts forecasts) {
    this.counts =
        new Rechecked<>(
            Duration.ofMinutes(1),
            () ->
                new Counts(
                    forecasts.forecast(DAYS).processed(),
                    forecasts.waiting().stream().mapToLong(Waiting::records).sum()));
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
    Counts now = counts.get();
    long due = now.due();
    long waiting = now.waiting();
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
