package no.vern.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may state to use restricted data (Art. 18(2)): besides storage, which is never
 * asked about, only legal claims, the protection of another person's rights, or an important public
 * interest. A decision with a stated ground lets a restriction through, marked {@code limitedBy:
 * restricted}; without one only the bases that are such grounds themselves survive.
 */
public enum RestrictionGround {
  LEGAL_CLAIMS,
  PROTECTION_OF_OTHERS,
  PUBLIC_INTEREST;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The ground of this code; empty for anything else. */
  public static Optional<RestrictionGround> of(String code) {
    return Arrays.stream(values()).filter(g -> g.code().equals(code)).findFirst();
  }
}
