package no.vern.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import no.vern.shared.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one thread per instance that extends the chain. Group commit: callers queue entries, and the
 * thread writes whatever has gathered as one transaction and then tells each caller, so under load
 * a commit carries many entries. In the same transactions it seals what committed actions left in
 * audit_pending: when nudged after such a commit, at start-up (the recovery after a crash), and
 * once a second, for rows of another instance that died before sealing them. Stops after the web
 * server (lower phase) and drains the queue before the connection pool closes; appends that arrive
 * later are written on the caller's thread, and rows left in audit_pending wait for the next start.
 */
@Component
class AuditWriter implements SmartLifecycle {

  static final Duration DURABLE_TIMEOUT = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
  private static final int MAX_BATCH = 1000;
  private static final long LOOK_NANOS = TimeUnit.SECONDS.toNanos(1);

  /** Wakes the thread for audit_pending; never written. */
  private static final QueuedEntry NUDGE = new QueuedEntry(null, null, null, null);

  private final BlockingQueue<QueuedEntry> queue = new LinkedBlockingQueue<>(100_000);
  // Appends share it; stopping takes it alone, so nothing is queued after the writer's last look.
  private final ReadWriteLock state = new ReentrantReadWriteLock();
  private final AtomicBoolean nudged = new AtomicBoolean(true); // true: seal at start-up
  private final SealProgress progress = new SealProgress();
  private final AuditEntryStore store;
  private final Clock clock;
  private Thread writer;
  private volatile boolean stopped;

  AuditWriter(AuditEntryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Appends straight onto the chain and returns once committed; for callers outside a transaction.
   */
  void recordDurably(AuditRecord record) {
    await(append(record));
  }

  /** Queues one entry; the future completes when it is committed, with its id and hash. */
  CompletableFuture<AppendedEntry> append(AuditRecord record) {
    return append(new AuditPending.Row(record, clock.instant(), Correlation.current()));
  }

  /** As {@link #append(AuditRecord)}, with the time and correlation id of when it happened. */
  CompletableFuture<AppendedEntry> append(AuditPending.Row row) {
    var queued =
        new QueuedEntry(
            row.record(), row.occurredAt(), row.correlationId(), new CompletableFuture<>());
    state.readLock().lock();
    try {
      if (!stopped) {
        startWriterIfNeeded();
        if (!queue.offer(queued, DURABLE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new AuditTrailUnavailableException("The audit queue is full", null);
        }
        return queued.appended();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditTrailUnavailableException("Interrupted while queueing an audit entry", e);
    } finally {
      state.readLock().unlock();
    }
    write(List.of(queued), false);
    return queued.appended();
  }

  /** Says that a transaction has just committed entries to audit_pending. */
  void nudge() {
    state.readLock().lock();
    try {
      if (!stopped) {
        startWriterIfNeeded();
        if (nudged.compareAndSet(false, true)) {
          queue.offer(NUDGE);
        }
      }
    } finally {
      state.readLock().unlock();
    }
  }

  /**
   * Waits until everything committed to audit_pending before this call is on the chain; false if
   * that took longer than {@code timeout} or the writer has stopped (the rows are kept either way).
   */
  boolean awaitSealed(Duration timeout) {
    long after = progress.latest();
    nudge();
    try {
      return !stopped && progress.awaitEmptiedAfter(after, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static AppendedEntry await(CompletableFuture<AppendedEntry> appended) {
    try {
      return appended.get(DURABLE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditTrailUnavailableException("Interrupted while waiting for the audit trail", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AuditTrailUnavailableException("The audit entry could not be committed", e);
    }
  }

  private synchronized void startWriterIfNeeded() {
    if (writer == null || !writer.isAlive()) {
      writer = new Thread(this::drainUntilStopped, "audit-writer");
      writer.setDaemon(true);
      writer.start();
    }
  }

  private void drainUntilStopped() {
    List<QueuedEntry> batch = new ArrayList<>(MAX_BATCH);
    long lastLook = System.nanoTime();
    boolean more = false; // the last pass left rows in audit_pending
    while (true) {
      QueuedEntry first;
      try {
        first = more ? queue.poll() : queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        first = queue.poll();
      }
      if (first != null) {
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
      }
      batch.removeIf(q -> q == NUDGE);
      boolean seal = nudged.getAndSet(false) || more;
      if (!seal && System.nanoTime() - lastLook >= LOOK_NANOS) {
        // Rows another instance committed and has not sealed (it may have died meanwhile).
        lastLook = System.nanoTime();
        seal = anyPending();
      }
      if (batch.isEmpty() && !seal) {
        // Once stopped is seen, every append that got in is already in the queue.
        if (stopped && queue.isEmpty()) {
          return;
        }
        continue;
      }
      more = write(batch, seal);
      batch.clear();
    }
  }

  private boolean anyPending() {
    try {
      return store.anyWaiting();
    } catch (RuntimeException e) {
      log.warn("Could not look for audit entries waiting to be sealed", e);
      return false;
    }
  }

  /** One transaction; returns true when audit_pending may hold more than this pass took. */
  private boolean write(List<QueuedEntry> batch, boolean seal) {
    long pass = seal ? progress.begin() : 0;
    try {
      AuditEntryStore.Appended appended = store.append(batch, seal ? MAX_BATCH : 0);
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).appended().complete(appended.queued().get(i));
      }
      boolean full = appended.sealed() == MAX_BATCH;
      if (seal && !full) {
        progress.emptied(pass);
      }
      return full;
    } catch (RuntimeException e) {
      // The writer must outlive a failed batch; its callers hear of the failure instead, and rows
      // in audit_pending stay there for the next pass.
      log.error("Could not append {} audit entries", batch.size(), e);
      batch.forEach(q -> q.appended().completeExceptionally(e));
      return false;
    }
  }

  @Override
  public void start() {
    // Also after a stop: the test framework pauses a cached context (stop) and resumes it (start).
    state.writeLock().lock();
    try {
      stopped = false;
      nudged.set(true); // whatever was committed while stopped waits in audit_pending
      startWriterIfNeeded();
    } finally {
      state.writeLock().unlock();
    }
  }

  @Override
  public void stop() {
    state.writeLock().lock();
    try {
      stopped = true;
    } finally {
      state.writeLock().unlock();
    }
    Thread running;
    synchronized (this) {
      running = writer;
    }
    if (running != null) {
      try {
        running.join(DURABLE_TIMEOUT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    synchronized (this) {
      return writer != null && writer.isAlive() && !stopped;
    }
  }

  @Override
  public int getPhase() {
    // Below the web server's phases (DEFAULT_PHASE - 1024 and - 2048): stop after it, start before.
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}
