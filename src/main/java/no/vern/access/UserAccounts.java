package no.vern.access;

import static no.vern.access.AccessAuditAction.PASSWORD_CHANGED;
import static no.vern.access.AccessAuditAction.USER_CREATED;
import static no.vern.access.AccessAuditAction.USER_DISABLED;
import static no.vern.access.AccessAuditAction.USER_ENABLED;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating, disabling, enabling and unlocking admin users, and changing passwords. */
@Service
class UserAccounts {

  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@+-]{3,100}");

  private final AdminUsers users;
  private final ScopeRows scopes;
  private final LoginThrottle throttle;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final Clock clock;

  UserAccounts(
      AdminUsers users,
      ScopeRows scopes,
      LoginThrottle throttle,
      PasswordEncoder encoder,
      AuditTrail audit,
      Clock clock) {
    this.users = users;
    this.scopes = scopes;
    this.throttle = throttle;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  List<AdminUser> all() {
    return users.all();
  }

  /** Each user's scope label by principal name, for the users page; "*" is all controllers. */
  java.util.Map<String, String> scopeLabels() {
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    scopes.all().forEach((p, s) -> labels.put(p, s.label()));
    return labels;
  }

  /**
   * A new user with the scope chosen for them (docs/need-to-know.md): there is no default, so a
   * null scope is refused like a missing role.
   */
  @org.springframework.transaction.annotation.Transactional
  AdminUser create(
      Actor actor,
      String username,
      String password,
      Set<Role> roles,
      boolean mustChange,
      Scope scope) {
    String name = username == null ? "" : username.strip();
    if (!USERNAME.matcher(name).matches()) {
      throw new RuleViolation("access.users.usernameInvalid");
    }
    PasswordRules.problem(password).ifPresent(key -> fail(key));
    if (roles == null || roles.isEmpty()) {
      throw new RuleViolation("access.roles.required");
    }
    if (scope == null) {
      throw new RuleViolation("access.scope.required");
    }
    if (users.usernameTaken(name)) {
      throw new RuleViolation("access.users.usernameTaken");
    }
    AdminUser user =
        new AdminUser(
            UUID.randomUUID(),
            name,
            encoder.encode(password),
            EnumSet.copyOf(roles),
            true,
            mustChange,
            clock.instant(),
            null);
    try {
      users.insert(user, scope.all());
    } catch (DuplicateKeyException raceWithAnotherInstance) {
      throw new RuleViolation("access.users.usernameTaken");
    }
    scopes.insert(no.vern.shared.PrincipalNames.user(user.id()), scope);
    record(actor, USER_CREATED, user.id());
    record(actor, ScopeAuditAction.SCOPE_GIVEN, user.id());
    return user;
  }

  void setEnabled(Actor actor, UUID id, boolean enabled) {
    if (enabled == false && actor.id().equals(id.toString())) {
      // Disabling yourself could leave nobody able to sign in and undo it.
      throw new RuleViolation("access.users.cannotDisableSelf");
    }
    if (users.setEnabled(id, enabled)) {
      record(actor, enabled ? USER_ENABLED : USER_DISABLED, id);
    }
  }

  /**
   * Lifts the delays on the account's username (its pair and username counters; the addresses that
   * failed stay throttled). Audited as an enable, which is what it amounts to.
   */
  void unlock(Actor actor, UUID id) {
    users
        .byId(id)
        .ifPresent(
            user -> {
              throttle.lift(user.username());
              record(actor, USER_ENABLED, id);
            });
  }

  /** Whether the account's username has seen a burst of failed sign-ins not yet forgotten. */
  boolean underAttack(AdminUser user) {
    return throttle.underAttack(user.username());
  }

  void changePassword(UUID userId, String current, String replacement) {
    AdminUser user = users.byId(userId).orElseThrow();
    if (current == null || !encoder.matches(current, user.passwordHash())) {
      throw new RuleViolation("access.password.currentWrong");
    }
    PasswordRules.problem(replacement).ifPresent(key -> fail(key));
    if (encoder.matches(replacement, user.passwordHash())) {
      throw new RuleViolation("access.password.unchanged");
    }
    users.changePassword(userId, encoder.encode(replacement));
    record(new Actor(AuditRecord.ActorType.USER, userId.toString()), PASSWORD_CHANGED, userId);
  }

  private static void fail(String key) {
    throw new RuleViolation(key);
  }

  private void record(Actor actor, AuditAction action, UUID userId) {
    audit.recordDurably(
        new AuditRecord(
            actor.type(), actor.id(), action, "user", userId.toString(), Outcome.SUCCESS));
  }
}
