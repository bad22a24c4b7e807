package no.vern.access;

import java.util.EnumSet;
import no.vern.shared.lock.AdvisoryLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: creates the admin user and, when configured, the bootstrap API token. Several
 * instances may start at once, so the work runs under a PostgreSQL advisory lock held for the
 * transaction: the first one creates, the others find it done.
 */
@Component
class AccessBootstrap implements ApplicationRunner {

  static final String ADMIN_USERNAME = "admin";
  static final String BOOTSTRAP_TOKEN_NAME = "bootstrap";
  private static final Logger log = LoggerFactory.getLogger(AccessBootstrap.class);
  private static final int MIN_BOOTSTRAP_TOKEN_LENGTH = 32;

  private final AccessSettings settings;
  private final AdminUsers users;
  private final ApiTokens tokens;
  private final UserAccounts accounts;
  private final TokenManagement tokenManagement;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  AccessBootstrap(
      AccessSettings settings,
      AdminUsers users,
      ApiTokens tokens,
      UserAccounts accounts,
      TokenManagement tokenManagement,
      JdbcClient jdbc,
      TransactionTemplate tx) {
    this.settings = settings;
    this.users = users;
    this.tokens = tokens;
    this.accounts = accounts;
    this.tokenManagement = tokenManagement;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    tx.executeWithoutResult(
        status -> {
          jdbc.sql(AdvisoryLock.TRANSACTION_LOCK_SQL)
              .param(AccessLocks.BOOTSTRAP.key())
              .query()
              .listOfRows();
          createFirstAdmin();
          storeBootstrapToken();
        });
  }

  private void createFirstAdmin() {
    if (users.any()) {
      return;
    }
    String configured = settings.adminPassword();
    boolean generated = configured == null || configured.isBlank();
    String password = generated ? PasswordRules.oneTimePassword() : configured;
    // The first admin and the bootstrap token see every controller: someone must be able to set
    // everything else up, and the choice is stored and shown like any other scope.
    accounts.create(
        Actor.SYSTEM, ADMIN_USERNAME, password, EnumSet.of(Role.ADMIN), generated, Scope.ALL);
    if (generated) {
      // The one secret Vern ever logs, once: without it nobody could sign in the first time.
      log.warn(
          "First start: admin user '{}' created with one-time password {} - sign in at /admin"
              + " and choose a new password; this password is not shown again.",
          ADMIN_USERNAME,
          password);
    } else {
      log.info("First start: admin user '{}' created with the configured password", ADMIN_USERNAME);
    }
  }

  private void storeBootstrapToken() {
    String secret = settings.bootstrapToken();
    if (secret == null || secret.isBlank() || tokens.any()) {
      return;
    }
    if (!TokenSecrets.plausible(secret) || secret.length() < MIN_BOOTSTRAP_TOKEN_LENGTH) {
      throw new IllegalStateException(
          "VERN_BOOTSTRAP_TOKEN must start with 'vern_' and be at least "
              + MIN_BOOTSTRAP_TOKEN_LENGTH
              + " characters of letters, digits, '-' and '_'");
    }
    tokenManagement.store(
        Actor.SYSTEM,
        BOOTSTRAP_TOKEN_NAME,
        EnumSet.of(Role.ADMIN, Role.INTEGRATOR, Role.AUDITOR),
        TokenManagement.MAX_DAYS,
        Scope.ALL,
        secret);
    log.info("First start: bootstrap API token stored");
  }
}
