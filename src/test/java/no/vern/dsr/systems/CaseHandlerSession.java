package no.vern.dsr.systems;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A case handler signed in to the admin pages, reading them as the browser would, in English. */
final class CaseHandlerSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  CaseHandlerSession(int port) {
    this.base = "http://localhost:" + port;
    Matcher csrf = CSRF.matcher(get("/admin/login").body());
    if (!csrf.find()) {
      throw new IllegalStateException("No CSRF token on the sign-in page");
    }
    String form =
        "username=admin&password=test-admin-password-1234&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    send(
        request("/admin/login")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** Posts a form as the page's button would, with the CSRF token of {@code page}. */
  HttpResponse<String> post(String page, String path, String form) {
    Matcher csrf = CSRF.matcher(get(page).body());
    if (!csrf.find()) {
      throw new IllegalStateException("No CSRF token on " + page);
    }
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept-Language", "en")
        .timeout(Duration.ofSeconds(30));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
