package no.vern.inventory;

import java.time.Period;

/**
 * What a person consents to, as they will read it. Consent-based activities and non-necessary
 * cookies point here by {@code code}; the consent ledger records decisions against the code. {@code
 * maxAge} (optional, ISO-8601 such as {@code P2Y}) is how long a consent lasts before it expires
 * and must be asked for again.
 */
public record ConsentPurpose(String code, Text title, Text description, Period maxAge) {

  public ConsentPurpose(String code, Text title, Text description) {
    this(code, title, description, null);
  }
}
