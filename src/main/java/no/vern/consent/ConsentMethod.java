package no.vern.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the person expressed the decision. {@code SYSTEM} is Vern itself (an expiry), never a
 * person's act.
 */
public enum ConsentMethod {
  FORM("form"),
  DOUBLE_OPT_IN("double-opt-in"),
  BANNER("banner"),
  API("api"),
  GPC("gpc"),
  /** RFC 8058 one-click unsubscribe from a mail's List-Unsubscribe, or its page's button. */
  ONE_CLICK("one-click"),
  SYSTEM("system");

  private final String code;

  ConsentMethod(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<ConsentMethod> fromCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }
}
