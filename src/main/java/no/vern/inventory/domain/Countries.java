package no.vern.inventory.domain;

import java.util.Set;

/** ISO 3166-1 alpha-2 codes and the EEA: the EU 27 plus Norway, Iceland and Liechtenstein. */
public final class Countries {

  private static final Set<String> EEA =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "IS", "LI");

  private Countries() {}

  /** Two upper-case letters; whether the code is assigned is left to the reader. */
  public static boolean wellFormed(String code) {
    return code != null && code.matches("[A-Z]{2}");
  }

  public static boolean inEea(String code) {
    return EEA.contains(code);
  }
}
