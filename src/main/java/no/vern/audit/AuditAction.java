package no.vern.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happened. The numeric code is persisted and hashed into the chain, so a code is never reused
 * or renumbered; new actions take new codes. Ranges: 1xxx access, 11xx audit itself, 12xx recorded
 * by integrators, 13xx outgoing mail, 14xx event publications, 20xx the inventory, 21xx the privacy
 * notice, 30xx data subjects, 40xx consent.
 */
public enum AuditAction {
  LOGIN_SUCCEEDED(1000),
  LOGIN_FAILED(1001),
  LOGOUT(1002),
  ACCOUNT_LOCKED(1003),
  USER_CREATED(1010),
  USER_DISABLED(1011),
  USER_ENABLED(1012),
  PASSWORD_CHANGED(1013),
  API_TOKEN_CREATED(1020),
  API_TOKEN_REVOKED(1021),
  API_TOKEN_USED(1022),
  API_TOKEN_REJECTED(1023),
  AUDIT_VERIFIED(1100),
  AUDIT_PURGED(1101),
  AUDIT_VIEWED(1102),
  EXTERNAL_EVENT(1200),
  MAIL_SENT(1300),
  MAIL_GAVE_UP(1301),
  MAIL_RETRIED(1302),
  EVENT_PUBLICATIONS_RESUBMITTED(1410),
  INVENTORY_ACTIVATED(2000),
  INVENTORY_REJECTED(2001),
  INVENTORY_VIEWED(2002),
  PRIVACY_NOTICE_PUBLISHED(2100),
  SUBJECT_CREATED(3000),
  SUBJECT_IDENTIFIERS_READ(3001),
  SUBJECT_MERGED(3002),
  SUBJECT_KEYS_ROTATED(3003),
  RECORD_STORED(3010),
  RECORDS_IMPORTED(3011),
  SUBJECT_VIEWED(3020),
  SUBJECT_SEARCHED(3021),
  SUBJECT_RECORDS_READ(3022),
  RECORD_READ(3023),
  RECORD_INFORMED(3024),
  RECORD_REVIEWED(3025),
  SUBJECT_LOOKED_UP(3040),
  RECORDS_IMPORT_STARTED(3041),
  CONSENT_GIVEN(4000),
  CONSENT_REFUSED(4001),
  CONSENT_WITHDRAWN(4002),
  CONSENT_EXPIRED(4003),
  CONSENT_RENEWED(4004),
  CONSENT_INVALIDATED(4005),
  CONSENT_HISTORY_READ(4010),
  CONSENT_HISTORY_EXPORTED(4011),
  CONSENT_DECISION_READ(4012),
  CONSENT_RECEIPT_READ(4013),
  CONSENT_RECEIPT_KEY_ROTATED(4020),
  CONSENT_RENEWAL_REQUESTED(4021),
  // 4040-4079: newsletters. ACTIVITY_DATA_ERASED is the subject module's erasure of one activity's
  // records, first needed (and so numbered) for newsletter unsubscribes.
  ACTIVITY_DATA_ERASED(4040),
  NEWSLETTER_CONFIRMATION_REQUESTED(4041),
  NEWSLETTER_RECIPIENTS_READ(4042),
  NEWSLETTER_MAILING_QUEUED(4043),
  NEWSLETTER_SUPPRESSION_BLOCKED(4044),
  NEWSLETTER_PREFERENCE_LINK_SENT(4045),
  NEWSLETTER_PREFERENCES_READ(4046),
  NEWSLETTER_RENEWAL_ASKED(4047),
  NEWSLETTER_CONFIRMATION_EXPIRED(4048);

  private static final Map<Integer, AuditAction> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toMap(AuditAction::code, Function.identity()));

  private final int code;

  AuditAction(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static AuditAction ofCode(int code) {
    AuditAction action = BY_CODE.get(code);
    if (action == null) {
      throw new IllegalArgumentException("Unknown audit action code " + code);
    }
    return action;
  }
}
