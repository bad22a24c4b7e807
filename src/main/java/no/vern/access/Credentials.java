package no.vern.access;

import static no.vern.access.AccessAuditAction.FAILED_LOGIN_BURST;
import static no.vern.access.AccessAuditAction.LOGIN_FAILED;
import static no.vern.access.AccessAuditAction.LOGIN_SUCCEEDED;
import static no.vern.access.AccessAuditAction.LOGIN_THROTTLED;
import static no.vern.access.AccessAuditAction.LOGOUT;
import static no.vern.audit.AuditRecord.Outcome.DENIED;
import static no.vern.audit.AuditRecord.Outcome.FAILURE;
import static no.vern.audit.AuditRecord.Outcome.SUCCESS;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import no.vern.access.LoginResult.Reason;
import no.vern.access.LoginThrottlePolicy.Admission;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password against the admin users, throttled per client address and username
 * ({@link LoginThrottlePolicy}), and records every attempt on the audit trail.
 *
 * <p>Nothing in the answer tells a known username from an unknown one, a disabled account or a
 * throttled attempt: all are {@link LoginResult.Rejected}, which the login form shows alike. An
 * unknown name is checked against a decoy hash and a disabled account against its own, so both cost
 * one bcrypt like a wrong password. Only a throttled attempt skips the hash: that it is quick says
 * only what the caller already knows, that it failed often, and skipping it keeps a flood from
 * turning bcrypt against the server. Entries name users by id; an unknown name is not written at
 * all, since a typed username may be someone's e-mail address.
 */
@Service
public class Credentials {

  private final AdminUsers users;
  private final LoginThrottle throttle;
  private final FailedLoginMail mail;
  private final PasswordEncoder encoder;
  private final TransactionTemplate tx;
  private final AuditTrail audit;
  private final Clock clock;
  private final String decoyHash;

  Credentials(
      AdminUsers users,
      LoginThrottle throttle,
      FailedLoginMail mail,
      PasswordEncoder encoder,
      TransactionTemplate tx,
      AuditTrail audit,
      Clock clock) {
    this.users = users;
    this.throttle = throttle;
    this.mail = mail;
    this.encoder = encoder;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.decoyHash = encoder.encode(PasswordRules.oneTimePassword());
  }

  /**
   * @param clientAddress the caller's address as the public zone's rate limit sees it
   */
  public LoginResult login(String username, String password, String clientAddress) {
    String name = username == null ? "" : username;
    LoginThrottle.Keys keys = throttle.keys(clientAddress, name);
    Optional<AdminUser> found = name.isBlank() ? Optional.empty() : users.byUsername(name);
    Optional<UUID> userId = found.map(AdminUser::id);
    // Counted (or refused) and committed before the password is checked, so attempts running at
    // the same time on any instance see each other.
    Admission admission =
        tx.execute(
            status -> {
              Admission a = throttle.admit(keys);
              if (a.burstStarted()) {
                boolean mailed =
                    found.map(u -> mail.queue(u, a.username().failures())).orElse(false);
                record(userId, FAILED_LOGIN_BURST, mailed ? SUCCESS : FAILURE);
              }
              if (!a.admitted()) {
                record(userId, LOGIN_THROTTLED, DENIED);
              }
              return a;
            });
    if (!admission.admitted()) {
      return new LoginResult.Rejected(Reason.THROTTLED);
    }
    String hash = found.map(AdminUser::passwordHash).orElse(decoyHash);
    boolean matches = encoder.matches(password == null ? "" : password, hash);
    if (found.isPresent() && matches && found.get().enabled()) {
      AdminUser user = found.get();
      tx.executeWithoutResult(
          status -> {
            throttle.succeeded(keys);
            users.recordLogin(user.id(), clock.instant());
            record(userId, LOGIN_SUCCEEDED, SUCCESS);
          });
      return new LoginResult.Succeeded(user.id(), user.roles(), user.mustChangePassword());
    }
    // A disabled account is refused like a wrong password; only the trail says which it was.
    boolean disabled = found.isPresent() && !found.get().enabled();
    record(userId, LOGIN_FAILED, disabled ? DENIED : FAILURE);
    return new LoginResult.Rejected(Reason.BAD_CREDENTIALS);
  }

  /** Whether the user still signs in with a one-time password that must be replaced first. */
  public boolean mustChangePassword(UUID userId) {
    return users.byId(userId).map(AdminUser::mustChangePassword).orElse(false);
  }

  public void loggedOut(UUID userId) {
    record(Optional.of(userId), LOGOUT, SUCCESS);
  }

  /** By the user's id; an attempt on an unknown name is anonymous and names nobody. */
  private void record(Optional<UUID> userId, AuditAction action, Outcome outcome) {
    audit.recordDurably(
        userId
            .map(UUID::toString)
            .map(id -> new AuditRecord(ActorType.USER, id, action, "user", id, outcome))
            .orElseGet(
                () -> new AuditRecord(ActorType.ANONYMOUS, "", action, "user", "", outcome)));
  }
}
