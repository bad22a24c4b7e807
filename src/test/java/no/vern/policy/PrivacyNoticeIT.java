package no.vern.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import no.vern.inventory.Activity;
import no.vern.inventory.Cookie;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published notice over real HTTP. The database is shared with other tests that may publish
 * too, so each assertion is about versions this test published itself.
 */
@VernTest
class PrivacyNoticeIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired PrivacyNotices notices;
  @Autowired ProcessingInventory inventories;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  Http http;

  /**
   * Other tests record consents against the latest notice, which must then again be the one of the
   * inventory the application runs on, not a copy published here under a made-up version number.
   */
  @AfterEach
  void publishTheActiveInventoryAgain() {
    notices.publish(inventories.active().orElseThrow());
  }

  @BeforeEach
  void http() {
    http = new Http(port);
  }

  @Test
  void theNoticeForExampleAIsPublishedInBothLanguagesAndChangesAreTracked() throws Exception {
    Inventory example = PolicyExamples.debtCollectionGroup();
    PublishedNotice first = notices.publish(version(example));

    for (String lang : List.of("nb", "en")) {
      HttpResponse<String> page = http.get("/privacy?lang=" + lang);
      assertThat(page.statusCode()).isEqualTo(200);
      String html = unescape(page.body());
      assertThat(html).contains("<html lang=\"" + lang + "\"");
      for (Activity activity : example.activities()) {
        assertThat(html).contains(activity.purpose().in(lang));
      }
      for (Cookie cookie : example.cookies()) {
        assertThat(html).contains(cookie.name());
      }
    }

    JsonNode current = JSON.readTree(http.get("/privacy.json").body());
    assertThat(current.get("version").asInt()).isEqualTo(first.version());
    assertThat(current.at("/content/en/title").asString()).isEqualTo("Privacy notice");
    assertThat(current.at("/content/nb/title").asString()).isEqualTo("Personvernerklæring");
    assertThat(current.at("/content/nb/sections").size()).isGreaterThan(10);

    Inventory longer =
        PolicyExamples.withRetention(example, "website-analytics", Period.ofMonths(26));
    PublishedNotice second = notices.publish(version(longer));
    assertThat(second.version()).isEqualTo(first.version() + 1);
    assertThat(notices.publish(version(longer)).version())
        .as("identical content publishes nothing new")
        .isEqualTo(second.version());

    assertThat(changedPurposes(second.version())).containsExactly("statistics-cookies:{retention}");

    JsonNode versions =
        JSON.readTree(
            http.send(http.request("/privacy/versions").header("Accept", "application/json"))
                .body());
    assertThat(versions.findValuesAsString("version"))
        .contains(String.valueOf(first.version()), String.valueOf(second.version()));
    assertThat(http.get("/privacy/versions?lang=en").body())
        .contains("/privacy/versions/" + first.version() + "\"")
        .contains("/privacy/versions/" + second.version() + "\"");

    String diff =
        http.get("/privacy/diff?from=" + first.version() + "&to=" + second.version() + "&lang=en")
            .body();
    assertThat(diff)
        .containsPattern("<ins>[^<]*26 months after")
        .containsPattern("<del>[^<]*14 months after");

    JsonNode status = JSON.readTree(http.get("/public/privacy-notice/status").body());
    assertThat(status.get("version").asInt()).isEqualTo(second.version());
    assertThat(status.get("changedRecently").asBoolean()).isTrue();
    assertThat(http.get("/privacy?lang=en").body()).contains("id=\"notice-changed\"");
  }

  @Test
  void theRenderedPageIsServedAgainAsItWasUntilANewVersionReplacesIt() {
    Inventory example = PolicyExamples.debtCollectionGroup();
    notices.publish(version(example));
    HttpResponse<String> once = http.get("/privacy?lang=en");
    HttpResponse<String> again = http.get("/privacy?lang=en");
    assertThat(again.body()).isEqualTo(once.body());
    for (String header : List.of("Content-Type", "Content-Language")) {
      assertThat(again.headers().firstValue(header)).isEqualTo(once.headers().firstValue(header));
    }

    PublishedNotice next =
        notices.publish(
            version(
                PolicyExamples.withRetention(example, "website-analytics", Period.ofMonths(27))));
    assertThat(http.get("/privacy?lang=en").body())
        .contains("Version " + next.version())
        .contains("27 months after");
  }

  @Test
  void publishedVersionsAreServedAsStoredAndNeverChange() {
    PublishedNotice published = notices.publish(version(PolicyExamples.debtCollectionGroup()));
    HttpResponse<String> page = http.get("/privacy/versions/" + published.version() + "?lang=en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("Version " + published.version())
        .doesNotContain("notice-changed");
    assertThat(http.get("/privacy/versions/" + published.version() + ".json").body())
        .contains("\"version\":" + published.version());
    HttpResponse<String> json =
        http.send(
            http.request("/privacy/versions/" + published.version())
                .header("Accept", "application/json"));
    assertThat(json.body()).contains("\"version\":" + published.version());
    assertThat(http.get("/privacy/versions/999999.json").statusCode()).isEqualTo(404);
    assertThat(http.get("/privacy/versions/999999").statusCode()).isEqualTo(404);
    assertThat(http.get("/").statusCode()).isEqualTo(302);
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE privacy_notice SET html_en = 'x' WHERE version = ?")
                    .param(published.version())
                    .update())
        .hasMessageContaining("immutable");
  }

  @Test
  void theChangedBannerAppearsOnlyInTheLanguageWhoseTextChanged() {
    Inventory example = PolicyExamples.debtCollectionGroup();
    notices.publish(version(example));
    String activity = example.activities().get(0).id();
    PublishedNotice reworded =
        notices.publish(
            version(
                PolicyExamples.withEnglishPurpose(
                    example, activity, "A reworded purpose, in English only.")));

    assertThat(http.get("/privacy?lang=en").body()).contains("id=\"notice-changed\"");
    assertThat(http.get("/privacy?lang=nb").body())
        .as("the Bokmål text is the same, so no banner says it changed")
        .doesNotContain("id=\"notice-changed\"");
    String diff = "/privacy/diff?from=" + (reworded.version() - 1) + "&to=" + reworded.version();
    assertThat(http.get(diff + "&lang=nb").body()).contains("id=\"diff-none\"");
    assertThat(http.get(diff + "&lang=en").body())
        .doesNotContain("id=\"diff-none\"")
        .contains("A reworded purpose, in English only.");
  }

  private InventoryVersion version(Inventory inventory) {
    int number =
        jdbc.sql("SELECT coalesce(max(inventory_version), 0) + 1 FROM privacy_notice")
            .query(Integer.class)
            .single();
    return new InventoryVersion(number, inventory, "0".repeat(64), clock.instant(), "test");
  }

  private List<String> changedPurposes(int version) {
    return jdbc.sql(
            "SELECT purpose || ':' || reasons::text FROM privacy_notice_purpose"
                + " WHERE version = ? AND changed ORDER BY purpose")
        .param(version)
        .query(String.class)
        .list();
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
