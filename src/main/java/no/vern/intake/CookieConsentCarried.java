package no.vern.intake;

import java.util.UUID;
import no.vern.shared.DomainEvent;
import no.vern.subject.SubjectId;

/**
 * A public form submission carried the id of the visitor's cookie choice on the same site (the
 * {@code vern_consent} cookie, read by embed.js). Published inside the transaction that stored the
 * person's record, so a listener after commit sees it only once the person exists; the cookie log
 * links the id to the person (docs/cookies.md). Ids only.
 */
public record CookieConsentCarried(SubjectId subject, CookieConsent cookieConsent)
    implements DomainEvent {

  /** The consent id of the cookie log, as the banner handed it to the site. */
  public record CookieConsent(UUID value) {}
}
