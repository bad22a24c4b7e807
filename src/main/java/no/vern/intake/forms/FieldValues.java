package no.vern.intake.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.vern.inventory.Form;
import no.vern.inventory.FormField;
import no.vern.inventory.FormOption;
import no.vern.shared.identifier.IdentifierType;

/**
 * Reads one submitted value as its field's type: the value to store, or null with the problem
 * added. An empty value is an absent one, since a form post cannot tell them apart. Identifiers are
 * checked with the shared identifier rules, the same the API and the imports use.
 */
final class FieldValues {

  private static final Set<String> CHECKED = Set.of("true", "on", "yes", "1");
  private static final Set<String> UNCHECKED = Set.of("false", "off", "no", "0");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}([.,]\\d{1,10})?");

  /** Nobody alive was born this long ago; an earlier date is a typing error. */
  private static final int OLDEST_AGE = 130;

  private FieldValues() {}

  static Object read(FormField field, Object raw, LocalDate today, List<FieldProblem> problems) {
    String path = "fields." + field.name();
    if (field.type() == FormField.Type.CHECKBOX) {
      return checkbox(field, raw, path, problems);
    }
    String text = raw == null ? "" : String.valueOf(raw).strip();
    if (text.isEmpty()) {
      if (field.mandatory()) {
        problems.add(FieldProblem.of(path, "required", "intake.form.field.required"));
      }
      return null;
    }
    int max = field.effectiveMaxLength();
    if (max > 0 && text.codePointCount(0, text.length()) > max) {
      problems.add(FieldProblem.of(path, "length", "intake.form.field.length", max));
      return null;
    }
    return switch (field.type()) {
      case EMAIL -> identifier(IdentifierType.EMAIL, text, path, "email", problems);
      case PHONE -> identifier(IdentifierType.PHONE, text, path, "phone", problems);
      case TEXT, TEXTAREA -> text;
      case DATE -> date(field, text, today, path, problems);
      case NUMBER -> number(text, path, problems);
      case CHOICE -> choice(field, text, path, problems);
      case CHECKBOX -> throw new IllegalStateException("handled above");
    };
  }

  private static String identifier(
      IdentifierType type, String text, String path, String kind, List<FieldProblem> problems) {
    var reasons = type.normalise(text).reasons();
    if (reasons.isEmpty()) {
      return text;
    }
    problems.add(FieldProblem.of(path, reasons.get(0).code(), "intake.form.field.format." + kind));
    return null;
  }

  private static String date(
      FormField field, String text, LocalDate today, String path, List<FieldProblem> problems) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of(path, "format", "intake.form.field.format.date"));
      return null;
    }
    boolean birthDate = Form.BIRTH_DATE_FIELD.equals(field.name());
    if (birthDate && (date.isAfter(today) || date.isBefore(today.minusYears(OLDEST_AGE)))) {
      problems.add(FieldProblem.of(path, "birth-date", "intake.form.field.birthDate"));
      return null;
    }
    return date.toString();
  }

  private static BigDecimal number(String text, String path, List<FieldProblem> problems) {
    if (!NUMBER.matcher(text).matches()) {
      problems.add(FieldProblem.of(path, "format", "intake.form.field.format.number"));
      return null;
    }
    return new BigDecimal(text.replace(',', '.'));
  }

  private static String choice(
      FormField field, String text, String path, List<FieldProblem> problems) {
    if (field.options().stream().map(FormOption::value).noneMatch(text::equals)) {
      problems.add(FieldProblem.of(path, "choice", "intake.form.field.choice"));
      return null;
    }
    return text;
  }

  private static Boolean checkbox(
      FormField field, Object raw, String path, List<FieldProblem> problems) {
    String text = raw == null ? "" : String.valueOf(raw).strip().toLowerCase(Locale.ROOT);
    boolean checked = CHECKED.contains(text);
    if (!checked && !text.isEmpty() && !UNCHECKED.contains(text)) {
      problems.add(FieldProblem.of(path, "format", "intake.form.field.format.checkbox"));
      return null;
    }
    if (!checked && field.mandatory()) {
      problems.add(FieldProblem.of(path, "required", "intake.form.field.checked"));
      return null;
    }
    return checked;
  }
}
