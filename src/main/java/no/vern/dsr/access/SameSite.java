package no.vern.dsr.access;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses posts from other sites to the public answer pages: a forged post would use up a person's
 * download link or act in their self-service session. A post whose {@code Origin} (else {@code
 * Referer}) names another origin than the base URL or the request's own host is refused; one with
 * neither header is let through, since the token or the session cookie (SameSite=Strict) is the
 * authority.
 */
public final class SameSite {

  private SameSite() {}

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
    String host = request.getHeader("Host");
    String own =
        host == null
            ? ""
            : request.getScheme().toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT);
    return !claimed.isEmpty() && (claimed.equals(originOf(baseUrl)) || claimed.equals(own));
  }

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
