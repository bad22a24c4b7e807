package no.vern.subject;

import java.util.Objects;
import java.util.UUID;

/** A data subject, by id only: what modules, events and the audit trail pass around. */
public record SubjectId(UUID value) {
  public SubjectId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
