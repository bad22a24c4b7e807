package no.vern.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.vern.support.TestClientAddresses;

/** A person at the admin pages, as HTTP: cookies kept, redirects not followed, CSRF token read. */
public final class AdminSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String base;
  private final String clientAddress;
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public AdminSession(int port) {
    this(port, null);
  }

  /**
   * A person at another client address ({@link TestClientAddresses}): the sign-in throttle counts
   * each address apart.
   */
  public AdminSession(int port, String clientAddress) {
    this.base = "http://localhost:" + port;
    this.clientAddress = clientAddress;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** As a browser asks for a page: HTML wanted, so an error comes as the error page. */
  public HttpResponse<String> getPage(String path) {
    return send(request(path).header("Accept", "text/html,*/*;q=0.8").GET());
  }

  /** A page as a browser that accepts gzip fetches it: the raw bytes, compressed or not. */
  public HttpResponse<byte[]> getAcceptingGzip(String path) {
    try {
      return client.send(
          request(path).header("Accept-Encoding", "gzip").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts a form the way the browser would, with the CSRF token of the page it came from. */
  public HttpResponse<String> post(String pagePath, String actionPath, Map<String, String> fields) {
    Matcher csrf = CSRF.matcher(get(pagePath).body());
    if (!csrf.find()) {
      throw new IllegalStateException("No CSRF token on " + pagePath);
    }
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf.group(1));
    String form =
        all.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(actionPath)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  public HttpResponse<String> login(String username, String password) {
    return post("/admin/login", "/admin/login", Map.of("username", username, "password", password));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept-Language", "en")
            .timeout(Duration.ofSeconds(30));
    return clientAddress == null
        ? request
        : request.header(TestClientAddresses.HEADER, clientAddress);
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

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
