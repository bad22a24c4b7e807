package no.vern.access;

import static no.vern.access.AccessAuditAction.ACCOUNT_LOCKED;
import static no.vern.access.AccessAuditAction.LOGIN_FAILED;
import static no.vern.access.AccessAuditAction.LOGIN_SUCCEEDED;
import static no.vern.access.AccessAuditAction.LOGOUT;
import static no.vern.audit.AuditRecord.Outcome.DENIED;
import static no.vern.audit.AuditRecord.Outcome.FAILURE;
import static no.vern.audit.AuditRecord.Outcome.SUCCESS;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.vern.access.LoginResult.Reason;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password against the admin users, with lockout, and records every attempt
 * on the audit trail. Entries name the user by id only: a username may be an e-mail address.
 */
@Service
public class Credentials {

  private final AdminUsers users;
  private final LockoutPolicy lockout;
  private final PasswordEncoder encoder;
  private final TransactionTemplate tx;
  private final AuditTrail audit;
  private final Clock clock;
  // Checked against unknown usernames so they take as long as known ones and cannot be told apart.
  private final String decoyHash;

  Credentials(
      AdminUsers users,
      AccessSettings settings,
      PasswordEncoder encoder,
      TransactionTemplate tx,
      AuditTrail audit,
      Clock clock) {
    this.users = users;
    this.lockout = settings.lockoutPolicy();
    this.encoder = encoder;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.decoyHash = encoder.encode(PasswordRules.oneTimePassword());
  }

  public LoginResult login(String username, String password) {
    Optional<AdminUser> found = users.byUsername(username == null ? "" : username);
    if (found.isEmpty()) {
      encoder.matches(password, decoyHash);
      audit.recordDurably(
          new AuditRecord(ActorType.ANONYMOUS, "", LOGIN_FAILED, "user", "", FAILURE));
      return new LoginResult.Rejected(Reason.BAD_CREDENTIALS);
    }
    AdminUser user = found.get();
    Instant now = clock.instant();
    if (!user.enabled()) {
      record(user.id(), LOGIN_FAILED, DENIED);
      return new LoginResult.Rejected(Reason.DISABLED);
    }
    if (lockout.isLocked(user.lockedUntil(), now)) {
      record(user.id(), LOGIN_FAILED, DENIED);
      return new LoginResult.Rejected(Reason.LOCKED);
    }
    if (password == null || !encoder.matches(password, user.passwordHash())) {
      return failed(user.id(), now);
    }
    users.recordLogin(user.id(), now);
    record(user.id(), LOGIN_SUCCEEDED, SUCCESS);
    return new LoginResult.Succeeded(user.id(), user.roles(), user.mustChangePassword());
  }

  /** Whether the user still signs in with a one-time password that must be replaced first. */
  public boolean mustChangePassword(UUID userId) {
    return users.byId(userId).map(AdminUser::mustChangePassword).orElse(false);
  }

  public void loggedOut(UUID userId) {
    record(userId, LOGOUT, SUCCESS);
  }

  private LoginResult failed(UUID userId, Instant now) {
    boolean lockedNow =
        Boolean.TRUE.equals(
            tx.execute(
                status -> {
                  AdminUser current = users.byIdForUpdate(userId).orElseThrow();
                  int failures =
                      lockout.failuresAfterOneMore(
                          current.failedAttempts(), current.lockedUntil(), now);
                  Optional<Instant> lockedUntil = lockout.lockAfter(failures, now);
                  users.recordFailures(userId, failures, lockedUntil.orElse(null));
                  return lockedUntil.isPresent();
                }));
    record(userId, LOGIN_FAILED, FAILURE);
    if (lockedNow) {
      record(userId, ACCOUNT_LOCKED, SUCCESS);
      return new LoginResult.Rejected(Reason.LOCKED);
    }
    return new LoginResult.Rejected(Reason.BAD_CREDENTIALS);
  }

  private void record(UUID userId, AuditAction action, Outcome outcome) {
    String id = userId.toString();
    audit.recordDurably(new AuditRecord(ActorType.USER, id, action, "user", id, outcome));
  }
}
