package no.vern.newsletter;

import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** Problems of the newsletters. Described in docs/errors.md; a published type never changes. */
public enum NewsletterProblem implements ProblemType {
  SUPPRESSED(HttpStatus.CONFLICT, "Address unsubscribed");

  private final HttpStatus status;
  private final String title;

  NewsletterProblem(HttpStatus status, String title) {
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
