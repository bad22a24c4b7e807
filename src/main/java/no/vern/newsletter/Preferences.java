package no.vern.newsletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.consent.ConsentChange;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.ConsentEntry;
import no.vern.consent.ConsentEventId;
import no.vern.consent.ConsentLedger;
import no.vern.consent.ConsentMethod;
import no.vern.consent.ConsentReceipt;
import no.vern.consent.ConsentReceipts;
import no.vern.consent.ConsentStatus;
import no.vern.consent.Decision.Reason;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own view of their consents (Art. 7(3), 15): every consent purpose of the active
 * inventory they have decided about, its state, their receipts, and one-step withdrawal and giving
 * again. A list's consent is withdrawn the way an unsubscribe is (with the erasure); given again
 * only through a new double opt-in, since the address may be suppressed.
 */
@Service
class Preferences {

  static final String CHANNEL = "preference-page";

  /** What the page shows of one purpose: state is GIVEN, RENEWAL, WITHDRAWN, EXPIRED, ... */
  record Choice(String purpose, String title, String state, boolean list, List<Receipt> receipts) {
    public boolean inForce() {
      return state.equals("GIVEN") || state.equals("RENEWAL");
    }
  }

  /** One receipt of the person: the event, what it recorded and when. */
  record Receipt(UUID event, String status, Instant at) {
    private static final java.time.format.DateTimeFormatter WHEN =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    /** When, to the minute, for the page. */
    public String when() {
      return WHEN.format(at);
    }
  }

  /** What giving again did. */
  enum Given {
    RECORDED,
    CONFIRMATION_SENT,
    NO_ADDRESS,
    UNCHANGED
  }

  private final ProcessingInventory inventory;
  private final ConsentLedger ledger;
  private final ConsentDecisions decisions;
  private final ConsentReceipts receipts;
  private final Lists lists;
  private final Unsubscriptions unsubscriptions;
  private final OptInAgain optInAgain;
  private final AuditTrail audit;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final java.time.Clock clock;

  Preferences(
      ProcessingInventory inventory,
      ConsentLedger ledger,
      ConsentDecisions decisions,
      ConsentReceipts receipts,
      Lists lists,
      Unsubscriptions unsubscriptions,
      OptInAgain optInAgain,
      AuditTrail audit,
      org.springframework.context.ApplicationEventPublisher events,
      java.time.Clock clock) {
    this.inventory = inventory;
    this.ledger = ledger;
    this.decisions = decisions;
    this.receipts = receipts;
    this.lists = lists;
    this.unsubscriptions = unsubscriptions;
    this.optInAgain = optInAgain;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Art. 21(3): the person objects to direct marketing. Absolute: no case handler weighs it; it
   * stops every activity the inventory marks {@code directMarketing}, in this transaction.
   */
  @Transactional
  void objectToMarketing(SubjectId subject) {
    events.publishEvent(new DirectMarketingObjected(subject, clock.instant()));
  }

  /** The page's content; the view is audited by the subject id alone. */
  List<Choice> choices(SubjectId subject, String language) {
    audit.record(
        AuditActor.current()
            .did(
                NewsletterAuditAction.NEWSLETTER_PREFERENCES_READ,
                "subject",
                subject.toString(),
                Outcome.SUCCESS));
    Map<String, List<ConsentEntry>> byPurpose = new LinkedHashMap<>();
    for (ConsentEntry e : ledger.history(subject, Addresses.ACTOR)) {
      byPurpose.computeIfAbsent(e.purpose(), p -> new ArrayList<>()).add(e);
    }
    List<Choice> choices = new ArrayList<>();
    for (ConsentPurpose purpose : purposes()) {
      List<ConsentEntry> events = byPurpose.get(purpose.code());
      if (events == null || events.isEmpty()) {
        continue;
      }
      ConsentEntry last = events.get(events.size() - 1);
      List<Receipt> own =
          events.stream()
              .filter(ConsentEntry::receipt)
              .map(e -> new Receipt(e.event().value(), e.status().code(), e.at()))
              .toList();
      choices.add(
          new Choice(
              purpose.code(),
              purpose.title().in(language),
              state(subject, purpose.code(), last.status()),
              lists.find(purpose.code()).isPresent(),
              own));
    }
    return choices;
  }

  @Transactional
  boolean withdraw(
      SubjectId subject, String purpose, String language, String address, String agent) {
    if (!known(purpose)) {
      return false;
    }
    if (lists.find(purpose).isPresent()) {
      unsubscriptions.unsubscribe(
          subject, purpose, CHANNEL, ConsentMethod.FORM, language, address, agent);
      return true;
    }
    if (inForce(subject, purpose)) {
      ledger.record(change(subject, purpose, ConsentStatus.WITHDRAWN, language, address, agent));
    }
    return true;
  }

  @Transactional
  Given giveAgain(
      SubjectId subject, String purpose, String language, String address, String agent) {
    if (!known(purpose)) {
      return Given.UNCHANGED;
    }
    Reason reason = decisions.decide(subject, purpose).reason();
    if (reason == Reason.CONSENT_GIVEN) {
      return Given.UNCHANGED;
    }
    if (lists.find(purpose).isPresent()) {
      return optInAgain.start(subject, purpose, language)
          ? Given.CONFIRMATION_SENT
          : Given.NO_ADDRESS;
    }
    ledger.record(change(subject, purpose, ConsentStatus.GIVEN, language, address, agent));
    return Given.RECORDED;
  }

  /** The receipt of one of the person's own events; empty for anyone else's. */
  Optional<ConsentReceipt> receipt(SubjectId subject, UUID event) {
    boolean own =
        ledger.history(subject, Addresses.ACTOR).stream()
            .anyMatch(e -> e.receipt() && e.event().value().equals(event));
    return own ? receipts.receiptFor(new ConsentEventId(event)) : Optional.empty();
  }

  private String state(SubjectId subject, String purpose, ConsentStatus last) {
    if (!last.inForce()) {
      return last.name();
    }
    return switch (decisions.decide(subject, purpose).reason()) {
      case EXPIRED -> "EXPIRED";
      case RENEWAL_REQUIRED -> "RENEWAL";
      case WITHDRAWN -> "WITHDRAWN";
      default -> "GIVEN";
    };
  }

  private boolean inForce(SubjectId subject, String purpose) {
    Reason reason = decisions.decide(subject, purpose).reason();
    return reason == Reason.CONSENT_GIVEN
        || reason == Reason.RENEWAL_REQUIRED
        || reason == Reason.RESTRICTED
        || reason == Reason.OBJECTED;
  }

  private boolean known(String purpose) {
    return purposes().stream().anyMatch(p -> p.code().equals(purpose));
  }

  private List<ConsentPurpose> purposes() {
    return inventory
        .active()
        .map(InventoryVersion::inventory)
        .map(i -> i.consentPurposes() == null ? List.<ConsentPurpose>of() : i.consentPurposes())
        .orElse(List.of());
  }

  private static ConsentChange change(
      SubjectId subject,
      String purpose,
      ConsentStatus status,
      String language,
      String address,
      String agent) {
    return new ConsentChange(
        subject,
        purpose,
        status,
        null,
        language,
        null,
        null,
        CHANNEL,
        ConsentMethod.FORM,
        address,
        agent,
        Addresses.ACTOR);
  }
}
