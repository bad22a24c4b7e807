package no.vern.dsr;

import java.util.Objects;
import java.util.UUID;

/** A request from a data subject, by id. */
public record RequestId(UUID value) {
  public RequestId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
