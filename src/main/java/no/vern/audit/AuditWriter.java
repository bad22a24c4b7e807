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
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import no.vern.shared.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit: callers queue entries, one thread writes whatever has gathered as one transaction
 * and then tells each caller. Under load a commit carries many entries, so the trail costs far less
 * than one transaction per action. Stops after the web server (lower phase) and drains the queue
 * before the connection pool closes; appends that arrive later are written on the caller's thread.
 */
@Component
class AuditWriter implements AuditTrail, SmartLifecycle {

  static final Duration DURABLE_TIMEOUT = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
  private static final int MAX_BATCH = 1000;

  private final BlockingQueue<PendingEntry> queue = new LinkedBlockingQueue<>(100_000);
  // Appends share it; stopping takes it alone, so nothing is queued after the writer's last look.
  private final ReadWriteLock state = new ReentrantReadWriteLock();
  private final AuditEntryStore store;
  private final Clock clock;
  private Thread writer;
  private volatile boolean stopped;

  AuditWriter(AuditEntryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void recordDurably(AuditRecord record) {
    await(append(record));
  }

  @Override
  public void record(AuditRecord record) {
    append(record);
  }

  /** Queues one entry; the future completes when it is committed, with its id and hash. */
  CompletableFuture<AppendedEntry> append(AuditRecord record) {
    var pending =
        new PendingEntry(record, clock.instant(), Correlation.current(), new CompletableFuture<>());
    state.readLock().lock();
    try {
      if (!stopped) {
        startWriterIfNeeded();
        if (!queue.offer(pending, DURABLE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new AuditTrailUnavailableException("The audit queue is full", null);
        }
        return pending.appended();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditTrailUnavailableException("Interrupted while queueing an audit entry", e);
    } finally {
      state.readLock().unlock();
    }
    write(List.of(pending));
    return pending.appended();
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
    if (writer == null) {
      writer = new Thread(this::drainUntilStopped, "audit-writer");
      writer.setDaemon(true);
      writer.start();
    }
  }

  private void drainUntilStopped() {
    List<PendingEntry> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      PendingEntry first;
      try {
        first = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        first = queue.poll();
      }
      if (first == null) {
        // Once stopped is seen, every append that got in is already in the queue.
        if (stopped && queue.isEmpty()) {
          return;
        }
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, MAX_BATCH - 1);
      write(batch);
      batch.clear();
    }
  }

  private void write(List<PendingEntry> batch) {
    try {
      List<AppendedEntry> appended = store.append(batch);
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).appended().complete(appended.get(i));
      }
    } catch (RuntimeException e) {
      // The writer must outlive a failed batch; its callers hear of the failure instead.
      log.error("Could not append {} audit entries", batch.size(), e);
      batch.forEach(p -> p.appended().completeExceptionally(e));
    }
  }

  @Override
  public void start() {
    state.readLock().lock();
    try {
      if (!stopped) {
        startWriterIfNeeded();
      }
    } finally {
      state.readLock().unlock();
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
