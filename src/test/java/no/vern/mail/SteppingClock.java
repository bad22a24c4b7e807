package no.vern.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves on by a fixed step every time it is read: slow work, without waiting. */
final class SteppingClock extends Clock {

  private final Instant start;
  private final Duration step;
  private final AtomicLong readings = new AtomicLong();

  SteppingClock(Instant start, Duration step) {
    this.start = start;
    this.step = step;
  }

  @Override
  public Instant instant() {
    return start.plus(step.multipliedBy(readings.getAndIncrement()));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
