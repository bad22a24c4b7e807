package no.vern.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

  private final RetryPolicy policy =
      new RetryPolicy(6, Duration.ofSeconds(30), Duration.ofMinutes(3));
  private final Instant at = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void thePauseDoublesFromTheFirstFailureUpToTheCeiling() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(3));
    assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void theLastAllowedAttemptGivesUp() {
    assertThat(policy.nextAttempt(5, at, false)).contains(at.plus(Duration.ofMinutes(3)));
    assertThat(policy.nextAttempt(6, at, false)).isEmpty();
    assertThat(policy.nextAttempt(7, at, false)).isEmpty();
  }

  @Test
  void aPermanentRefusalGivesUpAtOnce() {
    assertThat(policy.nextAttempt(1, at, true)).isEmpty();
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
