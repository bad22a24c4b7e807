package no.vern.intake;

import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** Problems of the public forms. Described in docs/errors.md; a published type never changes. */
public enum IntakeProblem implements ProblemType {
  SENSITIVE_DATA_REFUSED(HttpStatus.BAD_REQUEST, "Sensitive data not accepted"),
  BELOW_MINIMUM_AGE(HttpStatus.BAD_REQUEST, "Below the minimum age"),
  ORIGIN_NOT_ALLOWED(HttpStatus.FORBIDDEN, "Origin not allowed");

  private final HttpStatus status;
  private final String title;

  IntakeProblem(HttpStatus status, String title) {
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
