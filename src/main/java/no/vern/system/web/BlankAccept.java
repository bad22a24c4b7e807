package no.vern.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;

/**
 * An {@code Accept} header with an empty value, read as no {@code Accept} header: Boot's Prometheus
 * endpoint found no format for it and failed with a NullPointerException, a 500.
 */
final class BlankAccept extends HttpServletRequestWrapper {

  private static final String ACCEPT = "Accept";

  private BlankAccept(HttpServletRequest request) {
    super(request);
  }

  static HttpServletRequest hidden(HttpServletRequest request) {
    String accept = request.getHeader(ACCEPT);
    return accept != null && accept.isBlank() ? new BlankAccept(request) : request;
  }

  @Override
  public String getHeader(String name) {
    return ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    return ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    var names = Collections.list(super.getHeaderNames());
    names.removeIf(ACCEPT::equalsIgnoreCase);
    return Collections.enumeration(names);
  }
}
