package no.vern.consent;

import java.util.Objects;
import java.util.UUID;

/** One event of the consent ledger, by id only. */
public record ConsentEventId(UUID value) {
  public ConsentEventId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
