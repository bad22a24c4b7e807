package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
 * Finding 6 of issue 10: a 401 used to tell whether a token was revoked or expired, confirming to
 * whoever holds a leaked secret that it was real. Now every refused token gets one answer, and only
 * the audit trail says why.
 */
@VernTest
class TokenAnswersIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void unknownRevokedExpiredAndMalformedTokensGetTheSameAnswerAndTheTrailKeepsWhy() {
    JsonNode revoked = newToken();
    http.send(http.api("/api/v1/tokens/" + revoked.get("id").asString()).DELETE());
    JsonNode expired = newToken();
    jdbc.sql("UPDATE access_api_token SET expires_at = now() - interval '1 day' WHERE id = ?")
        .param(UUID.fromString(expired.get("id").asString()))
        .update();

    Map<String, String> secrets = new LinkedHashMap<>();
    secrets.put("UNKNOWN", "vern_" + "B".repeat(43));
    secrets.put("REVOKED", revoked.get("secret").asString());
    secrets.put("EXPIRED", expired.get("secret").asString());
    secrets.put("MALFORMED", "not-a-vern-token");

    String firstAnswer = null;
    for (var secret : secrets.entrySet()) {
      HttpResponse<String> answer =
          http.send(
              http.request("/api/v1/audit/verify")
                  .header("Authorization", "Bearer " + secret.getValue())
                  .GET());
      assertThat(answer.statusCode()).as(secret.getKey()).isEqualTo(401);
      assertThat(answer.headers().firstValue("WWW-Authenticate"))
          .as(secret.getKey())
          .contains("Bearer error=\"invalid_token\"");
      String visible = visible(answer.body());
      assertThat(visible).as(secret.getKey()).contains("The API token is not valid.");
      if (firstAnswer == null) {
        firstAnswer = visible;
      }
      assertThat(visible).as("the answer to a %s token", secret.getKey()).isEqualTo(firstAnswer);

      String correlation = answer.headers().firstValue("X-Correlation-Id").orElseThrow();
      assertThat(rejectionReason(correlation)).as(secret.getKey()).isEqualTo(secret.getKey());
    }
  }

  /** The answer without what differs per request anyway (correlation id, instance). */
  private static String visible(String body) {
    JsonNode problem = JSON.readTree(body);
    return problem.get("type").asString()
        + "|"
        + problem.get("title").asString()
        + "|"
        + problem.get("status").asInt()
        + "|"
        + problem.get("detail").asString();
  }

  /** The reason on the request's API_TOKEN_REJECTED entry, once it is on the chain. */
  private String rejectionReason(String correlationId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    do {
      var reason =
          jdbc.sql(
                  "SELECT reason FROM audit_entry WHERE correlation_id = ? AND action_code = ?"
                      + " AND outcome = 'DENIED'")
              .param(correlationId)
              .param(AccessAuditAction.API_TOKEN_REJECTED.code())
              .query(String.class)
              .optional();
      if (reason.isPresent()) {
        return reason.get();
      }
      sleep();
    } while (System.nanoTime() < deadline);
    return "no entry";
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private JsonNode newToken() {
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/tokens"),
            "{\"name\":\"answers %s\",\"roles\":[\"AUDITOR\"],\"expiresInDays\":1}"
                .formatted(UUID.randomUUID()));
    assertThat(created.statusCode()).isEqualTo(201);
    return JSON.readTree(created.body());
  }
}
