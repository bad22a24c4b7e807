package no.vern.consent.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
    // Each week's first instant in Norway, so a week is Monday to Sunday there whatever the
    // server's zone; width_bucket finds a row's week by comparison alone, cheaper than converting
    // every timestamp to a zone and truncating it.
    String bounds =
        IntStream.range(0, weeks)
            .mapToObj(w -> firstMonday.plusWeeks(w).atStartOfDay(Deadlines.NORWAY).toInstant())
            .map(Instant::toString)
            .collect(Collectors.joining(",", "{", "}"));
    Map<Integer, long[]> byWeek = new HashMap<>();
    jdbc.sql(
            "SELECT width_bucket(occurred_at, CAST(:bounds AS timestamptz[])) AS week,"
                + " count(*) FILTER (WHERE status = 'GIVEN') AS given,"
                + " count(*) FILTER (WHERE status = 'WITHDRAWN') AS withdrawn"
                + " FROM consent_event WHERE occurred_at >= :from"
                + " AND status IN ('GIVEN', 'WITHDRAWN') GROUP BY 1")
        .param("bounds", bounds)
        .param("from", Timestamp.from(firstMonday.atStartOfDay(Deadlines.NORWAY).toInstant()))
        .query(
            rs -> {
              byWeek.put(
                  rs.getInt("week"), new long[] {rs.getLong("given"), rs.getLong("withdrawn")});
            });
    return new OverviewTrend(
        "consents",
        "consent.overview.trend",
        "/admin/consent",
        List.of(
            new OverviewTrend.Series("consent.overview.given", column(byWeek, weeks, 0)),
            new OverviewTrend.Series("consent.overview.withdrawn", column(byWeek, weeks, 1))));
  }

  /** width_bucket numbers the weeks from 1; a week without events has no row. */
  private static List<Long> column(Map<Integer, long[]> byWeek, int weeks, int index) {
    return IntStream.rangeClosed(1, weeks)
        .mapToObj(w -> byWeek.getOrDefault(w, new long[2])[index])
        .toList();
  }
}
