package no.vern.access;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Tokens this instance has verified against the database in the last few seconds, by the hash of
 * their secret, so that an API call does not cost a look-up. Trusted only while {@link
 * TokenChangeListener} listens for changes on the database: a revocation (or a change of roles or
 * expiry) anywhere empties the entry here within milliseconds of its commit; while the listener is
 * not connected, every check goes to the database. The lifetime bounds what a missed notification
 * could cost. Expiry is checked on each use from the cached record, so it needs no notification.
 * docs/security.md, "Token cache".
 */
@Component
class VerifiedTokens {

  private record Entry(ApiToken token, long verifiedAtNanos) {}

  private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
  // Counts invalidations: a look-up that raced with one must not store what it read before it.
  private final AtomicLong invalidations = new AtomicLong();
  private final long lifetimeNanos;
  private volatile boolean trusted;

  VerifiedTokens(AccessSettings settings) {
    this.lifetimeNanos = settings.tokenCacheLifetime().toNanos();
  }

  /**
   * The token stored under this hash: from the cache when it is trusted and fresh, else from {@code
   * load} (the database), remembered when it was found and nothing changed meanwhile.
   */
  Optional<ApiToken> byHash(byte[] hash, Supplier<Optional<ApiToken>> load) {
    String key = HexFormat.of().formatHex(hash);
    if (trusted && lifetimeNanos > 0) {
      Entry entry = byHash.get(key);
      if (entry != null && System.nanoTime() - entry.verifiedAtNanos() < lifetimeNanos) {
        return Optional.of(entry.token());
      }
    }
    long seen = invalidations.get();
    long readAt = System.nanoTime();
    Optional<ApiToken> found = load.get();
    // Only usable tokens are kept: a rejection goes to the database and the trail every time.
    if (found.isPresent() && !found.get().revoked() && trusted && lifetimeNanos > 0) {
      byHash.put(key, new Entry(found.get(), readAt));
      if (invalidations.get() != seen) {
        byHash.remove(key); // a change committed while we read: do not keep what we read
      }
    }
    return found;
  }

  /** A token changed (or was removed) on some instance: forget it here. */
  void forget(UUID tokenId) {
    invalidations.incrementAndGet();
    byHash.values().removeIf(e -> e.token().id().equals(tokenId));
  }

  void forgetAll() {
    invalidations.incrementAndGet();
    byHash.clear();
  }

  /**
   * Set by the listener: true once it listens, false (and everything forgotten) when it lost it.
   */
  void trust(boolean listening) {
    if (!listening) {
      trusted = false;
      forgetAll();
    } else {
      forgetAll(); // whatever was missed while not listening
      trusted = true;
    }
  }

  boolean trusted() {
    return trusted;
  }

  Duration lifetime() {
    return Duration.ofNanos(lifetimeNanos);
  }
}
