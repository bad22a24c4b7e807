package no.vern.cookie.scan;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pages a scan may visit: absolute http or https addresses with a host. Anything else (file:,
 * javascript:, data:, chrome:) could make the browser read the server's own files or run code, so
 * it is refused before a browser starts.
 */
public final class ScanUrls {

  /** More pages make a scan that holds a browser for minutes; scan a site in parts instead. */
  public static final int MAX = 20;

  private ScanUrls() {}

  /** The addresses, or an exception naming the first that is not allowed. */
  public static List<URI> parse(List<String> given) {
    if (given.isEmpty()) {
      throw new InvalidScanUrl("Name at least one page to scan (an http or https address).");
    }
    if (given.size() > MAX) {
      throw new InvalidScanUrl("Scan at most " + MAX + " pages at once.");
    }
    List<URI> urls = new ArrayList<>();
    for (String text : given) {
      urls.add(one(text.strip()));
    }
    return urls;
  }

  private static URI one(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new InvalidScanUrl("'" + shorten(text) + "' is not an address.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidScanUrl(
          "'"
              + shorten(text)
              + "' is not an http or https address; only web pages can be scanned.");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new InvalidScanUrl("'" + shorten(text) + "' has no host name.");
    }
    return uri;
  }

  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  /** A page that may not be scanned; the message says what to fix. */
  public static final class InvalidScanUrl extends IllegalArgumentException {
    public InvalidScanUrl(String message) {
      super(message);
    }
  }
}
