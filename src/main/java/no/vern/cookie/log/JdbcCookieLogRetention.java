package no.vern.cookie.log;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import no.vern.cookie.CookieLogRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCookieLogRetention implements CookieLogRetention {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final String DUE =
      "((recorded_at AT TIME ZONE 'Europe/Oslo')::date + CAST(:period AS interval))::date";

  private final JdbcClient jdbc;

  JdbcCookieLogRetention(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public int purge(Period period, LocalDate day, int limit) {
    // Names this transaction as the log's purge: the append-only trigger lets its deletes pass.
    jdbc.sql("SELECT set_config('vern.cookie_log_purge', 'on', true)").query().singleRow();
    int rows =
        jdbc.sql(
                "DELETE FROM cookie_consent WHERE id IN (SELECT id FROM cookie_consent"
                    + " WHERE recorded_at < :before AND "
                    + DUE
                    + " <= :day ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED)")
            .param("before", before(period, day))
            .param("period", period.toString())
            .param("day", day)
            .param("limit", limit)
            .update();
    if (rows > 0) {
      // A link outlives nothing: once a consent id has no choices left, it goes too.
      jdbc.sql(
              "DELETE FROM cookie_consent_subject s WHERE NOT EXISTS (SELECT 1 FROM"
                  + " cookie_consent c WHERE c.consent_id = s.consent_id)")
          .update();
    }
    jdbc.sql("SELECT set_config('vern.cookie_log_purge', '', true)").query().singleRow();
    return rows;
  }

  @Override
  public Map<LocalDate, Long> due(Period period, LocalDate until) {
    Map<LocalDate, Long> out = new TreeMap<>();
    jdbc.sql(
            "SELECT d, count(*) FROM (SELECT "
                + DUE
                + " AS d FROM cookie_consent WHERE recorded_at < :before) x"
                + " WHERE d <= :until GROUP BY d")
        .param("period", period.toString())
        .param("before", before(period, until))
        .param("until", until)
        .query((rs, n) -> out.put(rs.getObject(1, LocalDate.class), rs.getLong(2)))
        .list();
    return out;
  }

  /**
   * The start of the day after the last recording day that is due by {@code day}: the index on
   * {@code recorded_at} narrows the scan to it, and the exact due date decides. Adding a period is
   * monotonic but not invertible (31 January plus a month is 28 February, as is 28 January plus a
   * month), so the last such day is found by stepping past {@code day - period}.
   */
  static OffsetDateTime before(Period period, LocalDate day) {
    LocalDate last = day.minus(period);
    while (!last.plusDays(1).plus(period).isAfter(day)) {
      last = last.plusDays(1);
    }
    return last.plusDays(1).atStartOfDay(OSLO).toOffsetDateTime();
  }
}
