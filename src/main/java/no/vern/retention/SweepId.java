package no.vern.retention;

import java.util.UUID;

/** One run of the retention sweep. */
public record SweepId(UUID value) {

  @Override
  public String toString() {
    return value.toString();
  }
}
