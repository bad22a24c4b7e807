package no.vern.disclosure;

import java.util.List;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.shared.web.CallerRoles;
import no.vern.subject.SubjectId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The DPO's reads of the register: everything, confidential entries included and marked with their
 * ground. Each read is audited by id before anything is returned.
 */
@Service
class DisclosureRegister {

  static final int NEWEST = 100;

  private final DisclosureRows rows;
  private final AuditTrail audit;

  DisclosureRegister(DisclosureRows rows, AuditTrail audit) {
    this.rows = rows;
    this.audit = audit;
  }

  /** Confidential disclosures are for the DPO and administrators only. */
  static boolean mayReadAll(Authentication caller) {
    return CallerRoles.any(caller, "ADMIN", "DPO");
  }

  List<DisclosureRow> of(SubjectId subject, String actor) {
    audit.record(
        AuditActor.of(actor)
            .did(
                DisclosureAuditAction.DISCLOSURES_READ,
                "subject",
                subject.toString(),
                AuditRecord.Outcome.SUCCESS));
    return rows.of(subject);
  }

  List<DisclosureRow> newest(String actor) {
    audit.record(
        AuditActor.of(actor)
            .did(
                DisclosureAuditAction.DISCLOSURE_REGISTER_READ,
                "disclosure-register",
                "newest-" + NEWEST,
                AuditRecord.Outcome.SUCCESS));
    return rows.newest(NEWEST);
  }
}
