package no.vern.shared.problem;

import java.util.List;

/**
 * Thrown by API code to answer with a problem: a type, a detail that tells the caller what to fix,
 * and for validation the individual field errors.
 */
public class ApiProblem extends RuntimeException {

  private final ProblemType type;
  private final transient List<FieldError> errors;

  public ApiProblem(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ApiProblem(ProblemType type, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
