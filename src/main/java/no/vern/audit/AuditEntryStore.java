package no.vern.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.vern.audit.domain.ChainEntry;
import no.vern.audit.domain.ChainHasher;
import no.vern.audit.domain.Micros;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends a batch to the chain in one transaction: first the entries waiting in audit_pending
 * (written by committed actions), in the order they were written, then the queued ones. The
 * advisory lock serialises writers across all Vern instances on the database, and the tail is read
 * under it, so two instances can never both extend the same entry, and a waiting entry is moved
 * exactly once. Used by the single writer thread only, which is why one hasher suffices, and always
 * on the writer's own connections (WriterConnections).
 */
@Repository
class AuditEntryStore {

  /** A pass: the queued entries' places on the chain, and how many waiting entries it sealed. */
  record Appended(List<AppendedEntry> queued, int sealed) {}

  private record Tail(long id, byte[] hash) {}

  // The setting is what V0015's trigger asks for before it lets rows leave audit_pending.
  private static final String LOCK =
      "SELECT pg_advisory_xact_lock(?), set_config('vern.audit_sealing', 'on', true)";
  private static final String TAIL =
      "(SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1) UNION ALL"
          + " (SELECT last_id, last_hash FROM audit_checkpoint ORDER BY id DESC LIMIT 1)"
          + " ORDER BY 1 DESC LIMIT 1";
  private static final String INSERT =
      "INSERT INTO audit_entry (id, occurred_at, actor_type, actor_id, action_code, resource_type,"
          + " resource_id, outcome, correlation_id, reported_actor, reason, prev_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ChainHasher hasher = new ChainHasher();

  AuditEntryStore(WriterConnections connections) {
    this.jdbc = connections.jdbc();
    this.tx = connections.tx();
  }

  /** Whether audit_pending holds anything, asked on the writer's own connections. */
  boolean anyWaiting() {
    return AuditPending.any(jdbc);
  }

  /** Seals up to {@code waitingLimit} entries from audit_pending and then {@code queued}. */
  Appended append(List<QueuedEntry> queued, int waitingLimit) {
    return tx.execute(status -> appendLocked(queued, waitingLimit));
  }

  private Appended appendLocked(List<QueuedEntry> queued, int waitingLimit) {
    jdbc.query(LOCK, rs -> {}, AuditLocks.CHAIN.key());
    List<ChainEntry> unsealed =
        new ArrayList<>(waitingLimit > 0 ? AuditPending.take(jdbc, waitingLimit) : List.of());
    int sealed = unsealed.size();
    queued.forEach(q -> unsealed.add(unsealed(q)));
    Tail tail = jdbc.query(TAIL, rs -> rs.next() ? new Tail(rs.getLong(1), rs.getBytes(2)) : null);
    long id = tail == null ? 0 : tail.id();
    byte[] prev = tail == null ? ChainHasher.genesis() : tail.hash();
    List<ChainEntry> chained = new ArrayList<>(unsealed.size());
    for (ChainEntry entry : unsealed) {
      ChainEntry next = entry.withId(++id).sealedBy(hasher, prev);
      chained.add(next);
      prev = next.hash();
    }
    jdbc.batchUpdate(INSERT, chained, chained.size(), AuditEntryStore::bind);
    List<AppendedEntry> appended =
        chained.subList(sealed, chained.size()).stream()
            .map(e -> new AppendedEntry(e.id(), e.hash()))
            .toList();
    return new Appended(appended, sealed);
  }

  private static ChainEntry unsealed(QueuedEntry queued) {
    AuditRecord r = queued.record();
    return new ChainEntry(
        0,
        Micros.of(queued.occurredAt().truncatedTo(ChronoUnit.MICROS)),
        r.actorType().name(),
        r.actorId(),
        r.action().code(),
        r.resourceType(),
        r.resourceId(),
        r.outcome().name(),
        queued.correlationId(),
        r.reportedActor(),
        r.reason(),
        null,
        null);
  }

  private static void bind(PreparedStatement ps, ChainEntry e) throws SQLException {
    ps.setLong(1, e.id());
    ps.setObject(2, Micros.toTime(e.occurredAtMicros()));
    ps.setString(3, e.actorType());
    ps.setString(4, e.actorId());
    ps.setInt(5, e.actionCode());
    ps.setString(6, e.resourceType());
    ps.setString(7, e.resourceId());
    ps.setString(8, e.outcome());
    ps.setString(9, e.correlationId());
    ps.setString(10, e.reportedActor());
    ps.setString(11, e.reason());
    ps.setBytes(12, e.prevHash());
    ps.setBytes(13, e.hash());
  }
}
