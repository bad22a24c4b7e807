package no.vern.subject;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.shared.lock.AdvisoryLock;
import no.vern.subject.domain.SubjectCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-time pass of issue 16: records stored before names had a blind index (V0084) get theirs,
 * so the admin search finds them by name too. Records stored since carry it from the start. Runs in
 * the background after start-up (decrypting every record takes a while on a large register, and
 * nothing else waits for it), in batches of one transaction each, until a row in {@code
 * subject_identifier_pass} says it finished; a run cut short starts again and writes the same
 * indexes. A record rectified while the pass reads it keeps the rectification's index: the pass
 * writes only where the ciphertext is still the one it read.
 */
@Component
class RecordNameBackfill implements SmartInitializingSingleton {

  static final String PASS = "record-names";
  private static final int BATCH = 500;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Logger log = LoggerFactory.getLogger(RecordNameBackfill.class);

  private record Row(UUID id, byte[] dataCiphertext) {}

  private final JdbcClient jdbc;
  private final SubjectKeys keys;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final OneTimePasses passes;

  RecordNameBackfill(
      JdbcClient jdbc, SubjectKeys keys, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
    this.passes = new OneTimePasses(jdbc);
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (finished()) {
      return;
    }
    Thread pass = new Thread(this::runLogged, "record-name-backfill");
    pass.setDaemon(true);
    pass.start();
  }

  private void runLogged() {
    try {
      long indexed = run();
      if (indexed >= 0) {
        log.info("Names indexed in {} records stored before V0084", indexed);
      }
    } catch (RuntimeException e) {
      // Tried again at the next start; the search finds these names only once it has finished.
      // The exception's class only: a parser's or the database's message may quote a record.
      log.warn(
          "The name index pass stopped and will run again at the next start: {}",
          e.getClass().getName());
    }
  }

  /** Runs the pass to its end; how many records got an index, or -1 when it had finished before. */
  long run() {
    SubjectCipher cipher = keys.cipher();
    UUID after = new UUID(0, 0); // the lowest uuid in PostgreSQL's unsigned order
    long indexed = 0;
    while (true) {
      UUID from = after;
      long[] counted = new long[1];
      UUID last =
          tx.execute(
              status -> {
                jdbc.sql(AdvisoryLock.TRANSACTION_LOCK_SQL)
                    .param(SubjectLocks.NAME_INDEX.key())
                    .query()
                    .singleRow();
                if (finished()) {
                  return null;
                }
                List<Row> rows = next(from);
                if (rows.isEmpty()) {
                  return from; // past the last record: finished below
                }
                for (Row row : rows) {
                  counted[0] += index(cipher, row);
                }
                return rows.get(rows.size() - 1).id();
              });
      if (last == null) {
        return -1;
      }
      indexed += counted[0];
      if (last.equals(from)) {
        finish(indexed);
        return indexed;
      }
      after = last;
    }
  }

  private List<Row> next(UUID after) {
    return jdbc.sql(
            "SELECT id, data_ciphertext FROM personal_data_record"
                + " WHERE id > ? AND name_index IS NULL ORDER BY id LIMIT ?")
        .params(after, BATCH)
        .query(Row.class)
        .list();
  }

  private int index(SubjectCipher cipher, Row row) {
    byte[] name;
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> data =
          JSON.readValue(cipher.decryptRecord(row.id(), row.dataCiphertext()), Map.class);
      name = cipher.nameIndexOf(data);
    } catch (GeneralSecurityException e) {
      return 0; // under a key this keyset no longer holds: nothing to index, as for the search
    } catch (JacksonException e) {
      return 0; // not a JSON object (no record is written so): no name to index, and no retry loop
    }
    if (name == null) {
      return 0;
    }
    return jdbc.sql(
            "UPDATE personal_data_record SET name_index = ?"
                + " WHERE id = ? AND data_ciphertext = ? AND name_index IS NULL")
        .params(name, row.id(), row.dataCiphertext())
        .update();
  }

  private boolean finished() {
    return passes.finished(PASS);
  }

  private void finish(long indexed) {
    passes.finish(PASS, clock.instant(), indexed, 0, 0, 0);
  }
}
