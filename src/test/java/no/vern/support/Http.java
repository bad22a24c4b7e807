package no.vern.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real HTTP client for tests: what an integrator's code would send, nothing mocked. */
public final class Http {

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  public static final String BOOTSTRAP_TOKEN = "vern_test_bootstrap_token_0123456789abcdef";

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;

  public Http(int port) {
    this.base = "http://localhost:" + port;
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  public HttpRequest.Builder api(String path) {
    return request(path).header("Authorization", "Bearer " + BOOTSTRAP_TOKEN);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> postJson(HttpRequest.Builder request, String json) {
    return send(
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A fresh API token with one role, made with the bootstrap token; returns its secret. */
  public String tokenWithRole(String role) {
    HttpResponse<String> created =
        postJson(
            api("/api/v1/tokens"),
            "{\"name\":\"test "
                + role
                + " "
                + java.util.UUID.randomUUID()
                + "\",\"roles\":[\""
                + role
                + "\"],\"expiresInDays\":1}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Token not created: " + created.body());
    }
    return JSON.readTree(created.body()).get("secret").asString();
  }
}
