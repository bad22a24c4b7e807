package no.vern.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientBucketsTests {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  @Test
  void aClientGetsItsQuotaThenARetryAfter() {
    ClientBuckets buckets = new ClientBuckets(3, 100, nanos::get);
    assertThat(buckets.tryConsume("192.0.2.1")).isZero();
    assertThat(buckets.tryConsume("192.0.2.1")).isZero();
    assertThat(buckets.tryConsume("192.0.2.1")).isZero();
    assertThat(buckets.tryConsume("192.0.2.1")).isBetween(1L, 61L);
    assertThat(buckets.tryConsume("192.0.2.2")).as("another client has its own bucket").isZero();
    nanos.addAndGet(Duration.ofSeconds(20).toNanos());
    assertThat(buckets.tryConsume("192.0.2.1")).as("a third of a minute refills one").isZero();
    assertThat(buckets.tryConsume("192.0.2.1")).isPositive();
  }

  @Test
  void theMapNeverHoldsMoreThanTheBound() {
    ClientBuckets buckets = new ClientBuckets(10, 50, nanos::get);
    for (int i = 0; i < 500; i++) {
      buckets.tryConsume("198.51.100." + i);
      assertThat(buckets.size()).isLessThanOrEqualTo(50);
    }
  }

  @Test
  void idleClientsAreEvictedFirstAndBusyOnesKeepTheirCount() {
    ClientBuckets buckets = new ClientBuckets(2, 3, nanos::get);
    buckets.tryConsume("idle-1");
    buckets.tryConsume("idle-2");
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    buckets.tryConsume("busy");
    buckets.tryConsume("busy");
    buckets.tryConsume("newcomer");
    assertThat(buckets.size()).isEqualTo(2);
    assertThat(buckets.tryConsume("busy")).as("busy client was not forgiven").isPositive();
  }
}
