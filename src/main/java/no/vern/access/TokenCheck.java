package no.vern.access;

import java.util.Set;
import java.util.UUID;

/** The answer to "may this bearer token call the API?". */
public sealed interface TokenCheck {

  record Accepted(UUID tokenId, Set<Role> roles) implements TokenCheck {}

  record Rejected(Reason reason) implements TokenCheck {}

  /**
   * Why a token was turned away. For the audit trail only (API_TOKEN_REJECTED keeps it as its
   * reason): the caller is told no more than that the token is not valid, because telling "revoked"
   * or "expired" confirms to whoever holds a leaked secret that it was once a real token.
   */
  enum Reason {
    MALFORMED,
    UNKNOWN,
    EXPIRED,
    REVOKED
  }
}
