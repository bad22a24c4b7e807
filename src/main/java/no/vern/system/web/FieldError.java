package no.vern.system.web;

import java.util.Locale;

/** One thing wrong with a request: where (a JSON path or parameter), a stable code, and why. */
public record FieldError(String field, String code, String message) {

  /** Bean Validation's constraint names, e.g. "NotBlank", become stable codes: "not-blank". */
  static String codeOf(String constraint) {
    if (constraint == null) {
      return "invalid";
    }
    return constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** "create.request.name" from a method-level violation becomes "name". */
  static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
