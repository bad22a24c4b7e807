package no.vern.audit.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Time as PostgreSQL keeps it: whole microseconds since the epoch. */
public final class Micros {

  private Micros() {}

  public static long of(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  public static long of(OffsetDateTime time) {
    return Math.addExact(
        Math.multiplyExact(time.toEpochSecond(), 1_000_000L), time.getNano() / 1_000);
  }

  public static OffsetDateTime toTime(long micros) {
    return Instant.ofEpochSecond(
            Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L)
        .atOffset(ZoneOffset.UTC);
  }
}
