package no.vern.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.consent.ConsentDecisions;
import no.vern.subject.PersonalDataRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data minimisation for sign-ups nobody confirmed: once a request's link has expired, the
 * newsletter records of a person who is not subscribed are deleted (with their identifiers when
 * nothing else is left), and the request goes too. A person already subscribed keeps the records
 * their subscription rests on.
 */
@Component
class ConfirmationSweep {

  private final Confirmations confirmations;
  private final Lists lists;
  private final ConsentDecisions decisions;
  private final PersonalDataRecords records;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate transaction;

  ConfirmationSweep(
      Confirmations confirmations,
      Lists lists,
      ConsentDecisions decisions,
      PersonalDataRecords records,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.transaction = new TransactionTemplate(transactions);
    this.confirmations = confirmations;
    this.lists = lists;
    this.decisions = decisions;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  /** The {@code newsletter.confirmation-sweep} task (NewsletterTasks). */
  void scheduled() {
    sweep(clock.instant());
  }

  /**
   * Returns how many unconfirmed requests were removed. One transaction, also when called from
   * {@link #scheduled()} (a call on {@code this} would bypass {@code @Transactional}).
   */
  int sweep(Instant now) {
    return transaction.execute(status -> sweepInTransaction(now));
  }

  private int sweepInTransaction(Instant now) {
    List<Confirmations.Pending> due = confirmations.unconfirmedBefore(now, Integer.MAX_VALUE);
    for (Confirmations.Pending p : due) {
      var list = lists.find(p.list());
      if (list.isPresent() && !decisions.decide(p.subject(), p.list()).allowed()) {
        records.eraseActivity(p.subject(), list.get().activities(), Addresses.ACTOR);
      }
    }
    confirmations.deleteExpired(now);
    if (!due.isEmpty()) {
      audit.record(
          AuditActor.system("newsletter")
              .did(
                  NewsletterAuditAction.NEWSLETTER_CONFIRMATION_EXPIRED,
                  "newsletter-confirmation",
                  String.valueOf(due.size()),
                  Outcome.SUCCESS));
    }
    return due.size();
  }
}
