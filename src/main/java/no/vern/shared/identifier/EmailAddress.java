package no.vern.shared.identifier;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail address. The check is pragmatic on purpose: full RFC 5322 allows quoted local parts,
 * comments and address literals that no person types into a form and that mail providers reject
 * anyway, and a strict parser would refuse nothing real while accepting such oddities. What it
 * catches is what people actually get wrong: no or two {@code @}, a missing domain dot, spaces,
 * pasted lists, and lengths over the SMTP limits (counted in characters, not octets).
 * Internationalised addresses are accepted as typed; the domain is not converted to punycode.
 */
public final class EmailAddress {

  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_PART = 64;
  // RFC 5322 specials: legal only inside quoted strings or address literals, which are not taken.
  private static final String SPECIALS = "\"(),:;<>[\\]";
  // The same rule as allowed(int), decided once per ASCII character: an address is nearly always
  // ASCII, and checking it character by character was a seventh of a batch of decisions' CPU.
  private static final boolean[] ASCII_ALLOWED = asciiAllowed();

  private final String value;
  private final String normalised;

  private EmailAddress(String value) {
    this.value = value;
    this.normalised = value.toLowerCase(Locale.ROOT);
  }

  /** Parses after trimming surrounding whitespace. */
  public static Parsed<EmailAddress> parse(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return Parsed.invalid(Reason.required("an e-mail address"));
    }
    String address = raw.strip();
    if (address.length() > MAX_LENGTH) {
      return Parsed.invalid(
          new Reason(Reason.LENGTH, "An e-mail address has at most 254 characters."));
    }
    if (!allAllowed(address)) {
      return Parsed.invalid(
          new Reason(
              Reason.FORMAT,
              "An e-mail address has no spaces, commas, brackets or quotes; enter one address."));
    }
    int at = address.indexOf('@');
    if (at < 0 || at != address.lastIndexOf('@')) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "An e-mail address has exactly one @, as in name@domain.no."));
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.isEmpty()) {
      return Parsed.invalid(new Reason(Reason.FORMAT, "Enter the name before the @."));
    }
    if (local.length() > MAX_LOCAL_PART) {
      return Parsed.invalid(
          new Reason(Reason.LENGTH, "The part before the @ has at most 64 characters."));
    }
    if (!validDomain(domain)) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "After the @ comes a domain with a dot, such as example.no."));
    }
    return Parsed.valid(new EmailAddress(address));
  }

  private static boolean allAllowed(String address) {
    int i = 0;
    while (i < address.length()) {
      char c = address.charAt(i);
      if (c < ASCII_ALLOWED.length) {
        if (!ASCII_ALLOWED[c]) {
          return false;
        }
        i++;
      } else {
        int codePoint = address.codePointAt(i);
        if (!allowed(codePoint)) {
          return false;
        }
        i += Character.charCount(codePoint);
      }
    }
    return true;
  }

  private static boolean[] asciiAllowed() {
    boolean[] table = new boolean[128];
    for (int c = 0; c < table.length; c++) {
      table[c] = allowed(c);
    }
    return table;
  }

  private static boolean allowed(int codePoint) {
    return !Character.isWhitespace(codePoint)
        && !Character.isSpaceChar(codePoint)
        && !Character.isISOControl(codePoint)
        && SPECIALS.indexOf(codePoint) < 0;
  }

  private static boolean validDomain(String domain) {
    if (domain.indexOf('.') < 0) {
      return false;
    }
    for (String label : domain.split("\\.", -1)) {
      if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
    }
    return true;
  }

  /** The address as entered, only trimmed: use it to send mail, since a few servers do care. */
  public String value() {
    return value;
  }

  /**
   * The address lower-cased (domain and local part), the form to blind-index and compare. Domains
   * are case-insensitive by definition; local parts may be case-sensitive in theory, but
   * practically every provider treats them as not, and a person who types their address with
   * different capitals must still be found (issue 4: "e-mail case").
   */
  public String normalised() {
    return normalised;
  }

  /** Equal when the normalised forms are, so that a set of addresses holds each person once. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EmailAddress that && normalised.equals(that.normalised);
  }

  @Override
  public int hashCode() {
    return normalised.hashCode();
  }

  /** Masked: the address is personal data. */
  @Override
  public String toString() {
    return "EmailAddress[***]";
  }
}
