package no.vern.newsletter;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcSuppressionRetention implements SuppressionRetention {

  private static final String DUE =
      "((suppressed_at AT TIME ZONE 'Europe/Oslo')::date + CAST(:period AS interval))::date";

  private final JdbcClient jdbc;

  JdbcSuppressionRetention(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public int purge(Period period, LocalDate day, int limit) {
    return jdbc.sql(
            "DELETE FROM newsletter_suppression WHERE (list, address_hmac) IN (SELECT list,"
                + " address_hmac FROM newsletter_suppression WHERE "
                + DUE
                + " <= :day LIMIT :limit FOR UPDATE SKIP LOCKED)")
        .param("period", period.toString())
        .param("day", day)
        .param("limit", limit)
        .update();
  }

  @Override
  public Map<LocalDate, Long> due(Period period, LocalDate until) {
    Map<LocalDate, Long> out = new TreeMap<>();
    jdbc.sql(
            "SELECT d, count(*) FROM (SELECT "
                + DUE
                + " AS d FROM newsletter_suppression) x"
                + " WHERE d <= :until GROUP BY d")
        .param("period", period.toString())
        .param("until", until)
        .query((rs, n) -> out.put(rs.getObject(1, LocalDate.class), rs.getLong(2)))
        .list();
    return out;
  }
}
