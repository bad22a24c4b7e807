package no.vern.consent;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The consent API as an integrator calls it, over real HTTP with the bootstrap token. */
public final class ConsentApi {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final Http http;

  public ConsentApi(Http http) {
    this.http = http;
  }

  public static String email() {
    return "person." + UUID.randomUUID() + "@example.invalid";
  }

  /** A body for {@code POST /api/v1/consents} about one e-mail address; add fields with put. */
  public static Map<String, Object> body(String email, String purpose, String action) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("identifiers", List.of(Map.of("type", "email", "value", email)));
    body.put("purpose", purpose);
    body.put("action", action);
    return body;
  }

  public HttpResponse<String> post(Map<String, Object> body) {
    return http.postJson(http.api("/api/v1/consents"), JSON.writeValueAsString(body));
  }

  /** Posts and expects 201; returns the answer. */
  public JsonNode record(String email, String purpose, String action) {
    HttpResponse<String> response = post(body(email, purpose, action));
    if (response.statusCode() != 201) {
      throw new AssertionError(
          "Expected 201, got " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  public JsonNode history(UUID subject) {
    HttpResponse<String> response =
        http.send(http.api("/api/v1/consents?subject=" + subject).GET());
    if (response.statusCode() != 200) {
      throw new AssertionError("History: " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  public JsonNode decide(String identifier, String purpose) {
    HttpResponse<String> response =
        http.postJson(
            http.api("/api/v1/decisions"),
            JSON.writeValueAsString(List.of(Map.of("identifier", identifier, "purpose", purpose))));
    if (response.statusCode() != 200) {
      throw new AssertionError("Decision: " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body()).get(0);
  }
}
