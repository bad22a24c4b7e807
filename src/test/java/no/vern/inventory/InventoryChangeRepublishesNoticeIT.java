package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The promise of the inventory: the published notice can never disagree with it. A DPO replaces the
 * inventory through the API and the public notice says the new thing at once, as a new version, in
 * both languages.
 */
@VernTest
class InventoryChangeRepublishesNoticeIT {

  private static final String OLD_EN =
      "To show the website, keep it secure and remember your cookie choices";
  private static final String NEW_EN =
      "To show the website, keep it secure, measure its load and remember your cookie choices";
  private static final String OLD_NB =
      "Å vise nettstedet, holde det sikkert og huske valgene dine om informasjonskapsler";
  private static final String NEW_NB =
      "Å vise nettstedet, holde det sikkert, måle belastningen og huske valgene dine om"
          + " informasjonskapsler";

  @LocalServerPort int port;

  @Test
  void replacingTheInventoryPublishesANewNoticeInBothLanguages() {
    Http http = new Http(port);
    InventoryApiClient api = new InventoryApiClient(http);
    api.restoreExample();
    int before = latestNoticeVersion(http);
    try {
      String changed =
          InventoryExamples.replaceOnce(
              InventoryExamples.replaceOnce(InventoryExamples.DEBT_COLLECTION, OLD_EN, NEW_EN),
              OLD_NB,
              NEW_NB);
      var put = api.put(changed, "application/yaml");
      assertThat(put.statusCode()).as(put.body()).isEqualTo(201);

      assertThat(latestNoticeVersion(http)).isGreaterThan(before);
      assertThat(http.get("/privacy?lang=en").body()).contains(NEW_EN).doesNotContain(OLD_EN);
      assertThat(http.get("/privacy?lang=nb").body()).contains(NEW_NB).doesNotContain(OLD_NB);
    } finally {
      api.restoreExample();
    }
    assertThat(http.get("/privacy?lang=en").body()).contains(OLD_EN);
  }

  private static int latestNoticeVersion(Http http) {
    var status = http.get("/public/privacy-notice/status");
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    String body = status.body();
    int at = body.indexOf("\"version\":") + "\"version\":".length();
    int end = at;
    while (end < body.length() && Character.isDigit(body.charAt(end))) {
      end++;
    }
    return Integer.parseInt(body.substring(at, end));
  }
}
