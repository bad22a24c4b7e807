package no.vern.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When repeated wrong passwords lock an account. Pure rules; the counter and the lock itself are
 * kept in the database so every instance applies the same state.
 */
record LockoutPolicy(int maxFailures, Duration lockout) {

  LockoutPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("vern.access.max-failed-logins must be at least 1");
    }
    if (lockout.isNegative() || lockout.isZero()) {
      throw new IllegalArgumentException("vern.access.lockout-duration must be positive");
    }
  }

  boolean isLocked(Instant lockedUntil, Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * The consecutive failures after one more wrong password. A lock that has run out starts the
   * count afresh, so a person who waited out the lock gets the full number of attempts again.
   */
  int failuresAfterOneMore(int failedAttempts, Instant lockedUntil, Instant now) {
    boolean lockRanOut = lockedUntil != null && !now.isBefore(lockedUntil);
    return (lockRanOut ? 0 : failedAttempts) + 1;
  }

  /** The end of the lock that this many consecutive failures earns, if any. */
  Optional<Instant> lockAfter(int consecutiveFailures, Instant now) {
    return consecutiveFailures >= maxFailures ? Optional.of(now.plus(lockout)) : Optional.empty();
  }
}
