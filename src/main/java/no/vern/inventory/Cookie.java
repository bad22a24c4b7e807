package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A cookie or similar tracker in the cookie declaration. {@code maxAge} is an ISO-8601 duration
 * ({@code P13M}, {@code PT30M}) and only for persistent cookies. {@code legalBasis} may be left
 * out: necessary cookies are then exempt as strictly necessary, all others need consent.
 */
public record Cookie(
    String name,
    String provider,
    Category category,
    Lifetime lifetime,
    String maxAge,
    Party party,
    Text purpose,
    String consentPurpose,
    Basis legalBasis,
    String balancingTest,
    Boolean saleOrSharing) {

  /** Whether the cookie serves sale, sharing or targeted advertising (absent: no). */
  public boolean forSaleOrSharing() {
    return Boolean.TRUE.equals(saleOrSharing);
  }

  /** The basis that applies: the stated one, or the default for the category. */
  public Basis effectiveLegalBasis() {
    if (legalBasis != null) {
      return legalBasis;
    }
    return category == Category.NECESSARY ? Basis.STRICTLY_NECESSARY : Basis.CONSENT;
  }

  /** The four categories of the cookie banner. */
  public enum Category {
    NECESSARY("necessary"),
    PREFERENCES("preferences"),
    STATISTICS("statistics"),
    MARKETING("marketing");

    private final String code;

    Category(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }

  /** Session cookies go when the browser closes; persistent ones live until {@code maxAge}. */
  public enum Lifetime {
    SESSION("session"),
    PERSISTENT("persistent");

    private final String code;

    Lifetime(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }

  /** Whether the site itself or another domain sets the cookie. */
  public enum Party {
    FIRST_PARTY("first-party"),
    THIRD_PARTY("third-party");

    private final String code;

    Party(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }

  /**
   * Why storing or reading the cookie is lawful. The Norwegian ekomloven § 3-15 exempts only what
   * is strictly necessary; everything else generally needs consent.
   */
  public enum Basis {
    STRICTLY_NECESSARY("strictly-necessary"),
    CONSENT("consent"),
    LEGITIMATE_INTEREST("legitimate-interest");

    private final String code;

    Basis(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }
}
