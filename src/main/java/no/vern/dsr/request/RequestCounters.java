package no.vern.dsr.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import no.vern.shared.web.OverviewCounters;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The overview's requests by due date: overdue, due within seven days, and all whose clock runs.
 * Each links to the queue filtered to exactly those ({@code /admin/requests?due=overdue}); the
 * roles are the queue's.
 */
@Component
class RequestCounters implements OverviewCounters {

  private final RequestQueue queue;
  private final Requests requests;

  RequestCounters(RequestQueue queue, Requests requests) {
    this.queue = queue;
    this.requests = requests;
  }

  /** The queue's {@code due} parameter as a window; null (no filter) for anything else. */
  static RequestQueue.@Nullable DueWindow window(@Nullable String due, LocalDate today) {
    if (due == null) {
      return null;
    }
    return switch (due) {
      case "overdue" -> new RequestQueue.DueWindow(null, today);
      case "week" -> new RequestQueue.DueWindow(today, today.plusDays(7));
      case "open" -> new RequestQueue.DueWindow(null, null);
      default -> null;
    };
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO", "CASE_HANDLER");
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public List<OverviewCounter> counters() {
    RequestQueue.DueCounts counts = queue.dueCounts(requests.today());
    return List.of(
        OverviewCounter.count(
            "requests-overdue",
            "dsr.overview.overdue",
            counts.overdue(),
            Severity.URGENT,
            "/admin/requests?due=overdue"),
        OverviewCounter.count(
            "requests-week",
            "dsr.overview.week",
            counts.thisWeek(),
            Severity.ATTENTION,
            "/admin/requests?due=week"),
        OverviewCounter.count(
            "requests-open",
            "dsr.overview.open",
            counts.running(),
            Severity.OK,
            "/admin/requests?due=open"));
  }
}
