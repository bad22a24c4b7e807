package no.vern.subject;

import java.util.Objects;
import no.vern.shared.identifier.IdentifierType;

/**
 * An identifier as given (or, read back from the registry, in normalised form). The value is
 * personal data, so {@link #toString()} masks it.
 */
public record Identifier(IdentifierType type, String value) {
  public Identifier {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return "Identifier[" + type.code() + "=***]";
  }
}
