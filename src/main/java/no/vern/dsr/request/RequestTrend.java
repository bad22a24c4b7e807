package no.vern.dsr.request;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import no.vern.shared.web.OverviewTrend;
import no.vern.shared.web.OverviewTrends;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overview's requests received per week, by the day each was received (a Norwegian date), from
 * the index on it (V0070). Linked to the queue, whose roles these are.
 */
@Component
class RequestTrend implements OverviewTrends {

  private final JdbcClient jdbc;

  RequestTrend(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
  public OverviewTrend trend(LocalDate firstMonday, int weeks) {
    Map<LocalDate, Long> byWeek = new HashMap<>();
    // Counted per day (the index's own order, cheap) and summed into weeks here.
    jdbc.sql(
            "SELECT received_at, count(*) AS n FROM dsr_request WHERE received_at >= ?"
                + " GROUP BY received_at")
        .param(firstMonday)
        .query(
            rs -> {
              LocalDate day = rs.getObject("received_at", LocalDate.class);
              LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
              byWeek.merge(monday, rs.getLong("n"), Long::sum);
            });
    List<Long> perWeek =
        IntStream.range(0, weeks)
            .mapToObj(w -> byWeek.getOrDefault(firstMonday.plusWeeks(w), 0L))
            .toList();
    return new OverviewTrend(
        "requests",
        "dsr.overview.trend",
        "/admin/requests",
        List.of(new OverviewTrend.Series("dsr.overview.received", perWeek)));
  }
}
