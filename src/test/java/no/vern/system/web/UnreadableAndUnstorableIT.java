package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, finding 2: multipart bodies without a usable boundary, dates PostgreSQL cannot hold, a
 * NUL in text and {@code /error} asked for directly were 500s. Each is now a 4xx problem naming
 * what to fix, and nothing of the request is stored.
 */
@VernTest
class UnreadableAndUnstorableIT {

  private static final String IMPORT =
      "/api/v1/imports?activity=debt-collection&source=third-party";

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @ParameterizedTest
  @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary="})
  void aMultipartBodyWithoutABoundaryIsMalformed(String type) {
    assertProblem(multipart(IMPORT, type, "xx", true), 400, "malformed-body");
    assertProblem(multipart("/public/forms/contact", type, "xx", false), 400, "malformed-body");
  }

  @Test
  void aTruncatedMultipartBodyIsMalformed() {
    String cut =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nemail\r\nx@ex";
    assertProblem(
        multipart(IMPORT, "multipart/form-data; boundary=b", cut, true), 400, "malformed-body");
    String field = "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nKari";
    assertProblem(
        multipart("/public/forms/contact", "multipart/form-data; boundary=b", field, false),
        400,
        "malformed-body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"collectedAt", "lastContactAt", "relationshipEndedAt", "caseClosedAt"})
  void aRecordDateOutsideTheYears1900To9999IsRefusedAndNothingStored(String field) {
    for (String date : new String[] {"-4714-11-23T00:00:00Z", "+999999999-12-31T23:59:59Z"}) {
      String caseNumber = "K-" + UUID.randomUUID().toString().substring(0, 8);
      String body =
          "{\"activity\":\"debt-collection\",\"identifiers\":{\"caseNumber\":\""
              + caseNumber
              + "\"},\"data\":{\"claim\":\"x\"},\"source\":\"third-party\",\""
              + field
              + "\":\""
              + date
              + "\"}";
      var answer = http.postJson(http.api("/api/v1/records"), body);
      assertProblem(answer, 400, "validation-failed");
      assertThat(answer.body()).contains("\"field\":\"" + field + "\"", "\"code\":\"range\"");
      assertUnknown("caseNumber", caseNumber);
    }
  }

  @Test
  void anInformedDateOutOfRangeIsRefused() {
    var answer =
        http.postJson(
            http.api("/api/v1/records/" + UUID.randomUUID() + "/informed"),
            "{\"informedAt\":\"-4714-11-23T00:00:00Z\"}");
    assertProblem(answer, 400, "validation-failed");
    assertThat(answer.body()).contains("\"field\":\"informedAt\"");
  }

  @Test
  void anImportedDateOutOfRangeFailsItsRowOnly() {
    var answer =
        http.send(
            http.api(IMPORT)
                .header("Content-Type", "text/csv")
                .POST(
                    BodyPublishers.ofString(
                        "caseNumber,collectedAt\nK-77,+99999-01-01T00:00:00Z\n")));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"imported\":0", "\"field\":\"collectedAt\"", "\"code\":\"range\"");
  }

  @Test
  void aNulInAConsentsUserAgentIsRefusedAndNoPersonIsCreated() {
    String email = "nul-" + UUID.randomUUID() + "@example.invalid";
    var answer =
        http.postJson(
            http.api("/api/v1/consents"),
            "{\"identifiers\":[{\"type\":\"email\",\"value\":\""
                + email
                + "\"}],\"purpose\":\"newsletter\",\"action\":\"give\",\"userAgent\":\"Moz\\u0000illa\"}");
    assertProblem(answer, 400, "validation-failed");
    assertThat(answer.body()).contains("\"field\":\"userAgent\"", "\"code\":\"control-character\"");
    assertUnknown("email", email);
  }

  @Test
  void aNulInAnyJsonTextIsRefusedWithItsPath() {
    var answer =
        http.postJson(
            http.api("/api/v1/records"),
            "{\"activity\":\"debt-collection\",\"identifiers\":{\"caseNumber\":\"K-1\"},"
                + "\"data\":{\"claim\":\"a\\u0000b\"},\"source\":\"third-party\"}");
    assertProblem(answer, 400, "validation-failed");
    assertThat(answer.body()).contains("\"field\":\"data\"");
  }

  @Test
  void theErrorAddressesAskedForDirectlyAreNotFound() {
    assertProblem(http.get("/error"), 404, "not-found");
    assertProblem(http.get("/error/problem"), 404, "not-found");
  }

  private HttpResponse<String> multipart(String path, String type, String body, boolean api) {
    var request = api ? http.api(path) : http.request(path).header("Accept", "application/json");
    return http.send(request.header("Content-Type", type).POST(BodyPublishers.ofString(body)));
  }

  private void assertUnknown(String type, String value) {
    var lookup =
        http.postJson(
            http.api("/api/v1/subjects/lookup"),
            "{\"type\":\"" + type + "\",\"value\":\"" + value + "\"}");
    assertThat(lookup.statusCode()).as("nothing half-stored: " + lookup.body()).isEqualTo(404);
  }

  private static void assertProblem(HttpResponse<String> answer, int status, String type) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    assertThat(answer.body()).contains("\"type\":\"urn:vern:problem:" + type + "\"");
  }
}
