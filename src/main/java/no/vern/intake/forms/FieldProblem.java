package no.vern.intake.forms;

import java.util.List;

/**
 * One thing wrong with a submitted field, before it is put into words: {@code field} is the path
 * ({@code fields.email}), {@code code} the stable code of the answer, {@code messageKey} the text
 * in the {@code intake} bundle and {@code args} its arguments (never a submitted value).
 */
record FieldProblem(String field, String code, String messageKey, List<Object> args) {

  static FieldProblem of(String field, String code, String messageKey, Object... args) {
    return new FieldProblem(field, code, messageKey, List.of(args));
  }
}
