package no.vern.cookie.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The DPO's page of the cookie-consent log, its export and the API export. */
@VernTest
class CookiesAdminIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DPO = "user:" + UUID.randomUUID();

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  MockMvc mvc;
  Http http;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    http = new Http(port);
  }

  @Test
  void theDpoLooksUpAConsentIdSeesTheWeeklyRatesAndTheReadIsAudited() throws Exception {
    String id = choose("{\"accepted\":[\"statistics\"],\"method\":\"choose\"}");
    choose("{\"consentId\":\"" + id + "\",\"method\":\"accept-all\"}");

    String page = page("/admin/cookies?lang=en&consent=" + id, as("DPO"));

    assertThat(page)
        .contains("Cookie consent log", "id=\"choices\"", "data-method=\"choose\"")
        .contains("data-method=\"accept-all\"", "necessary, statistics")
        .contains("necessary, preferences, statistics, marketing")
        .contains("https://www.allowed.example.invalid/page")
        .contains("id=\"rates\"", "<svg", "<rect");
    assertThat(audits(7000, id)).isEqualTo(1);

    assertThat(page("/admin/cookies?lang=en&consent=nonsense", as("AUDITOR")))
        .contains("id=\"invalid-consent\"");
    assertThat(page("/admin/cookies?lang=en&consent=" + UUID.randomUUID(), as("ADMIN")))
        .contains("id=\"no-choices\"");
    assertThat(
            mvc.perform(get("/admin/cookies").with(as("CASE_HANDLER")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void aPeriodIsExportedAsCsvFromThePageAndTheApiAndEachExportIsAudited() throws Exception {
    String id = choose("{\"accepted\":[\"preferences\"],\"method\":\"choose\"}");
    String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    String period = "from=" + today + "&to=" + today;

    var download =
        mvc.perform(get("/admin/cookies/export.csv?" + period).with(as("AUDITOR")))
            .andReturn()
            .getResponse();
    assertThat(download.getStatus()).isEqualTo(200);
    assertThat(download.getContentType()).startsWith("text/csv");
    assertThat(download.getContentAsString())
        .startsWith("recorded_at,consent_id,method,accepted,refused")
        .contains(id + ",choose,necessary preferences,statistics marketing");
    assertThat(audits(7001, today + ".." + today)).isGreaterThanOrEqualTo(1);

    HttpResponse<String> api =
        http.send(
            http.request("/api/v1/cookies/consents?" + period)
                .header("Authorization", "Bearer " + http.tokenWithRole("DPO")));
    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(api.body()).contains(id).doesNotContain("127.0.0.1");

    HttpResponse<String> wrongRole =
        http.send(
            http.request("/api/v1/cookies/consents?" + period)
                .header("Accept", "text/csv")
                .header("Authorization", "Bearer " + http.tokenWithRole("MARKETING")));
    assertThat(wrongRole.statusCode()).isEqualTo(403);
    assertThat(
            http.send(
                    http.request("/api/v1/cookies/consents?" + period).header("Accept", "text/csv"))
                .statusCode())
        .isEqualTo(401);

    HttpResponse<String> badDate =
        http.send(
            http.request("/api/v1/cookies/consents?from=2026-13-01&to=" + today)
                .header("Authorization", "Bearer " + http.tokenWithRole("DPO")));
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(badDate.body()).contains("from");
  }

  private String choose(String body) {
    HttpResponse<String> answer =
        http.postJson(
            http.request("/public/cookies/consents")
                .header("Origin", "https://www.allowed.example.invalid"),
            body.replace(
                "\"method\"", "\"url\":\"https://www.allowed.example.invalid/page\",\"method\""));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return JSON.readTree(answer.body()).get("consentId").asString();
  }

  private long audits(int code, String resource) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(code, resource)
        .query(Long.class)
        .single();
  }

  private String page(String path, RequestPostProcessor who) throws Exception {
    var response = mvc.perform(get(path).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  private static RequestPostProcessor as(String role) {
    return user(DPO).roles(role);
  }
}
