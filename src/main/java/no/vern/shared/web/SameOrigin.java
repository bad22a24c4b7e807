package no.vern.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * The public pages' guard against cross-site posts (the preference page, {@code /rights}, the
 * download and self-service pages). They have no login session whose CSRF token would help: a token
 * in the path, a mailed code or a SameSite=Strict cookie is the authority, but another site must
 * not post in a person's name. A post whose {@code Origin}, or else {@code Referer}, names another
 * origin than Vern's base URL or the request's own host is refused. A post with neither header (old
 * browsers, privacy extensions) is accepted, since a forging site would still need the token, code
 * or cookie.
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static boolean allowed(HttpServletRequest request, String baseUrl) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      String referer = request.getHeader("Referer");
      if (referer == null || referer.isBlank()) {
        return true;
      }
      origin = referer;
    }
    String claimed = originOf(origin);
    return !claimed.isEmpty()
        && (claimed.equals(originOf(baseUrl)) || claimed.equals(ownOrigin(request)));
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
