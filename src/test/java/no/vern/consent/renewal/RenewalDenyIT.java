package no.vern.consent.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import no.vern.consent.ConsentApi;
import no.vern.consent.InventoryChanges;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** With {@code vern.consent.renewal-pending=deny}, a consent awaiting renewal is denied at once. */
@VernTest
@TestPropertySource(properties = "vern.consent.renewal-pending=deny")
class RenewalDenyIT {

  @LocalServerPort int port;

  @Test
  void aConsentAwaitingRenewalIsDeniedUntilRenewed() {
    Http http = new Http(port);
    ConsentApi api = new ConsentApi(http);
    InventoryChanges inventory = new InventoryChanges(http);
    String email = ConsentApi.email();
    api.record(email, "newsletter", "give");
    assertThat(api.decide("email:" + email, "newsletter").get("decision").asString())
        .isEqualTo("allow");

    inventory.activate(InventoryChanges.newsletterChanged());
    try {
      JsonNode pending = api.decide("email:" + email, "newsletter");
      assertThat(pending.get("decision").asString()).isEqualTo("deny");
      assertThat(pending.get("reason").asString()).isEqualTo("renewal-required");

      api.record(email, "newsletter", "give");
      assertThat(api.decide("email:" + email, "newsletter").get("reason").asString())
          .isEqualTo("consent-given");
    } finally {
      inventory.restore();
    }
  }
}
