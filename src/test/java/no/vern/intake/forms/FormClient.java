package no.vern.intake.forms;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.vern.support.Http;
import tools.jackson.databind.json.JsonMapper;

/** Posts to the public forms the two ways people's browsers and other sites' scripts do. */
record FormClient(Http http) {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** A browser navigating after a plain form post asks for HTML first. */
  static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  HttpResponse<String> json(String formId, Map<String, Object> body, String... headers) {
    HttpRequest.Builder request =
        http.request("/public/forms/" + formId)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    return http.send(
        request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  HttpResponse<String> posted(String formId, Map<String, String> fields, String... headers) {
    HttpRequest.Builder request =
        http.request("/public/forms/" + formId).header("Accept", BROWSER_ACCEPT);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    return http.send(
        request
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(urlencoded(fields))));
  }

  static String urlencoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String email() {
    return "person." + UUID.randomUUID() + "@example.invalid";
  }
}
