package no.vern.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import no.vern.shared.web.RequestFilter;
import org.springframework.http.HttpHeaders;

/**
 * Builds the {@code Location} of every redirect from Vern's base URL ({@code VERN_BASE_URL}), never
 * from the request's {@code Host} header, which the client chooses: Tomcat turns a relative
 * redirect into an absolute one with the request's host, and Spring Security saves the page asked
 * for before sign-in as an absolute URL with it, so a forged {@code Host} used to come back in
 * {@code Location} (finding 6 of issue 10: a cache or a careless proxy could hand that to others).
 *
 * <p>With {@code VERN_FORWARD_HEADERS=native}, a request that came through a trusted proxy
 * (Tomcat's remote-IP valve, which only believes the addresses it trusts, marks it as forwarded) is
 * answered with the proxy's {@code X-Forwarded-*} scheme and host instead; any other request still
 * gets the base URL. Redirects to another site (none today) and relative {@code Location} headers
 * of 201 answers (which name no host) are left as they are.
 */
final class BaseUrlRedirects extends RequestFilter {

  /** Set by Tomcat's RemoteIpValve when a trusted proxy forwarded the request. */
  static final String FORWARDED = "org.apache.tomcat.request.forwarded";

  private final String baseUrl;
  private final boolean forwardedHeaders;

  BaseUrlRedirects(String baseUrl, boolean forwardedHeaders) {
    this.baseUrl = baseUrl;
    this.forwardedHeaders = forwardedHeaders;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new Rebased(request, response));
  }

  /** The absolute URL a redirect to {@code location} must name. */
  String resolve(HttpServletRequest request, String location) {
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException unparsable) {
      return location; // Tomcat refuses or encodes it; nothing of the Host is in it
    }
    if (uri.isAbsolute()) {
      return sameOrigin(uri, request) ? origin(request) + pathAndQuery(uri) : location;
    }
    if (location.startsWith("//")) {
      return location; // another host, named on purpose
    }
    URI here = URI.create("http://vern.invalid").resolve(escapedPath(request));
    return origin(request) + pathAndQuery(here.resolve(uri));
  }

  private String origin(HttpServletRequest request) {
    if (forwardedHeaders && Boolean.TRUE.equals(request.getAttribute(FORWARDED))) {
      return request.getScheme().toLowerCase(Locale.ROOT)
          + "://"
          + request.getServerName()
          + (isDefaultPort(request.getScheme(), request.getServerPort())
              ? ""
              : ":" + request.getServerPort());
    }
    return baseUrl;
  }

  /** Whether {@code uri} names the host the request was sent to (as its Host header says). */
  private static boolean sameOrigin(URI uri, HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = uri.getPort() < 0 ? defaultPort(uri.getScheme()) : uri.getPort();
    return scheme.equalsIgnoreCase(uri.getScheme())
        && request.getServerName().equalsIgnoreCase(uri.getHost())
        && port == request.getServerPort();
  }

  private static String escapedPath(HttpServletRequest request) {
    String path = request.getRequestURI(); // as sent, still percent-encoded
    return path == null || !path.startsWith("/") ? "/" : path;
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
    return path + query + fragment;
  }

  private static boolean isDefaultPort(String scheme, int port) {
    return port == defaultPort(scheme);
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }

  private final class Rebased extends HttpServletResponseWrapper {
    private final HttpServletRequest request;

    Rebased(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(resolve(request, location));
    }

    @Override
    public void sendRedirect(String location, int sc) throws IOException {
      super.sendRedirect(resolve(request, location), sc);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
      super.sendRedirect(resolve(request, location), clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
      super.sendRedirect(resolve(request, location), sc, clearBuffer);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, absoluteLocation(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, absoluteLocation(name, value));
    }

    /** A Location set by hand is rebased only when it is absolute and carries the Host. */
    private String absoluteLocation(String name, String value) {
      if (value == null || !HttpHeaders.LOCATION.equalsIgnoreCase(name)) {
        return value;
      }
      try {
        URI uri = new URI(value);
        return uri.isAbsolute() ? resolve(request, value) : value;
      } catch (URISyntaxException unparsable) {
        return value;
      }
    }
  }
}
