package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;

/** The special categories of personal data of Art. 9(1). */
public enum SpecialCategory {
  RACIAL_OR_ETHNIC_ORIGIN("racial-or-ethnic-origin"),
  POLITICAL_OPINIONS("political-opinions"),
  RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS("religious-or-philosophical-beliefs"),
  TRADE_UNION_MEMBERSHIP("trade-union-membership"),
  GENETIC("genetic"),
  BIOMETRIC("biometric"),
  HEALTH("health"),
  SEX_LIFE_OR_SEXUAL_ORIENTATION("sex-life-or-sexual-orientation");

  private final String code;

  SpecialCategory(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }
}
