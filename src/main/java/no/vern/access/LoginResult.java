package no.vern.access;

import java.util.Set;
import java.util.UUID;

/** The answer to a username and password typed into the admin login form. */
public sealed interface LoginResult {

  record Succeeded(UUID userId, Set<Role> roles, boolean mustChangePassword)
      implements LoginResult {}

  /** Unknown username and wrong password look the same to the caller, on purpose. */
  record Rejected(Reason reason) implements LoginResult {}

  enum Reason {
    BAD_CREDENTIALS,
    LOCKED,
    DISABLED
  }
}
