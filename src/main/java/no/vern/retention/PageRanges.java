package no.vern.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Pages {@code [0, pages)} of a table in ranges of {@code step}, handed to up to {@code workers}
 * threads at once, each range taken by exactly one. For the sweep's page pass and settlement: each
 * range is its own transaction on its own connection, the ranges touch disjoint rows, and
 * PostgreSQL runs one statement on one core, so a second worker lets a second core do the same kind
 * of work (bench/RETENTION.md). With one worker the ranges run in order on the caller's thread. The
 * first failure stops the handing out of ranges and is rethrown once every range already begun has
 * ended; what was done stays done, as when a run is killed.
 */
final class PageRanges {

  private PageRanges() {}

  static void forEach(long pages, long step, int workers, LongConsumer range) {
    if (workers <= 1 || pages <= step) {
      for (long page = 0; page < pages; page += step) {
        range.accept(page);
      }
      return;
    }
    AtomicLong next = new AtomicLong();
    AtomicBoolean failed = new AtomicBoolean();
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers, r -> new Thread(r, "retention-sweep-" + names.incrementAndGet()));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        running.add(
            pool.submit(
                () -> {
                  long page;
                  while (!failed.get() && (page = next.getAndAdd(step)) < pages) {
                    try {
                      range.accept(page);
                    } catch (RuntimeException | Error e) {
                      failed.set(true);
                      throw e;
                    }
                  }
                }));
      }
      RuntimeException first = null;
      for (Future<?> worker : running) {
        try {
          worker.get();
        } catch (ExecutionException e) {
          if (first == null) {
            first =
                e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failed.set(true);
          throw new IllegalStateException("Interrupted while the sweep's workers ran", e);
        }
      }
      if (first != null) {
        throw first;
      }
    } finally {
      pool.shutdown();
    }
  }
}
