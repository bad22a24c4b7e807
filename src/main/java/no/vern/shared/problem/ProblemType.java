package no.vern.shared.problem;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * A stable problem type of Vern's API (RFC 9457). The generic ones are {@link CommonProblem}; a
 * module with problems of its own declares them as an enum implementing this interface (for example
 * {@code IntakeProblem}). The {@code type} URI never changes once published, so clients may branch
 * on it; docs/errors.md describes each, and a test keeps that list and the code in step.
 */
public interface ProblemType {

  HttpStatus status();

  String title();

  /** The constant's name; the URI is made from it. */
  String name();

  default String uri() {
    return "urn:vern:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
