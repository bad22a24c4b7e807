package no.vern.subject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.shared.lock.AdvisoryLock;
import no.vern.subject.domain.SubjectCipher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time pass of issue 9: phone identifiers stored under the hand-written rules get the blind
 * index of their libphonenumber form, so a person is found however the number is written. Runs at
 * start-up, before Vern answers requests, until a row in {@code subject_identifier_pass} says it
 * finished. Restart-safe: each batch commits, and a row already in the new form is left alone, so a
 * run cut short starts again from the beginning and changes only what is left. Instances starting
 * together take turns per batch (an advisory lock); the later one finds the work done.
 */
@Component
class PhoneReindex implements SmartInitializingSingleton {

  static final String PASS = "phone-e164";
  private static final int BATCH = 500;
  private static final int ATTEMPTS = 5;
  private static final Logger log = LoggerFactory.getLogger(PhoneReindex.class);

  private record Batch(PhoneRows.Counts counts, @Nullable UUID last) {}

  private final JdbcClient jdbc;
  private final SubjectKeys keys;
  private final PhoneRows rows;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final OneTimePasses passes;

  PhoneReindex(
      JdbcClient jdbc,
      SubjectKeys keys,
      PhoneRows rows,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.rows = rows;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
    this.passes = new OneTimePasses(jdbc);
  }

  @Override
  public void afterSingletonsInstantiated() {
    runOnce();
  }

  /** Runs the pass unless it has finished before; the counts when this call finished it. */
  Optional<PhoneRows.Counts> runOnce() {
    SubjectCipher cipher = keys.cipher();
    PhoneRows.Counts total = PhoneRows.Counts.NONE;
    UUID after = new UUID(0, 0); // the lowest uuid in PostgreSQL's unsigned order
    while (true) {
      Batch batch = batch(cipher, after, total);
      if (batch == null) {
        return Optional.empty();
      }
      total = total.plus(batch.counts());
      if (batch.last() == null) {
        log.info("Phone identifiers re-indexed for E.164: {}", total);
        return Optional.of(total);
      }
      after = batch.last();
    }
  }

  /** One batch in one transaction; null when the pass has finished (here or elsewhere). */
  private @Nullable Batch batch(SubjectCipher cipher, UUID after, PhoneRows.Counts total) {
    for (int attempt = 1; ; attempt++) {
      try {
        Optional<Batch> batch = tx.execute(status -> locked(cipher, after, total));
        return batch == null ? null : batch.orElse(null);
      } catch (DuplicateKeyException e) {
        // A resolve on a running instance stored the same number in between: read again.
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private Optional<Batch> locked(SubjectCipher cipher, UUID after, PhoneRows.Counts total) {
    jdbc.sql(AdvisoryLock.TRANSACTION_LOCK_SQL)
        .param(SubjectLocks.PHONE_REINDEX.key())
        .query()
        .singleRow();
    if (finished()) {
      return Optional.empty();
    }
    List<PhoneRows.Row> next = rows.after(after, BATCH);
    if (next.isEmpty()) {
      finish(total);
      return Optional.of(new Batch(PhoneRows.Counts.NONE, null));
    }
    PhoneRows.Counts counts = PhoneRows.Counts.NONE;
    for (PhoneRows.Row row : next) {
      counts = counts.plus(rows.reindex(cipher, row));
    }
    return Optional.of(new Batch(counts, next.get(next.size() - 1).id()));
  }

  private boolean finished() {
    return passes.finished(PASS);
  }

  private void finish(PhoneRows.Counts total) {
    passes.finish(
        PASS,
        clock.instant(),
        total.reindexed(),
        total.removed(),
        total.suggested(),
        total.leftAsIs());
  }
}
