package no.vern.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input gets a 4xx problem+json that says what to fix; never a 500, never a stack trace. */
@VernTest
class ErrorHandlingIT {

  private static final String EVENTS = "/api/v1/audit/events";

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void missingAuthenticationIsA401Problem() {
    var response = http.get("/api/v1/audit/verify");
    assertProblem(response, 401, "urn:vern:problem:unauthenticated");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }

  @Test
  void malformedJsonSaysWhereItBroke() {
    var response = http.postJson(http.api(EVENTS), "{\"actorType\": \"SYSTEM\", ");
    assertProblem(response, 400, "urn:vern:problem:malformed-body");
    assertThat(response.body()).contains("line");
  }

  @Test
  void wrongContentTypeIs415() {
    var response =
        http.send(
            http.api(EVENTS)
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("hello")));
    assertProblem(response, 415, "urn:vern:problem:unsupported-media-type");
  }

  @Test
  void oversizedBodyIs413BeforeAnythingIsRead() {
    String huge = "{\"resourceId\":\"" + "x".repeat(1_100_000) + "\"}";
    var response = http.postJson(http.api(EVENTS), huge);
    assertProblem(response, 413, "urn:vern:problem:body-too-large");
  }

  @Test
  void parameterOfTheWrongTypeNamesTheParameter() {
    var response = http.send(http.api("/api/v1/audit/entries?limit=many").GET());
    assertProblem(response, 400, "urn:vern:problem:invalid-parameter");
    assertThat(response.body()).contains("\"field\":\"limit\"");
  }

  @Test
  void validationListsEveryFieldError() {
    var response = http.postJson(http.api(EVENTS), "{\"actorType\": \"SYSTEM\"}");
    assertProblem(response, 400, "urn:vern:problem:validation-failed");
    assertThat(response.body()).contains("\"errors\"").contains("\"field\"").contains("\"code\"");
  }

  @Test
  void unknownApiPathIs404Problem() {
    var response = http.send(http.api("/api/v1/no-such-thing").GET());
    assertProblem(response, 404, "urn:vern:problem:not-found");
  }

  @Test
  void wrongMethodIs405Problem() {
    var response = http.send(http.api("/api/v1/audit/verify").DELETE());
    assertProblem(response, 405, "urn:vern:problem:method-not-allowed");
  }

  @Test
  void browsersGetAPageNotJson() {
    var response =
        http.send(
            http.request("/admin/modules/no-such-module").header("Accept", "text/html").GET());
    assertThat(response.statusCode()).isIn(302, 404);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"type\":\"" + type + "\"")
        .contains("\"title\"")
        .contains("\"detail\"")
        .contains("\"status\":" + status)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
