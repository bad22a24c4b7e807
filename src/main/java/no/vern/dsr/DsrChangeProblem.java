package no.vern.dsr;

import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Problems of the changes a request makes (rectification, erasure, restriction, objection).
 * Described in docs/errors.md; a type never changes.
 */
public enum DsrChangeProblem implements ProblemType {
  RIGHT_NOT_REQUESTED(HttpStatus.CONFLICT, "The request does not ask for this right"),
  OBJECTION_NOT_APPLICABLE(HttpStatus.CONFLICT, "No objection under Art. 21(1) to this activity"),
  IDENTIFIER_TAKEN(HttpStatus.CONFLICT, "Another person holds this identifier");

  private final HttpStatus status;
  private final String title;

  DsrChangeProblem(HttpStatus status, String title) {
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
