package no.vern.consent.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.vern.consent.ConsentApi;
import no.vern.consent.InventoryChanges;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A purpose's maximum age: the sweep writes EXPIRED on time (dated when the consent expired) and
 * decisions deny with {@code expired}; giving again is a renewal. The sweep runs at an instant the
 * test chooses, as the Clock would give it days later.
 */
@VernTest
class ExpiryIT {

  @LocalServerPort int port;
  @Autowired ConsentSweep sweep;
  @Autowired JdbcClient jdbc;
  Http http;
  ConsentApi api;
  InventoryChanges inventory;

  @BeforeEach
  void client() {
    http = new Http(port);
    api = new ConsentApi(http);
    inventory = new InventoryChanges(http);
  }

  @Test
  void aConsentPastItsMaximumAgeExpiresOnTimeAndIsDenied() {
    inventory.activate(InventoryChanges.preferencesExpireAfter("P1D"));
    try {
      String email = ConsentApi.email();
      JsonNode given = api.record(email, "preference-cookies", "give");
      Instant givenAt = Instant.parse(given.get("at").asString());
      UUID subject = UUID.fromString(given.get("subject").asString());
      assertThat(api.decide("email:" + email, "preference-cookies").get("decision").asString())
          .isEqualTo("allow");
      assertThat(receiptText(given)).contains("\"rdf:value\":\"P1D\"");

      // Before the day is up the sweep leaves it alone; after it, it writes EXPIRED.
      sweep.sweep(givenAt.plus(Duration.ofHours(23)));
      assertThat(state(subject).get("status")).isEqualTo("GIVEN");
      sweep.sweep(givenAt.plus(Duration.ofDays(3)));

      JsonNode events = api.history(subject).get("events");
      JsonNode expired = events.get(events.size() - 1);
      assertThat(expired.get("status").asString()).isEqualTo("expired");
      assertThat(expired.get("method").asString()).isEqualTo("system");
      assertThat(Instant.parse(expired.get("at").asString()))
          .isEqualTo(givenAt.plus(Duration.ofDays(1)));
      assertThat(expired.get("actor").get("id").asString()).isEqualTo("consent-expiry");
      JsonNode decision = api.decide("email:" + email, "preference-cookies");
      assertThat(decision.get("decision").asString()).isEqualTo("deny");
      assertThat(decision.get("reason").asString()).isEqualTo("expired");

      // Giving again is recorded as a renewal, and allows again.
      assertThat(api.record(email, "preference-cookies", "give").get("status").asString())
          .isEqualTo("renewed");
      assertThat(api.decide("email:" + email, "preference-cookies").get("reason").asString())
          .isEqualTo("consent-given");
    } finally {
      inventory.restore();
    }
  }

  @Test
  void aMaximumAgeAddedLaterAppliesToConsentsAlreadyGiven() {
    String email = ConsentApi.email();
    JsonNode given = api.record(email, "preference-cookies", "give");
    UUID subject = UUID.fromString(given.get("subject").asString());
    assertThat(state(subject).get("expires_at")).isNull();

    inventory.activate(InventoryChanges.preferencesExpireAfter("P2M"));
    try {
      Instant expires = ((java.sql.Timestamp) state(subject).get("expires_at")).toInstant();
      Instant givenAt = Instant.parse(given.get("at").asString());
      assertThat(expires)
          .isEqualTo(givenAt.atZone(java.time.ZoneOffset.UTC).plusMonths(2).toInstant());
    } finally {
      inventory.restore();
    }
    // Without a maximum age again, the consent no longer expires.
    assertThat(state(subject).get("expires_at")).isNull();
  }

  private String receiptText(JsonNode recorded) {
    var view =
        http.send(
            http.api("/api/v1/consents/" + recorded.get("event").asString() + "/receipt").GET());
    assertThat(view.statusCode()).isEqualTo(200);
    return view.body();
  }

  private Map<String, Object> state(UUID subject) {
    return jdbc.sql("SELECT * FROM consent_state WHERE subject_id = ? AND purpose = ?")
        .params(subject, "preference-cookies")
        .query()
        .singleRow();
  }
}
