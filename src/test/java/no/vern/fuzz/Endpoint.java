package no.vern.fuzz;

import java.util.List;

/**
 * One operation to fuzz: method, path template ({@code {id}} and the like), the parameters it
 * reads, the kind of body and, for JSON, a template whose slots the generator fills ({@code
 * {{s:text}}} a string, {@code {{d:2025-01-15T10:00:00Z}}} a date, {@code {{n:1}}} a number,
 * {@code @C} the run's canary).
 */
public record Endpoint(
    String method,
    String path,
    Body body,
    List<String> parameters,
    String template,
    boolean sharedSafe) {

  public enum Body {
    NONE,
    JSON,
    FORM,
    CSV,
    MULTIPART,
    YAML
  }

  public boolean api() {
    return path.startsWith("/api/") || path.startsWith("/actuator");
  }

  static Endpoint get(String path, String... parameters) {
    return new Endpoint("GET", path, Body.NONE, List.of(parameters), "", true);
  }

  static Endpoint post(String path, Body body, String template, String... parameters) {
    return new Endpoint("POST", path, body, List.of(parameters), template, true);
  }

  /** Not in the shared test context: a valid call would change what other tests rely on. */
  Endpoint ownVernOnly() {
    return new Endpoint(method, path, body, parameters, template, false);
  }
}
