package no.vern.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.domain.Checkpoint;
import no.vern.audit.domain.CheckpointSignatures;
import no.vern.audit.domain.Micros;
import no.vern.shared.lock.AdvisoryLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes entries older than the retention period (Art. 5(1)(e) holds for the trail too) without
 * breaking verifiability: in one transaction it writes a signed checkpoint naming the removed range
 * and the hash of its last entry, then deletes exactly that range, which the delete trigger allows
 * only for a checkpoint named in the transaction. The range is the oldest entries up to the newest
 * one older than the cutoff; ids and times rise together, give or take a few milliseconds.
 */
@Component
class AuditRetention {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AuditSigningKeys keys;
  private final AuditWriter trail;
  private final AuditSettings settings;
  private final Clock clock;

  AuditRetention(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      AuditSigningKeys keys,
      AuditWriter trail,
      AuditSettings settings,
      Clock clock) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.keys = keys;
    this.trail = trail;
    this.settings = settings;
    this.clock = clock;
  }

  /** The {@code audit.purge} task (AuditTasks). */
  void purgeExpired() {
    purgeBefore(clock.instant().atZone(ZoneOffset.UTC).minus(settings.retention()).toInstant());
  }

  /** Empty when nothing is that old or another instance is purging right now. */
  Optional<Checkpoint> purgeBefore(Instant cutoff) {
    Optional<Checkpoint> written = tx.execute(status -> purgeLocked(cutoff));
    written.ifPresent(
        c ->
            trail.recordDurably(
                new AuditRecord(
                    ActorType.SYSTEM,
                    "retention",
                    TrailAuditAction.AUDIT_PURGED,
                    "audit_checkpoint",
                    Long.toString(c.id()),
                    Outcome.SUCCESS)));
    return written;
  }

  private Optional<Checkpoint> purgeLocked(Instant cutoff) {
    if (!jdbc.queryForObject(
        AdvisoryLock.TRY_TRANSACTION_LOCK_SQL, Boolean.class, AuditLocks.PURGE.key())) {
      return Optional.empty();
    }
    // Appends wait while the head is cut, so a writer never reads a tail that is being removed.
    jdbc.query(AdvisoryLock.TRANSACTION_LOCK_SQL, rs -> {}, AuditLocks.CHAIN.key());
    Long first = jdbc.queryForObject("SELECT min(id) FROM audit_entry", Long.class);
    Long last =
        jdbc.queryForObject(
            "SELECT max(id) FROM audit_entry WHERE occurred_at < ?",
            Long.class,
            Micros.toTime(Micros.of(cutoff.truncatedTo(ChronoUnit.MICROS))));
    if (first == null || last == null || last < first) {
      return Optional.empty();
    }
    byte[] lastHash =
        jdbc.queryForObject("SELECT hash FROM audit_entry WHERE id = ?", byte[].class, last);
    long id =
        jdbc.queryForObject("SELECT coalesce(max(id), 0) + 1 FROM audit_checkpoint", Long.class);
    var key = keys.current();
    long createdAt = Micros.of(clock.instant().truncatedTo(ChronoUnit.MICROS));
    var unsigned =
        new Checkpoint(id, first, last, lastHash, last - first + 1, createdAt, key.keyId(), null);
    Checkpoint checkpoint =
        unsigned.withSignature(CheckpointSignatures.sign(unsigned, key.privateKey()));
    jdbc.update(
        "INSERT INTO audit_checkpoint (id, first_id, last_id, last_hash, entry_count, created_at,"
            + " key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        first,
        last,
        lastHash,
        checkpoint.entryCount(),
        Micros.toTime(createdAt),
        key.keyId(),
        checkpoint.signature());
    jdbc.query(
        "SELECT set_config('vern.audit_purge_checkpoint', ?, true)", rs -> {}, Long.toString(id));
    jdbc.update("DELETE FROM audit_entry WHERE id BETWEEN ? AND ?", first, last);
    return Optional.of(checkpoint);
  }
}
