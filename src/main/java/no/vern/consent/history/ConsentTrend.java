package no.vern.consent.history;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vern.shared.time.Deadlines;
import no.vern.shared.web.OverviewTrend;
import no.vern.shared.web.OverviewTrends;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overview's consents given and withdrawn per week, Norwegian weeks, from the ledger's index on
 * time (V0071). Linked to the consent history, whose roles these are.
 */
@Component
class ConsentTrend implements OverviewTrends {

  private final JdbcClient jdbc;

  ConsentTrend(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO", "AUDITOR");
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public OverviewTrend trend(LocalDate firstMonday, int weeks) {
    Map<LocalDate, long[]> byWeek = new HashMap<>();
    jdbc.sql(
            "SELECT date_trunc('week', occurred_at AT TIME ZONE 'Europe/Oslo')::date AS week,"
                + " count(*) FILTER (WHERE status = 'GIVEN') AS given,"
                + " count(*) FILTER (WHERE status = 'WITHDRAWN') AS withdrawn"
                + " FROM consent_event WHERE occurred_at >= ?"
                + " AND status IN ('GIVEN', 'WITHDRAWN') GROUP BY 1")
        .param(Timestamp.from(firstMonday.atStartOfDay(Deadlines.NORWAY).toInstant()))
        .query(
            rs -> {
              byWeek.put(
                  rs.getObject("week", LocalDate.class),
                  new long[] {rs.getLong("given"), rs.getLong("withdrawn")});
            });
    return new OverviewTrend(
        "consents",
        "consent.overview.trend",
        "/admin/consent",
        List.of(
            new OverviewTrend.Series(
                "consent.overview.given", column(byWeek, firstMonday, weeks, 0)),
            new OverviewTrend.Series(
                "consent.overview.withdrawn", column(byWeek, firstMonday, weeks, 1))));
  }

  private static List<Long> column(
      Map<LocalDate, long[]> byWeek, LocalDate firstMonday, int weeks, int index) {
    return java.util.stream.IntStream.range(0, weeks)
        .mapToObj(w -> byWeek.getOrDefault(firstMonday.plusWeeks(w), new long[2])[index])
        .toList();
  }
}
