package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A lawful basis, written as the W3C Data Privacy Vocabulary names it ({@code A6-1-a} is {@code
 * eu-gdpr:A6-1-a}), so that exports need no mapping table.
 */
public enum LegalBasis {
  A6_1_A,
  A6_1_B,
  A6_1_C,
  A6_1_D,
  A6_1_E,
  A6_1_F,
  A9_2_A,
  A9_2_B,
  A9_2_C,
  A9_2_D,
  A9_2_E,
  A9_2_F,
  A9_2_G,
  A9_2_H,
  A9_2_I,
  A9_2_J,
  A10;

  /** {@code A6-1-a}: the constant name with dashes and a lower-case point letter. */
  @JsonValue
  public String code() {
    String[] parts = name().split("_");
    if (parts.length == 3) {
      return parts[0] + "-" + parts[1] + "-" + parts[2].toLowerCase(java.util.Locale.ROOT);
    }
    return name();
  }

  public String dpvIri() {
    return "eu-gdpr:" + code();
  }

  public boolean consent() {
    return this == A6_1_A || this == A9_2_A;
  }

  public boolean legitimateInterest() {
    return this == A6_1_F;
  }

  public boolean article9() {
    return name().startsWith("A9_");
  }

  public boolean article10() {
    return this == A10;
  }
}
