package no.vern.intake.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person sent, read the same way from JSON ({@code {"fields": {...}, "lang": "en",
 * "website": ""}}) and from an ordinary form post (every parameter a field, except {@code lang} and
 * the honeypot {@code website}). Values are still untyped; {@code problems} holds what was wrong
 * with the shape itself, reported together with the field errors.
 */
record FormSubmission(
    Map<String, Object> fields,
    String lang,
    String honeypot,
    List<FieldProblem> problems,
    String consentId) {

  /** The trap for robots: a field people never see, so never fill in. */
  static final String HONEYPOT = "website";

  static final String LANG = "lang";

  /**
   * The id of the visitor's cookie choice on the same site (the {@code vern_consent} cookie, read
   * by embed.js), so the choice can be linked to the person (docs/cookies.md). Optional.
   */
  static final String CONSENT_ID = "consentId";

  boolean honeypotFilled() {
    return honeypot != null && !honeypot.isBlank();
  }

  static FormSubmission fromJson(Map<String, Object> body) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> fields = new LinkedHashMap<>();
    String lang = null;
    String honeypot = null;
    String consentId = null;
    for (Map.Entry<String, Object> entry : body.entrySet()) {
      Object value = entry.getValue();
      switch (entry.getKey()) {
        case LANG -> lang = value instanceof String s ? s : null;
        case CONSENT_ID -> consentId = value instanceof String s ? s : null;
        case HONEYPOT -> honeypot = value == null ? null : String.valueOf(value);
        case "fields" -> {
          if (value instanceof Map<?, ?> map) {
            map.forEach((name, v) -> put(fields, String.valueOf(name), v, problems));
          } else if (value != null) {
            problems.add(FieldProblem.of("fields", "format", "intake.form.field.fields"));
          }
        }
        default ->
            problems.add(FieldProblem.of(entry.getKey(), "unknown", "intake.form.field.unknown"));
      }
    }
    return new FormSubmission(fields, lang, honeypot, problems, consentId);
  }

  static FormSubmission fromParameters(Map<String, String[]> parameters, List<String> files) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> fields = new LinkedHashMap<>();
    String lang = first(parameters.get(LANG));
    String honeypot = first(parameters.get(HONEYPOT));
    String consentId = first(parameters.get(CONSENT_ID));
    parameters.forEach(
        (name, values) -> {
          if (name.equals(LANG) || name.equals(HONEYPOT) || name.equals(CONSENT_ID)) {
            return;
          }
          if (values.length > 1) {
            problems.add(FieldProblem.of("fields." + name, "single", "intake.form.field.single"));
          } else {
            fields.put(name, values.length == 0 ? null : values[0]);
          }
        });
    files.forEach(
        name -> problems.add(FieldProblem.of("fields." + name, "file", "intake.form.field.file")));
    return new FormSubmission(fields, lang, honeypot, problems, consentId);
  }

  private static void put(
      Map<String, Object> fields, String name, Object value, List<FieldProblem> problems) {
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      problems.add(FieldProblem.of("fields." + name, "single", "intake.form.field.single"));
    } else {
      fields.put(name, value);
    }
  }

  private static String first(String[] values) {
    return values == null || values.length == 0 ? null : values[0];
  }

  /** Holds what a person wrote, field names included (they may be anything): never printed. */
  @Override
  public String toString() {
    return "FormSubmission[lang=" + lang + ", ***]";
  }
}
