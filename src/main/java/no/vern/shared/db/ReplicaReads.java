package no.vern.shared.db;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks reads that may be answered by the read replica ({@code VERN_DB_READ_URL}), which can be up
 * to {@code VERN_DB_READ_MAX_LAG} behind the primary. Only the connections taken inside {@link
 * #mayLag} go there, and only while the replica is reachable and caught up; without a replica the
 * mark changes nothing.
 *
 * <p>What runs inside must only read, and must not start a transaction: a transaction's audit
 * entries are written with it, and a standby refuses every write. Writes, and reads that must see
 * the caller's own write, stay outside. Inside a transaction the mark is ignored, since that
 * transaction's connection is already the primary's.
 */
public final class ReplicaReads {

  private static final ThreadLocal<Boolean> LAG_TOLERATED = new ThreadLocal<>();

  private ReplicaReads() {}

  /** Runs {@code reads}, letting its connections come from the replica. */
  public static <T> T mayLag(Supplier<T> reads) {
    if (tolerated() || TransactionSynchronizationManager.isActualTransactionActive()) {
      return reads.get();
    }
    LAG_TOLERATED.set(Boolean.TRUE);
    try {
      return reads.get();
    } finally {
      LAG_TOLERATED.remove();
    }
  }

  /**
   * Runs {@code reads} on the primary even inside {@link #mayLag}: for what a cache keeps, which
   * must not be an older state than the primary's (an inventory activated a second ago).
   */
  public static <T> T onPrimary(Supplier<T> reads) {
    if (!tolerated()) {
      return reads.get();
    }
    LAG_TOLERATED.remove();
    try {
      return reads.get();
    } finally {
      LAG_TOLERATED.set(Boolean.TRUE);
    }
  }

  /** Whether the current thread's next connection may come from the replica. */
  public static boolean tolerated() {
    return Boolean.TRUE.equals(LAG_TOLERATED.get());
  }
}
