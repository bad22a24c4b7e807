package no.vern.subject;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.vern.subject.domain.SubjectCipher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One resolve in one transaction. The unique (type, blind_index) constraint is the arbiter: when a
 * concurrent resolve inserted the same identifier first, the insert does nothing, this transaction
 * rolls back and the resolve runs again, then finding that subject.
 */
class SubjectResolution {

  record Outcome(SubjectId subject, boolean created) {}

  private static final int ATTEMPTS = 5;
  private final Subjects subjects;
  private final Clock clock;
  private final TransactionTemplate tx;

  SubjectResolution(Subjects subjects, Clock clock, TransactionTemplate tx) {
    this.subjects = subjects;
    this.clock = clock;
    this.tx = tx;
  }

  Outcome resolve(List<IndexedIdentifier> identifiers, SubjectCipher cipher) {
    // Joined to a caller's transaction, a retry here would run in a transaction already marked
    // rollback-only, with the lost attempt's rows still in it: the caller must retry as a whole.
    boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(status -> once(identifiers, cipher));
      } catch (LostRace | PessimisticLockingFailureException e) {
        if (joined) {
          throw new ConcurrentResolveException(e);
        }
        if (attempt == ATTEMPTS) {
          throw new IllegalStateException("Could not resolve a subject under contention", e);
        }
      }
    }
  }

  private Outcome once(List<IndexedIdentifier> identifiers, SubjectCipher cipher) {
    Instant now = clock.instant();
    Set<UUID> holders = new LinkedHashSet<>();
    List<IndexedIdentifier> unknown =
        identifiers.stream()
            .filter(i -> subjects.holderOf(i.type(), i.blindIndex()).map(holders::add).isEmpty())
            .toList();
    UUID subject;
    if (holders.isEmpty()) {
      subject = UUID.randomUUID();
      subjects.create(subject, now);
    } else {
      subject = holders.size() == 1 ? holders.iterator().next() : subjects.oldest(holders);
      holders.stream()
          .filter(other -> !other.equals(subject))
          .forEach(other -> subjects.suggestMerge(subject, other, now));
    }
    for (IndexedIdentifier i : unknown) {
      UUID row = UUID.randomUUID();
      byte[] ct = cipher.encrypt(i.identifier().type(), row, i.normalised());
      if (!subjects.attach(
          row, subject, i.type(), i.blindIndex(), ct, cipher.primaryKeyId(), now)) {
        throw new LostRace();
      }
    }
    return new Outcome(new SubjectId(subject), holders.isEmpty());
  }

  /** Another transaction stored one of the identifiers first. */
  private static final class LostRace extends RuntimeException {
    LostRace() {
      super(null, null, false, false);
    }
  }
}
