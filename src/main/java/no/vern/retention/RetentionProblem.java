package no.vern.retention;

import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** Problems of retention. Described in docs/errors.md; a published type never changes. */
public enum RetentionProblem implements ProblemType {
  /** A legal hold covers what was to be erased; the detail names the hold. */
  LEGAL_HOLD(HttpStatus.CONFLICT, "Held by a legal hold"),
  /** Another sweep holds the lease; its evidence follows when it finishes. */
  SWEEP_RUNNING(HttpStatus.CONFLICT, "A sweep is running");

  private final HttpStatus status;
  private final String title;

  RetentionProblem(HttpStatus status, String title) {
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
