package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import no.vern.access.LoginThrottlePolicy.Admission;
import no.vern.access.LoginThrottlePolicy.Counter;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTests {

  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private final LoginThrottlePolicy policy =
      new LoginThrottlePolicy(
          5, 20, 10, Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(1));

  /** Counters as three rows would hold them, carried from one attempt to the next. */
  private Counter address = Counter.none(T0);

  private Counter pair = Counter.none(T0);
  private Counter username = Counter.none(T0);

  private Admission attempt(Instant at) {
    Admission a = policy.admit(address, pair, username, at);
    address = a.address();
    pair = a.pair();
    username = a.username();
    return a;
  }

  @Test
  void oneAddressGetsFiveAttemptsOnAUsernameThenWaitsADelayThatDoublesUpToTheCap() {
    for (int i = 0; i < 5; i++) {
      assertThat(attempt(T0.plusSeconds(i)).admitted()).isTrue();
    }
    Instant fifth = T0.plusSeconds(4);
    assertThat(attempt(fifth.plusSeconds(4)).admitted()).as("within the first 5 s").isFalse();
    assertThat(attempt(fifth.plusSeconds(5)).admitted()).as("after 5 s").isTrue();
    Instant sixth = fifth.plusSeconds(5);
    assertThat(attempt(sixth.plusSeconds(9)).admitted()).as("within 10 s").isFalse();
    assertThat(attempt(sixth.plusSeconds(10)).admitted()).isTrue();
    assertThat(policy.delay(5, 5)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.delay(6, 5)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.delay(12, 5)).isEqualTo(Duration.ofSeconds(640));
    assertThat(policy.delay(13, 5)).as("capped").isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.delay(500, 5)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aCounterBelowItsThresholdNeverRefusesEvenIfItsTimeLiesAheadOfTheClock() {
    address = new Counter(0, T0.plusNanos(500), false);
    pair = new Counter(4, T0.plusSeconds(1), false);
    assertThat(attempt(T0).admitted()).isTrue();
  }

  @Test
  void aRefusedAttemptIsNotCountedAndChangesNothing() {
    for (int i = 0; i < 5; i++) {
      attempt(T0);
    }
    Admission refused = attempt(T0.plusSeconds(1));
    assertThat(refused.admitted()).isFalse();
    assertThat(refused.pair().failures()).isEqualTo(5);
    assertThat(refused.username().failures()).isEqualTo(5);
  }

  @Test
  void anAddressThatFailsOnManyUsernamesWaitsToo() {
    for (int i = 0; i < 20; i++) {
      pair = Counter.none(T0);
      username = Counter.none(T0);
      assertThat(attempt(T0).admitted()).isTrue();
    }
    pair = Counter.none(T0);
    username = Counter.none(T0);
    assertThat(attempt(T0.plusSeconds(1)).admitted())
        .as("a fresh username from an address with 20 failures")
        .isFalse();
  }

  @Test
  void aUsernameUnderAttackIsNeverRefusedToAFreshAddressButEachAddressGetsOneFreeAttempt() {
    username = new Counter(50, T0, true);
    assertThat(policy.underAttack(username, T0)).isTrue();
    Admission first = attempt(T0);
    assertThat(first.admitted()).as("a fresh address, even under attack").isTrue();
    assertThat(attempt(T0.plusSeconds(1)).admitted())
        .as("its second attempt waits the first delay")
        .isFalse();
    assertThat(attempt(T0.plusSeconds(5)).admitted()).isTrue();
  }

  @Test
  void theBurstIsNoticedOnceUntilItIsForgotten() {
    int bursts = 0;
    for (int i = 0; i < 30; i++) {
      address = Counter.none(T0);
      pair = Counter.none(T0);
      bursts += attempt(T0.plusSeconds(i)).burstStarted() ? 1 : 0;
    }
    assertThat(bursts).isEqualTo(1);
    assertThat(username.failures()).isEqualTo(30);

    Instant muchLater = T0.plus(Duration.ofHours(2));
    address = Counter.none(muchLater);
    pair = Counter.none(muchLater);
    Admission afterQuiet = attempt(muchLater);
    assertThat(afterQuiet.username().failures())
        .as("forgotten after an hour of quiet")
        .isEqualTo(1);
    assertThat(policy.underAttack(username, muchLater)).isFalse();
  }

  @Test
  void failuresAreForgottenAfterAWindowWithoutOne() {
    for (int i = 0; i < 5; i++) {
      attempt(T0);
    }
    Instant later = T0.plus(Duration.ofHours(1));
    Admission next = attempt(later);
    assertThat(next.admitted()).isTrue();
    assertThat(next.pair().failures()).isEqualTo(1);
  }

  @Test
  void aSuccessStartsThePairAfreshAndGivesBackOnlyItsOwnAttempt() {
    for (int i = 0; i < 4; i++) {
      attempt(T0);
    }
    assertThat(policy.succeededPair(T0).failures()).isZero();
    assertThat(policy.givenBack(address).failures()).isEqualTo(3);
    assertThat(policy.givenBack(Counter.none(T0)).failures()).isZero();
  }

  @Test
  void nonsenseSettingsAreRefusedAtStart() {
    Duration s = Duration.ofSeconds(5);
    Duration m = Duration.ofMinutes(15);
    Duration h = Duration.ofHours(1);
    assertThatThrownBy(() -> new LoginThrottlePolicy(0, 20, 10, s, m, h))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginThrottlePolicy(5, 20, 10, Duration.ZERO, m, h))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginThrottlePolicy(5, 20, 10, m, s, h))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginThrottlePolicy(5, 20, 10, s, h, m))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
