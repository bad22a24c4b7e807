package no.vern.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Exponential backoff with a ceiling and a limit: after the n-th failed attempt the next one waits
 * {@code initial * 2^(n-1)}, at most {@code max}; after {@code maxAttempts} attempts the mail is
 * given up. No jitter: the dispatcher already spreads load by claiming small batches, and a fixed
 * schedule is what an administrator can read off the page.
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration max) {

  public RetryPolicy {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("At least one attempt");
    }
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("The backoff starts above zero and ends at or above it");
    }
  }

  /** The wait after the given number of attempts so far (1 after the first failure). */
  public Duration delayAfter(int attempts) {
    Duration delay = initial;
    for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  /**
   * When to try again after a failure at {@code failedAt}, the {@code attempts}-th; empty when that
   * was the last attempt allowed, or the failure is permanent (the server refused the recipient).
   */
  public Optional<Instant> nextAttempt(int attempts, Instant failedAt, boolean permanent) {
    if (permanent || attempts >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(delayAfter(attempts)));
  }
}
