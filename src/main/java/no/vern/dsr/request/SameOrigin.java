package no.vern.dsr.request;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * The public request page's guard against cross-site posts (a copy of the preference page's rule):
 * the page has no session or cookie, so a CSRF token would add nothing, but another site must not
 * file requests or try codes in a person's name. A post whose {@code Origin}, or else {@code
 * Referer}, names another origin than Vern's base URL or the request's own host is refused; one
 * with neither header (old browsers, privacy extensions) is accepted.
 */
final class SameOrigin {

  private SameOrigin() {}

  static boolean allowed(HttpServletRequest request, String baseUrl) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      String referer = request.getHeader("Referer");
      if (referer == null || referer.isBlank()) {
        return true;
      }
      origin = originOf(referer);
    }
    String claimed = originOf(origin);
    return claimed.equals(originOf(baseUrl)) || claimed.equals(ownOrigin(request));
  }

  private static String ownOrigin(HttpServletRequest request) {
    String host = request.getHeader("Host");
    return host == null
        ? ""
        : request.getScheme().toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT);
  }

  /** {@code scheme://host[:port]}; "" for anything unparsable (such as {@code Origin: null}). */
  static String originOf(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "";
      }
      String origin =
          uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
      return uri.getPort() == -1 ? origin : origin + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
