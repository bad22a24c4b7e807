package no.vern.system.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import no.vern.shared.PrincipalNames;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A signed-in admin user. Serializable because the session, with the security context in it, is
 * stored in PostgreSQL. Holds the id only, so {@code getName()} is {@code user:<uuid>} and no
 * username (often an e-mail address) ends up in the session table.
 *
 * @param mustChangePassword whether the user signed in with a one-time password
 */
record AdminPrincipal(UUID userId, boolean mustChangePassword)
    implements AuthenticatedPrincipal, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Override
  public String getName() {
    return PrincipalNames.user(userId);
  }
}
