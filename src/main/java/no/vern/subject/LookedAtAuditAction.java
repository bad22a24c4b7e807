package no.vern.subject;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;
import no.vern.audit.ReadOfPersonalData;

/**
 * Audit actions of "who has looked at this person" (issue 18). Reading the list is itself a read
 * about the person, so it is on the list. Codes are persisted; never renumber one.
 */
@AuditCodes(from = 1550, to = 1559)
public enum LookedAtAuditAction implements AuditAction {
  @ReadOfPersonalData
  SUBJECT_READERS_VIEWED(1550);

  private final int code;

  LookedAtAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
