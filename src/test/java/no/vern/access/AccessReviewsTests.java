package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Unused access" on the access review: no read of personal data for 90 days. */
class AccessReviewsTests {

  private static final Instant NOW = Instant.parse("2026-06-30T10:00:00Z");

  @Test
  void anAccountThatReadWithinNinetyDaysIsInUse() {
    assertThat(
            account(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(89))).unusedAt(NOW))
        .isFalse();
  }

  @Test
  void anAccountWhoseLastReadIsNinetyDaysOldIsUnused() {
    assertThat(
            account(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(90))).unusedAt(NOW))
        .isTrue();
  }

  @Test
  void anAccountThatNeverReadCountsFromItsCreation() {
    assertThat(account(NOW.minus(Duration.ofDays(10)), null).unusedAt(NOW)).isFalse();
    assertThat(account(NOW.minus(Duration.ofDays(91)), null).unusedAt(NOW)).isTrue();
  }

  private static AccessReviews.Account account(Instant created, Instant lastRead) {
    return new AccessReviews.Account(
        "user",
        UUID.randomUUID(),
        "someone",
        Set.of(Role.CASE_HANDLER),
        Scope.ALL,
        created,
        null,
        lastRead);
  }
}
