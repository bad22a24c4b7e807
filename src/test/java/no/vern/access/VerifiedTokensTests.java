package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The token cache answers from memory only while trusted and fresh, and never keeps a rejection.
 */
class VerifiedTokensTests {

  private final byte[] hash = TokenSecrets.hash("vern_" + "A".repeat(43));
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void untilTheListenerListensEveryCheckReadsTheDatabase() {
    VerifiedTokens cache = cache(Duration.ofSeconds(30));
    ApiToken token = token(null);
    cache.byHash(hash, () -> read(token));
    cache.byHash(hash, () -> read(token));
    assertThat(reads).hasValue(2);
  }

  @Test
  void whileTrustedATokenIsReadOnceAndAgainAfterItWasForgotten() {
    VerifiedTokens cache = cache(Duration.ofSeconds(30));
    cache.trust(true);
    ApiToken token = token(null);
    assertThat(cache.byHash(hash, () -> read(token))).contains(token);
    assertThat(cache.byHash(hash, () -> read(token))).contains(token);
    assertThat(reads).hasValue(1);

    cache.forget(token.id());
    cache.byHash(hash, () -> read(token));
    assertThat(reads).hasValue(2);

    cache.trust(false); // the listener lost its connection: everything is forgotten
    cache.byHash(hash, () -> read(token));
    cache.byHash(hash, () -> read(token));
    assertThat(reads).hasValue(4);
  }

  @Test
  void revokedAndUnknownTokensAreNeverKept() {
    VerifiedTokens cache = cache(Duration.ofSeconds(30));
    cache.trust(true);
    ApiToken revoked = token(Instant.parse("2026-01-01T00:00:00Z"));
    cache.byHash(hash, () -> read(revoked));
    cache.byHash(hash, () -> read(revoked));
    cache.byHash(hash, () -> readNothing());
    cache.byHash(hash, () -> readNothing());
    assertThat(reads).hasValue(4);
  }

  @Test
  void aReadThatRacedWithAChangeIsNotKept() {
    VerifiedTokens cache = cache(Duration.ofSeconds(30));
    cache.trust(true);
    ApiToken token = token(null);
    // The notification of a revocation arrives while the row read before it is on its way back.
    cache.byHash(
        hash,
        () -> {
          Optional<ApiToken> before = read(token);
          cache.forget(token.id());
          return before;
        });
    cache.byHash(hash, () -> read(token));
    assertThat(reads).hasValue(2);
  }

  @Test
  void aLifetimeOfZeroTurnsTheCacheOff() {
    VerifiedTokens cache = cache(Duration.ZERO);
    cache.trust(true);
    ApiToken token = token(null);
    cache.byHash(hash, () -> read(token));
    cache.byHash(hash, () -> read(token));
    assertThat(reads).hasValue(2);
  }

  private Optional<ApiToken> read(ApiToken token) {
    reads.incrementAndGet();
    return Optional.of(token);
  }

  private Optional<ApiToken> readNothing() {
    reads.incrementAndGet();
    return Optional.empty();
  }

  private static ApiToken token(Instant revokedAt) {
    Instant created = Instant.parse("2025-12-01T00:00:00Z");
    return new ApiToken(
        UUID.randomUUID(),
        "test",
        "vern_AAAA",
        EnumSet.of(Role.INTEGRATOR),
        created.plus(Duration.ofDays(365)),
        created,
        "system:vern",
        revokedAt,
        null);
  }

  private static VerifiedTokens cache(Duration lifetime) {
    return new VerifiedTokens(
        new AccessSettings(
            "",
            "",
            5,
            Duration.ofMinutes(15),
            20,
            10,
            Duration.ofSeconds(5),
            Duration.ofHours(1),
            "",
            lifetime,
            Duration.ofSeconds(1),
            Duration.ofDays(365)));
  }
}
