package no.vern.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the audit API as an integrator would, with the test profile's bootstrap ADMIN token. */
class AuditApiClient {

  static final String TOKEN = "vern_test_bootstrap_token_0123456789abcdef";

  record Answer(int status, String body) {
    JsonNode json() {
      return JsonMapper.builder().build().readTree(body);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  AuditApiClient(int port) {
    this.base = "http://localhost:" + port + "/api/v1/audit";
  }

  Answer verify() throws Exception {
    return send(request("/verify").GET().build());
  }

  Answer postEvent(String json) throws Exception {
    return send(
        request("/events")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Accept", "application/json");
  }

  private Answer send(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }
}
