package no.vern.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.vern.consent.ConsentChange;
import no.vern.consent.ConsentLedger;
import no.vern.consent.ConsentMethod;
import no.vern.consent.ConsentReceipts;
import no.vern.consent.ConsentStatus;
import no.vern.consent.RecordedConsent;
import no.vern.intake.NewsletterSignupRequested;
import no.vern.mail.Attachment;
import no.vern.mail.Language;
import no.vern.mail.OutgoingMail;
import no.vern.shared.identifier.EmailAddress;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double opt-in. A sign-up through a newsletter form creates a request with a single-use token and
 * queues the confirmation mail; only the person's POST from the confirmation page records the
 * consent ({@code GIVEN}, method double opt-in, channel the form) and sends the welcome mail with
 * the signed receipt and the unsubscribe headers.
 *
 * <p>The request and its mail follow the form's record after its commit, in a transaction of their
 * own (a module listener): the event publication registry holds the sign-up until they are stored,
 * so a crash or a failure in between is retried at restart, and a retry of a sign-up that already
 * has its request does nothing.
 */
@Service
class DoubleOptIn {

  enum Result {
    CONFIRMED,
    ALREADY_CONFIRMED,
    EXPIRED,
    INVALID
  }

  /** What the confirmation POST did, with the language to answer in. */
  record Confirmation(Result result, String language, String list) {}

  private final Confirmations confirmations;
  private final ConfirmationRequests requests;
  private final Lists lists;
  private final Addresses addresses;
  private final NewsletterMails mails;
  private final ConsentLedger ledger;
  private final ConsentReceipts receipts;
  private final Suppressions suppressions;
  private final Clock clock;

  DoubleOptIn(
      Confirmations confirmations,
      ConfirmationRequests requests,
      Lists lists,
      Addresses addresses,
      NewsletterMails mails,
      ConsentLedger ledger,
      ConsentReceipts receipts,
      Suppressions suppressions,
      Clock clock) {
    this.confirmations = confirmations;
    this.requests = requests;
    this.lists = lists;
    this.addresses = addresses;
    this.mails = mails;
    this.ledger = ledger;
    this.receipts = receipts;
    this.suppressions = suppressions;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void signupRequested(NewsletterSignupRequested request) {
    var list = lists.find(request.consentPurpose());
    if (list.isEmpty()
        || confirmations.existsFor(request.subject(), list.get().id(), request.record().value())) {
      return;
    }
    Optional<EmailAddress> to = addresses.first(request.subject());
    if (to.isEmpty()) {
      return;
    }
    Language language = Language.of(request.language()).orElse(Language.NB);
    requests.start(
        request.subject(),
        list.get(),
        request.record().value(),
        request.formId(),
        language,
        to.get());
  }

  /** The request behind a token, for the confirmation page; nothing changes. */
  Optional<Confirmations.Pending> pending(String token) {
    return confirmations.find(token);
  }

  @Transactional
  Confirmation confirm(String token, String clientAddress, String userAgent) {
    Optional<Confirmations.Pending> found = confirmations.find(token);
    Instant now = clock.instant();
    if (found.isEmpty()) {
      return new Confirmation(Result.INVALID, null, null);
    }
    Confirmations.Pending p = found.get();
    if (p.usedAt() != null) {
      return new Confirmation(Result.ALREADY_CONFIRMED, p.language(), p.list());
    }
    if (!p.expiresAt().isAfter(now)) {
      return new Confirmation(Result.EXPIRED, p.language(), p.list());
    }
    if (!confirmations.use(token, now)) {
      return new Confirmation(Result.INVALID, p.language(), p.list());
    }
    Language language = Language.of(p.language()).orElse(Language.NB);
    var list = lists.find(p.list()).orElseThrow(() -> new IllegalStateException("No list"));
    java.util.List<EmailAddress> to = addresses.of(p.subject());
    // The person proved the address from their mailbox: only this clears an unsubscribe's block,
    // and it must be cleared before the consent is recorded (SuppressionGuard checks it).
    to.forEach(a -> suppressions.clear(p.list(), a));
    RecordedConsent given =
        ledger.record(
            new ConsentChange(
                p.subject(),
                p.list(),
                ConsentStatus.GIVEN,
                null,
                language.tag(),
                null,
                null,
                "form:" + p.formId(),
                ConsentMethod.DOUBLE_OPT_IN,
                clientAddress,
                userAgent,
                Addresses.ACTOR));
    if (!to.isEmpty()) {
      String title = list.title().in(language.tag());
      OutgoingMail welcome =
          mails.listMail(
              "consent.newsletter-welcome",
              to.get(0),
              language,
              p.subject(),
              p.list(),
              "consent.newsletter-welcome",
              Map.of(
                  "list",
                  title,
                  "preferences",
                  mails.preferencesUrl(p.subject(), now, language),
                  "unsubscribe",
                  mails.unsubscribeUrl(p.subject(), p.list())),
              title);
      var receipt = receipts.receiptFor(given.event());
      if (receipt.isPresent()) {
        welcome =
            welcome.withAttachment(
                new Attachment(
                    "receipt.jws",
                    "application/jose",
                    receipt.get().jws().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      }
      mails.enqueue(welcome);
    }
    return new Confirmation(Result.CONFIRMED, language.tag(), p.list());
  }
}
