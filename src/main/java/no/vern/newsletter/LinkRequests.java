package no.vern.newsletter;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.mail.Language;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person asks for a link to their preference page by entering an address. Whether the address is
 * known is never told (the answer is the same either way); when it is, the link goes to that
 * mailbox only, so only its owner can open the page. For an unknown address the work stops after
 * one indexed look-up of its blind index.
 */
@Service
class LinkRequests {

  private static final AuditActor SYSTEM = AuditActor.system("newsletter");

  private final SubjectRegistry registry;
  private final NewsletterMails mails;
  private final NewsletterSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  LinkRequests(
      SubjectRegistry registry,
      NewsletterMails mails,
      NewsletterSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.registry = registry;
    this.mails = mails;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  void request(String email, String lang) {
    Optional<EmailAddress> address =
        email == null ? Optional.empty() : EmailAddress.parse(email.strip()).toOptional();
    if (address.isEmpty()) {
      return;
    }
    Optional<SubjectId> subject;
    try {
      subject = registry.find(new Identifier(IdentifierType.EMAIL, address.get().normalised()));
    } catch (IllegalArgumentException invalid) {
      return;
    }
    if (subject.isEmpty()) {
      return;
    }
    Language language = Language.of(lang).orElse(Language.NB);
    mails.send(
        "consent.newsletter-preferences",
        address.get(),
        language,
        mails.render(
            "consent.newsletter-preferences",
            language,
            Map.of(
                "link",
                mails.preferencesUrl(subject.get(), clock.instant(), language),
                "days",
                settings.preferenceLinkTtl().toDays())),
        List.of());
    audit.record(
        SYSTEM.did(
            NewsletterAuditAction.NEWSLETTER_PREFERENCE_LINK_SENT,
            "subject",
            subject.get().toString(),
            Outcome.SUCCESS));
  }
}
