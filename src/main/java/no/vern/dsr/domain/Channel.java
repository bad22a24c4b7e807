package no.vern.dsr.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a request reached the organisation: the public page, or by another way a person used. */
public enum Channel {
  WEB,
  EMAIL,
  LETTER,
  PHONE,
  IN_PERSON,
  CUSTOMER_SERVICE,
  PARTNER;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Channel> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }
}
