package no.vern.cookie.scan;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Two origins on loopback for the scanner's tests: the site at {@code http://127.0.0.1:<a>} and a
 * third party at {@code http://localhost:<b>}. Two ports alone are not two cookie domains (cookies
 * ignore the port), so the third party also has its own host name.
 *
 * <p>The site's {@code /} sets a declared necessary session cookie {@code sid} and an undeclared
 * {@code _undeclared} (30 days), embeds an iframe of the third party, which sets {@code _tp} (2
 * hours), and shows a banner marked as Vern's: "Reject all" keeps only {@code vern_consent},
 * "Accept all" also sets the statistics cookie {@code _stats} and the storage key {@code
 * _stats_store}. {@code /plain} has a banner with words only ("Avvis alle", "Godta alle"); {@code
 * /missing} answers 404.
 */
final class TestSite implements AutoCloseable {

  private final HttpServer site;
  private final HttpServer third;

  TestSite() throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    third = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    site = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    third.createContext("/frame", this::frame);
    site.createContext("/", this::page);
    third.start();
    site.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + site.getAddress().getPort() + path;
  }

  String thirdPartyUrl(String path) {
    return "http://localhost:" + third.getAddress().getPort() + path;
  }

  private void page(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/missing")) {
      send(exchange, 404, "<!doctype html><title>Not found</title><p>Not found</p>", List.of());
      return;
    }
    if (path.equals("/favicon.ico")) {
      send(exchange, 204, "", List.of());
      return;
    }
    boolean plain = path.equals("/plain");
    String reject =
        plain
            ? "<button id=r>Avvis alle</button>"
            : "<button data-vern-cc=\"rejectAll\">Reject all</button>";
    String accept =
        plain
            ? "<button id=a>Godta alle</button>"
            : "<button data-vern-cc=\"acceptAll\">Accept all</button>";
    String html =
        "<!doctype html><html><head><title>Test site</title></head><body>"
            + "<h1>Test site</h1>"
            + "<iframe src=\""
            + thirdPartyUrl("/frame")
            + "\" width=200 height=50></iframe>"
            + "<div id=banner>"
            + reject
            + accept
            + "</div><script>"
            + "const buttons = document.querySelectorAll('#banner button');"
            + "if (document.cookie.includes('vern_consent=')) document.getElementById('banner').remove();"
            + "buttons[0].onclick = () => { document.cookie = 'vern_consent=r; path=/; max-age=31536000';"
            + " document.getElementById('banner').remove(); };"
            + "buttons[1].onclick = () => { document.cookie = 'vern_consent=a; path=/; max-age=31536000';"
            + " document.cookie = '_stats=1; path=/; max-age=34214400';"
            + " localStorage.setItem('_stats_store', '1');"
            + " document.getElementById('banner').remove(); };"
            + "</script></body></html>";
    send(
        exchange,
        200,
        html,
        List.of(
            "sid=s1; Path=/; HttpOnly; SameSite=Lax", "_undeclared=u1; Path=/; Max-Age=2592000"));
  }

  private void frame(HttpExchange exchange) throws IOException {
    send(
        exchange,
        200,
        "<!doctype html><p>Ads</p>",
        List.of("_tp=t1; Path=/; Max-Age=7200; SameSite=None; Secure"));
  }

  private static void send(HttpExchange exchange, int status, String body, List<String> cookies)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    cookies.forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    site.stop(0);
    third.stop(0);
  }
}
