package no.vern.newsletter;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.vern.consent.ConsentChange;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.ConsentLedger;
import no.vern.consent.ConsentMethod;
import no.vern.consent.ConsentStatus;
import no.vern.consent.ConsentWithdrawn;
import no.vern.consent.Decision.Reason;
import no.vern.shared.identifier.EmailAddress;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leaving a list. The consent is withdrawn in the ledger (with its signed receipt), and whatever
 * exists only for the list is erased at once (seed 001: newsletter data is deleted on unsubscribe):
 * the person's records of the list's activities, their identifiers when nothing else is left, and
 * any sign-up still waiting. A keyed hash of each of their addresses is kept as a suppression, so a
 * later import or API call cannot subscribe them again behind their back.
 *
 * <p>The erasure follows every withdrawal of a list's consent, also one recorded through the API,
 * after the withdrawal's commit (a module listener, retried at restart), so a failing erasure never
 * undoes a withdrawal (Art. 7(3)). When the person unsubscribes here, it also runs at once, before
 * the answer; the listener then finds nothing left. Both stand back when the consent is in force
 * again by then: a late retry must not erase a newer sign-up.
 */
@Service
class Unsubscriptions {

  /** Reasons under which the consent is still in force and a withdrawal is recorded. */
  private static final Set<Reason> IN_FORCE =
      EnumSet.of(Reason.CONSENT_GIVEN, Reason.RENEWAL_REQUIRED, Reason.RESTRICTED, Reason.OBJECTED);

  private static final Logger log = LoggerFactory.getLogger(Unsubscriptions.class);

  private final Lists lists;
  private final ConsentLedger ledger;
  private final ConsentDecisions decisions;
  private final Addresses addresses;
  private final Suppressions suppressions;
  private final Confirmations confirmations;
  private final PersonalDataRecords records;
  private final Clock clock;
  private final TransactionTemplate tx;

  Unsubscriptions(
      Lists lists,
      ConsentLedger ledger,
      ConsentDecisions decisions,
      Addresses addresses,
      Suppressions suppressions,
      Confirmations confirmations,
      PersonalDataRecords records,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.lists = lists;
    this.ledger = ledger;
    this.decisions = decisions;
    this.addresses = addresses;
    this.suppressions = suppressions;
    this.confirmations = confirmations;
    this.records = records;
    this.clock = clock;
    // Each step commits on its own, also inside a caller's transaction (the preference page's).
    this.tx = new TransactionTemplate(transactions);
    tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Withdraws the list's consent if it is in force; idempotent: a second call changes nothing but
   * makes sure nothing of the list is left. {@code channel} and {@code method} say how the person
   * asked. The withdrawal commits first, on its own, and then the erasure runs.
   */
  void unsubscribe(
      SubjectId subject,
      String list,
      String channel,
      ConsentMethod method,
      String language,
      String clientAddress,
      String userAgent) {
    if (lists.find(list).isEmpty()) {
      return;
    }
    tx.executeWithoutResult(
        done -> withdraw(subject, list, channel, method, language, clientAddress, userAgent));
    try {
      tx.executeWithoutResult(done -> eraseUnlessInForce(subject, list));
    } catch (RuntimeException e) {
      // The withdrawal stands; the module listener erases after it (and at restart, if need be).
      log.warn(
          "Erasure after an unsubscribe failed; the withdrawal's listener retries it: {}",
          e.getClass().getName());
    }
  }

  private void withdraw(
      SubjectId subject,
      String list,
      String channel,
      ConsentMethod method,
      String language,
      String clientAddress,
      String userAgent) {
    if (IN_FORCE.contains(decisions.decide(subject, list).reason())) {
      ledger.record(
          new ConsentChange(
              subject,
              list,
              ConsentStatus.WITHDRAWN,
              null,
              language,
              null,
              null,
              channel,
              method,
              clientAddress,
              userAgent,
              Addresses.ACTOR));
    }
  }

  @ApplicationModuleListener
  void withdrawn(ConsentWithdrawn withdrawn) {
    eraseUnlessInForce(withdrawn.subject(), withdrawn.purpose());
  }

  private void eraseUnlessInForce(SubjectId subject, String listId) {
    var list = lists.find(listId);
    if (list.isEmpty() || IN_FORCE.contains(decisions.decide(subject, listId).reason())) {
      return;
    }
    List<EmailAddress> emails = addresses.of(subject);
    emails.forEach(e -> suppressions.suppress(listId, e, clock.instant()));
    confirmations.deleteFor(subject, listId);
    records.eraseActivity(subject, list.get().activities(), Addresses.ACTOR);
  }
}
