package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.shared.VernSettings;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 6 of issue 10: redirects named the host the client put in its {@code Host} header. Sent
 * here over a raw socket, since Java's HTTP client will not forge that header; every redirect must
 * name Vern's base URL instead.
 */
@VernTest
class LocationFromBaseUrlIT {

  private static final String FORGED = "attacker.invalid";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie: (VERN_SESSION=[^;]+)");

  @LocalServerPort int port;
  @Autowired VernSettings vern;

  @Test
  void aPublicRedirectNamesTheBaseUrlNotTheForgedHost() throws IOException {
    String answer = send("GET / HTTP/1.1\r\nHost: " + FORGED + "\r\n");
    assertThat(location(answer)).isEqualTo(vern.baseUrl() + "/privacy");
  }

  @Test
  void theSignInRedirectNamesTheBaseUrlNotTheForgedHost() throws IOException {
    String answer = send("GET /admin/audit HTTP/1.1\r\nHost: " + FORGED + "\r\n");
    assertThat(location(answer)).isEqualTo(vern.baseUrl() + "/admin/login");
  }

  @Test
  void thePageAskedForBeforeSignInIsRestoredOnTheBaseUrlNotTheForgedHost() throws IOException {
    String asked = send("GET /admin/audit?action=1102 HTTP/1.1\r\nHost: " + FORGED + "\r\n");
    String cookie = match(COOKIE, asked);
    String loginPage =
        send("GET /admin/login HTTP/1.1\r\nHost: " + FORGED + "\r\nCookie: " + cookie + "\r\n");
    String form =
        "username=admin&password="
            + URLEncoder.encode("test-admin-password-1234", StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(match(CSRF, loginPage), StandardCharsets.UTF_8);
    String signedIn =
        send(
            "POST /admin/login HTTP/1.1\r\nHost: "
                + FORGED
                + "\r\nCookie: "
                + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.length()
                + "\r\n",
            form);

    assertThat(location(signedIn))
        .startsWith(vern.baseUrl() + "/admin/audit?action=1102")
        .doesNotContain(FORGED);
  }

  @Test
  void theBaseUrlInTestsIsThisServer() {
    // Otherwise the assertions above would pass against any base URL, and browsers in the tests
    // would be sent elsewhere.
    assertThat(vern.baseUrl()).isEqualTo("http://localhost:" + port);
  }

  private String send(String head) throws IOException {
    return send(head, "");
  }

  private String send(String head, String body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (head + "Connection: close\r\nAccept: text/html\r\n\r\n" + body)
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }

  private static String location(String answer) {
    assertThat(answer).startsWith("HTTP/1.1 302");
    return match(Pattern.compile("(?im)^Location: (\\S+)"), answer);
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
    return m.group(1);
  }
}
