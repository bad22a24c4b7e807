package no.vern.breach;

import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** Problems of the breach register. Described in docs/errors.md; a type never changes. */
public enum BreachProblem implements ProblemType {
  /** Art. 33(1): a notification after the 72 hours must be accompanied by reasons for the delay. */
  DELAY_REASONS_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT, "Reasons for the delay required"),
  /** Art. 34 notices go out only for a breach assessed as a high risk to the people affected. */
  RISK_NOT_HIGH(HttpStatus.CONFLICT, "The risk is not assessed as high");

  private final HttpStatus status;
  private final String title;

  BreachProblem(HttpStatus status, String title) {
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
