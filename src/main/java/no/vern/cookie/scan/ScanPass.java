package no.vern.cookie.scan;

/** The three visits of a scan, each in a fresh browser profile. */
public enum ScanPass {
  /** No choice made: only strictly necessary cookies may exist. */
  BEFORE_CONSENT("before-consent"),
  /** After the banner's "Reject all": still only strictly necessary cookies. */
  AFTER_REJECT("after-reject"),
  /** After "Accept all": shows what the site sets when allowed to. */
  AFTER_ACCEPT("after-accept");

  private final String code;

  ScanPass(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ScanPass ofCode(String code) {
    for (ScanPass pass : values()) {
      if (pass.code.equals(code)) {
        return pass;
      }
    }
    throw new IllegalArgumentException("Unknown pass " + code);
  }
}
