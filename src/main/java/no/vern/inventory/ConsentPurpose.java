package no.vern.inventory;

import java.time.Period;

/**
 * What a person consents to, as they will read it. Consent-based activities and non-necessary
 * cookies point here by {@code code}; the consent ledger records decisions against the code. {@code
 * maxAge} (optional, ISO-8601 such as {@code P2Y}) is how long a consent lasts before it expires
 * and must be asked for again. {@code method} says how it is given ({@link Method}).
 */
public record ConsentPurpose(
    String code, Text title, Text description, Period maxAge, Method method) {

  public ConsentPurpose(String code, Text title, Text description) {
    this(code, title, description, null, null);
  }

  public ConsentPurpose(String code, Text title, Text description, Period maxAge) {
    this(code, title, description, maxAge, null);
  }

  /** How the consent is given; absent means an affirmative action such as ticking a box. */
  public Method effectiveMethod() {
    return method == null ? Method.AFFIRMATIVE_ACTION : method;
  }

  /**
   * An affirmative action (a box ticked, a button pressed) suffices for ordinary consent; explicit
   * consent (Art. 9(2)(a)) needs an express statement the ledger records in the person's own words
   * or signature.
   */
  public enum Method {
    AFFIRMATIVE_ACTION("affirmative-action"),
    EXPRESS_STATEMENT("express-statement");

    private final String code;

    Method(String code) {
      this.code = code;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
      return code;
    }
  }
}
