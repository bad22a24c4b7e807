package no.vern.system;

import static org.assertj.core.api.Assertions.assertThat;

import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator relies on: health with the database, metrics, the API description. */
@VernTest
class OperationsIT {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void healthIsUpWithTheDatabase() {
    var response = http.get("/actuator/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"");
    assertThat(http.get("/actuator/health/readiness").body()).contains("UP");
  }

  @Test
  void anUnknownHealthGroupIsAProblemThatNamesTheAddressesThatExist() {
    var response = http.get("/actuator/health/0");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).contains("/actuator/health/readiness");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void prometheusMetricsNeedAToken() {
    assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    var response = http.send(http.api("/actuator/prometheus").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("hikaricp_connections").contains("http_server_requests");
  }

  @Test
  void openApiDescribesTheApiAsVersion31() {
    var response = http.get("/v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"openapi\":\"3.1").contains("/api/v1/audit/verify");
  }

  @Test
  void correlationIdIsEchoedAndGeneratedWhenAbsent() {
    var given =
        http.send(http.request("/actuator/health").header("X-Correlation-Id", "abc-123").GET());
    assertThat(given.headers().firstValue("X-Correlation-Id")).hasValue("abc-123");
    var generated = http.get("/actuator/health");
    assertThat(generated.headers().firstValue("X-Correlation-Id")).isPresent();
    var hostile =
        http.send(http.request("/actuator/health").header("X-Correlation-Id", "a b<script>").GET());
    assertThat(hostile.headers().firstValue("X-Correlation-Id"))
        .hasValueSatisfying(v -> assertThat(v).doesNotContain("<"));
  }
}
