package no.vern.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every answer carries. Spring Security writes them for answers that pass its
 * chains ({@code system.security.SecurityHeaders}, which takes its policy from here); the answers
 * made before or outside the chains (a refused parameter, a request the firewall rejects, Tomcat's
 * own errors) add them from here, so no answer goes out without them.
 */
public final class EveryAnswerHeaders {

  // No inline script or style anywhere: htmx and the CSS are served from 'self'.
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String HSTS = "max-age=31536000 ; includeSubDomains";

  private static final Map<String, String> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put("X-Content-Type-Options", "nosniff");
    HEADERS.put("X-XSS-Protection", "0");
    HEADERS.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    HEADERS.put("Pragma", "no-cache");
    HEADERS.put("Expires", "0");
    HEADERS.put("X-Frame-Options", "DENY");
    HEADERS.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    HEADERS.put("Referrer-Policy", "strict-origin-when-cross-origin");
  }

  private EveryAnswerHeaders() {}

  /**
   * Adds each header the answer does not have yet; HSTS only over TLS, and no cache headers on a
   * 304 or beside the answer's own Cache-Control, as Spring Security does.
   */
  public static void addMissing(HttpServletResponse response, boolean secure) {
    boolean notModified = response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED;
    // An answer that chose its own Cache-Control (a static file cached for a year, the banner's
    // five minutes) gets no Pragma or Expires contradicting it, as Spring Security does.
    boolean ownCaching = response.containsHeader("Cache-Control");
    HEADERS.forEach(
        (name, value) -> {
          boolean cache =
              name.equals("Cache-Control") || name.equals("Pragma") || name.equals("Expires");
          if (!response.containsHeader(name) && !(cache && (notModified || ownCaching))) {
            response.setHeader(name, value);
          }
        });
    if (secure && !response.containsHeader("Strict-Transport-Security")) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
  }
}
