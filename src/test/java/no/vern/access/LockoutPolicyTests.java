package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));

  @Test
  void fourFailuresDoNotLockButTheFifthLocksForTheLockoutDuration() {
    assertThat(policy.lockAfter(4, NOW)).isEmpty();
    assertThat(policy.lockAfter(5, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
  }

  @Test
  void failuresCountUpConsecutively() {
    assertThat(policy.failuresAfterOneMore(0, null, NOW)).isEqualTo(1);
    assertThat(policy.failuresAfterOneMore(4, null, NOW)).isEqualTo(5);
  }

  @Test
  void anAccountIsLockedUntilTheLockRunsOut() {
    Instant until = NOW.plus(Duration.ofMinutes(15));
    assertThat(policy.isLocked(until, NOW)).isTrue();
    assertThat(policy.isLocked(until, until.minusMillis(1))).isTrue();
    assertThat(policy.isLocked(until, until)).isFalse();
    assertThat(policy.isLocked(null, NOW)).isFalse();
  }

  @Test
  void afterALockRunsOutTheCountStartsAfresh() {
    Instant ranOut = NOW.minusSeconds(1);
    int failures = policy.failuresAfterOneMore(5, ranOut, NOW);
    assertThat(failures).isEqualTo(1);
    assertThat(policy.lockAfter(failures, NOW)).isEmpty();
  }

  @Test
  void nonsenseSettingsAreRefusedAtStart() {
    assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
