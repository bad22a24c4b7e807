package no.vern.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happened. The numeric code is persisted and hashed into the chain, so a code is never reused
 * or renumbered; new actions take new codes. Ranges: 1xxx access, 11xx audit itself, 12xx recorded
 * by integrators, 20xx the inventory, 21xx the privacy notice, 30xx data subjects.
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
  SUBJECT_LOOKED_UP(3040),
  RECORDS_IMPORT_STARTED(3041);

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
