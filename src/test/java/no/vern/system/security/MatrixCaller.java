package no.vern.system.security;

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
import no.vern.system.security.MatrixOperations.Operation;

/**
 * One caller of the authorisation matrix: anonymous, a bearer token (good, bad, revoked or expired)
 * or a signed-in admin session with one role. Sessions send the CSRF token of their own session, so
 * a refusal is the authorisation's, not the CSRF filter's.
 */
final class MatrixCaller {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  /** What the caller is, for the table: a role name, or one of the kinds without a role. */
  final String name;

  /** The role the caller has, or null for anonymous and refused tokens. */
  final String role;

  final boolean session;
  private final String bearer;
  private final String base;
  private String csrf = "";
  private final HttpClient client;

  private MatrixCaller(String name, String role, boolean session, String bearer, String base) {
    this.name = name;
    this.role = role;
    this.session = session;
    this.bearer = bearer;
    this.base = base;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5));
    if (session) {
      builder.cookieHandler(new CookieManager());
    }
    this.client = builder.build();
  }

  static MatrixCaller anonymous(String base) {
    return new MatrixCaller("anonymous", null, false, null, base);
  }

  static MatrixCaller token(String name, String role, String secret, String base) {
    return new MatrixCaller(name, role, false, secret, base);
  }

  /** Signs in through the login form and keeps the session's CSRF token. */
  static MatrixCaller session(
      String name, String role, String username, String password, String base) {
    MatrixCaller caller = new MatrixCaller(name, role, true, null, base);
    String loginCsrf = caller.csrfOf(caller.send("GET", "/admin/login", null, null).body());
    HttpResponse<String> signedIn =
        caller.send(
            "POST",
            "/admin/login",
            "application/x-www-form-urlencoded",
            "username="
                + encode(username)
                + "&password="
                + encode(password)
                + "&_csrf="
                + encode(loginCsrf));
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || !location.endsWith("/admin")) {
      throw new IllegalStateException(name + " did not get in: " + location);
    }
    caller.csrf = caller.csrfOf(caller.send("GET", "/admin", null, null).body());
    return caller;
  }

  HttpResponse<String> call(Operation op) {
    String body = null;
    if (op.contentType() != null) {
      body = bodyFor(op.contentType());
    } else if (!op.method().equals("GET") && !op.method().equals("HEAD") && session) {
      body = "_csrf=" + encode(csrf);
    }
    String contentType =
        op.contentType() == null && body != null
            ? "application/x-www-form-urlencoded"
            : op.contentType();
    if (contentType != null && contentType.startsWith("multipart/")) {
      contentType = "multipart/form-data; boundary=matrix";
    }
    return send(op.method(), op.url(), contentType, body);
  }

  /**
   * The operation with a body of the caller's choosing (a look-up's identifier, a search form's
   * fields); a session's form gets its CSRF token added.
   */
  HttpResponse<String> call(Operation op, String body) {
    String sent =
        session && "application/x-www-form-urlencoded".equals(op.contentType())
            ? body + "&_csrf=" + encode(csrf)
            : body;
    return send(op.method(), op.url(), op.contentType(), sent);
  }

  private String bodyFor(String contentType) {
    if (contentType.contains("json")) {
      return "{}";
    }
    if (contentType.startsWith("multipart/")) {
      return "--matrix\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
          + csrf
          + "\r\n--matrix--\r\n";
    }
    if (contentType.equals("application/x-www-form-urlencoded")) {
      return session ? "_csrf=" + encode(csrf) : "";
    }
    return "";
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, text/html;q=0.9")
            .header("Accept-Language", "en")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (session && csrf != null && !csrf.isEmpty()) {
      request.header("X-CSRF-TOKEN", csrf);
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String csrfOf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException(name + ": no CSRF token on the page");
    }
    return m.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
