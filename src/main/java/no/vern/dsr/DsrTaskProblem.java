package no.vern.dsr;

import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Problems of the tasks for connected systems and the Art. 19 notices. Described in docs/errors.md;
 * a type never changes.
 */
public enum DsrTaskProblem implements ProblemType {
  TASKS_OPEN(HttpStatus.CONFLICT, "Tasks of the request are still open"),
  TASK_NOT_FOUND(HttpStatus.NOT_FOUND, "No such task"),
  TASK_STATE_CONFLICT(HttpStatus.CONFLICT, "Not possible in the task's state"),
  TASK_CALLBACK_REFUSED(HttpStatus.UNAUTHORIZED, "Callback refused");

  private final HttpStatus status;
  private final String title;

  DsrTaskProblem(HttpStatus status, String title) {
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
