package no.vern.dsr.domain;

import java.util.Locale;

/** What can be done to a request; each is one line of its timeline and one audit entry. */
public enum Step {
  RECEIVED,
  CODE_SENT,
  VERIFIED,
  VERIFICATION_FAILED,
  ASSIGNED,
  STARTED,
  EXTENDED,
  FULFILLED,
  DENIED,
  WITHDRAWN,
  EXPIRED,
  REMINDED,
  // Issue 14, items 1-4: changes a request made to the person's data (no state change).
  RECTIFIED,
  ERASED,
  RESTRICTED,
  RESTRICTION_LIFT_TOLD,
  RESTRICTION_LIFTED,
  OBJECTION_DECIDED;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
