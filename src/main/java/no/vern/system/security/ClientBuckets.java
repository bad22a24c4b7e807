package no.vern.system.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client address: {@code perMinute} requests, refilled evenly over a minute.
 *
 * <p>The buckets live in this JVM, so the limit is per instance: behind a load balancer with n
 * instances a client may get up to n times the limit. That is fine for its purpose, which is to
 * blunt scraping and enumeration of the public pages, not to meter exactly.
 *
 * <p>The map is bounded: a bucket idle for a whole refill period is full again, so dropping it
 * loses nothing; those go first when the map reaches {@code maxClients}. If a flood of distinct
 * addresses fills it within one minute, the map is cleared, which only forgives the current clients
 * their spent requests.
 */
final class ClientBuckets {

  private static final long REFILL_NANOS = Duration.ofMinutes(1).toNanos();

  private record Entry(Bucket bucket, long lastSeenNanos) {}

  private final int perMinute;
  private final int maxClients;
  private final LongSupplier nanoTime;
  // The buckets refill on the same time source that decides idleness, so tests can move it.
  private final TimeMeter monotonic;
  private final ConcurrentHashMap<String, Entry> buckets = new ConcurrentHashMap<>();

  ClientBuckets(int perMinute, int maxClients, LongSupplier nanoTime) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("vern.public.requests-per-minute must be at least 1");
    }
    this.perMinute = perMinute;
    this.maxClients = maxClients;
    this.nanoTime = nanoTime;
    this.monotonic =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return nanoTime.getAsLong();
          }

          @Override
          public boolean isWallClockBased() {
            return false;
          }
        };
  }

  /** Zero when the request may go ahead, otherwise the seconds until it may be retried. */
  long tryConsume(String client) {
    long now = nanoTime.getAsLong();
    if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
      evictIdle(now);
    }
    Entry entry =
        buckets.compute(
            client, (key, old) -> new Entry(old == null ? newBucket() : old.bucket(), now));
    ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
  }

  int size() {
    return buckets.size();
  }

  private void evictIdle(long now) {
    buckets.values().removeIf(e -> now - e.lastSeenNanos() >= REFILL_NANOS);
    if (buckets.size() >= maxClients) {
      buckets.clear();
    }
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
        .withCustomTimePrecision(monotonic)
        .build();
  }
}
