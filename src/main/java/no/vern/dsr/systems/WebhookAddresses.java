package no.vern.dsr.systems;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook task may go. HTTPS to a public address; plain HTTP and loopback, private,
 * link-local or multicast addresses only with {@code vern.dsr.systems.allow-local} (tests, or a
 * system inside the same network when the operator decides so), because the inventory's addresses
 * could otherwise make Vern call internal services with a person's identities.
 */
final class WebhookAddresses {

  private WebhookAddresses() {}

  /** Why the address is refused, in words for the request page; empty when it may be used. */
  static Optional<String> refusal(String url, boolean allowLocal) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return Optional.of("not a web address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      return Optional.of("not a web address");
    }
    if (!scheme.equals("https") && !(allowLocal && scheme.equals("http"))) {
      return Optional.of("refused: not https");
    }
    if (allowLocal) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (address.isLoopbackAddress()
            || address.isSiteLocalAddress()
            || address.isLinkLocalAddress()
            || address.isAnyLocalAddress()
            || address.isMulticastAddress()
            // IPv6 unique local addresses (fc00::/7), which Java does not call site-local.
            || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc)) {
          return Optional.of("refused: private or loopback address");
        }
      }
    } catch (UnknownHostException e) {
      return Optional.of("unknown host");
    }
    return Optional.empty();
  }
}
