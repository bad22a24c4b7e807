package no.vern.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 6 of issue 10: a caller without the role got 400 for an invalid body and 403 only for a
 * valid one, because method security ran after the body was read and validated. The role is now
 * checked first, whatever the body, on endpoints whose role is on the class or on the method.
 */
@VernTest
class RolesBeforeValidationIT {

  /** An endpoint, and a body or path that is invalid in some way. */
  record Call(String method, String path, String body) {}

  private static final List<Call> INVALID =
      List.of(
          new Call("POST", "/api/v1/records", "{}"),
          new Call("POST", "/api/v1/records", "{\"activity\":"),
          new Call("POST", "/api/v1/records", "[1,2,3]"),
          new Call("POST", "/api/v1/audit/events", "{\"outcome\":\"MAYBE\"}"),
          new Call("POST", "/api/v1/audit/events", "not json"),
          new Call("POST", "/api/v1/consents", "{\"purpose\":"),
          new Call("POST", "/api/v1/subjects/lookup", "{\"type\":"),
          new Call("POST", "/api/v1/records/not-a-uuid/informed", "{}"));

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aCallerWithoutTheRoleGets403WhateverTheBody() {
    String auditor = http.tokenWithRole("AUDITOR");
    for (Call call : INVALID) {
      HttpResponse<String> answer = send(call, auditor);
      assertThat(answer.statusCode()).as(call.toString()).isEqualTo(403);
      assertThat(answer.body()).as(call.toString()).contains("urn:vern:problem:forbidden");
    }
  }

  @Test
  void aCallerWithTheRoleStillHearsWhatIsWrongWithTheBody() {
    for (Call call : INVALID) {
      HttpResponse<String> answer = send(call, Http.BOOTSTRAP_TOKEN);
      assertThat(answer.statusCode()).as(call.toString()).isEqualTo(400);
    }
  }

  private HttpResponse<String> send(Call call, String token) {
    return http.send(
        http.request(call.path())
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body())));
  }
}
