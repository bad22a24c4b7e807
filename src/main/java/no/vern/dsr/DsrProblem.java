package no.vern.dsr;

import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** Problems of requests from data subjects. Described in docs/errors.md; a type never changes. */
public enum DsrProblem implements ProblemType {
  REQUEST_NOT_FOUND(HttpStatus.NOT_FOUND, "No such request"),
  REQUEST_STATE_CONFLICT(HttpStatus.CONFLICT, "Not possible in the request's state"),
  EXTENSION_REFUSED(HttpStatus.CONFLICT, "Extension refused");

  private final HttpStatus status;
  private final String title;

  DsrProblem(HttpStatus status, String title) {
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
