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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends a batch to the chain in one transaction. The advisory lock serialises writers across all
 * Vern instances on the database, and the tail is read under it, so two instances can never both
 * extend the same entry. Used by the single writer thread only, which is why one hasher suffices.
 */
@Repository
class AuditEntryStore {

  /** Arbitrary but fixed: the advisory lock key of "the end of the audit chain". */
  static final long CHAIN_LOCK = 0x7665726e_61756469L;

  private static final String TAIL =
      "(SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1) UNION ALL"
          + " (SELECT last_id, last_hash FROM audit_checkpoint ORDER BY id DESC LIMIT 1)"
          + " ORDER BY 1 DESC LIMIT 1";
  private static final String INSERT =
      "INSERT INTO audit_entry (id, occurred_at, actor_type, actor_id, action_code, resource_type,"
          + " resource_id, outcome, correlation_id, prev_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private record Tail(long id, byte[] hash) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ChainHasher hasher = new ChainHasher();

  AuditEntryStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
  }

  List<AppendedEntry> append(List<PendingEntry> batch) {
    return tx.execute(status -> appendLocked(batch));
  }

  private List<AppendedEntry> appendLocked(List<PendingEntry> batch) {
    jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> {}, CHAIN_LOCK);
    Tail tail = jdbc.query(TAIL, rs -> rs.next() ? new Tail(rs.getLong(1), rs.getBytes(2)) : null);
    long id = tail == null ? 0 : tail.id();
    byte[] prev = tail == null ? ChainHasher.genesis() : tail.hash();
    List<ChainEntry> sealed = new ArrayList<>(batch.size());
    for (PendingEntry pending : batch) {
      ChainEntry entry = unsealed(++id, pending).sealedBy(hasher, prev);
      sealed.add(entry);
      prev = entry.hash();
    }
    jdbc.batchUpdate(INSERT, sealed, sealed.size(), AuditEntryStore::bind);
    return sealed.stream().map(e -> new AppendedEntry(e.id(), e.hash())).toList();
  }

  private static ChainEntry unsealed(long id, PendingEntry pending) {
    AuditRecord r = pending.record();
    return new ChainEntry(
        id,
        Micros.of(pending.occurredAt().truncatedTo(ChronoUnit.MICROS)),
        r.actorType().name(),
        r.actorId(),
        r.action().code(),
        r.resourceType(),
        r.resourceId(),
        r.outcome().name(),
        pending.correlationId(),
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
    ps.setBytes(10, e.prevHash());
    ps.setBytes(11, e.hash());
  }
}
