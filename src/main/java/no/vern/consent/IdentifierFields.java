package no.vern.consent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.identifier.Reason;
import no.vern.shared.problem.FieldError;
import no.vern.subject.Identifier;

/** Identifiers from API input, checked with every reason reported and no value repeated. */
final class IdentifierFields {

  static final String KNOWN_TYPES =
      Arrays.stream(IdentifierType.values())
          .map(IdentifierType::code)
          .collect(Collectors.joining(", "));

  private IdentifierFields() {}

  /** {@code type:value}, split at the first colon, as in the decisions API. */
  static Optional<Identifier> parse(String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, "required", "Give the identifier as <type>:<value>."));
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      errors.add(new FieldError(field, "format", "Write <type>:<value>, e.g. email:<address>."));
      return Optional.empty();
    }
    return of(text.substring(0, colon), text.substring(colon + 1), field, errors);
  }

  static Optional<Identifier> of(String type, String value, String field, List<FieldError> errors) {
    Optional<IdentifierType> known = IdentifierType.fromCode(type == null ? "" : type.strip());
    if (known.isEmpty()) {
      errors.add(
          new FieldError(
              field, "unknown-type", "Not an identifier type; use " + KNOWN_TYPES + "."));
      return Optional.empty();
    }
    List<Reason> reasons = known.get().normalise(value).reasons();
    reasons.forEach(r -> errors.add(new FieldError(field, r.code(), r.message())));
    return reasons.isEmpty() ? Optional.of(new Identifier(known.get(), value)) : Optional.empty();
  }
}
