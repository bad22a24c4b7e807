package no.vern.subject;

import java.util.Objects;
import java.util.UUID;

/** A personal-data record, by id only. */
public record RecordId(UUID value) {
  public RecordId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
