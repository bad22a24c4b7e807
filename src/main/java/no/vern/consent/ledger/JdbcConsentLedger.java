package no.vern.consent.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.consent.ConsentAuditAction;
import no.vern.consent.ConsentChange;
import no.vern.consent.ConsentChanged;
import no.vern.consent.ConsentEntry;
import no.vern.consent.ConsentEventId;
import no.vern.consent.ConsentLedger;
import no.vern.consent.ConsentMethod;
import no.vern.consent.ConsentStatus;
import no.vern.consent.RecordedConsent;
import no.vern.consent.domain.ConsentState;
import no.vern.consent.domain.ConsentTransitions;
import no.vern.consent.purpose.PurposeCatalogue;
import no.vern.consent.receipt.ReceiptIssuer;
import no.vern.subject.SubjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class JdbcConsentLedger implements ConsentLedger {

  private static final AuditActor EXPIRY = AuditActor.system("consent-expiry");

  private final ChangeValidation validation;
  private final ConsentEvents events;
  private final ConsentStates states;
  private final ReceiptIssuer receipts;
  private final ProofKeys proofs;
  private final PurposeCatalogue catalogue;
  private final ApplicationEventPublisher publisher;
  private final AuditTrail audit;
  private final Clock clock;

  JdbcConsentLedger(
      ChangeValidation validation,
      ConsentEvents events,
      ConsentStates states,
      ReceiptIssuer receipts,
      ProofKeys proofs,
      PurposeCatalogue catalogue,
      ApplicationEventPublisher publisher,
      AuditTrail audit,
      Clock clock) {
    this.validation = validation;
    this.events = events;
    this.states = states;
    this.receipts = receipts;
    this.proofs = proofs;
    this.catalogue = catalogue;
    this.publisher = publisher;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public RecordedConsent record(ConsentChange change) {
    ChangeValidation.Valid v = validation.validate(change);
    UUID subject = v.subject().value();
    states.lock(subject, v.purpose());
    ConsentState current = states.find(subject, v.purpose()).map(s -> s.state()).orElse(null);
    // PostgreSQL keeps microseconds; the time handed back must be the time stored.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ConsentStatus status = ConsentTransitions.recorded(v.status(), current, now);
    ProofKeys.Proof proof = v.address() == null ? null : proofs.address(v.address());
    AuditActor actor = AuditActor.of(v.actor());
    var row =
        new ConsentEvents.Row(
            UUID.randomUUID(),
            subject,
            v.purpose(),
            status,
            now,
            v.noticeVersion(),
            v.language(),
            v.textSha256(),
            v.channel(),
            v.method().code(),
            proof == null ? null : proof.hmac(),
            proof == null ? null : proof.keyId(),
            v.userAgent(),
            actor.type().name(),
            actor.id());
    Period maxAge = catalogue.current().maxAge(v.purpose()).orElse(null);
    return append(row, maxAge, actor);
  }

  /**
   * Writes {@code EXPIRED} for a consent whose maximum age has come, dated when it expired (not
   * when the sweep saw it), with the notice, language and text of the event it ends. Does nothing
   * when another change got there first. Its own transaction.
   */
  @Transactional
  public boolean expire(ConsentStates.Expiring due, Instant now) {
    states.lock(due.subject(), due.purpose());
    var stored = states.find(due.subject(), due.purpose()).orElse(null);
    if (stored == null || !stored.event().equals(due.event()) || !stored.state().expiredAt(now)) {
      return false;
    }
    ConsentEvents.Row ended = events.find(due.event()).orElseThrow();
    var row =
        new ConsentEvents.Row(
            UUID.randomUUID(),
            due.subject(),
            due.purpose(),
            ConsentStatus.EXPIRED,
            stored.state().expiresAt(),
            ended.noticeVersion(),
            ended.language(),
            ended.textSha256(),
            "system",
            ConsentMethod.SYSTEM.code(),
            null,
            null,
            null,
            EXPIRY.type().name(),
            EXPIRY.id());
    append(row, null, EXPIRY);
    return true;
  }

  private RecordedConsent append(ConsentEvents.Row row, Period maxAge, AuditActor actor) {
    events.insert(row);
    ConsentState next = ConsentTransitions.after(row.status(), row.at(), maxAge);
    states.put(row.subject(), row.purpose(), next, row.id(), row.noticeVersion());
    if (row.status().receipted()) {
      receipts.issue(row, next.expiresAt());
    }
    var event = new ConsentEventId(row.id());
    var subject = new SubjectId(row.subject());
    publisher.publishEvent(
        ConsentChanged.of(row.status(), event, subject, row.purpose(), row.at()));
    audit.record(
        actor.did(auditAction(row.status()), "subject", subject.toString(), Outcome.SUCCESS));
    return new RecordedConsent(
        event,
        subject,
        row.purpose(),
        row.status(),
        row.at(),
        row.noticeVersion(),
        row.status().receipted());
  }

  @Override
  public List<ConsentEntry> history(SubjectId subject, String actor) {
    return history(subject, actor, ConsentAuditAction.CONSENT_HISTORY_READ);
  }

  /** As {@link #history(SubjectId, String)}, recorded as a read or as an export. */
  public List<ConsentEntry> history(SubjectId subject, String actor, AuditAction action) {
    // Recorded before the history is handed out: a read of personal data never goes unrecorded.
    audit.recordDurably(
        AuditActor.of(actor).did(action, "subject", subject.toString(), Outcome.SUCCESS));
    return events.history(subject);
  }

  static AuditAction auditAction(ConsentStatus status) {
    return switch (status) {
      case GIVEN -> ConsentAuditAction.CONSENT_GIVEN;
      case REFUSED -> ConsentAuditAction.CONSENT_REFUSED;
      case WITHDRAWN -> ConsentAuditAction.CONSENT_WITHDRAWN;
      case EXPIRED -> ConsentAuditAction.CONSENT_EXPIRED;
      case RENEWED -> ConsentAuditAction.CONSENT_RENEWED;
      case INVALIDATED -> ConsentAuditAction.CONSENT_INVALIDATED;
    };
  }
}
