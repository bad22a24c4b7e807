package no.vern.dsr.domain;

import static no.vern.dsr.domain.RequestState.*;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which step may move a request from which state, and where to. A step not listed for a state is
 * refused with the reason the API and the admin page show; nothing moves a closed request.
 */
public final class Transitions {

  private static final Map<Step, Set<RequestState>> FROM =
      Map.of(
          Step.CODE_SENT, Set.of(RECEIVED, VERIFYING),
          Step.VERIFIED, Set.of(RECEIVED, VERIFYING),
          Step.STARTED, Set.of(OPEN),
          Step.EXTENDED, Set.of(OPEN, IN_PROGRESS),
          Step.FULFILLED, Set.of(OPEN, IN_PROGRESS, EXTENDED),
          Step.DENIED, Set.of(RECEIVED, VERIFYING, OPEN, IN_PROGRESS, EXTENDED),
          Step.WITHDRAWN, Set.of(RECEIVED, VERIFYING, OPEN, IN_PROGRESS, EXTENDED),
          Step.EXPIRED, RequestState.UNVERIFIED);

  private static final Map<Step, RequestState> TO =
      Map.of(
          Step.CODE_SENT, VERIFYING,
          Step.VERIFIED, OPEN,
          Step.STARTED, IN_PROGRESS,
          Step.EXTENDED, EXTENDED,
          Step.FULFILLED, FULFILLED,
          Step.DENIED, DENIED,
          Step.WITHDRAWN, WITHDRAWN,
          Step.EXPIRED, EXPIRED);

  private Transitions() {}

  /** The state after {@code step}, or empty when the step is not allowed in {@code from}. */
  public static Optional<RequestState> after(RequestState from, Step step) {
    Set<RequestState> allowed = FROM.get(step);
    if (allowed == null || !allowed.contains(from)) {
      return Optional.empty();
    }
    return Optional.of(TO.get(step));
  }

  /** Whether {@code step} is possible now; the admin page shows only those buttons. */
  public static boolean allowed(RequestState from, Step step) {
    return after(from, step).isPresent();
  }
}
