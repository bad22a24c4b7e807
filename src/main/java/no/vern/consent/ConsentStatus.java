package no.vern.consent;

/**
 * The statuses a consent event records, each with its W3C DPV term for exports and receipts. {@code
 * RENEWED} is a consent given again where one was expired or asked to be renewed.
 */
public enum ConsentStatus {
  GIVEN("dpv:ConsentGiven"),
  REFUSED("dpv:ConsentRefused"),
  WITHDRAWN("dpv:ConsentWithdrawn"),
  EXPIRED("dpv:ConsentExpired"),
  RENEWED("dpv:RenewedConsentGiven"),
  INVALIDATED("dpv:ConsentInvalidated");

  private final String dpv;

  ConsentStatus(String dpv) {
    this.dpv = dpv;
  }

  /** The API's name for it: {@code given}, {@code withdrawn}, ... */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String dpv() {
    return dpv;
  }

  /** Whether processing on this consent may go on (subject to expiry and renewal). */
  public boolean inForce() {
    return this == GIVEN || this == RENEWED;
  }

  /** Whether the event gets a signed receipt: the person gave or withdrew consent. */
  public boolean receipted() {
    return this == GIVEN || this == RENEWED || this == WITHDRAWN;
  }
}
