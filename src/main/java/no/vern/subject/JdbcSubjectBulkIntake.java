package no.vern.subject;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.vern.shared.PrincipalNames;
import no.vern.subject.BatchResolution.Holder;
import no.vern.subject.BatchResolution.Key;
import no.vern.subject.domain.SubjectCipher;
import no.vern.subject.domain.TimeOrderedIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcSubjectBulkIntake implements SubjectBulkIntake {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A batch that keeps meeting concurrent writers of its identifiers gives up after this. */
  private static final int ATTEMPTS = 5;

  private static final String IMPORT = PrincipalNames.system("import");

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final SubjectKeys keys;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final ObjectProvider<RecordGuard> guards;

  /**
   * Whether the next batch first reads which of its identifiers are known. A file of new people
   * (the common case) skips that read: the unique constraint refuses a known identifier anyway, and
   * then the batch is rolled back and written again with the read. Only a hint, shared by all
   * imports; correctness never depends on it.
   */
  private volatile boolean readFirst;

  JdbcSubjectBulkIntake(
      DataSource dataSource,
      JdbcClient jdbc,
      SubjectKeys keys,
      Clock clock,
      PlatformTransactionManager transactions,
      ObjectProvider<RecordGuard> guards) {
    this.guards = guards;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.keys = keys;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public List<BulkStored> storeBatch(ImportId importId, List<BulkEntry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    SubjectCipher cipher = keys.cipher();
    TimeOrderedIds ids = new TimeOrderedIds();
    Instant now = clock.instant();
    List<Prepared> prepared = new ArrayList<>(entries.size());
    for (BulkEntry entry : entries) {
      prepared.add(prepare(entry, cipher, ids, now));
    }
    boolean read = readFirst;
    for (int attempt = 1; ; attempt++) {
      boolean withRead = read;
      try {
        Written written =
            tx.execute(status -> write(importId, prepared, cipher, ids, now, withRead));
        if (withRead && !written.anyKnown()) {
          readFirst = false;
        }
        return written.stored();
      } catch (Retry | PessimisticLockingFailureException retry) {
        read = true;
        readFirst = true;
        if (attempt == ATTEMPTS) {
          throw new BatchNotStoredException(
              "Concurrent writers kept storing identifiers of this batch first", retry);
        }
      } catch (BatchNotStoredException e) {
        throw e;
      } catch (DataAccessException e) {
        throw new BatchNotStoredException("The database refused the batch", e);
      }
    }
  }

  /** The work that does not depend on who is known: indexes, record ids and ciphertexts. */
  private static Prepared prepare(
      BulkEntry entry, SubjectCipher cipher, TimeOrderedIds ids, Instant now) {
    Map<Key, IndexedIdentifier> distinct = new LinkedHashMap<>();
    for (Identifier identifier : entry.identifiers()) {
      IndexedIdentifier indexed = IndexedIdentifier.of(identifier, cipher);
      distinct.putIfAbsent(Key.of(indexed), indexed);
    }
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("A subject needs at least one identifier");
    }
    UUID record = ids.next(now.toEpochMilli());
    byte[] data = cipher.encryptRecord(record, JSON.writeValueAsBytes(entry.record().data()));
    return new Prepared(
        List.copyOf(distinct.values()),
        entry.record(),
        record,
        data,
        cipher.nameIndexOf(entry.record().data()));
  }

  private record Prepared(
      List<IndexedIdentifier> identifiers,
      NewRecord record,
      UUID id,
      byte[] ciphertext,
      byte @org.jspecify.annotations.Nullable [] nameIndex)
      implements BulkCopy.RecordRow {}

  private record Written(List<BulkStored> stored, boolean anyKnown) {}

  private Written write(
      ImportId importId,
      List<Prepared> entries,
      SubjectCipher cipher,
      TimeOrderedIds ids,
      Instant now,
      boolean read) {
    Map<Key, Holder> known = read ? known(entries) : Map.of();
    BatchResolution resolution =
        new BatchResolution(known, () -> ids.next(now.toEpochMilli()), now);
    List<Holder> subjects = new ArrayList<>(entries.size());
    for (Prepared entry : entries) {
      subjects.add(resolution.resolve(entry.identifiers()));
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    BulkCopy copy = new BulkCopy(connection);
    try {
      copy.subjects(resolution.created, importId);
      copy.identifiers(sorted(resolution.attachments), cipher, ids, now);
      copy.records(entries, subjects, cipher.primaryKeyId(), importId);
    } catch (SQLException e) {
      throw BulkCopy.translate(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    // The batch's own statements go through JdbcClient on the same connection and transaction.
    suggestMerges(resolution.suggestions, now);
    // Vetoes run once the batch's subjects and identifiers exist, as store() runs them after
    // resolve; a veto throws, the batch rolls back and the import stores it row by row.
    List<RecordGuard.Guarded> guarded = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      guarded.add(
          new RecordGuard.Guarded(
              new SubjectId(subjects.get(i).subject()), entries.get(i).record()));
    }
    guards.orderedStream().forEach(g -> g.checkAll(guarded, IMPORT));
    Set<UUID> created = new HashSet<>();
    resolution.created.forEach(h -> created.add(h.subject()));
    List<BulkStored> stored = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      UUID subject = subjects.get(i).subject();
      stored.add(
          new BulkStored(
              new SubjectId(subject), new RecordId(entries.get(i).id()), created.remove(subject)));
    }
    return new Written(stored, !known.isEmpty());
  }

  /**
   * The subjects already holding any of the batch's identifiers, locked against a merge until the
   * batch commits (a merge moves identifiers, and must not miss the ones attached here).
   */
  private Map<Key, Holder> known(List<Prepared> entries) {
    Map<Key, IndexedIdentifier> all = new HashMap<>();
    entries.forEach(e -> e.identifiers().forEach(i -> all.putIfAbsent(Key.of(i), i)));
    String[] types = all.keySet().stream().map(Key::type).toArray(String[]::new);
    byte[][] indexes =
        all.keySet().stream().map(k -> k.blindIndex().array()).toArray(byte[][]::new);
    Map<Key, Holder> known = new HashMap<>();
    jdbc.sql(
            """
            SELECT i.type, i.blind_index, coalesce(s.merged_into, s.id) AS holder, s.created_at
            FROM unnest(?::text[], ?::bytea[]) AS p(type, blind_index)
            JOIN subject_identifier i ON i.type = p.type AND i.blind_index = p.blind_index
            JOIN subject s ON s.id = i.subject_id
            FOR SHARE OF s""")
        .params(types, indexes)
        .query(
            rs -> {
              known.put(
                  new Key(rs.getString(1), ByteBuffer.wrap(rs.getBytes(2))),
                  new Holder(rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant()));
            });
    return known;
  }

  /** In the order concurrent resolves take the unique-index locks, so neither deadlocks. */
  private static List<BatchResolution.Attachment> sorted(
      List<BatchResolution.Attachment> attachments) {
    List<BatchResolution.Attachment> sorted = new ArrayList<>(attachments);
    sorted.sort(
        Comparator.comparing((BatchResolution.Attachment a) -> a.identifier().type())
            .thenComparing(a -> a.identifier().blindIndex(), Arrays::compareUnsigned));
    return sorted;
  }

  private void suggestMerges(Set<BatchResolution.Suggestion> suggestions, Instant now) {
    if (suggestions.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            INSERT INTO subject_merge_suggestion (subject_id, candidate_id, suggested_at)
            SELECT s, c, ? FROM unnest(?::uuid[], ?::uuid[]) AS p(s, c)
            ON CONFLICT DO NOTHING""")
        .params(
            Timestamp.from(now),
            suggestions.stream().map(BatchResolution.Suggestion::subject).toArray(UUID[]::new),
            suggestions.stream().map(BatchResolution.Suggestion::candidate).toArray(UUID[]::new))
        .update();
  }

  /** The batch lost a race for one of its identifiers, or a deadlock: roll back and write again. */
  static final class Retry extends RuntimeException {
    Retry(SQLException cause) {
      super("retry: " + cause.getSQLState(), null, false, false);
    }
  }
}
