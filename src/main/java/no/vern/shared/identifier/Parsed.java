package no.vern.shared.identifier;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of parsing an identifier: the normalised value, or the reasons it was refused.
 * Parsing returns this instead of throwing because intake reports every wrong field at once.
 */
public sealed interface Parsed<T> permits Parsed.Valid, Parsed.Invalid {

  /** Input that parsed; {@code value} is the identifier in its normalised form. */
  record Valid<T>(T value) implements Parsed<T> {}

  /** Input that did not parse; never empty. */
  record Invalid<T>(List<Reason> reasons) implements Parsed<T> {
    public Invalid {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("An invalid result needs at least one reason");
      }
    }
  }

  static <T> Parsed<T> valid(T value) {
    return new Valid<>(value);
  }

  static <T> Parsed<T> invalid(List<Reason> reasons) {
    return new Invalid<>(reasons);
  }

  static <T> Parsed<T> invalid(Reason reason) {
    return new Invalid<>(List.of(reason));
  }

  default boolean isValid() {
    return this instanceof Valid;
  }

  /** The reasons it was refused; empty when valid. */
  default List<Reason> reasons() {
    return List.of();
  }

  default Optional<T> toOptional() {
    return this instanceof Valid<T> valid ? Optional.of(valid.value()) : Optional.empty();
  }

  default <U> Parsed<U> map(Function<? super T, ? extends U> mapper) {
    return this instanceof Valid<T> valid ? valid(mapper.apply(valid.value())) : invalid(reasons());
  }

  /** For callers that have already validated, e.g. values read back from storage. */
  default T orElseThrow() {
    if (this instanceof Valid<T> valid) {
      return valid.value();
    }
    throw new InvalidIdentifierException(reasons());
  }
}
