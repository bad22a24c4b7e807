package no.vern.audit;

import java.time.Duration;

/**
 * Lets a thread wait until the entries its transaction left in audit_pending are on the chain,
 * without knowing their ids: it waits for a sealing pass that began after its commit and emptied
 * audit_pending of every row visible then. Such a pass either sealed the thread's rows itself or
 * found them gone, sealed by another instance under the same lock; either way they are on the
 * chain. Passes are numbered in the order they begin.
 */
final class SealProgress {

  private long begun;
  private long emptied;

  /** The number of the latest pass to begin; a caller waits for a later one. */
  synchronized long latest() {
    return begun;
  }

  /** Called by the writer before it takes rows from audit_pending. */
  synchronized long begin() {
    return ++begun;
  }

  /** Called by the writer once pass {@code pass} has committed and left nothing behind it. */
  synchronized void emptied(long pass) {
    if (pass > emptied) {
      emptied = pass;
      notifyAll();
    }
  }

  /** True once a pass after {@code after} has emptied audit_pending, false when the time is up. */
  synchronized boolean awaitEmptiedAfter(long after, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (emptied <= after) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
