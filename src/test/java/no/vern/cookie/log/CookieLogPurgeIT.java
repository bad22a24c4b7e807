package no.vern.cookie.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log keeps a choice for the period the notice states, then {@code cookie.log-purge} deletes
 * it.
 */
@VernTest
class CookieLogPurgeIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired CookieLogPurge purge;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void aChoiceIsKeptForTheInventorysPeriodAndDeletedAfterIt() {
    Http http = new Http(port);
    HttpResponse<String> posted =
        http.postJson(
            http.request("/public/cookies/consents")
                .header("Origin", "https://www.allowed.example.invalid"),
            "{\"method\":\"accept-all\"}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    UUID id = UUID.fromString(JSON.readTree(posted.body()).get("consentId").asString());

    // The example inventory states three years for the cookie-consent-log activity.
    assertThat(purge.retention()).isEqualTo(Period.ofYears(3));
    Instant now = clock.instant();

    purge.purge(now.atOffset(ZoneOffset.UTC).plusYears(3).minusDays(1).toInstant());
    assertThat(rows(id)).isEqualTo(1);
    assertThat(http.get("/public/cookies/consents/" + id + "/receipt").statusCode()).isEqualTo(200);

    int deleted =
        purge.purge(now.atOffset(ZoneOffset.UTC).plusYears(3).toInstant().plus(Duration.ofDays(1)));

    assertThat(deleted).isGreaterThanOrEqualTo(1);
    assertThat(rows(id)).isZero();
    assertThat(http.get("/public/cookies/consents/" + id + "/receipt").statusCode()).isEqualTo(404);
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = 7002")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void nothingButThePurgeMayDeleteOrChangeTheLog() {
    Http http = new Http(port);
    HttpResponse<String> posted =
        http.postJson(http.request("/public/cookies/consents"), "{\"method\":\"reject-all\"}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    UUID id = UUID.fromString(JSON.readTree(posted.body()).get("consentId").asString());

    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM cookie_consent WHERE consent_id = ?").param(id).update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE cookie_consent SET method = 'accept-all' WHERE consent_id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("append-only");
    assertThat(rows(id)).isEqualTo(1);
  }

  private int rows(UUID id) {
    return jdbc.sql("SELECT count(*) FROM cookie_consent WHERE consent_id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }
}
