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

/**
 * With {@code vern.consent.renewal-pending=keep} chosen explicitly, a consent awaiting renewal is
 * still allowed until the person answers. {@link RenewalIT} covers the default, {@code deny}.
 */
@VernTest
@TestPropertySource(properties = "vern.consent.renewal-pending=keep")
class RenewalKeepIT {

  @LocalServerPort int port;

  @Test
  void aConsentAwaitingRenewalIsKeptWhenKeepIsChosen() {
    Http http = new Http(port);
    ConsentApi api = new ConsentApi(http);
    InventoryChanges inventory = new InventoryChanges(http);
    String email = ConsentApi.email();
    api.record(email, "newsletter", "give");

    inventory.activate(InventoryChanges.newsletterChanged());
    try {
      JsonNode kept = api.decide("email:" + email, "newsletter");
      assertThat(kept.get("decision").asString()).isEqualTo("allow");
      assertThat(kept.get("reason").asString()).isEqualTo("consent-given");

      api.record(email, "newsletter", "withdraw");
      assertThat(api.decide("email:" + email, "newsletter").get("reason").asString())
          .isEqualTo("withdrawn");
    } finally {
      inventory.restore();
    }
  }
}
