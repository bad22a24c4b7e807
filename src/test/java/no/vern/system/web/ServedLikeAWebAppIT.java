package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import no.vern.access.AdminSession;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Vern served as a web application should be (docs/web.md): text compressed for browsers that
 * accept gzip, static files under fingerprinted URLs cached for a year, pages with personal data
 * never stored, a favicon, and the banner script still at the address other sites embed.
 */
@VernTest
class ServedLikeAWebAppIT {

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final Pattern ADMIN_CSS =
      Pattern.compile("href=\"(/css/vern-[0-9a-f]{32}\\.css)\"");
  private static final Pattern HTMX =
      Pattern.compile("src=\"(/webjars/[^\"]*htmx\\.min-[0-9a-f]{32}\\.js)\"");
  private static final Pattern PUBLIC_CSS =
      Pattern.compile("href=\"(/css/privacy-[0-9a-f]{32}\\.css)\"");

  @LocalServerPort int port;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void anAdminPageIsCompressedNeverStoredAndLinksFingerprintedAssetsCachedForAYear() {
    AdminSession admin = new AdminSession(port);
    admin.login("admin", "test-admin-password-1234");

    HttpResponse<byte[]> page = admin.getAcceptingGzip("/admin/audit");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    String html = gunzip(page.body());
    assertThat(html).contains("<html");

    String stylesheet = first(ADMIN_CSS, html);
    HttpResponse<byte[]> css = get(stylesheet, true);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control")).hasValue(IMMUTABLE);
    assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(css.headers().firstValue("Pragma")).isEmpty();
    assertThat(gunzip(css.body())).contains(".topbar");

    HttpResponse<byte[]> script = get(first(HTMX, html), true);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Cache-Control")).hasValue(IMMUTABLE);
    assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void thePrivacyNoticeIsCompressedAndItsStylesheetFingerprinted() {
    HttpResponse<byte[]> page = get("/privacy?lang=en", true);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(page.headers().firstValue("Vary").orElseThrow())
        .containsIgnoringCase("accept-encoding");
    String html = gunzip(page.body());
    HttpResponse<byte[]> css = get(first(PUBLIC_CSS, html), false);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control")).hasValue(IMMUTABLE);

    // Without gzip in Accept-Encoding the same page comes plain.
    HttpResponse<byte[]> plain = get("/privacy?lang=en", false);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<html");
  }

  @Test
  void jsonIsCompressedToo() {
    HttpResponse<byte[]> docs = get("/v3/api-docs", true);
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzip(docs.body())).startsWith("{");
  }

  @Test
  void thePlainPathStillServesTheFileWithAShortCacheAndAnUnknownHashIsNotCached() {
    HttpResponse<byte[]> plain = get("/css/privacy.css", false);
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");

    HttpResponse<byte[]> unknown = get("/css/privacy-0123456789abcdef0123456789abcdef.css", false);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Cache-Control").orElseThrow())
        .contains("no-store")
        .doesNotContain("immutable");
  }

  @Test
  void theBannerScriptStaysAtItsAddressWithAShortCache() {
    HttpResponse<byte[]> banner = get("/public/cookies/banner.js", true);
    assertThat(banner.statusCode()).isEqualTo(200);
    assertThat(banner.headers().firstValue("Cache-Control").orElseThrow())
        .contains("max-age=300")
        .doesNotContain("immutable");
    assertThat(banner.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void thereIsAFavicon() {
    HttpResponse<byte[]> ico = get("/favicon.ico", false);
    assertThat(ico.statusCode()).isEqualTo(200);
    assertThat(ico.headers().firstValue("Content-Type").orElseThrow()).contains("icon");
    assertThat(ico.body()).startsWith(0, 0, 1, 0);

    HttpResponse<byte[]> svg = get("/favicon.svg", false);
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
  }

  private HttpResponse<byte[]> get(String path, boolean gzip) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    try {
      return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String first(Pattern pattern, String html) {
    Matcher matcher = pattern.matcher(html);
    assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
    return matcher.group(1);
  }

  private static String gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
