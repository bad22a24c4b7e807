package no.vern.intake.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.StoredRows;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may use the forms from a browser: the allowed site (application-test.yaml) gets CORS and may
 * post; any other site may read a definition (public) but its preflights and posts are refused with
 * 403, problem+json for a script and a bilingual page for a browser, and nothing is stored; Vern's
 * own pages and clients that are no browser page are not affected.
 */
@VernTest
class FormOriginsIT {

  static final String ALLOWED = "https://www.allowed.example.invalid";
  static final String FOREIGN = "https://evil.example.invalid";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  Http http;
  FormClient forms;
  FormRecordRows rows;

  @BeforeEach
  void clients() {
    http = new Http(port);
    forms = new FormClient(http);
    rows = new FormRecordRows(jdbc, registry);
  }

  private HttpResponse<String> preflight(String origin) {
    return http.send(
        http.request("/public/forms/contact")
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  private static Map<String, Object> newsletter(String email) {
    return Map.of("fields", Map.of("email", email));
  }

  @Test
  void theAllowedSiteGetsAPreflightAnswerWithoutCredentials() {
    HttpResponse<String> response = preflight(ALLOWED);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("POST");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .containsIgnoringCase("content-type");
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void anyOtherSitesPreflightIsRefused() {
    HttpResponse<String> response = preflight(FOREIGN);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("urn:vern:problem:origin-not-allowed");
  }

  @Test
  void theAllowedSiteMayPostAndReadTheAnswer() {
    String email = FormClient.email();
    HttpResponse<String> response = forms.json("newsletter", newsletter(email), "Origin", ALLOWED);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
    assertThat(rows.of(email, "newsletter")).hasSize(1);

    HttpResponse<String> definition =
        http.send(http.request("/public/forms/newsletter").header("Origin", ALLOWED).GET());
    assertThat(definition.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
    assertThat(FormClient.JSON.readTree(definition.body()).get("originAllowed").asBoolean())
        .isTrue();
  }

  @Test
  void anyOtherSiteMayReadTheDefinitionAndLearnsItMayNotPost() {
    HttpResponse<String> definition =
        http.send(http.request("/public/forms/newsletter").header("Origin", FOREIGN).GET());

    assertThat(definition.statusCode()).isEqualTo(200);
    assertThat(definition.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(definition.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    var body = FormClient.JSON.readTree(definition.body());
    assertThat(body.get("originAllowed").asBoolean()).isFalse();
    assertThat(body.get("page").asString()).isEqualTo("/public/forms/newsletter/page");
    // Without an Origin (not a page on another site) there is nothing to say.
    assertThat(
            FormClient.JSON
                .readTree(http.get("/public/forms/newsletter").body())
                .has("originAllowed"))
        .isFalse();
  }

  @Test
  void aPostFromAnyOtherSiteIsRefusedAndNothingIsStored() {
    StoredRows before = rows.stored();

    HttpResponse<String> json =
        forms.json("newsletter", newsletter(FormClient.email()), "Origin", FOREIGN);
    HttpResponse<String> plain =
        forms.posted("newsletter", Map.of("email", FormClient.email()), "Origin", FOREIGN);
    HttpResponse<String> byReferer =
        forms.posted(
            "newsletter", Map.of("email", FormClient.email()), "Referer", FOREIGN + "/signup.html");
    HttpResponse<String> opaque =
        forms.posted("newsletter", Map.of("email", FormClient.email()), "Origin", "null");

    assertThat(json.statusCode()).isEqualTo(403);
    assertThat(json.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json.body()).contains("urn:vern:problem:origin-not-allowed");
    // A browser's ordinary post gets a page in both languages with the way to Vern's own form.
    for (HttpResponse<String> response : new HttpResponse[] {plain, byReferer, opaque}) {
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/html");
      assertThat(response.body())
          .contains("Skjemaet kunne ikke sendes fra det nettstedet")
          .contains("The form could not be sent from that website")
          .contains("href=\"/public/forms/newsletter/page?lang=nb\"")
          .contains("href=\"/public/forms/newsletter/page?lang=en\"")
          .doesNotContain("urn:vern:problem");
    }
    for (HttpResponse<String> response : new HttpResponse[] {json, plain, byReferer, opaque}) {
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    assertThat(rows.stored().addedSince(before)).isEmpty();
  }

  @Test
  void vernsOwnOriginAndClientsWithoutAPageMayPost() {
    String own = "http://localhost:" + port;
    String fromVern = FormClient.email();
    String fromServer = FormClient.email();

    assertThat(forms.json("newsletter", newsletter(fromVern), "Origin", own).statusCode())
        .isEqualTo(202);
    assertThat(forms.json("newsletter", newsletter(fromServer)).statusCode()).isEqualTo(202);
    assertThat(rows.of(fromVern, "newsletter")).hasSize(1);
    assertThat(rows.of(fromServer, "newsletter")).hasSize(1);
  }
}
