package no.vern.access;

import static no.vern.access.SqlValues.timestamp;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use of API tokens as evidence, per token per minute with a count and the first and last use
 * (issue 17), instead of an audit entry per request. Counted in memory on the request and written
 * by one thread per instance every {@code vern.access.token-use-flush} (1 s) as upserts into
 * access_token_use, and at an orderly stop; a crash (SIGKILL) loses at most the uses of the last
 * interval, which docs/audit.md states. Rejected tokens are not counted here: each rejection is an
 * audit entry of its own.
 */
@Component
class TokenUses implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TokenUses.class);

  record Minute(UUID tokenId, Instant minute) {}

  /** Uses within one minute; changed under its own lock, which only the request and flush take. */
  static final class Tally {
    long uses;
    @Nullable Instant first;
    @Nullable Instant last;

    synchronized void add(Instant at) {
      uses++;
      if (first == null || at.isBefore(first)) {
        first = at;
      }
      if (last == null || at.isAfter(last)) {
        last = at;
      }
    }
  }

  private volatile Map<Minute, Tally> counting = new ConcurrentHashMap<>();

  /**
   * What the last flush took: kept until the next one, so a reader who read the token row just
   * before that flush committed still finds the use here ({@link #unwrittenLastUse}).
   */
  private volatile Map<Minute, Tally> writing = Map.of();

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Duration interval;
  private final Object flushing = new Object();
  private volatile boolean running;
  private @Nullable Thread thread;

  TokenUses(JdbcClient jdbc, PlatformTransactionManager transactions, AccessSettings settings) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.interval = settings.tokenUseFlush();
  }

  /** Counts one authenticated request of this token, now. */
  void used(UUID tokenId, Instant at) {
    Minute key = new Minute(tokenId, at.truncatedTo(ChronoUnit.MINUTES));
    // A flush may swap the map between the look-up and the add; then the tally of the old map is
    // written by that flush, which waits for adds in progress (see flush()).
    synchronized (this) {
      counting.computeIfAbsent(key, k -> new Tally()).add(at);
    }
  }

  /** The latest use of the token this instance has counted and not yet written, if any. */
  Optional<Instant> unwrittenLastUse(UUID tokenId) {
    Instant latest = null;
    // Counting first, then what the last flush took: a flush moves a use from the one to the other,
    // so read in this order a use is seen in at least one of them.
    List<Map.Entry<Minute, Tally>> entries = new ArrayList<>(counting.entrySet());
    entries.addAll(writing.entrySet());
    for (var e : entries) {
      if (e.getKey().tokenId().equals(tokenId)) {
        Instant last;
        synchronized (e.getValue()) {
          last = e.getValue().last;
        }
        if (last != null && (latest == null || last.isAfter(latest))) {
          latest = last;
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Writes what was counted; returns the number of rows written. */
  int flush() {
    synchronized (flushing) {
      Map<Minute, Tally> taken;
      synchronized (this) {
        taken = counting;
        writing = taken;
        counting = new ConcurrentHashMap<>();
      }
      if (taken.isEmpty()) {
        return 0;
      }
      List<Map.Entry<Minute, Tally>> rows = new ArrayList<>(taken.entrySet());
      try {
        // One transaction: a failure leaves nothing written, and the counts go back for the next.
        tx.executeWithoutResult(status -> write(rows));
        return rows.size();
      } catch (RuntimeException e) {
        // Kept for the next pass rather than lost while the database is away.
        synchronized (this) {
          for (var row : rows) {
            Tally back = counting.computeIfAbsent(row.getKey(), k -> new Tally());
            synchronized (back) {
              Tally t = row.getValue();
              back.uses += t.uses;
              back.first =
                  back.first == null || t.first.isBefore(back.first) ? t.first : back.first;
              back.last = back.last == null || t.last.isAfter(back.last) ? t.last : back.last;
            }
          }
        }
        throw e;
      }
    }
  }

  private void write(List<Map.Entry<Minute, Tally>> rows) {
    for (var row : rows) {
      Tally t = row.getValue();
      jdbc.sql(
              "INSERT INTO access_token_use (token_id, minute, uses, first_at, last_at)"
                  + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (token_id, minute) DO UPDATE SET"
                  + " uses = access_token_use.uses + excluded.uses,"
                  + " first_at = least(access_token_use.first_at, excluded.first_at),"
                  + " last_at = greatest(access_token_use.last_at, excluded.last_at)")
          .params(
              row.getKey().tokenId(),
              timestamp(row.getKey().minute()),
              t.uses,
              timestamp(t.first),
              timestamp(t.last))
          .update();
      // The token list shows the last use; the trigger of V0050 ignores this column.
      jdbc.sql(
              "UPDATE access_api_token SET last_used_at = ? WHERE id = ?"
                  + " AND (last_used_at IS NULL OR last_used_at < ?)")
          .params(timestamp(t.last), row.getKey().tokenId(), timestamp(t.last))
          .update();
    }
  }

  /**
   * Requests per token since a time (by minute), written and not yet written by this instance; the
   * token list's "last 24 hours".
   */
  Map<UUID, Long> usesSince(Instant since) {
    Map<UUID, Long> total = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT token_id, sum(uses) AS uses FROM access_token_use WHERE minute >= ?"
                + " GROUP BY token_id")
        .param(timestamp(since.truncatedTo(ChronoUnit.MINUTES)))
        .query(
            rs -> {
              total.merge(rs.getObject("token_id", UUID.class), rs.getLong("uses"), Long::sum);
            });
    for (var e : counting.entrySet()) {
      if (!e.getKey().minute().isBefore(since.truncatedTo(ChronoUnit.MINUTES))) {
        long uses;
        synchronized (e.getValue()) {
          uses = e.getValue().uses;
        }
        total.merge(e.getKey().tokenId(), uses, Long::sum);
      }
    }
    return total;
  }

  /** Removes counts older than the retention; for the access.token-use-purge task. */
  int purgeBefore(Instant cutoff) {
    return jdbc.sql("DELETE FROM access_token_use WHERE minute < ?")
        .param(timestamp(cutoff))
        .update();
  }

  private void flushUntilStopped() {
    while (running) {
      try {
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        // stop(): fall through to the last flush below
      }
      try {
        flush();
      } catch (RuntimeException e) {
        log.warn("Could not write API token use counts; kept for the next pass", e);
      }
    }
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::flushUntilStopped, "token-use-flusher");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    Thread flusher;
    synchronized (this) {
      running = false;
      flusher = thread;
    }
    if (flusher != null) {
      flusher.interrupt();
      try {
        flusher.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      flush(); // what arrived after the thread's last pass
    } catch (RuntimeException e) {
      log.warn("Could not write the last API token use counts", e);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // Stops after the web server (no request counts after the last flush) and before the pool.
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}
