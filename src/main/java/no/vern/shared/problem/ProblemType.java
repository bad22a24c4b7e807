package no.vern.shared.problem;

import org.springframework.http.HttpStatus;

/**
 * The stable problem types of Vern's API (RFC 9457). The {@code type} URI never changes once
 * published, so clients may branch on it; docs/errors.md describes each.
 */
public enum ProblemType {
  VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Invalid request"),
  MALFORMED_BODY(HttpStatus.BAD_REQUEST, "Malformed request body"),
  INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "Invalid parameter"),
  UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required"),
  FORBIDDEN(HttpStatus.FORBIDDEN, "Not allowed"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
  CONFLICT(HttpStatus.CONFLICT, "Conflict"),
  BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
  UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type"),
  UNPROCESSABLE(HttpStatus.UNPROCESSABLE_CONTENT, "Cannot be processed"),
  RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
  INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
  SENSITIVE_DATA_REFUSED(HttpStatus.BAD_REQUEST, "Sensitive data not accepted"),
  BELOW_MINIMUM_AGE(HttpStatus.BAD_REQUEST, "Below the minimum age"),
  ORIGIN_NOT_ALLOWED(HttpStatus.FORBIDDEN, "Origin not allowed"),
  SUPPRESSED(HttpStatus.CONFLICT, "Address unsubscribed");

  private final HttpStatus status;
  private final String title;

  ProblemType(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String uri() {
    return "urn:vern:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
