package no.vern.disclosure;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;
import no.vern.audit.ReadOfPersonalData;

/** Audit actions of the disclosure register. Codes are persisted; never renumber one. */
@AuditCodes(from = 6100, to = 6149)
public enum DisclosureAuditAction implements AuditAction {
  DISCLOSURE_RECORDED(6100),
  /** A person's disclosures read (API, admin page, access package); resource the subject. */
  @ReadOfPersonalData
  DISCLOSURES_READ(6101),
  /** The newest entries of the whole register read on the admin page; resource the register. */
  DISCLOSURE_REGISTER_READ(6102);

  private final int code;

  DisclosureAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
