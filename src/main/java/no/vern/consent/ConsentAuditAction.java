package no.vern.consent;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;
import no.vern.audit.ReadOfPersonalData;

/**
 * Audit actions of this module: The consent ledger, decisions and receipts. Codes are persisted;
 * never renumber one.
 */
@AuditCodes(from = 4000, to = 4039)
public enum ConsentAuditAction implements AuditAction {
  CONSENT_GIVEN(4000),
  CONSENT_REFUSED(4001),
  CONSENT_WITHDRAWN(4002),
  CONSENT_EXPIRED(4003),
  CONSENT_RENEWED(4004),
  CONSENT_INVALIDATED(4005),
  @ReadOfPersonalData
  CONSENT_HISTORY_READ(4010),
  @ReadOfPersonalData
  CONSENT_HISTORY_EXPORTED(4011),
  @ReadOfPersonalData
  CONSENT_DECISION_READ(4012),
  @ReadOfPersonalData
  CONSENT_RECEIPT_READ(4013),
  CONSENT_RECEIPT_KEY_ROTATED(4020),
  CONSENT_RENEWAL_REQUESTED(4021);

  private final int code;

  ConsentAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
