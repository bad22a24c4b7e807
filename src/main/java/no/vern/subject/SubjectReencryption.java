package no.vern.subject;

import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.lock.AdvisoryLock;
import no.vern.subject.domain.SubjectCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves stored identifiers and record data to the primary AEAD key after a rotation, in small
 * batches so that reads and writes go on meanwhile (the keyset keeps the old keys, so old rows
 * still decrypt), as the {@code subject.reencrypt} task (SubjectTasks). One instance works at a
 * time: the scheduler runs the task on one instance, and the advisory lock keeps a direct call (a
 * test) from working alongside it. Only an instance whose primary key is the newest announced moves
 * rows, so an instance still running on an older keyset cannot undo a rotation. Every instance
 * announces its key when it starts, since only one of them runs the task.
 */
@Component
class SubjectReencryption {

  private static final int BATCH = 500;
  private static final Logger log = LoggerFactory.getLogger(SubjectReencryption.class);

  private record Row(UUID id, String type, byte[] ciphertext) {}

  private record RecordRow(UUID id, byte[] dataCiphertext) {}

  private final JdbcClient jdbc;
  private final SubjectKeys keys;
  private final Clock clock;
  private final TransactionTemplate tx;

  SubjectReencryption(
      JdbcClient jdbc, SubjectKeys keys, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Records a primary key as seen; the newest seen is the one rows are moved to. */
  void announce(long keyId, Instant at) {
    jdbc.sql(
            "INSERT INTO subject_aead_key (key_id, first_seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
        .params(keyId, Timestamp.from(at))
        .update();
  }

  @EventListener(ApplicationReadyEvent.class)
  void announceOnStart() {
    announce(keys.cipher().primaryKeyId(), clock.instant());
  }

  /** Re-encrypts every row not on the primary key; returns how many it moved. */
  int reencryptAll() {
    SubjectCipher cipher = keys.cipher();
    announce(cipher.primaryKeyId(), clock.instant());
    if (!isNewest(cipher.primaryKeyId())) {
      return 0;
    }
    long key = cipher.primaryKeyId();
    int identifiers =
        anyOnOtherKey("subject_identifier", key)
            ? moveAll("subject identifiers", from -> identifierBatch(cipher, from))
            : 0;
    int records =
        anyOnOtherKey("personal_data_record", key)
            ? moveAll("records", from -> recordBatch(cipher, from))
            : 0;
    if (identifiers + records > 0) {
      log.info(
          "Re-encrypted {} subject identifiers and {} records with key {}",
          identifiers,
          records,
          cipher.primaryKeyId());
    }
    return identifiers + records;
  }

  /**
   * Whether any row of the table is on another key than {@code key}: two ranges of the index on
   * {@code aead_key_id} (V0006, V0007), which {@code <>} cannot use. The walk by id below reads
   * every row of the table when none is (104 s at 10,000,000 records, bench/RETENTION.md), and
   * between rotations that is all the task would otherwise do, every few minutes.
   */
  private boolean anyOnOtherKey(String table, long key) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM "
                + table
                + " WHERE aead_key_id < :key OR aead_key_id > :key)")
        .param("key", key)
        .query(Boolean.class)
        .single();
  }

  /** What a batch moved, and the rows it left because they do not decrypt (the first by id). */
  private record Batch(int moved, int left, UUID firstLeft, UUID last) {}

  /**
   * Runs batches, one transaction each, until one is empty or another instance holds the lock. Rows
   * that do not decrypt are counted and logged once per run with the first one's id: a wrong keyset
   * must be seen, but one line per row would be a million lines for a million rows, every run.
   */
  private int moveAll(String what, Function<UUID, Batch> batches) {
    int total = 0;
    int left = 0;
    UUID firstLeft = null;
    UUID after = new UUID(0, 0); // the lowest uuid in PostgreSQL's unsigned order
    while (true) {
      UUID from = after;
      Batch batch = tx.execute(status -> locked() ? batches.apply(from) : null);
      if (batch == null || batch.last() == null) {
        if (left > 0) {
          log.warn(
              "{} {} do not decrypt with the current keyset and were left as they are (the first: {})",
              left,
              what,
              firstLeft);
        }
        return total;
      }
      total += batch.moved();
      left += batch.left();
      firstLeft = firstLeft == null ? batch.firstLeft() : firstLeft;
      after = batch.last();
    }
  }

  private boolean locked() {
    return jdbc.sql(AdvisoryLock.TRY_TRANSACTION_LOCK_SQL)
        .param(SubjectLocks.REENCRYPTION.key())
        .query(Boolean.class)
        .single();
  }

  private Batch recordBatch(SubjectCipher cipher, UUID after) {
    List<RecordRow> rows =
        jdbc.sql(
                "SELECT id, data_ciphertext FROM personal_data_record WHERE aead_key_id <> ?"
                    + " AND id > ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
            .params(cipher.primaryKeyId(), after, BATCH)
            .query(RecordRow.class)
            .list();
    int moved = 0;
    int left = 0;
    UUID firstLeft = null;
    for (RecordRow row : rows) {
      try {
        byte[] data = cipher.decryptRecord(row.id(), row.dataCiphertext());
        jdbc.sql(
                "UPDATE personal_data_record SET data_ciphertext = ?, aead_key_id = ? WHERE id = ?")
            .params(cipher.encryptRecord(row.id(), data), cipher.primaryKeyId(), row.id())
            .update();
        moved++;
      } catch (GeneralSecurityException e) {
        left++;
        firstLeft = firstLeft == null ? row.id() : firstLeft;
      }
    }
    return new Batch(
        moved, left, firstLeft, rows.isEmpty() ? null : rows.get(rows.size() - 1).id());
  }

  private Batch identifierBatch(SubjectCipher cipher, UUID after) {
    List<Row> rows =
        jdbc.sql(
                "SELECT id, type, ciphertext FROM subject_identifier WHERE aead_key_id <> ?"
                    + " AND id > ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
            .params(cipher.primaryKeyId(), after, BATCH)
            .query(Row.class)
            .list();
    int moved = 0;
    int left = 0;
    UUID firstLeft = null;
    for (Row row : rows) {
      IdentifierType type = IdentifierType.fromCode(row.type()).orElseThrow();
      try {
        String value = cipher.decrypt(type, row.id(), row.ciphertext());
        jdbc.sql("UPDATE subject_identifier SET ciphertext = ?, aead_key_id = ? WHERE id = ?")
            .params(cipher.encrypt(type, row.id(), value), cipher.primaryKeyId(), row.id())
            .update();
        moved++;
      } catch (GeneralSecurityException e) {
        // Left as it is: made with a key this keyset lacks; counted, logged by id once per run.
        left++;
        firstLeft = firstLeft == null ? row.id() : firstLeft;
      }
    }
    return new Batch(
        moved, left, firstLeft, rows.isEmpty() ? null : rows.get(rows.size() - 1).id());
  }

  private boolean isNewest(long keyId) {
    return jdbc.sql(
                "SELECT key_id FROM subject_aead_key ORDER BY first_seen_at DESC, key_id LIMIT 1")
            .query(Long.class)
            .single()
        == keyId;
  }
}
