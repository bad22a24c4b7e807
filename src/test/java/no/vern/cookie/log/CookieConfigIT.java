package no.vern.cookie.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /public/cookies/config} as a site's banner reads it, built from the example
 * debt-collection inventory's {@code cookies:} section.
 */
@VernTest
class CookieConfigIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  @Test
  void theConfigurationListsTheFourCategoriesInOrderWithTheInventorysCookies() {
    Http http = new Http(port);
    HttpResponse<String> answer =
        http.send(
            http.request("/public/cookies/config?lang=nb")
                .header("Origin", "https://any.example.invalid"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(answer.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("max-age=60"));
    JsonNode config = JSON.readTree(answer.body());
    assertThat(config.get("language").asString()).isEqualTo("nb");
    assertThat(config.get("materialHash").asString()).matches("[0-9a-f]{64}");
    assertThat(config.get("textHash").asString()).matches("[0-9a-f]{64}");
    assertThat(config.get("bannerVersion").asString())
        .matches("\\d+-" + config.get("materialHash").asString().substring(0, 12));
    assertThat(config.get("maxAgeDays").asInt()).isEqualTo(365);
    assertThat(config.get("consentCookie").asString()).isEqualTo("vern_consent");
    assertThat(config.get("consentsUrl").asString()).endsWith("/public/cookies/consents");
    assertThat(config.get("privacyUrl").asString()).contains("/privacy").endsWith("#cookies");
    assertThat(config.get("gpc").asBoolean()).isFalse();
    assertThat(config.get("texts").get("acceptAll").asString()).isEqualTo("Godta alle");

    JsonNode categories = config.get("categories");
    assertThat(ids(categories))
        .containsExactly("necessary", "preferences", "statistics", "marketing");
    assertThat(categories.get(0).get("required").asBoolean()).isTrue();
    assertThat(categories.get(1).get("required").asBoolean()).isFalse();
    assertThat(names(categories.get(0))).containsExactly("brattli_session", "brattli_consent");
    assertThat(names(categories.get(1))).containsExactly("brattli_lang");
    assertThat(names(categories.get(2))).containsExactly("_ae_id", "_ae_visit");
    assertThat(names(categories.get(3))).containsExactly("_adx_click");
    assertThat(categories.get(3).get("restrictedByGpc").asBoolean()).isTrue();
    assertThat(categories.get(2).get("restrictedByGpc").asBoolean()).isFalse();
    assertThat(categories.get(2).get("consentMode").toString())
        .isEqualTo("[\"analytics_storage\"]");

    JsonNode aeId = categories.get(2).get("cookies").get(0);
    assertThat(aeId.get("maxAge").asString()).isEqualTo("P13M");
    assertThat(aeId.get("lifetime").asString()).isEqualTo("13 måneder");
    assertThat(aeId.get("party").asString()).isEqualTo("third-party");
    assertThat(aeId.get("pattern").asBoolean()).isFalse();
    assertThat(aeId.get("session").asBoolean()).isFalse();
    assertThat(aeId.get("provider").asString()).isNotBlank().isNotEqualTo("web-analytics");
    JsonNode visit = categories.get(2).get("cookies").get(1);
    assertThat(visit.get("session").asBoolean()).isTrue();
    assertThat(visit.get("lifetime").asString()).isEqualTo("Til du lukker nettleseren");
  }

  @Test
  void englishHasItsOwnTextHashButTheSameMaterialHashAndGpcIsEchoed() {
    Http http = new Http(port);
    JsonNode nb = JSON.readTree(http.get("/public/cookies/config?lang=nb").body());
    JsonNode en =
        JSON.readTree(
            http.send(http.request("/public/cookies/config?lang=en").header("Sec-GPC", "1"))
                .body());

    assertThat(en.get("language").asString()).isEqualTo("en");
    assertThat(en.get("texts").get("acceptAll").asString()).isEqualTo("Accept all");
    assertThat(en.get("materialHash").asString()).isEqualTo(nb.get("materialHash").asString());
    assertThat(en.get("textHash").asString()).isNotEqualTo(nb.get("textHash").asString());
    assertThat(en.get("gpc").asBoolean()).isTrue();
    assertThat(en.get("categories").get(2).get("cookies").get(0).get("lifetime").asString())
        .isEqualTo("13 months");
  }

  @Test
  void theSiteStatesThatItHonoursGlobalPrivacyControl() {
    HttpResponse<String> answer = new Http(port).get("/.well-known/gpc.json");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode gpc = JSON.readTree(answer.body());
    assertThat(gpc.get("gpc").asBoolean()).isTrue();
    assertThat(gpc.get("lastUpdate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  private static List<String> ids(JsonNode categories) {
    List<String> ids = new ArrayList<>();
    categories.forEach(c -> ids.add(c.get("id").asString()));
    return ids;
  }

  private static List<String> names(JsonNode category) {
    List<String> names = new ArrayList<>();
    category.get("cookies").forEach(c -> names.add(c.get("name").asString()));
    return names;
  }
}
