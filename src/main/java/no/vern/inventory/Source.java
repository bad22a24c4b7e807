package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where the data comes from. Anything not from the person must be named in the notice (Art.
 * 14(2)(f)); {@code channel} names the intake channel when it is from the person.
 */
public record Source(Kind kind, String channel, Text description) {

  /** The kinds of source the notice distinguishes. */
  public enum Kind {
    DATA_SUBJECT("data-subject"),
    PUBLIC_REGISTER("public-register"),
    PUBLIC_SOURCE("public-source"),
    THIRD_PARTY("third-party");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }
}
