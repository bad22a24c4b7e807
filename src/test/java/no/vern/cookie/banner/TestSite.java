package no.vern.cookie.banner;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Another organisation's website on a port of its own (another origin than Vern's), embedding the
 * banner. Its statistics script sets {@code _ae_id}, its preferences script sets {@code
 * brattli_lang} (both declared in the example inventory) and it embeds a marketing iframe whose
 * page sets {@code ad_seen}, the one cookie the site sets without declaring it (for the scanner).
 * Each marked script counts its runs in the page, so a test sees whether, and how often, it ran.
 */
final class TestSite {

  /** An iframe size the placeholder must keep exactly. */
  static final int FRAME_WIDTH = 320;

  static final int FRAME_HEIGHT = 120;

  /** Counts layout shifts from the first paint on (buffered), as Chromium reports them. */
  private static final String CLS =
      """
      <script>
        window.cls = 0;
        new PerformanceObserver(function (list) {
          list.getEntries().forEach(function (e) { if (!e.hadRecentInput) window.cls += e.value; });
        }).observe({ type: "layout-shift", buffered: true });
      </script>
      """;

  /** Notes the time of DOMContentLoaded and of the banner's (or the baseline's) appearance. */
  private static final String TIMING =
      """
      <script>
        document.addEventListener("DOMContentLoaded", function () { window.dcl = performance.now(); });
        new MutationObserver(function (changes, observer) {
          if (document.querySelector(".vern-cc-root, .baseline-shown")) {
            window.shown = performance.now();
            observer.disconnect();
          }
        }).observe(document.documentElement, { childList: true, subtree: true });
      </script>
      """;

  private final HttpServer server;
  private volatile int vernPort;

  TestSite() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> route(exchange));
    server.start();
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void vernPort(int port) {
    vernPort = port;
  }

  void stop() {
    server.stop(0);
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    switch (path) {
      case "/", "/index.html" -> send(exchange, "text/html", page(this::article));
      case "/baseline.html" -> send(exchange, "text/html", baseline());
      case "/advanced.html" -> send(exchange, "text/html", advanced());
      case "/ae.js" ->
          send(
              exchange,
              "text/javascript",
              "window.aeRuns = (window.aeRuns || 0) + 1;\n"
                  + "window.aeSawConsent = JSON.stringify((window.dataLayer || [])"
                  + ".map(function (a) { return Array.from(a); }));\n"
                  + "document.cookie = '_ae_id=AE.' + Date.now() + '; path=/; max-age=34128000';\n");
      case "/ad.html" ->
          send(
              exchange,
              "text/html",
              "<!DOCTYPE html><html lang=\"en\"><title>Ad</title><p>Advertisement</p>"
                  + "<script>document.cookie = 'ad_seen=1; path=/; max-age=2592000';</script>"
                  + "</html>");
      default -> {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
      }
    }
  }

  private String page(IntFunction<String> body) {
    return """
        <!DOCTYPE html>
        <html lang="nb"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Brattli Kreditt</title>
        %s%s
        <script src="http://localhost:%d/public/cookies/banner.js" data-lang="nb" defer></script>
        </head><body>%s</body></html>
        """
        .formatted(CLS, TIMING, vernPort, body.apply(vernPort));
  }

  private String article(int port) {
    return """
        <h1>Brattli Kreditt</h1>
        <p>Vi hjelper bedrifter med fakturaer som ikke blir betalt.</p>
        <p><a href="#" data-vern-cookie-settings>Innstillinger for informasjonskapsler</a></p>
        <iframe data-vern-src="/ad.html" data-vern-category="marketing" title="Annonse"
            width="%d" height="%d"></iframe>
        <p>Teksten under rammen skal ikke flytte seg.</p>
        <script type="text/plain" data-vern-category="statistics" src="/ae.js"></script>
        <script type="text/plain" data-vern-category="preferences">
          window.prefRuns = (window.prefRuns || 0) + 1;
          document.cookie = "brattli_lang=nb; path=/; max-age=3600";
        </script>
        """
        .formatted(FRAME_WIDTH, FRAME_HEIGHT);
  }

  /**
   * Consent Mode's advanced set-up: the banner's tag without {@code defer} and with {@code
   * data-consent-mode="google"}, then an unmarked script of the page that notes what Google's tag
   * would find in {@code dataLayer} when it runs.
   */
  private String advanced() {
    return """
        <!DOCTYPE html>
        <html lang="nb"><head><meta charset="utf-8"><title>Brattli Kreditt</title>
        <script src="http://localhost:%d/public/cookies/banner.js" data-lang="nb"
            data-consent-mode="google"></script>
        <script>
          window.seenByTheNextScript = JSON.stringify((window.dataLayer || [])
              .map(function (a) { return Array.from(a); }));
        </script>
        </head><body><h1>Brattli Kreditt</h1></body></html>
        """
        .formatted(vernPort);
  }

  /** The same page without the banner: a trivial element shown at DOMContentLoaded instead. */
  private String baseline() {
    return page(port -> article(port))
        .replaceFirst(
            "<script src=\"http://localhost:\\d+/public/cookies/banner.js\" data-lang=\"nb\""
                + " defer></script>",
            "<script>document.addEventListener('DOMContentLoaded', function () {"
                + " var d = document.createElement('div'); d.className = 'baseline-shown';"
                + " d.textContent = 'Baseline'; document.body.appendChild(d); });</script>");
  }

  private static void send(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
