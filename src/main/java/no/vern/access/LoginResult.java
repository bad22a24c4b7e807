package no.vern.access;

import java.util.Set;
import java.util.UUID;

/** The answer to a username and password typed into the admin login form. */
public sealed interface LoginResult {

  record Succeeded(UUID userId, Set<Role> roles, boolean mustChangePassword)
      implements LoginResult {}

  /**
   * Unknown username, wrong password, disabled account and throttled attempt: the caller must
   * answer all of them alike, or a stranger learns which usernames exist. The reason is for tests.
   */
  record Rejected(Reason reason) implements LoginResult {}

  enum Reason {
    BAD_CREDENTIALS,
    THROTTLED
  }
}
