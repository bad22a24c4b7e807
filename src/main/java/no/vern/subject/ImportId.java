package no.vern.subject;

import java.util.Objects;
import java.util.UUID;

/**
 * A bulk import, by id: every subject it created and every record it stored carry it, so each row
 * is traceable to the one audit entry of its import instead of an entry of its own.
 */
public record ImportId(UUID value) {
  public ImportId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
