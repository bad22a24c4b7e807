package no.vern.cookie.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log keeps a choice for its period, then it is deleted: by the retention sweep under the
 * inventory's rule, or by {@code cookie.log-purge} when the inventory has none.
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

    // The example inventory states three years for the cookie-consent-log activity: the
    // retention sweep purges under that rule (ProofStoresIT). Without one, this task does, under
    // vern.cookies.log-retention, the same way: due the period after the day of the choice.
    assertThat(purge.inventoryRule()).contains(Period.ofYears(3));
    LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Oslo")).plusYears(3);

    purge.purge(Period.ofYears(3), due.minusDays(1));
    assertThat(rows(id)).isEqualTo(1);
    assertThat(http.get("/public/cookies/consents/" + id + "/receipt").statusCode()).isEqualTo(200);

    int deleted = purge.purge(Period.ofYears(3), due);

    assertThat(deleted).isGreaterThanOrEqualTo(1);
    assertThat(rows(id)).isZero();
    assertThat(http.get("/public/cookies/consents/" + id + "/receipt").statusCode()).isEqualTo(404);
    Reactions.settle();
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
