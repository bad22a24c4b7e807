package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import no.vern.fuzz.RawHttp;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, finding 3: what Tomcat refuses before Vern sees the request came back as Tomcat's HTML
 * page without security headers, also under /api. Sent over a plain socket, since no HTTP client
 * sends such requests; each now gets Vern's answer with every header.
 */
@VernTest
@ExtendWith(OutputCaptureExtension.class)
class ContainerErrorsIT {

  private static final String CANARY = "qcanarytargetx";

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a NUL in the path, GET /api/v1/records/%00x?q=" + CANARY + " HTTP/1.1",
    "an encoded slash, GET /api/v1/records/a%2Fb?q=" + CANARY + " HTTP/1.1",
    "braces in the path, GET /api/v1/{}?q=" + CANARY + " HTTP/1.1",
    "an unknown version, GET /api/v1/inventory HTTP/2.0",
  })
  void aRequestTomcatCannotTakeIsA400Problem(String what, String line, CapturedOutput log) {
    var answer = send(line + "\r\nHost: localhost\r\n");
    assertVernsAnswer(answer, 400, "application/problem+json");
    assertThat(log.getAll()).doesNotContain(CANARY);
  }

  @Test
  void aHeaderOver8KbIsA400Problem(CapturedOutput log) {
    var answer =
        send(
            "GET /api/v1/inventory HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + CANARY
                + "a".repeat(9000)
                + "\r\n");
    assertVernsAnswer(answer, 400, "application/problem+json");
    assertThat(log.getAll()).doesNotContain(CANARY);
  }

  @Test
  void aBadContentLengthIsA400Problem() {
    var answer =
        send("POST /api/v1/records HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n");
    assertVernsAnswer(answer, 400, "application/problem+json");
  }

  @Test
  void aBrowserGetsTheErrorPageWithTheSameHeaders() {
    var answer =
        send(
            "GET /privacy%00x HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nAccept-Language: en\r\n");
    assertVernsAnswer(answer, 400, "text/html");
    assertThat(answer.bodyStart()).contains("Something went wrong").doesNotContain("Tomcat");
  }

  @ParameterizedTest
  @CsvSource({"CONNECT localhost:443", "FOO /api/v1/inventory", "TRACE /api/v1/inventory"})
  void anUnknownMethodIs405Problem(String methodAndTarget) {
    var answer = send(methodAndTarget + " HTTP/1.1\r\nHost: localhost\r\n");
    assertVernsAnswer(answer, 405, "application/problem+json");
    assertThat(answer.bodyStart()).contains("urn:vern:problem:method-not-allowed");
  }

  @Test
  void theFirewallsRejectionIsA400ProblemWithoutTheValue(CapturedOutput log) {
    var answer = send("GET /api/v1//inventory?" + CANARY + " HTTP/1.1\r\nHost: localhost\r\n");
    assertVernsAnswer(answer, 400, "application/problem+json");
    assertThat(log.getAll()).doesNotContain(CANARY);
  }

  private RawHttp.Answer send(String head) {
    try {
      byte[] bytes = (head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
      return RawHttp.send("localhost", port, bytes, 10_000);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertVernsAnswer(RawHttp.Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.bodyStart()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith(type);
    assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Cache-Control")).contains("no-store");
    assertThat(answer.header("X-Correlation-Id")).isNotBlank();
    assertThat(answer.bodyStart()).doesNotContain("Apache Tomcat").doesNotContain("Exception");
  }
}
