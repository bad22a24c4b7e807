package no.vern.consent.ledger;

import java.util.List;
import no.vern.consent.ConsentChange;
import no.vern.consent.ConsentLedger;
import no.vern.consent.RecordedConsent;
import no.vern.subject.ConcurrentResolveException;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A consent from the API: the person resolved by their identifiers and the event recorded in one
 * transaction, so a refused consent leaves no new subject behind. Tried again, in a fresh
 * transaction, when a concurrent request created the same person first.
 */
@Component
class ConsentIntake {

  private static final int ATTEMPTS = 3;

  private final SubjectRegistry registry;
  private final ConsentLedger ledger;
  private final TransactionTemplate tx;

  ConsentIntake(
      SubjectRegistry registry, ConsentLedger ledger, PlatformTransactionManager transactions) {
    this.registry = registry;
    this.ledger = ledger;
    this.tx = new TransactionTemplate(transactions);
  }

  RecordedConsent record(List<Identifier> identifiers, ConsentChange change) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(
            status -> ledger.record(change.withSubject(registry.resolve(identifiers))));
      } catch (ConcurrentResolveException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
