package no.vern.subject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.identifier.Reason;
import no.vern.shared.problem.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Identifiers from API input, in each of the shapes the API takes, with one field error code per
 * mistake wherever they come in: {@code required}, {@code unknown-type} and the identifier's own
 * reason codes ({@link Reason}). Every mistake is added to {@code errors}; messages never repeat a
 * value. The identifiers keep the value as given: the registry normalises it.
 */
public final class IdentifierInput {

  /** An identifier type that is not one of {@link IdentifierType}. */
  public static final String UNKNOWN_TYPE = "unknown-type";

  /** The type codes, for messages. */
  public static final String KNOWN_TYPES =
      Arrays.stream(IdentifierType.values())
          .map(IdentifierType::code)
          .collect(Collectors.joining(", "));

  private IdentifierInput() {}

  /** A type and a value given apart, the mistakes of both under {@code field}. */
  public static Optional<Identifier> of(
      @Nullable String type, @Nullable String value, String field, List<FieldError> errors) {
    return of(type, value, field, field, errors);
  }

  /** A type and a value given apart, each field's mistakes under its own name. */
  public static Optional<Identifier> of(
      @Nullable String type,
      @Nullable String value,
      String typeField,
      String valueField,
      List<FieldError> errors) {
    Optional<IdentifierType> known =
        type == null ? Optional.empty() : IdentifierType.fromCode(type.strip());
    if (known.isEmpty()) {
      errors.add(
          type == null || type.isBlank()
              ? new FieldError(
                  typeField, Reason.REQUIRED, "Name the identifier type: " + KNOWN_TYPES)
              : new FieldError(
                  typeField, UNKNOWN_TYPE, "Not an identifier type; use " + KNOWN_TYPES + "."));
      // A value given apart is checked as far as it can be without its type: present or not.
      if (!typeField.equals(valueField) && (value == null || value.isBlank())) {
        errors.add(new FieldError(valueField, Reason.REQUIRED, "Give the identifier's value."));
      }
      return Optional.empty();
    }
    List<Reason> reasons = known.get().normalise(value).reasons();
    reasons.forEach(r -> errors.add(new FieldError(valueField, r.code(), r.message())));
    // A null value always has a reason (required); the check is for the compiler's sake.
    return reasons.isEmpty() && value != null
        ? Optional.of(new Identifier(known.get(), value))
        : Optional.empty();
  }

  /** {@code type:value}, split at the first colon, as in the decisions API. */
  public static Optional<Identifier> typed(
      @Nullable String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, Reason.REQUIRED, "Give the identifier as <type>:<value>."));
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      errors.add(
          new FieldError(field, Reason.FORMAT, "Write <type>:<value>, e.g. email:<address>."));
      return Optional.empty();
    }
    return of(text.substring(0, colon), text.substring(colon + 1), field, errors);
  }

  /**
   * {@code {"email": "...", "phone": "..."}} under {@code field}: each type's mistakes under {@code
   * field.type}; a null value is an absent one, and at least one must be present.
   */
  public static List<Identifier> byType(
      @Nullable Map<String, @Nullable String> given, String field, List<FieldError> errors) {
    List<Identifier> result = new ArrayList<>();
    int present = 0;
    for (var entry :
        given == null ? Map.<String, @Nullable String>of().entrySet() : given.entrySet()) {
      if (entry.getValue() != null) {
        present++;
        of(entry.getKey(), entry.getValue(), field + "." + entry.getKey(), errors)
            .ifPresent(result::add);
      }
    }
    if (present == 0) {
      errors.add(
          new FieldError(
              field, Reason.REQUIRED, "Give at least one identifier: " + KNOWN_TYPES + "."));
    }
    return result;
  }
}
