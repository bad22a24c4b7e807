package no.vern.cookie.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /public/cookies/consents} as the banner on a site posts a visitor's choice: what is
 * stored, Global Privacy Control, refusals, and which sites may post.
 */
@VernTest
class CookieConsentsIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SITE = "https://www.allowed.example.invalid";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Http http;
  private JsonNode config;

  @BeforeEach
  void banner() {
    http = new Http(port);
    config = JSON.readTree(http.get("/public/cookies/config?lang=nb").body());
  }

  @Test
  void aChoiceIsStoredWithTheVersionsAndHashesItWasMadeUnder() {
    HttpResponse<String> first =
        post(
            SITE,
            null,
            choice(null, "[\"preferences\",\"statistics\"]", "choose", false)
                .replace("/page\"", "/page?email=someone@example.invalid#top\""));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SITE);
    JsonNode answer = JSON.readTree(first.body());
    String id = answer.get("consentId").asString();
    assertThat(answer.get("accepted").toString())
        .isEqualTo("[\"necessary\",\"preferences\",\"statistics\"]");
    assertThat(answer.get("refused").toString()).isEqualTo("[\"marketing\"]");
    assertThat(answer.get("gpcApplied").asBoolean()).isFalse();
    assertThat(answer.get("receipt").asString())
        .isEqualTo("/public/cookies/consents/" + id + "/receipt");
    assertThat(answer.get("recordedAt").asString()).isNotBlank();

    var row =
        jdbc.sql(
                "SELECT banner_version, notice_version, material_hash, text_hash, method, page_url,"
                    + " language, user_agent, client_hash, gpc FROM cookie_consent WHERE consent_id = ?")
            .param(UUID.fromString(id))
            .query()
            .singleRow();
    assertThat(row.get("banner_version")).isEqualTo(config.get("bannerVersion").asString());
    assertThat(row.get("notice_version")).isEqualTo(config.get("noticeVersion").asInt());
    assertThat(row.get("material_hash")).isEqualTo(config.get("materialHash").asString());
    assertThat(row.get("text_hash")).isEqualTo(config.get("textHash").asString());
    assertThat(row.get("method")).isEqualTo("choose");
    assertThat(row.get("page_url")).isEqualTo(SITE + "/page");
    assertThat(row.get("language")).isEqualTo("nb");
    assertThat(row.get("user_agent")).isEqualTo("CookieConsentsIT/1.0");
    assertThat((byte[]) row.get("client_hash")).hasSize(32);
    assertThat(
            new String(
                (byte[]) row.get("client_hash"), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("127.0.0.1");
    assertThat(row.get("gpc")).isEqualTo(false);

    // The visitor changes their mind later: a second row under the same id, the first unchanged.
    HttpResponse<String> second = post(SITE, null, choice(id, "[]", "withdraw", false));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    assertThat(JSON.readTree(second.body()).get("accepted").toString())
        .isEqualTo("[\"necessary\"]");
    assertThat(rows(id)).isEqualTo(2);
  }

  @Test
  void globalPrivacyControlRefusesMarketingUnlessTheVisitorChoosesItAndIsRecorded() {
    HttpResponse<String> all = post(SITE, "1", choice(null, "[]", "accept-all", false));

    assertThat(all.statusCode()).as(all.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(all.body());
    assertThat(answer.get("accepted").toString())
        .isEqualTo("[\"necessary\",\"preferences\",\"statistics\"]");
    assertThat(answer.get("refused").toString()).isEqualTo("[\"marketing\"]");
    assertThat(answer.get("gpcApplied").asBoolean()).isTrue();
    var row =
        jdbc.sql("SELECT gpc, gpc_applied FROM cookie_consent WHERE consent_id = ?")
            .param(UUID.fromString(answer.get("consentId").asString()))
            .query()
            .singleRow();
    assertThat(row.get("gpc")).isEqualTo(true);
    assertThat(row.get("gpc_applied")).isEqualTo(true);

    // The body's flag counts as the header does.
    JsonNode flagged =
        JSON.readTree(post(SITE, null, choice(null, "[\"marketing\"]", "gpc", true)).body());
    assertThat(flagged.get("refused").toString()).contains("marketing");
    assertThat(flagged.get("gpcApplied").asBoolean()).isTrue();

    // An explicit choice in the banner wins over the signal.
    JsonNode chosen =
        JSON.readTree(post(SITE, "1", choice(null, "[\"marketing\"]", "choose", true)).body());
    assertThat(chosen.get("accepted").toString()).contains("marketing");
    assertThat(chosen.get("gpcApplied").asBoolean()).isFalse();
  }

  @Test
  void anUnknownCategoryIsAProblemNamingItAndNothingIsStored() {
    String id = UUID.randomUUID().toString();

    HttpResponse<String> refused =
        post(SITE, null, choice(id, "[\"statistics\",\"tracking\"]", "choose", false));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:validation-failed");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("accepted[1]");
    assertThat(refused.body()).contains("tracking");
    assertThat(rows(id)).isZero();

    HttpResponse<String> malformed = post(SITE, null, "{\"accepted\":");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void manyVisitorsChoosingAtOnceEachGetTheirOwnStoredChoice() throws Exception {
    // The writer commits the choices waiting together; each answer must still be its own row.
    int visitors = 40;
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < visitors; i++) {
      ids.add(UUID.randomUUID());
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < visitors; i++) {
        String id = ids.get(i).toString();
        String method = i % 2 == 0 ? "accept-all" : "reject-all";
        answers.add(pool.submit(() -> post(SITE, null, choice(id, "[]", method, false))));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> done = answer.get();
        assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < visitors; i++) {
      String id = ids.get(i).toString();
      assertThat(rows(id)).as("rows of visitor " + i).isEqualTo(1);
      List<String> refused =
          jdbc.sql("SELECT unnest(refused) FROM cookie_consent WHERE consent_id = ?::uuid")
              .param(id)
              .query(String.class)
              .list();
      assertThat(refused)
          .as("visitor " + i + " refused")
          .isEqualTo(i % 2 == 0 ? List.of() : List.of("preferences", "statistics", "marketing"));
    }
  }

  @Test
  void sendBeaconsTextPlainBodyIsRecordedLikeJson() {
    String id = UUID.randomUUID().toString();
    HttpResponse<String> beacon =
        http.send(
            http.request("/public/cookies/consents")
                .header("Origin", SITE)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(choice(id, "[]", "reject-all", false))));

    assertThat(beacon.statusCode()).as(beacon.body()).isEqualTo(201);
    assertThat(rows(id)).isEqualTo(1);
  }

  @Test
  void onlyAllowedSitesMayPostChoices() {
    HttpResponse<String> allowed = preflight(SITE);
    assertThat(allowed.statusCode()).isIn(200, 204);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SITE);

    HttpResponse<String> other = preflight("https://hostile.example.invalid");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(JSON.readTree(other.body()).get("type").asString())
        .isEqualTo("urn:vern:problem:cookie-origin-not-allowed");

    String id = UUID.randomUUID().toString();
    HttpResponse<String> forged =
        post("https://hostile.example.invalid", null, choice(id, "[]", "accept-all", false));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(rows(id)).isZero();
  }

  private HttpResponse<String> preflight(String origin) {
    return http.send(
        http.request("/public/cookies/consents")
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  private HttpResponse<String> post(String origin, String secGpc, String body) {
    HttpRequest.Builder request =
        http.request("/public/cookies/consents")
            .header("Origin", origin)
            .header("User-Agent", "CookieConsentsIT/1.0");
    if (secGpc != null) {
      request.header("Sec-GPC", secGpc);
    }
    return http.postJson(request, body);
  }

  private String choice(String consentId, String accepted, String method, boolean gpc) {
    return "{"
        + (consentId == null ? "" : "\"consentId\":\"" + consentId + "\",")
        + "\"accepted\":"
        + accepted
        + ",\"gpc\":"
        + gpc
        + ",\"url\":\""
        + SITE
        + "/page\",\"bannerVersion\":\""
        + config.get("bannerVersion").asString()
        + "\",\"materialHash\":\""
        + config.get("materialHash").asString()
        + "\",\"textHash\":\""
        + config.get("textHash").asString()
        + "\",\"language\":\"nb\",\"method\":\""
        + method
        + "\"}";
  }

  private int rows(String consentId) {
    return jdbc.sql("SELECT count(*) FROM cookie_consent WHERE consent_id = ?")
        .param(UUID.fromString(consentId))
        .query(Integer.class)
        .single();
  }
}
