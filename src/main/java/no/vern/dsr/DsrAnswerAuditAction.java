package no.vern.dsr;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of the answers to access and portability requests, the self-service page and the
 * sign-in with OpenID Connect. The request itself has its own block (6000-6049). Codes are
 * persisted; never renumber one.
 */
@AuditCodes(from = 6050, to = 6099)
public enum DsrAnswerAuditAction implements AuditAction {
  /** A download link for a person's package was made (resource: the subject). */
  ANSWER_LINK_ISSUED(6050),
  /** The package behind a link was downloaded, which used the link up. */
  ANSWER_DOWNLOADED(6051),
  /** A link that was used, expired or never existed was tried. */
  ANSWER_LINK_REFUSED(6052),
  /** A self-service session began (after an e-mail code or a sign-in). */
  SELF_SERVICE_OPENED(6053),
  /** The person looked at their own data on the self-service page. */
  SELF_SERVICE_VIEWED(6054),
  /** The person downloaded their own package from the self-service page. */
  SELF_SERVICE_DOWNLOADED(6055),
  /** A sign-in with OpenID Connect matched a subject through the blind index. */
  OIDC_SIGNED_IN(6056),
  /** A sign-in with OpenID Connect succeeded but nobody holds the identity number. */
  OIDC_NO_SUBJECT(6057),
  /** Portable data was sent to another controller's endpoint (Art. 20(2)). */
  PORTABILITY_TRANSMITTED(6058),
  /** Sending portable data to another controller failed; nothing is recorded as disclosed. */
  PORTABILITY_TRANSMISSION_FAILED(6059),
  /** A case handler released a record that may mention others for the person's package. */
  RECORD_RELEASED(6060);

  private final int code;

  DsrAnswerAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
