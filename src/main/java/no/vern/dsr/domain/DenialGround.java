package no.vern.dsr.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a request may be refused: Art. 12(5) (manifestly unfounded or excessive, the burden on the
 * controller), Art. 12(2) with 11(2) (the person could not be identified), or an exemption in law
 * (Art. 23, such as the tipping-off ban of hvitvaskingsloven). Every refusal also states its
 * reasons in words and the complaint route (Art. 12(4)).
 */
public enum DenialGround {
  MANIFESTLY_UNFOUNDED,
  EXCESSIVE,
  NOT_IDENTIFIED,
  EXEMPTION;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<DenialGround> ofCode(String code) {
    return Arrays.stream(values()).filter(g -> g.code().equals(code)).findFirst();
  }
}
