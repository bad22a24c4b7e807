package no.vern.access;

import java.util.Set;
import java.util.UUID;

/** The answer to "may this bearer token call the API?". */
public sealed interface TokenCheck {

  record Accepted(UUID tokenId, Set<Role> roles) implements TokenCheck {}

  record Rejected(Reason reason) implements TokenCheck {}

  /** Why a token was turned away; safe to tell the caller, since it reveals nothing secret. */
  enum Reason {
    MALFORMED("The Authorization header does not hold a Vern API token."),
    UNKNOWN("The API token is not known."),
    EXPIRED("The API token has expired."),
    REVOKED("The API token has been revoked.");

    private final String detail;

    Reason(String detail) {
      this.detail = detail;
    }

    public String detail() {
      return detail;
    }
  }
}
