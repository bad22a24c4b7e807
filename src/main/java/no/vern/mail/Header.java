package no.vern.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An extra header, such as RFC 8058's {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}.
 * The value must be printable US-ASCII on one line (no header injection) of at most 900 characters;
 * the headers the outbox sets itself cannot be given. A value may carry a recipient's token, so it
 * is stored encrypted like the body and never printed.
 */
public record Header(String name, String value) {

  static final int MAX_VALUE = 900;
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,75}");
  private static final Set<String> MANAGED =
      Set.of(
          "from",
          "sender",
          "to",
          "cc",
          "bcc",
          "subject",
          "date",
          "message-id",
          "mime-version",
          "content-language",
          "return-path",
          "received",
          "dkim-signature");

  public Header {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A header name is letters, digits and '-'");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (MANAGED.contains(lower) || lower.startsWith("content-")) {
      throw new IllegalArgumentException("The outbox sets the header " + name + " itself");
    }
    if (value.isEmpty()
        || value.length() > MAX_VALUE
        || !value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          "The value of header " + name + " must be 1-900 printable US-ASCII characters");
    }
  }

  @Override
  public String toString() {
    return "Header[" + name + ": ***]";
  }
}
