package no.vern.subject;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;
import no.vern.audit.ReadOfPersonalData;

/**
 * Audit actions of this module: Data subjects, their identifiers and records. ACTIVITY_DATA_ERASED
 * (4040) was numbered with the newsletters, which first needed it. Codes are persisted; never
 * renumber one.
 */
@AuditCodes(from = 3000, to = 3010)
@AuditCodes(from = 3012, to = 3040)
@AuditCodes(from = 4040, to = 4040)
public enum SubjectAuditAction implements AuditAction {
  SUBJECT_CREATED(3000),
  @ReadOfPersonalData
  SUBJECT_IDENTIFIERS_READ(3001),
  SUBJECT_MERGED(3002),
  SUBJECT_KEYS_ROTATED(3003),
  RECORD_STORED(3010),
  @ReadOfPersonalData
  SUBJECT_VIEWED(3020),
  @ReadOfPersonalData
  SUBJECT_SEARCHED(3021),
  @ReadOfPersonalData
  SUBJECT_RECORDS_READ(3022),
  @ReadOfPersonalData
  RECORD_READ(3023),
  RECORD_INFORMED(3024),
  RECORD_REVIEWED(3025),
  @ReadOfPersonalData
  SUBJECT_LOOKED_UP(3040),
  ACTIVITY_DATA_ERASED(4040);

  private final int code;

  SubjectAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
