package no.vern.consent.ledger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Client addresses as proof: IPv4 or IPv6 literals only (never a host name, which would be looked
 * up in DNS), in one canonical form so that the same address always gives the same hash.
 */
final class ClientAddresses {

  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private ClientAddresses() {}

  static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = raw.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    if (text.length() > 45 || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
      return Optional.empty();
    }
    try {
      // A literal of only digits, dots, hex and colons is parsed, never resolved.
      return Optional.of(InetAddress.getByName(text).getHostAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
