package no.vern.consent.renewal;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A material change of a purpose in a new notice asks again only the people whose consent rests on
 * an older notice; by default ({@code vern.consent.renewal-pending=deny}) they are denied until
 * they renew. {@link RenewalKeepIT} covers {@code keep}.
 */
@VernTest
class RenewalIT {

  @LocalServerPort int port;
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
  void consentsOnTheOldNoticeAwaitRenewalAndAreDeniedUntilRenewed() {
    String before = ConsentApi.email();
    String untouched = ConsentApi.email();
    UUID beforeSubject = subject(api.record(before, "newsletter", "give"));
    UUID untouchedSubject = subject(api.record(untouched, "statistics-cookies", "give"));

    inventory.activate(InventoryChanges.newsletterChanged());
    try {
      String after = ConsentApi.email();
      UUID afterSubject = subject(api.record(after, "newsletter", "give"));

      assertThat(renewalRequired(beforeSubject, "newsletter")).isTrue();
      assertThat(renewalRequired(afterSubject, "newsletter")).isFalse();
      assertThat(renewalRequired(untouchedSubject, "statistics-cookies")).isFalse();
      JsonNode pending = api.decide("email:" + before, "newsletter");
      assertThat(pending.get("decision").asString()).isEqualTo("deny");
      assertThat(pending.get("reason").asString()).isEqualTo("renewal-required");
      assertThat(api.decide("email:" + after, "newsletter").get("decision").asString())
          .isEqualTo("allow");

      // The person answers: a renewal, and nothing is pending any more.
      JsonNode renewed = api.record(before, "newsletter", "give");
      assertThat(renewed.get("status").asString()).isEqualTo("renewed");
      assertThat(renewalRequired(beforeSubject, "newsletter")).isFalse();
      assertThat(api.decide("email:" + before, "newsletter").get("reason").asString())
          .isEqualTo("consent-given");
      assertThat(receiptOf(renewed)).contains("dpv:RenewedConsentGiven");
    } finally {
      inventory.restore();
    }
  }

  static UUID subject(JsonNode recorded) {
    return UUID.fromString(recorded.get("subject").asString());
  }

  private String receiptOf(JsonNode recorded) {
    return http.send(
            http.api("/api/v1/consents/" + recorded.get("event").asString() + "/receipt").GET())
        .body();
  }

  private boolean renewalRequired(UUID subject, String purpose) {
    return jdbc.sql(
            "SELECT renewal_required FROM consent_state WHERE subject_id = ? AND purpose = ?")
        .params(subject, purpose)
        .query(Boolean.class)
        .single();
  }
}
