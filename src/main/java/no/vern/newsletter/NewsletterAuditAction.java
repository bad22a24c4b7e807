package no.vern.newsletter;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;
import no.vern.audit.ReadOfPersonalData;

/**
 * Audit actions of this module: Newsletters: double opt-in, sending, suppression and the preference
 * page. Codes are persisted; never renumber one.
 */
@AuditCodes(from = 4041, to = 4079)
public enum NewsletterAuditAction implements AuditAction {
  NEWSLETTER_CONFIRMATION_REQUESTED(4041),
  NEWSLETTER_RECIPIENTS_READ(4042),
  NEWSLETTER_MAILING_QUEUED(4043),
  NEWSLETTER_SUPPRESSION_BLOCKED(4044),
  NEWSLETTER_PREFERENCE_LINK_SENT(4045),
  @ReadOfPersonalData
  NEWSLETTER_PREFERENCES_READ(4046),
  NEWSLETTER_RENEWAL_ASKED(4047),
  NEWSLETTER_CONFIRMATION_EXPIRED(4048);

  private final int code;

  NewsletterAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
