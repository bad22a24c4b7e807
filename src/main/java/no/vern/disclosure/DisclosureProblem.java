package no.vern.disclosure;

import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** Problems of the disclosure register. Described in docs/errors.md; a type never changes. */
public enum DisclosureProblem implements ProblemType {
  /** Disclosures are checked against the inventory in force; without one nothing can be. */
  NO_ACTIVE_INVENTORY(HttpStatus.CONFLICT, "No inventory in force");

  private final HttpStatus status;
  private final String title;

  DisclosureProblem(HttpStatus status, String title) {
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
