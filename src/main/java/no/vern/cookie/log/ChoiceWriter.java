package no.vern.cookie.log;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.vern.cookie.CookieProblem;
import no.vern.shared.problem.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for the cookie-consent log. A banner posts one choice per click, many at once on a
 * busy site; a transaction per choice makes every request wait for its own flush of the WAL, which
 * capped the log at the disk's commit rate (and its p99 at hundreds of milliseconds at 32
 * connections). Requests hand their row to one writer thread, which appends every row waiting (up
 * to {@link #BATCH}) with one multi-row INSERT and one commit with {@code synchronous_commit = on},
 * and only then releases the requests: a 201 still means the choice is on disk.
 *
 * <p>A batch that fails is written again row by row, each in its own transaction, so one row the
 * database refuses never costs another visitor's choice; the refused one fails its own request
 * only. Nothing of a failed row is stored.
 */
@Component
class ChoiceWriter implements DisposableBean {

  static final int BATCH = 256;
  private static final long WAIT_SECONDS = 20;
  private static final Logger log = LoggerFactory.getLogger(ChoiceWriter.class);

  private static final String INSERT =
      "INSERT INTO cookie_consent (consent_id, recorded_at, accepted, refused, method, gpc,"
          + " gpc_applied, banner_version, notice_version, material_hash, text_hash,"
          + " language, page_url, user_agent, client_hash)"
          + " VALUES (?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private record Pending(Choice choice, byte[] clientHash, CompletableFuture<Void> written) {}

  private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(8 * BATCH);
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Thread writer;
  private volatile boolean running = true;

  ChoiceWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.writer = new Thread(this::loop, "cookie-log-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Appends the choice and returns once it is committed durably. */
  void append(Choice choice, byte[] clientHash) {
    Pending pending = new Pending(choice, clientHash, new CompletableFuture<>());
    if (!running || !waiting.offer(pending)) {
      throw busy();
    }
    try {
      pending.written().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw busy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
  }

  private static ApiProblem busy() {
    return new ApiProblem(
        CookieProblem.COOKIE_LOG_BUSY,
        "The choice could not be confirmed as stored in time; send it again.");
  }

  private void loop() {
    List<Pending> batch = new ArrayList<>(BATCH);
    while (running || !waiting.isEmpty()) {
      try {
        Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        waiting.drainTo(batch, BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        running = false;
      } catch (RuntimeException e) {
        // write() settles every row; this only guards the thread against a bug. The exception's
        // class only: a database message may quote a row's values.
        log.error("Cookie log writer: unexpected {}, rows failed", e.getClass().getName());
        batch.forEach(p -> p.written().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
  }

  private void write(List<Pending> batch) {
    try {
      insert(batch);
      batch.forEach(p -> p.written().complete(null));
    } catch (RuntimeException whole) {
      if (batch.size() == 1) {
        batch.get(0).written().completeExceptionally(whole);
        return;
      }
      for (Pending one : batch) {
        try {
          insert(List.of(one));
          one.written().complete(null);
        } catch (RuntimeException e) {
          one.written().completeExceptionally(e);
        }
      }
    }
  }

  private void insert(List<Pending> rows) {
    tx.executeWithoutResult(
        s -> {
          jdbc.update("SET LOCAL synchronous_commit = on");
          jdbc.batchUpdate(
              INSERT,
              rows,
              rows.size(),
              (PreparedStatement ps, Pending p) -> bind(ps, p.choice(), p.clientHash()));
        });
  }

  private static void bind(PreparedStatement ps, Choice c, byte[] clientHash) throws SQLException {
    ps.setObject(1, c.consentId());
    ps.setTimestamp(2, Timestamp.from(c.recordedAt()));
    ps.setString(3, ConsentLog.arrayLiteral(c.accepted()));
    ps.setString(4, ConsentLog.arrayLiteral(c.refused()));
    ps.setString(5, c.method());
    ps.setBoolean(6, c.gpc());
    ps.setBoolean(7, c.gpcApplied());
    ps.setString(8, c.bannerVersion());
    ps.setObject(9, c.noticeVersion(), java.sql.Types.INTEGER);
    ps.setString(10, c.materialHash());
    ps.setString(11, c.textHash());
    ps.setString(12, c.language());
    ps.setString(13, c.pageUrl());
    ps.setString(14, c.userAgent());
    ps.setBytes(15, clientHash);
  }

  @Override
  public void destroy() throws InterruptedException {
    running = false;
    writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
  }
}
