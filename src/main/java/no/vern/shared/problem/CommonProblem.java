package no.vern.shared.problem;

import org.springframework.http.HttpStatus;

/** The problems any endpoint may answer with: HTTP's own cases and validation. */
public enum CommonProblem implements ProblemType {
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
  INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

  private final HttpStatus status;
  private final String title;

  CommonProblem(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  @Override
  public HttpStatus status() {
    return status;
  }

  @Override
  public String title() {
    return title;
  }
}
