package no.vern.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to "may this person's data be processed for this purpose now?": allow or deny, the
 * reason, since when the reason holds (when known), and the legal basis an allow rests on. {@code
 * limitedBy} ({@code RESTRICTED} or {@code OBJECTED}) marks an allow that a restriction or an
 * upheld objection narrowed to the bases it leaves (Art. 18(2), 21(1)): only what {@code
 * legalBasis} covers may go on. Ids and codes only.
 */
public record Decision(
    Outcome outcome, Reason reason, Instant since, String legalBasis, Reason limitedBy) {

  public Decision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  public static Decision allow(Reason reason, Instant since, String legalBasis) {
    return new Decision(Outcome.ALLOW, reason, since, legalBasis, null);
  }

  public static Decision deny(Reason reason, Instant since) {
    return new Decision(Outcome.DENY, reason, since, null, null);
  }

  /** This allow, resting only on {@code basis} because of {@code limit}. */
  public Decision limited(String basis, Reason limit) {
    return new Decision(outcome, reason, since, basis, limit);
  }

  public boolean allowed() {
    return outcome == Outcome.ALLOW;
  }

  public enum Outcome {
    ALLOW("allow"),
    DENY("deny");

    private final String code;

    Outcome(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** Why; the code is what the API answers and is stable. */
  public enum Reason {
    CONSENT_GIVEN("consent-given"),
    LEGAL_BASIS("legal-basis"),
    RESTRICTED("restricted"),
    OBJECTED("objected"),
    WITHDRAWN("withdrawn"),
    EXPIRED("expired"),
    REFUSED("refused"),
    INVALIDATED("invalidated"),
    RENEWAL_REQUIRED("renewal-required"),
    NO_RECORD("no-record");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}
