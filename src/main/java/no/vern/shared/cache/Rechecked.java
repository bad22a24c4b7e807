package no.vern.shared.cache;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import no.vern.shared.db.ReplicaReads;

/**
 * A value that is cheap to keep and costs a query to learn, such as the active inventory's number:
 * read again at most once per interval, or at once after {@link #invalidate()}. While one caller
 * reads it again the others go on with the value known, rather than queue behind the query. Several
 * instances each keep their own, so a change made on another instance is seen within the interval.
 */
public final class Rechecked<T> {

  private final Supplier<T> source;
  private final long intervalNanos;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile @org.jspecify.annotations.Nullable T known;
  private volatile long checkedAt;
  private volatile boolean stale = true;

  public Rechecked(Duration interval, Supplier<T> source) {
    this.source = source;
    this.intervalNanos = interval.toNanos();
  }

  public T get() {
    T value = known;
    if (value != null && !stale && System.nanoTime() - checkedAt < intervalNanos) {
      return value;
    }
    if (value != null && !refreshing.tryLock()) {
      return value;
    }
    if (value == null) {
      refreshing.lock();
    }
    try {
      // Marked fresh before the read: an invalidation during the read makes the next call read
      // again.
      stale = false;
      // Never from the read replica: a cached value older than the primary's would outlive the lag.
      T fresh = ReplicaReads.onPrimary(source);
      known = fresh;
      checkedAt = System.nanoTime();
      return fresh;
    } finally {
      refreshing.unlock();
    }
  }

  /** The value last read, without reading: null before the first read. */
  public @org.jspecify.annotations.Nullable T known() {
    return known;
  }

  /** The next {@link #get()} reads the source again. */
  public void invalidate() {
    stale = true;
  }
}
