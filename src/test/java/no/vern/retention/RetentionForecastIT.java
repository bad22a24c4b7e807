package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.vern.retention.DueRecords.Week;
import no.vern.retention.RetentionFixtures.Person;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forecast counts most records from the trigger column's index (ForecastSql); it must say
 * exactly what dating every record row by row, as the sweep does, says: with reported events for
 * records and subjects, holds on a record, a subject, a case and an activity, months that clamp,
 * and fiscal years.
 */
@VernTest
class RetentionForecastIT {

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired RetentionRules rules;
  @Autowired DueRecords due;
  @Autowired JdbcClient jdbc;

  @Test
  void theForecastCountedFromTheIndexIsWhatDatingEveryRecordSays() {
    var fixtures = new RetentionFixtures(registry, records);
    Http http = new Http(port);
    for (int day = 0; day < 40; day += 3) {
      LocalDate closed = LocalDate.of(2023, 1, 20).plusDays(day);
      fixtures.person("debt-collection", closed.minusYears(1), null, null, closed);
      fixtures.person("enquiries", closed.minusYears(1), closed, null, null);
      fixtures.person("client-and-partner-relationships", closed, null, closed, null);
      fixtures.collected("accounting-primary", closed.minusMonths(day));
      fixtures.collected("website", closed.plusYears(2).plusMonths(8));
    }
    LocalDate closed = LocalDate.of(2023, 1, 31);
    Person later = fixtures.person("debt-collection", closed, null, null, closed);
    event(http, "/api/v1/records/" + later.record() + "/events", "case-closed", "2023-02-28", null);
    Person bySubject = fixtures.person("enquiries", closed, closed, null, null);
    event(
        http,
        "/api/v1/subjects/" + bySubject.subject() + "/events",
        "last-contact",
        "2023-03-01",
        null);
    Person settled =
        fixtures.person("client-and-partner-relationships", closed, null, closed, null);
    event(http, "/api/v1/records/" + settled.record() + "/events", "settled", "2023-02-10", null);
    Person ofCase = fixtures.person("debt-collection", closed, null, null, closed);
    String ref = "K-" + UUID.randomUUID();
    event(http, "/api/v1/records/" + ofCase.record() + "/events", "case-closed", "2023-01-31", ref);
    hold(http, "caseReference", ref);
    hold(http, "record", fixtures.person("debt-collection", closed, null, null, closed).record());
    hold(http, "subject", fixtures.person("enquiries", closed, closed, null, null).subject());
    String activityHold = hold(http, "activity", "website");
    try {
      for (LocalDate today :
          List.of(
              LocalDate.of(2025, 12, 31),
              LocalDate.of(2026, 1, 28),
              LocalDate.of(2026, 2, 27),
              LocalDate.of(2026, 3, 1),
              LocalDate.of(2027, 7, 1))) {
        for (int days : List.of(0, 1, 28, 366)) {
          for (var rule : rules.active().rules()) {
            if (ForecastSql.applies(rule)) {
              assertThat(due.forecast(List.of(rule), today, today.plusDays(days)))
                  .as("%s on %s for %d days", rule.activity(), today, days)
                  .isEqualTo(rowByRow(rule, today, today.plusDays(days)));
            }
          }
        }
      }
      assertThat(
              due.forecast(
                  rules.active().rules(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 29)))
          .as("the fixtures are due, some held")
          .anySatisfy(w -> assertThat(w.processed()).isPositive())
          .anySatisfy(w -> assertThat(w.held()).isPositive());
    } finally {
      http.send(http.api("/api/v1/retention/holds/" + activityHold + "?reason=Test+over").DELETE());
    }
  }

  /** The forecast as it was before ForecastSql: every candidate dated row by row. */
  private List<Week> rowByRow(RetentionRules.Rule rule, LocalDate today, LocalDate until) {
    return jdbc.sql(
            "SELECT date_trunc('week', greatest(d.due_on, :today))::date AS week,"
                + " count(*) FILTER (WHERE NOT d.held) AS processed,"
                + " count(*) FILTER (WHERE d.held) AS held FROM ("
                + DueSql.datedUpTo(rule)
                + ") d WHERE d.due_on <= :until GROUP BY 1 ORDER BY 1")
        .params(DueRecords.params(rule, until))
        .param("today", today)
        .param("until", until)
        .query(
            (rs, n) ->
                new Week(
                    rule.activity(),
                    rule.action(),
                    rs.getObject("week", LocalDate.class),
                    rs.getLong("processed"),
                    rs.getLong("held")))
        .list();
  }

  private static void event(Http http, String path, String event, String date, String ref) {
    String body =
        "{\"event\":\""
            + event
            + "\",\"date\":\""
            + date
            + "\""
            + (ref == null ? "" : ",\"caseReference\":\"" + ref + "\"")
            + "}";
    assertThat(http.postJson(http.api(path), body).statusCode()).isEqualTo(204);
  }

  private static String hold(Http http, String target, Object value) {
    var placed =
        http.postJson(
            http.api("/api/v1/retention/holds"),
            "{\""
                + target
                + "\":\""
                + value
                + "\",\"reason\":\"Forecast test\",\"reviewAt\":\"2099-01-01\"}");
    assertThat(placed.statusCode()).isEqualTo(201);
    return placed.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
  }
}
