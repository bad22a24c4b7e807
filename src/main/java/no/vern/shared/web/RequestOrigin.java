package no.vern.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Where a cross-site post to a public endpoint comes from, for the filters that let only allowed
 * sites post (public forms, the cookie banner's choices).
 */
public final class RequestOrigin {

  private RequestOrigin() {}

  /**
   * The origin of the page that sent the request: its {@code Origin} header, or its {@code
   * Referer}'s origin; {@code "null"} for a referer that names none; {@code null} with neither.
   */
  public static @Nullable String sender(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin != null) {
      return origin;
    }
    String referer = request.getHeader(HttpHeaders.REFERER);
    if (referer == null) {
      return null;
    }
    try {
      URI uri = URI.create(referer);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "null";
      }
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException unreadable) {
      return "null";
    }
  }

  /** Whether {@code origin} is the request's own scheme, host and port (Vern's own pages). */
  public static boolean isOwn(String origin, HttpServletRequest request) {
    try {
      URI uri = URI.create(origin);
      String scheme = request.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equalsIgnoreCase(uri.getScheme())
          && request.getServerName().equalsIgnoreCase(uri.getHost())
          && port(scheme, request.getServerPort()) == port(uri.getScheme(), uri.getPort());
    } catch (IllegalArgumentException | NullPointerException unreadable) {
      return false;
    }
  }

  private static int port(String scheme, int port) {
    if (port >= 0) {
      return port;
    }
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
