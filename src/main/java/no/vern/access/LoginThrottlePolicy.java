package no.vern.access;

import java.time.Duration;
import java.time.Instant;

/**
 * When a sign-in attempt is refused unseen, and when a username is under attack. Pure rules over
 * three counters of failed attempts (docs/security.md, "Admin sign-in"); the counters themselves
 * are rows in PostgreSQL, so every instance applies the same state.
 *
 * <ul>
 *   <li>one address on one username: after {@code pairFailures} failures each further attempt must
 *       wait a delay that starts at {@code firstDelay} and doubles per failure up to {@code
 *       maxDelay}; attempts within the delay are refused without looking at the password;
 *   <li>one address on any username: the same after {@code addressFailures} failures;
 *   <li>one username from every address: never refuses, because a stranger could then lock the
 *       rightful user out. From {@code burstFailures} failures on, the username is under attack:
 *       every address gets only one free attempt on it before its own delays start, and the user is
 *       told by mail, once per burst.
 * </ul>
 *
 * Failures are forgotten once {@code window} has passed without one. An attempt is counted before
 * its password is checked and given back when it succeeds, so parallel guesses cannot slip past a
 * threshold.
 */
record LoginThrottlePolicy(
    int pairFailures,
    int addressFailures,
    int burstFailures,
    Duration firstDelay,
    Duration maxDelay,
    Duration window) {

  /** A counter as stored: failures and the time of the last; {@code noticed} once a burst is. */
  record Counter(int failures, Instant lastFailure, boolean noticed) {

    static Counter none(Instant now) {
      return new Counter(0, now, false);
    }
  }

  /** The outcome of admitting one attempt: whether it may go on, and the counters to store. */
  record Admission(
      boolean admitted, Counter address, Counter pair, Counter username, boolean burstStarted) {}

  LoginThrottlePolicy {
    if (pairFailures < 1 || addressFailures < 1 || burstFailures < 1) {
      throw new IllegalArgumentException("vern.access: failure thresholds must be at least 1");
    }
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException(
          "vern.access.login-delay must be positive and at most vern.access.lockout-duration");
    }
    if (window.compareTo(maxDelay) < 0) {
      throw new IllegalArgumentException(
          "vern.access.failed-login-window must be at least vern.access.lockout-duration");
    }
  }

  Admission admit(Counter address, Counter pair, Counter username, Instant now) {
    Counter a = fresh(address, now);
    Counter p = fresh(pair, now);
    Counter u = fresh(username, now);
    if (waiting(a, addressFailures, now) || waiting(p, pairThreshold(u), now)) {
      return new Admission(false, a, p, u, false);
    }
    Counter counted = new Counter(u.failures() + 1, now, u.noticed());
    boolean burst = !counted.noticed() && counted.failures() >= burstFailures;
    return new Admission(
        true,
        new Counter(a.failures() + 1, now, false),
        new Counter(p.failures() + 1, now, false),
        burst ? new Counter(counted.failures(), now, true) : counted,
        burst);
  }

  /** The pair starts afresh; the attempt counted against address and username is given back. */
  Counter succeededPair(Instant now) {
    return Counter.none(now);
  }

  Counter givenBack(Counter counter) {
    return new Counter(
        Math.max(0, counter.failures() - 1), counter.lastFailure(), counter.noticed());
  }

  /** Whether the username has seen a burst of failures that is not yet forgotten. */
  boolean underAttack(Counter username, Instant now) {
    return fresh(username, now).failures() >= burstFailures;
  }

  /** How long after its last failure a counter with this many failures refuses attempts. */
  Duration delay(int failures, int threshold) {
    if (failures < threshold) {
      return Duration.ZERO;
    }
    int doublings = failures - threshold;
    // Past 30 doublings any sensible first delay is beyond the cap; avoid overflowing the shift.
    if (doublings >= 30) {
      return maxDelay;
    }
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /** Once the username is under attack every address gets one free attempt on it, not several. */
  int pairThreshold(Counter username) {
    return username.failures() >= burstFailures ? 1 : pairFailures;
  }

  private boolean waiting(Counter counter, int threshold, Instant now) {
    Duration delay = delay(counter.failures(), threshold);
    return !delay.isZero() && now.isBefore(counter.lastFailure().plus(delay));
  }

  private Counter fresh(Counter counter, Instant now) {
    return now.isBefore(counter.lastFailure().plus(window)) ? counter : Counter.none(now);
  }
}
