package no.vern.intake.domain.screening;

import java.util.Locale;

/** What a finding is, with the GDPR provision that makes it something not to collect casually. */
public enum Category {
  HEALTH("Art. 9(1)"),
  ETHNIC_ORIGIN("Art. 9(1)"),
  POLITICAL_OPINION("Art. 9(1)"),
  RELIGION_OR_BELIEF("Art. 9(1)"),
  TRADE_UNION("Art. 9(1)"),
  SEX_LIFE_OR_ORIENTATION("Art. 9(1)"),
  GENETIC_OR_BIOMETRIC("Art. 9(1)"),
  CRIMINAL_OFFENCE("Art. 10"),
  NATIONAL_ID("identifier"),
  BANK_ACCOUNT("identifier"),
  PAYMENT_CARD("identifier");

  private final String provision;

  Category(String provision) {
    this.provision = provision;
  }

  /** {@code Art. 9(1)}, {@code Art. 10} or {@code identifier}. */
  public String provision() {
    return provision;
  }

  /** Whether it is found by a lexicon (words) rather than by checking digits. */
  public boolean isLexical() {
    return !provision.equals("identifier");
  }

  /** The lexicon's file name without extension, e.g. {@code ethnic_origin}. */
  public String lexiconName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
