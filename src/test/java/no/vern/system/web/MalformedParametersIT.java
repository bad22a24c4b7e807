package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, finding 1: parameters that cannot be read (percent-encoding that is not UTF-8, control
 * characters in a name) were a 500 with the value in the log. Each reproduction of the issue is now
 * a 400 naming the parameter, and the log holds none of the values sent.
 */
@VernTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedParametersIT {

  private static final String CANARY = "qcanaryparamx";

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void anEmailThatIsNotUtf8IsA400NamingItAndNeverLogged(CapturedOutput log) {
    var answer = form("/u/", "email=" + CANARY + "%40example.no%FF", "application/json");
    assertRefused(answer, "email", "encoding");
    assertThat(log.getAll()).doesNotContain(CANARY);
  }

  @Test
  void aLanguageOrVersionThatIsNotUtf8IsA400(CapturedOutput log) {
    assertRefused(http.get("/privacy?lang=nb%FF" + CANARY), "lang", "encoding");
    assertRefused(http.get("/privacy/diff?from=%FF" + CANARY), "from", "encoding");
    assertThat(log.getAll()).doesNotContain(CANARY);
  }

  @Test
  void aFormPostWithALoneSurrogateIsA400NamingTheField(CapturedOutput log) {
    var answer =
        form(
            "/public/forms/contact",
            "name=" + CANARY + "%ED%A0%80&email=a%40example.invalid",
            "application/json");
    assertRefused(answer, "name", "encoding");
    assertThat(log.getAll()).doesNotContain(CANARY);
  }

  @Test
  void aDecisionQueryThatIsNotUtf8IsA400Problem(CapturedOutput log) {
    var answer =
        http.send(
            http.api(
                    "/api/v1/decisions?identifier=email:"
                        + CANARY
                        + "@example.no%FF&purpose=newsletter")
                .GET());
    assertRefused(answer, "identifier", "encoding");
    assertThat(log.getAll()).doesNotContain(CANARY);
  }

  @Test
  void aControlCharacterInAParameterNameIsA400NamingIt(CapturedOutput log) {
    var answer = http.send(http.api("/api/v1/audit/entries?" + CANARY + "%01=1").GET());
    assertRefused(answer, CANARY + "%01", "control-character");
    var page = form("/u/", CANARY + "%1F=1&email=x%40example.invalid", "application/json");
    assertRefused(page, CANARY + "%1F", "control-character");
    assertThat(log.getAll()).doesNotContain(CANARY);
  }

  @Test
  void aPersonPostingFromABrowserGetsThePageNamingTheField() {
    var answer = form("/public/forms/contact", "name=Kari%ED%A0%80", "text/html");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(answer.body()).contains("«name»").doesNotContain("Kari");
  }

  @Test
  void aNulInAFormValueIsRefusedBeforeItReachesTheDatabase() {
    var answer = form("/u/", "email=x%00%40example.invalid", "application/json");
    assertRefused(answer, "email", "control-character");
  }

  private HttpResponse<String> form(String path, String body, String accept) {
    HttpRequest.Builder request =
        http.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(BodyPublishers.ofString(body));
    return http.send(request);
  }

  private static void assertRefused(HttpResponse<String> answer, String field, String code) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(answer.body())
        .contains("\"type\":\"urn:vern:problem:invalid-parameter\"")
        .contains("\"field\":\"" + field + "\"")
        .contains("\"code\":\"" + code + "\"")
        .doesNotContain(CANARY + "@");
  }
}
