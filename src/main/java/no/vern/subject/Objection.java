package no.vern.subject;

import org.jspecify.annotations.Nullable;

/**
 * A person's objection (Art. 21) to one processing activity: its ground and how far it has got.
 * What it stops is the enforcement point's rule (consent decisions); this is only what was
 * recorded.
 */
public record Objection(Ground ground, State state) {

  /** The paragraph it is made under; the code is what the database stores. */
  public enum Ground {
    /** Art. 21(1): against processing on 6(1)(e) or (f); weighed, so it can be rejected. */
    PROCESSING("processing"),
    /** Art. 21(3): against direct marketing; absolute and in force once raised. */
    DIRECT_MARKETING("direct-marketing");

    private final String code;

    Ground(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Ground of(String code) {
      return code.equals(DIRECT_MARKETING.code) ? DIRECT_MARKETING : PROCESSING;
    }
  }

  /** Raised, then upheld or rejected (a direct-marketing objection is never rejected). */
  public enum State {
    RAISED,
    UPHELD,
    REJECTED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static State of(String code) {
      return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** Read from the two columns of {@code subject_activity_flags}; null when there is none. */
  static @Nullable Objection of(@Nullable String state, @Nullable String ground) {
    return state == null || ground == null
        ? null
        : new Objection(Ground.of(ground), State.of(state));
  }

  /** The message-key suffix the admin page shows, e.g. {@code processing.upheld}. */
  public String key() {
    return ground.code() + "." + state.code();
  }
}
