package no.vern.retention;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/** Audit actions of retention. Codes are persisted; never renumber one. */
@AuditCodes(from = 5000, to = 5099)
public enum RetentionAuditAction implements AuditAction {
  /** A trigger date reported for a record or a subject (resource: record or subject id). */
  TRIGGER_REPORTED(5000),
  /** Many trigger dates at once (resource: the batch's id). */
  TRIGGERS_REPORTED(5001),
  /** A sweep run finished (resource: {@code <run id>:<SHA-256 of its evidence>}). */
  SWEEP_COMPLETED(5010),
  /** Someone asked for a sweep now (resource: the run id). */
  SWEEP_REQUESTED(5011),
  /** A purge certificate was downloaded (resource: the run id). */
  CERTIFICATE_READ(5012),
  HOLD_PLACED(5020),
  HOLD_LIFTED(5021),
  /** An erasure refused because a hold covers it (resource: the subject id, reason HELD). */
  ERASURE_HELD(5022),
  /** The holds covering one person were read (resource: the subject id). */
  PERSON_HOLDS_READ(5023),
  /** The forecast or the waiting list was read (ids and counts only). */
  FORECAST_READ(5030);

  private final int code;

  RetentionAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
