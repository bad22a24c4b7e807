package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/subjects/lookup} over HTTP. */
@VernTest
class SubjectLookupIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired JdbcClient jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anIdentifierTypedAnotherWayFindsItsSubjectAndTheLookUpIsAuditedByIdOnly() {
    Identifier email = SubjectFixtures.email();
    SubjectId subject = registry.resolve(List.of(email, SubjectFixtures.phone()));

    HttpResponse<String> response =
        lookup(http.api("/api/v1/subjects/lookup"), "email", email.value().toUpperCase());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("subject").asString())
        .isEqualTo(subject.toString());
    assertThat(response.body()).doesNotContainIgnoringCase(email.value());
    awaitAudit(subject.toString());
    assertThat(
            jdbc.sql("SELECT outcome FROM audit_entry WHERE action_code = 3040 AND resource_id = ?")
                .param(subject.toString())
                .query(String.class)
                .list())
        .containsExactly("SUCCESS");
  }

  @Test
  void anUnknownIdentifierIsNotFound() {
    HttpResponse<String> response =
        lookup(http.api("/api/v1/subjects/lookup"), "email", SubjectFixtures.email().value());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("urn:vern:problem:not-found");
  }

  @Test
  void anInvalidLookUpNamesEveryFieldWithoutTheValue() {
    HttpResponse<String> response =
        lookup(http.api("/api/v1/subjects/lookup"), "nationalId", "01019912345");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"value\"").doesNotContain("01019912345");
    HttpResponse<String> noType = lookup(http.api("/api/v1/subjects/lookup"), "shoeSize", "");
    assertThat(noType.body()).contains("\"field\":\"type\"").contains("\"field\":\"value\"");
  }

  @Test
  void caseHandlersMayLookUpAndAuditorsMayNot() {
    Identifier email = SubjectFixtures.email();
    registry.resolve(List.of(email));

    HttpResponse<String> handler =
        lookup(
            http.request("/api/v1/subjects/lookup")
                .header("Authorization", "Bearer " + http.tokenWithRole("CASE_HANDLER")),
            "email",
            email.value());
    HttpResponse<String> auditor =
        lookup(
            http.request("/api/v1/subjects/lookup")
                .header("Authorization", "Bearer " + http.tokenWithRole("AUDITOR")),
            "email",
            email.value());

    assertThat(handler.statusCode()).isEqualTo(200);
    assertThat(auditor.statusCode()).isEqualTo(403);
  }

  private HttpResponse<String> lookup(
      java.net.http.HttpRequest.Builder request, String type, String value) {
    return http.postJson(request, JSON.writeValueAsString(Map.of("type", type, "value", value)));
  }

  private void awaitAudit(String subject) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline
        && jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = 3040 AND resource_id = ?")
                .param(subject)
                .query(Long.class)
                .single()
            == 0) {
      Thread.onSpinWait();
    }
  }
}
