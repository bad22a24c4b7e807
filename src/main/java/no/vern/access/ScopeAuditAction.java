package no.vern.access;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of need-to-know access (issue 18): refusals outside a scope, scopes given, grants
 * and break-glass. Resources are ids only (subject, user, grant). Codes are persisted; never
 * renumber one.
 */
@AuditCodes(from = 1500, to = 1549)
public enum ScopeAuditAction implements AuditAction {
  /**
   * A caller asked for a person outside their scope and was answered as if the person were unknown;
   * the resource is the subject id.
   */
  SCOPE_REFUSED(1500),
  /** A user or token was created with its scope (the resource is the user or token). */
  SCOPE_GIVEN(1501),
  /** A DPO or ADMIN gave a user a time-limited grant; the resource is the grant. */
  GRANT_GIVEN(1510),
  /** A grant was ended before its time; the resource is the grant. */
  GRANT_ENDED(1511),
  /** A user opened break-glass access to one person; the resource is the subject id. */
  BREAK_GLASS_OPENED(1520),
  /** A DPO or ADMIN recorded an access review as done; the resource is the review. */
  ACCESS_REVIEWED(1530),
  /** The DPO was mailed that the access review is due; the resource is the review reminder. */
  ACCESS_REVIEW_REMINDED(1531);

  private final int code;

  ScopeAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
