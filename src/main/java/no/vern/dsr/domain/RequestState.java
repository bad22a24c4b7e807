package no.vern.dsr.domain;

import java.util.Locale;
import java.util.Set;

/**
 * A request's states, named after the Data Rights Protocol's vocabulary (open, in_progress,
 * fulfilled, denied, expired) with what Art. 12 adds: received and verifying before it is open,
 * extended (Art. 12(3)) and withdrawn by the person.
 */
public enum RequestState {
  RECEIVED,
  VERIFYING,
  OPEN,
  IN_PROGRESS,
  EXTENDED,
  FULFILLED,
  DENIED,
  WITHDRAWN,
  EXPIRED;

  /** Not yet verified: the only states that expire and are purged. */
  public static final Set<RequestState> UNVERIFIED = Set.of(RECEIVED, VERIFYING);

  /** Verified and not yet answered: the states a case handler works on. */
  public static final Set<RequestState> WORKING = Set.of(OPEN, IN_PROGRESS, EXTENDED);

  public boolean closed() {
    return this == FULFILLED || this == DENIED || this == WITHDRAWN || this == EXPIRED;
  }

  /** The lower-case code of the API, the webhook and the person's own page: {@code in_progress}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RequestState ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
